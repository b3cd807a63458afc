from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from directory.models import Association
from taxonomy.models import Municipality


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
    readonly_fields = ["created_at", "updated_at"]
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
