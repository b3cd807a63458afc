"""How associations and their contacts come in: the public registration, the invitations and
the moderation that publishes them.

Multi-step writes live here as keyword-only functions (`association_register`,
`contact_invite`, `association_moderated`); views and admin actions call them. Mail is sent after
the data is saved, and a failure to send is logged and recorded, never a lost registration.
"""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _

from accounts.roles import CONTACTS
from core.forms import HoneypotMixin
from core.mail import absolute_url, coordinator_emails, send_or_log
from directory.mail import contact_emails
from directory.models import Association, Membership, ModerationNote, Registration
from directory.validators import validate_business_id
from taxonomy.models import Municipality, Theme


class RegistrationForm(HoneypotMixin, forms.Form):
    name = forms.CharField(label=_("Name of the association"), max_length=200)
    business_id = forms.CharField(
        label=_("Business ID (Y-tunnus)"),
        max_length=9,
        required=False,
        validators=[validate_business_id],
        help_text=_("Optional. In the form 1234567-8."),
    )
    home_municipality = forms.ModelChoiceField(
        label=_("Home municipality"),
        queryset=Municipality.objects.all(),
        # Asked, not preset: a preset first municipality was easy to send unnoticed.
        empty_label=_("Choose a municipality"),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Wellbeing themes"),
        queryset=Theme.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    short_description = forms.CharField(
        label=_("What the association does, in a sentence or two"),
        max_length=200,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    contact_name = forms.CharField(label=_("Your name"), max_length=150)
    contact_email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_(
            "We send the link for keeping the profile up to date here. It is not published."
        ),
    )
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that my details are processed."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_email"].widget.attrs.update(autocomplete="email")
        self.fields["contact_name"].widget.attrs.update(autocomplete="name")

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean(self):
        cleaned_data = super().clean()
        duplicate = existing_association(
            name=cleaned_data.get("name", ""),
            business_id=cleaned_data.get("business_id", ""),
            municipality=cleaned_data.get("home_municipality"),
        )
        if duplicate is not None:
            raise forms.ValidationError(
                # Worded the same whether the match is public or not (a draft, a pending or
                # hidden association), so the form does not reveal entries the site hides.
                _(
                    "An association with this name or business ID may already be registered. "
                    "The coordinators will check it: write to %(email)s and tell which "
                    "association you represent."
                ),
                code="duplicate",
                params={"email": settings.CONTACT_EMAIL},
            )
        return cleaned_data


def existing_association(*, name: str, business_id: str, municipality) -> Association | None:
    """The association a registration would duplicate, by business ID or by name and place."""
    condition = Q()
    if business_id:
        condition |= Q(business_id=business_id)
    if name and municipality is not None:
        condition |= Q(name__iexact=name, home_municipality=municipality)
    if not condition:
        return None
    return Association.objects.filter(condition).first()


@dataclass
class RegistrationResult:
    association: Association
    notified: bool


def association_register(*, data: dict) -> RegistrationResult:
    """Save a public registration as a pending association with an unconfirmed contact."""
    User = get_user_model()
    with transaction.atomic():
        association = Association.objects.create(
            name=data["name"],
            business_id=data.get("business_id", ""),
            home_municipality=data["home_municipality"],
            short_description=data["short_description"],
            website=data.get("website", ""),
            status=Association.Status.PENDING,
        )
        association.themes.set(data.get("themes") or [])
        email = User.objects.normalize_email(data["contact_email"]).lower()
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            first_name, _space, last_name = data["contact_name"].partition(" ")
            user = User.objects.create_user(
                email=email, password=None, first_name=first_name[:150], last_name=last_name[:150]
            )
        Membership.objects.get_or_create(
            user=user, association=association, defaults={"confirmed": False}
        )
        registration = Registration.objects.create(
            association=association,
            contact_name=data["contact_name"],
            contact_email=email,
            consent_at=timezone.now(),
        )
    notified = send_or_log(
        template="directory/email/registration_received.txt",
        context={
            "association": association,
            "registration": registration,
            "admin_url": absolute_url(
                reverse("admin:directory_association_change", args=[association.pk])
            ),
        },
        recipients=coordinator_emails(),
    )
    if not notified:
        Registration.objects.filter(pk=registration.pk).update(email_failed=True)
    return RegistrationResult(association=association, notified=notified)


def contact_invite(*, association: Association, email: str, name: str = ""):
    """Give `email` a confirmed membership and send a one-time link to set a password.

    An existing account gets the new membership; nobody gets a second account.
    """
    User = get_user_model()
    email = User.objects.normalize_email(email).lower()
    with transaction.atomic():
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            first_name, _space, last_name = name.partition(" ")
            user = User.objects.create_user(
                email=email, password=None, first_name=first_name[:150], last_name=last_name[:150]
            )
        if not user.is_staff:
            user.is_staff = True
            user.save(update_fields=["is_staff"])
        user.groups.add(Group.objects.get(name=CONTACTS))
        membership, _created = Membership.objects.get_or_create(
            user=user, association=association, defaults={"confirmed": True}
        )
        if not membership.confirmed:
            membership.confirmed = True
            membership.save(update_fields=["confirmed"])
    link = absolute_url(
        reverse(
            "invitation",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
    )
    sent = send_or_log(
        template="directory/email/invitation.txt",
        context={
            "association": association,
            "user": user,
            "link": link,
            "has_password": user.has_usable_password(),
        },
        recipients=[user.email],
    )
    return user, sent


def moderation_note_add(*, association: Association, subject, action: str, message: str) -> None:
    """Keep a coordinator's message for the association's dashboard (an empty one is not kept)."""
    if message.strip():
        ModerationNote.objects.create(
            association=association, subject=str(subject)[:200], action=action, message=message
        )


def association_moderated(*, association: Association, action: str, message: str) -> None:
    """After a coordinator moved an association along the status flow (`core.publication`):
    tell its contacts, with the coordinator's message, and keep the message for their
    dashboard. Publishing also invites the contacts whose memberships were waiting."""
    moderation_note_add(
        association=association, subject=association, action=action, message=message
    )
    if action == "publish":
        for membership in association.memberships.filter(confirmed=False).select_related("user"):
            contact_invite(association=association, email=membership.user.email)
    send_or_log(
        template=f"directory/email/moderation_{action}.txt",
        context={
            "association": association,
            "message": message,
            "profile_url": absolute_url(association.get_absolute_url()),
            "admin_url": absolute_url(
                reverse("admin:directory_association_change", args=[association.pk])
            ),
            "contact_email": settings.CONTACT_EMAIL,
        },
        recipients=contact_emails(association),
    )
