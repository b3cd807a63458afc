"""The admin for services: contacts manage only their own associations' services
(`AssociationOwnedAdmin` scopes every entry point); coordinators see all and publish."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import ModeratedAdmin
from directory.ownership import AssociationOwnedAdmin
from services.forms import ServiceAdminForm
from services.models import Service
from services.views import ServiceDetailView


@admin.register(Service)
class ServiceAdmin(AssociationOwnedAdmin):
    form = ServiceAdminForm
    list_display = ["title", "association", "kind", "status", "updated_at"]
    list_filter = ["status", "kind", "themes", "municipalities", "is_free", "online"]
    list_select_related = ["association"]
    search_fields = ["title", "association__name"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["created_at", "updated_at"]
    preview_view = ServiceDetailView
    fieldsets = [
        (_("Basic information"), {
            "fields": ["association", "title", "slug", "kind", "short_description",
                       "description"],
            "description": _("The name and the short description show in the list of "
                             "activities; the description on the activity's own page."),
        }),
        (_("Where and when"), {
            "fields": ["municipalities", "online", "place", "street_address", "postal_code",
                       "post_office", "schedule", "accessibility"],
            "description": _("Where the activity happens and when it meets."),
        }),
        ServiceAdminForm.schedule_fieldset(),
        (_("For whom"), {
            "fields": ["target_groups", "min_age", "max_age", "languages"],
            "classes": ["collapse"],
        }),
        (_("Cost and joining"), {
            "fields": ["is_free", "cost", "cost_amount", "joining", "registration_url",
                       "contact_email", "contact_phone", "joining_info"],
            "classes": ["collapse"],
        }),
        (_("Themes and strategy"), {
            "fields": ["themes", "spearheads"],
            "description": _("Tick every box that fits. People find the activity by these."),
            "classes": ["collapse"],
        }),
        (_("Publication"), {"fields": ["status", "created_at", "updated_at"],
                            "classes": ["collapse"]}),
    ]  # fmt: skip

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "association":
            field.required = True  # every service has a provider, also the coordinators'
        return field

    def status_for_new(self, request, obj) -> str:
        # A contact's new service waits for a coordinator, like a registered association.
        return ModeratedAdmin.status_for_new(self, request, obj)
