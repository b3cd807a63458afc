"""The admin for services: contacts manage only their own associations' services
(`AssociationOwnedAdmin` scopes every entry point); coordinators see all and publish."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import ModeratedAdmin
from directory.ownership import AssociationOwnedAdmin
from services.forms import ServiceAdminForm
from services.models import Service


@admin.register(Service)
class ServiceAdmin(AssociationOwnedAdmin):
    form = ServiceAdminForm
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
        ServiceAdminForm.schedule_fieldset(),
        (_("Cost and joining"), {"fields": ["is_free", "cost", "cost_amount", "joining",
                                            "registration_url", "contact_email", "contact_phone",
                                            "joining_info"]}),
        (_("Themes and strategy"), {"fields": ["themes", "spearheads"]}),
        (_("Record"), {"fields": ["created_at", "updated_at"]}),
    ]  # fmt: skip

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "association":
            field.required = True  # every service has a provider, also the coordinators'
        return field

    def status_for_new(self, request, obj) -> str:
        # A contact's new service waits for a coordinator, like a registered association.
        return ModeratedAdmin.status_for_new(self, request, obj)
