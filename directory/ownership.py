"""Content that belongs to an association (services, events, news) follows its association's
rules: visible only while the association is published, editable by whoever may edit it.

`AssociationOwnedQuerySet` and `AssociationOwnedAdmin` carry those rules for any model with an
`association` foreign key (null for the forum's own content, which only coordinators edit), so
each content type states them once, here.
"""

from django.contrib import admin
from django.db import models

from accounts.roles import is_coordinator
from directory.models import Association


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


class AssociationOwnedAdmin(admin.ModelAdmin):
    """The admin for association-owned content, scoped at every entry point like the
    association admin: querysets, object permissions and the association choices."""

    #: Fields only coordinators change (publication and moderation).
    moderation_fields: list[str] = ["status"]

    def get_queryset(self, request):
        return super().get_queryset(request).editable_by(request.user)

    def is_editable(self, request, obj) -> bool:
        return obj is None or self.get_queryset(request).filter(pk=obj.pk).exists()

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self.is_editable(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.is_editable(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.is_editable(request, obj)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not is_coordinator(request.user):
            readonly += [name for name in self.moderation_fields if name not in readonly]
        return readonly

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "association":
            kwargs["queryset"] = Association.objects.editable_by(request.user)
            # Only coordinators write the forum's own content, which has no association.
            kwargs["required"] = not is_coordinator(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
