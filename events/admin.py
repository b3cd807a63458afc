"""Events in the admin: scoped by `directory.ownership` at every entry point (a contact sees and
edits only their associations' events), published at once for published associations."""

import datetime

from django.contrib import admin, messages
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from directory.ownership import AssociationOwnedAdmin
from events.copying import event_copy
from events.forms import EventAdminForm
from events.models import Event
from events.views import EventDetailView


class WhenFilter(admin.SimpleListFilter):
    title = _("when")
    parameter_name = "when"

    def lookups(self, request, model_admin):
        return [("upcoming", _("Upcoming")), ("past", _("Past"))]

    def queryset(self, request, queryset):
        if self.value() == "upcoming":
            return queryset.upcoming()
        if self.value() == "past":
            return queryset.past()
        return queryset


@admin.register(Event)
class EventAdmin(AssociationOwnedAdmin):
    form = EventAdminForm
    list_display = ["title", "start", "association", "municipality", "event_status", "status"]
    list_filter = [WhenFilter, "status", "event_status", "attendance_mode", "municipality",
                   "themes", "target_groups"]  # fmt: skip
    search_fields = ["title", "summary", "place_name", "association__name"]
    list_select_related = ["association", "municipality"]
    date_hierarchy = "start"
    ordering = ["-start"]
    actions = [*AssociationOwnedAdmin.actions, "copy_events"]
    preview_view = EventDetailView
    fieldsets = [
        (_("Basic information"), {
            "fields": ["association", "title", "slug", "summary", "description"],
            "description": _("The name and the summary show in the calendar; the description "
                             "on the event's own page."),
        }),
        (_("Time"), {
            "fields": ["start", "end", "all_day", "event_status"],
            "description": _("When the event starts and ends. If it is cancelled or moved, "
                             "change its state here instead of deleting it."),
        }),
        EventAdminForm.schedule_fieldset(),
        (_("Place"), {
            "fields": ["attendance_mode", "place_name", "street_address", "municipality",
                       "online_url", "accessibility"],
            "description": _("Where to come, or the link for joining online."),
        }),
        (_("Price and registration"), {
            "fields": ["is_free", "price", "price_amount", "registration_url",
                       "registration_deadline", "registration_info"],
            "classes": ["collapse"],
        }),
        (_("For whom and on what"), {
            "fields": ["themes", "target_groups", "spearheads"],
            "description": _("Tick every box that fits. People find the event by these."),
            "classes": ["collapse"],
        }),
        (_("Picture"), {"fields": ["image", "image_alt"], "classes": ["collapse"]}),
        (_("Publication"), {"fields": ["status"], "classes": ["collapse"]}),
    ]  # fmt: skip

    prepopulated_fields = {"slug": ["title"]}

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("status", Event.Status.PUBLISHED)
        return initial

    @admin.action(description=_("Copy the selected events a week later"))
    def copy_events(self, request, queryset):
        with transaction.atomic():
            copies = [
                event_copy(
                    event=event,
                    shift=datetime.timedelta(days=7),
                    status=self.status_for_new(request, event),
                )
                for event in queryset.order_by("start").select_related("association")
            ]
        self.message_user(
            request,
            ngettext(
                "%(count)d event copied a week later; check the copy's details.",
                "%(count)d events copied a week later; check the copies' details.",
                len(copies),
            )
            % {"count": len(copies)},
            messages.SUCCESS,
        )
