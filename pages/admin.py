from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from pages.models import Page


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
