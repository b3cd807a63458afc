"""The admin for services: contacts manage only their own associations' services
(`AssociationOwnedAdmin` scopes every entry point); coordinators see all and publish."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from accounts.roles import is_coordinator
from directory.ownership import AssociationOwnedAdmin
from services.models import Service


@admin.register(Service)
class ServiceAdmin(AssociationOwnedAdmin):
    list_display = ["title", "association", "kind", "status", "updated_at"]
    list_filter = ["status", "kind", "themes", "municipalities", "is_free", "online"]
    list_select_related = ["association"]
    search_fields = ["title", "association__name"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["municipalities", "themes", "spearheads", "target_groups", "languages"]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["association", "title", "slug", "kind", "status",
                           "short_description", "description"]}),
        (_("For whom"), {"fields": ["target_groups", "min_age", "max_age", "languages"]}),
        (_("Where and when"), {"fields": ["municipalities", "online", "place", "street_address",
                                          "postal_code", "post_office", "schedule",
                                          "accessibility"]}),
        (_("Cost and joining"), {"fields": ["is_free", "cost", "joining", "registration_url",
                                            "contact_email", "contact_phone", "joining_info"]}),
        (_("Themes and strategy"), {"fields": ["themes", "spearheads"]}),
        (_("Record"), {"fields": ["created_at", "updated_at"]}),
    ]  # fmt: skip
    actions = ["publish", "hide"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "association":
            field.required = True  # every service has a provider, also the coordinators'
        return field

    def save_model(self, request, obj, form, change):
        # A contact's new service waits for a coordinator, like a registered association.
        if not change and not is_coordinator(request.user):
            obj.status = Service.Status.PENDING
        super().save_model(request, obj, form, change)

    def has_moderate_permission(self, request):
        return is_coordinator(request.user)

    def _set_status(self, request, queryset, status):
        changed = 0
        for service in queryset.exclude(status=status):
            service.status = status
            service.save(update_fields=["status", "updated_at"])
            changed += 1
        self.message_user(
            request, _("%(count)d services changed.") % {"count": changed}, messages.SUCCESS
        )

    @admin.action(description=_("Publish"), permissions=["moderate"])
    def publish(self, request, queryset):
        self._set_status(request, queryset, Service.Status.PUBLISHED)

    @admin.action(description=_("Hide"), permissions=["moderate"])
    def hide(self, request, queryset):
        self._set_status(request, queryset, Service.Status.HIDDEN)
