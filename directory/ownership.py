"""Content that belongs to an association (services, events, news) follows its association's
rules: visible only while the association is published, editable by whoever may edit it.

`AssociationOwnedQuerySet` and `AssociationOwnedAdmin` carry those rules for any model with an
`association` foreign key (null for the forum's own content, which only coordinators edit), so
each content type states them once, here.
"""

from django import forms
from django.conf import settings
from django.contrib.admin.templatetags.admin_urls import admin_urlname
from django.db import models
from django.urls import reverse

from accounts.roles import is_coordinator
from core.admin import ModeratedAdmin
from core.mail import absolute_url, send_or_log
from core.publication import Status
from directory.mail import contact_emails
from directory.models import Association
from directory.onboarding import moderation_note_add


class ChosenAssociationInput(forms.HiddenInput):
    """The association already chosen for a contact of one: sent along unseen, and its
    (hidden) label points at no control, as a label of a hidden input must not."""

    def id_for_label(self, id_):
        return ""


class AssociationOwnedQuerySet(models.QuerySet):
    def of_published_associations(self):
        """Content of published associations, and the forum's own (no association)."""
        return self.filter(
            models.Q(association__isnull=True)
            | models.Q(association__status=Association.Status.PUBLISHED)
        )

    def editable_by(self, user):
        """Coordinators edit everything; a contact edits the content of the associations
        `Association.objects.editable_by` gives them, and never the forum's own."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if is_coordinator(user):
            return self
        return self.filter(association__in=Association.objects.editable_by(user))


class AssociationOwnedAdmin(ModeratedAdmin):
    """The admin for association-owned content, scoped at every entry point like the
    association admin: querysets, object permissions and the association choices."""

    def get_queryset(self, request):
        return super().get_queryset(request).editable_by(request.user)

    def status_for_new(self, request, obj) -> str:
        """A contact's item goes public at once when its association is public (coordinators
        can hide it afterwards), otherwise it waits for review; coordinators choose."""
        if is_coordinator(request.user):
            return obj.status
        association = obj.association
        published = association is not None and association.is_published()
        return Status.PUBLISHED if published else Status.PENDING

    def moderated(self, obj, *, action: str, message: str) -> None:
        """Tell the owning association's contacts what a coordinator did, with the message,
        and keep the message for their dashboard."""
        if obj.association_id is None:
            return
        moderation_note_add(
            association=obj.association, subject=obj, action=action, message=message
        )
        send_or_log(
            template=f"email/content_moderation_{action}.txt",
            context={
                "object": obj,
                "kind": obj._meta.verbose_name,
                "association": obj.association,
                "message": message,
                "public_url": absolute_url(obj.get_absolute_url()),
                "admin_url": absolute_url(
                    reverse(admin_urlname(obj._meta, "change"), args=[obj.pk])
                ),
                "contact_email": settings.CONTACT_EMAIL,
            },
            recipients=contact_emails(obj.association),
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "association":
            choices = Association.objects.editable_by(request.user)
            kwargs["queryset"] = choices
            coordinator = is_coordinator(request.user)
            # Only coordinators write the forum's own content, which has no association.
            kwargs["required"] = not coordinator
            # A contact of one association is not asked which; the choices still decide what
            # is accepted, so a posted other association is refused as an invalid choice.
            only = None if coordinator else list(choices.values_list("pk", flat=True)[:2])
            if only and len(only) == 1:
                kwargs["widget"] = ChosenAssociationInput
                kwargs["initial"] = only[0]
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
