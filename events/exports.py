"""`/tapahtumat/lataa.csv` and `/tapahtumat/menneet/lataa.csv`: the calendar's results as CSV
(public fields only), with the list's filters and dates."""

from django.utils.translation import gettext as _

from core.dates import local_date, local_datetime
from core.exports import CSVExportView, header, names
from events.filters import PAST, UPCOMING, EventFilterSet
from events.models import Event
from events.views import current_moment, parse_dates

TAGS = ["themes", "spearheads", "target_groups"]


class EventCSVView(CSVExportView):
    filterset_class = EventFilterSet
    filename = "tapahtumat.csv"
    scope = UPCOMING

    def get_query(self):
        query, _problems = parse_dates(super().get_query())  # as the list: bad dates ignored
        return query

    def filterset_context(self):
        return {"scope": self.scope, "moment": current_moment()}

    def order(self, queryset, sort, searching):
        return queryset.order_by(
            *(("start", "pk") if self.scope == UPCOMING else ("-start", "-pk"))
        )

    def columns(self):
        def field(name):
            return (header(Event, name), lambda obj: getattr(obj, name))

        def when(moment_field):
            def value(obj):
                moment = getattr(obj, moment_field)
                return local_date(moment) if obj.all_day else local_datetime(moment)

            return (header(Event, moment_field), value)

        return [
            field("title"),
            when("start"),
            when("end"),
            (header(Event, "event_status"), lambda obj: obj.get_event_status_display()),
            (header(Event, "attendance_mode"), lambda obj: obj.get_attendance_mode_display()),
            field("place_name"),
            field("street_address"),
            (header(Event, "municipality"),
             lambda obj: obj.municipality.name if obj.municipality_id else ""),
            field("online_url"),
            (header(Event, "association"),
             lambda obj: obj.association.name if obj.association_id else ""),
            *((header(Event, name), lambda obj, name=name: names(getattr(obj, name).all()))
              for name in TAGS),
            field("summary"),
            field("is_free"),
            field("price"),
            field("registration_url"),
            (_("Page on Päijäthämäläiset.fi"), self.absolute),
        ]  # fmt: skip

    def prepare(self, queryset):
        return queryset.select_related("municipality", "association").prefetch_related(*TAGS)


class PastEventCSVView(EventCSVView):
    filename = "menneet-tapahtumat.csv"
    scope = PAST
