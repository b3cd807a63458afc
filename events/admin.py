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
    filter_horizontal = ["themes", "spearheads", "target_groups"]
    actions = [*AssociationOwnedAdmin.actions, "copy_events"]
    fieldsets = [
        (None, {"fields": ["association", "title", "slug", "summary", "description"]}),
        (_("Time"), {"fields": ["start", "end", "all_day", "event_status"]}),
        EventAdminForm.schedule_fieldset(),
        (
            _("Place"),
            {
                "fields": [
                    "attendance_mode",
                    "place_name",
                    "street_address",
                    "municipality",
                    "online_url",
                    "accessibility",
                ]
            },
        ),
        (
            _("Price and registration"),
            {
                "fields": [
                    "is_free",
                    "price",
                    "price_amount",
                    "registration_url",
                    "registration_deadline",
                    "registration_info",
                ]
            },
        ),
        (_("Image"), {"fields": ["image", "image_alt"]}),
        (_("Tags"), {"fields": ["themes", "spearheads", "target_groups"]}),
        (_("Publication"), {"fields": ["status"]}),
    ]

    def get_prepopulated_fields(self, request, obj=None):
        return {"slug": ["title"]}

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
