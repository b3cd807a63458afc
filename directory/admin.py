"""The directory in the admin, scoped by `Association.objects.editable_by` at every entry point.

Django's admin reaches objects through `get_queryset` (change list, change, delete and history
views, bulk actions, autocomplete) and asks `has_*_permission(request, obj)` before showing or
saving anything, so those two places carry the rule; the model-level permissions come from the
role groups.
"""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from accounts.roles import is_coordinator
from directory.models import Association, Membership
from taxonomy.models import Municipality

# Fields only coordinators change: publication, verification bookkeeping and the address.
MODERATION_FIELDS = ["slug", "status", "verified_at", "verified_by"]


class AssociationAdminForm(forms.ModelForm):
    whole_region = forms.BooleanField(
        label=_("Operates in the whole of Päijät-Häme"),
        required=False,
        help_text=_("Chooses all ten municipalities as operating municipalities."),
    )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("whole_region"):
            cleaned_data["operating_municipalities"] = Municipality.objects.all()
        return cleaned_data


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]
    fields = ["user", "role", "confirmed", "created_at"]
    readonly_fields = ["created_at"]


@admin.register(Association)
class AssociationAdmin(admin.ModelAdmin):
    form = AssociationAdminForm
    list_display = ["name", "home_municipality", "kind", "status", "updated_at", "verified_at"]
    list_filter = ["status", "kind", "home_municipality", "themes"]
    search_fields = ["name", "business_id", "email"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = [
        "operating_municipalities", "themes", "spearheads", "target_groups", "fields", "languages",
    ]  # fmt: skip
    list_select_related = ["home_municipality"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "status", "short_description", "description",
                           "logo"]}),
        (_("Where"), {"fields": ["home_municipality", "whole_region",
                                 "operating_municipalities"]}),
        (_("Themes and tags"), {"fields": ["themes", "spearheads", "target_groups", "fields",
                                           "languages"]}),
        (_("Contact"), {"fields": ["email", "phone", "website", "street_address", "postal_code",
                                   "post_office", "social_media"]}),
        (_("Other information"), {"fields": ["business_id", "register_number", "founded_year",
                                             "accessibility"]}),
        (_("Verification"), {"fields": ["verified_at", "verified_by", "created_at",
                                        "updated_at"]}),
    ]  # fmt: skip

    def get_queryset(self, request):
        return super().get_queryset(request).editable_by(request.user)

    def get_readonly_fields(self, request, obj=None):
        readonly = ["created_at", "updated_at"]
        if not is_coordinator(request.user):
            readonly += MODERATION_FIELDS
        return readonly

    def get_prepopulated_fields(self, request, obj=None):
        return self.prepopulated_fields if is_coordinator(request.user) else {}

    def get_inlines(self, request, obj):
        return [MembershipInline] if is_coordinator(request.user) else []

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        return allowed and (obj is None or obj.can_be_edited_by(request.user))

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or obj.can_be_edited_by(request.user))

    def has_add_permission(self, request):
        # New associations come through the public registration form or a coordinator.
        return is_coordinator(request.user) and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return is_coordinator(request.user) and super().has_delete_permission(request, obj)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    """Coordinators manage who represents which association (contacts have no access)."""

    list_display = ["association", "user", "role", "confirmed", "created_at"]
    list_filter = ["role", "confirmed"]
    search_fields = ["association__name", "user__email", "user__first_name", "user__last_name"]
    autocomplete_fields = ["user", "association"]
    list_select_related = ["association", "user"]
