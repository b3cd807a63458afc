from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotMixin
from directory.models import ErrorReport


class ErrorReportForm(HoneypotMixin, forms.ModelForm):
    class Meta:
        model = ErrorReport
        fields = ["message", "reporter_email"]
        labels = {
            "message": _("What is out of date or wrong?"),
            "reporter_email": _("Your e-mail address (optional)"),
        }
        help_texts = {
            "message": _(
                "For example the phone number, the address or the meeting times. "
                "At most 2,000 characters."
            ),
            "reporter_email": _(
                "Only if you want an answer. The association's contact persons and the "
                "coordinators see it; it is not published."
            ),
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reporter_email"].widget.attrs.update(autocomplete="email")
