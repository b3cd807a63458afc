"""What every public form shares: a honeypot field that people never see and bots fill in, and
the view rules of a form that stores what a visitor sends (rate limits, spam answered quietly),
and the refusal of control characters in every text field (`core.text`)."""

from django import forms
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from core.ratelimit import client_address, hit
from core.text import MULTILINE, SINGLE_LINE

HONEYPOT_FIELD = "fax"


class HoneypotMixin:
    """Adds the hidden `fax` field (render it with `includes/_honeypot.html`); a submission that
    fills it `is_spam`, and the view answers it as a success while saving and sending nothing."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for form_field in self.fields.values():
            if isinstance(form_field, forms.CharField):
                multiline = isinstance(form_field.widget, forms.Textarea)
                validator = MULTILINE if multiline else SINGLE_LINE
                if validator not in form_field.validators:
                    form_field.validators = [*form_field.validators, validator]
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"), required=False
        )
        self.fields[HONEYPOT_FIELD].widget.attrs.update(tabindex="-1", autocomplete="off")

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD))


class PublicFormViewMixin:
    """For a `FormView` whose form has `HoneypotMixin`: a bot that fills the honeypot sees the
    usual success page while nothing is stored or sent; a visitor over one of `rate_limits()`
    gets `rate_limited_template` with status 429 and nothing is stored; otherwise `accept(form)`
    stores (and notifies), then the success page follows."""

    rate_limited_template: str
    #: Submissions an hour from one client address (`core.ratelimit.client_address`).
    per_address_per_hour = 5

    def rate_limits(self, form) -> list[tuple[str, str, int]]:
        """(scope, key, submissions an hour) to count for the valid `form`, in order; counting
        stops at the first limit exceeded. A view adds its own, e.g. per recipient."""
        return [(self.rate_limit_scope, client_address(self.request), self.per_address_per_hour)]

    @property
    def rate_limit_scope(self) -> str:
        return type(self).__name__

    def accept(self, form) -> None:
        """Store (and announce) what the valid form holds; each public form's view says how."""
        raise NotImplementedError

    def form_valid(self, form):
        if form.is_spam:
            return redirect(self.get_success_url())
        for scope, key, limit in self.rate_limits(form):
            if not hit(scope, key, limit=limit, window_seconds=60 * 60):
                return render(
                    self.request, self.rate_limited_template, self.get_context_data(), status=429
                )
        self.accept(form)
        return redirect(self.get_success_url())
