from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotMixin
from partnership.models import NoticeReply


class NoticeReplyForm(HoneypotMixin, forms.ModelForm):
    """A reply to a partner notice; it goes to the association's contacts, whose addresses the
    sender never sees."""

    class Meta:
        model = NoticeReply
        fields = ["message", "sender_name", "association_name", "sender_email"]
        labels = {
            "message": _("Your message"),
            "sender_name": _("Your name"),
            "association_name": _("Your association or organisation (optional)"),
            "sender_email": _("Your e-mail address"),
        }
        help_texts = {
            "message": _("At most 3,000 characters. Tell who you are and what you propose."),
            "sender_email": _("The association answers to this address."),
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 6, "maxlength": 3000})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sender_name"].widget.attrs["autocomplete"] = "name"
        self.fields["association_name"].widget.attrs["autocomplete"] = "organization"
        self.fields["sender_email"].widget.attrs["autocomplete"] = "email"
