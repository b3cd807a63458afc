"""The strategy's measures and their progress notes: coordinators' content (the group's
permissions, `accounts.roles`), with history."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from followup.models import Measure, ProgressNote


class ProgressNoteInline(admin.TabularInline):
    model = ProgressNote
    extra = 1
    fields = ["date", "text", "author"]
    readonly_fields = ["author"]
    ordering = ["-date", "-pk"]


@admin.register(Measure)
class MeasureAdmin(SimpleHistoryAdmin):
    list_display = ["title", "spearhead", "status", "starts_on", "ends_on", "updated_at"]
    list_filter = ["status", "spearhead", "municipalities"]
    list_select_related = ["spearhead"]
    search_fields = ["title", "title_sv", "title_en", "description", "other_parties"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["associations"]
    filter_horizontal = ["municipalities"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [ProgressNoteInline]
    fieldsets = [
        (None, {"fields": ["spearhead", "title", "title_sv", "title_en", "slug", "position",
                           "description"]}),
        (_("Responsible parties"), {"fields": ["associations", "municipalities",
                                               "other_parties"]}),
        (_("Progress"), {"fields": ["status", "target", "indicator", "starts_on", "ends_on"]}),
        (_("Content that serves it"), {"fields": ["content_path", "content_label"]}),
        (None, {"fields": ["created_at", "updated_at"]}),
    ]  # fmt: skip

    def save_formset(self, request, form, formset, change):
        for note in formset.save(commit=False):
            if note.author_id is None:
                note.author = request.user
            note.save()
        for note in formset.deleted_objects:
            note.delete()
        formset.save_m2m()
