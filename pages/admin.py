from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from pages.models import Guide, Page


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    """Pages have fixed addresses, so they are edited here but created only by migrations."""

    list_display = ["title_fi", "slug", "updated_at"]
    readonly_fields = ["slug", "updated_at"]
    fieldsets = [
        (None, {"fields": ["slug", "updated_at"]}),
        (_("Finnish"), {"fields": ["title_fi", "summary_fi", "body_fi"]}),
        (_("Swedish"), {"fields": ["title_sv", "summary_sv", "body_sv"]}),
        (_("English"), {"fields": ["title_en", "summary_en", "body_en"]}),
    ]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Guide)
class GuideAdmin(SimpleHistoryAdmin):
    """Coordinators write guides; contacts may read them here (view permission only)."""

    list_display = ["title_fi", "admin_form", "order", "published", "updated_at"]
    list_filter = ["published", "admin_form"]
    list_editable = ["order", "published"]
    search_fields = ["title_fi", "summary_fi", "body_fi"]
    prepopulated_fields = {"slug": ["title_fi"]}
    readonly_fields = ["updated_at"]
    fieldsets = [
        (None, {"fields": ["slug", "admin_form", "order", "published", "updated_at"]}),
        (_("Finnish"), {"fields": ["title_fi", "summary_fi", "body_fi"]}),
        (
            _("Swedish"),
            {
                "fields": ["title_sv", "summary_sv", "body_sv"],
                "description": _("Leave empty to show the Finnish text to Swedish readers."),
            },
        ),
        (
            _("English"),
            {
                "fields": ["title_en", "summary_en", "body_en"],
                "description": _("Leave empty to show the Finnish text to English readers."),
            },
        ),
    ]
