"""What every public form shares: a honeypot field that people never see and bots fill in, and
the refusal of control characters in every text field (`core.text`)."""

from django import forms
from django.utils.translation import gettext_lazy as _

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
