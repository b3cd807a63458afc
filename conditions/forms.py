from django import forms
from django.utils.translation import gettext_lazy as _

from conditions.models import ContactPerson, DialogueMessage
from core.forms import HoneypotMixin


class DialogueForm(HoneypotMixin, forms.ModelForm):
    """ "Kysy tai ehdota": a question or a proposal to a contact person, or, when the sender does
    not know whom to ask, to the association forum's coordinators. Without `choose_recipient`
    the view names the person (the form on a contact person's own page)."""

    class Meta:
        model = DialogueMessage
        fields = ["contact_person", "kind", "message", "sender_name", "association_name",
                  "sender_email"]  # fmt: skip
        labels = {
            "contact_person": _("To whom"),
            "kind": _("Question or proposal?"),
            "message": _("Your question or proposal"),
            "sender_name": _("Your name"),
            "association_name": _("Your association (optional)"),
            "sender_email": _("Your e-mail address"),
        }
        help_texts = {
            "contact_person": _(
                "Your municipality's contact person, the wellbeing services county's or the "
                "forum's."
            ),
            "message": _("At most 3,000 characters. Do not write anything confidential."),
            "sender_email": _("The answer comes to this address."),
        }
        widgets = {
            "kind": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 6, "maxlength": 3000}),
        }

    def __init__(self, *args, choose_recipient: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if choose_recipient:
            field = self.fields["contact_person"]
            field.queryset = ContactPerson.objects.published().for_cards().in_display_order()
            field.empty_label = _("I do not know: to the association forum")
            field.label_from_instance = recipient_label
        else:
            del self.fields["contact_person"]
        self.fields["sender_name"].widget.attrs["autocomplete"] = "name"
        self.fields["association_name"].widget.attrs["autocomplete"] = "organization"
        self.fields["sender_email"].widget.attrs["autocomplete"] = "email"


def recipient_label(person: ContactPerson) -> str:
    place = person.municipality.name if person.municipality_id else person.organisation
    return f"{person.name}, {person.job_title} ({place})"
