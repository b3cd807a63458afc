import datetime
import itertools
from dataclasses import dataclass
from functools import cached_property

from django.db.models import Q
from django.http import QueryDict
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.generic import DetailView, View

from core.calendars import calendar_response
from core.dates import local_date
from core.facets import Chip, FacetedListView, clean_query, query_without
from core.schedules import Occurrence
from core.structured_data import compact, offer, owner_organization, postal_address, seconds
from directory.models import Association
from events.calendars import calendar_for
from events.filters import PAST, UPCOMING, EventFilterSet, day_after, day_start
from events.models import Event

CALENDAR_LIMIT = 500
# Dates outside these years are refused like malformed ones (and 9999-12-31 + 1 day overflows).
MIN_YEAR, MAX_YEAR = 1900, 2200
# An event is listed under each day it runs, unless it runs this many days or more.
MAX_REPEATED_DAYS = 7
# Without an end date, the last page shows repeating events' occurrences at least this far.
REPEATING_DAYS = 28
# The detail page of a repeating event lists this many of its next dates.
NEXT_DATES = 5
# A subscribed calendar keeps the events of the last month too.
CALENDAR_PAST_DAYS = 30
STRUCTURED_STATUS = {
    Event.EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    Event.EventStatus.CANCELLED: "https://schema.org/EventCancelled",
    Event.EventStatus.POSTPONED: "https://schema.org/EventPostponed",
}
STRUCTURED_ATTENDANCE = {
    Event.AttendanceMode.PLACE: "https://schema.org/OfflineEventAttendanceMode",
    Event.AttendanceMode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Event.AttendanceMode.BOTH: "https://schema.org/MixedEventAttendanceMode",
}


@dataclass(frozen=True)
class DayEntry:
    """An event under a day of the calendar: `ongoing` when it began on an earlier day,
    `repeated` when the list already showed it in full under an earlier day; a repeating
    event's `occurrence` on the day."""

    event: Event
    ongoing: bool = False
    repeated: bool = False
    occurrence: Occurrence | None = None  # the occurrence of a repeating event on the day


def current_moment() -> datetime.datetime:
    """Now, to the minute: the list, its counts and their cache key all cut at this moment."""
    return timezone.now().replace(second=0, microsecond=0)


def parse_dates(query: QueryDict) -> tuple[QueryDict, list[str]]:
    """`start` and `end` checked: a malformed date or a reversed range is dropped, with a
    message saying so, and the rest of the query still applies."""
    query = query.copy()
    problems = []
    days = {}
    for name in ("start", "end"):
        value = query.get(name, "").strip()
        if not value:
            query.pop(name, None)
            continue
        try:
            days[name] = datetime.date.fromisoformat(value)
            if len(value) != 10 or not MIN_YEAR <= days[name].year <= MAX_YEAR:
                raise ValueError(value)
        except ValueError:
            days.pop(name, None)
            query.pop(name, None)
            problems.append(
                _("“%(value)s” is not a date; give dates as YYYY-MM-DD, e.g. 2026-12-05.")
                % {"value": value[:40]}
            )
            continue
        query[name] = days[name].isoformat()
    if "start" in days and "end" in days and days["end"] < days["start"]:
        query.pop("start")
        query.pop("end")
        problems.append(_("The end date is before the start date, so the dates were ignored."))
    return query, problems


def quick_ranges(today: datetime.date) -> list[tuple[str, str, datetime.date, datetime.date]]:
    """(key, label, first day, last day) of the quick choices."""
    saturday = today + datetime.timedelta(days=(5 - today.weekday()) % 7)
    if today.weekday() == 6:  # on a Sunday, "this weekend" is what is left of it
        saturday = today
    sunday = today + datetime.timedelta(days=6 - today.weekday())
    return [
        ("today", _("Today"), today, today),
        ("weekend", _("This weekend"), saturday, sunday),
        ("week", _("Next 7 days"), today, today + datetime.timedelta(days=6)),
    ]


def public_filterset(request, *, scope: str, moment: datetime.datetime) -> tuple:
    """The public events of `scope` as of `moment`, filtered by the request, and what was wrong
    with its dates."""
    query, problems = parse_dates(clean_query(request.GET))
    return EventFilterSet.public(query, scope=scope, moment=moment), problems


class EventListView(FacetedListView):
    filterset_class = EventFilterSet
    template_name = "events/event_list.html"
    context_object_name = "events"
    scope = UPCOMING
    export_url_name = "events:event-csv"

    def get_query(self):
        query, self.problems = parse_dates(super().get_query())
        return query

    def filterset_context(self):
        self.moment = current_moment()
        return {"scope": self.scope, "moment": self.moment}

    def order(self, queryset):
        return queryset.order_by(
            *(("start", "pk") if self.scope == UPCOMING else ("-start", "-pk"))
        )

    def extra_chips(self) -> list[Chip]:
        values = self.filterset.values
        chips = []
        start, end = values.get("start"), values.get("end")
        if start or end:
            dates = "–".join(local_date(day) if day else "" for day in (start, end))
            chips.append(Chip(f"{_('Dates')}: {dates}", query_without(self.query, "start", "end")))
        if self.organiser:
            label = f"{_('Organiser')}: {self.organiser.name}"
            chips.append(Chip(label, query_without(self.query, "association")))
        if values.get("free"):
            chips.append(Chip(_("Free of charge"), query_without(self.query, "free")))
        if values.get("online"):
            chips.append(Chip(_("Online"), query_without(self.query, "online")))
        return chips

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        values = self.filterset.values
        today = timezone.localdate(self.moment)
        context.update(
            scope=self.scope,
            start=values.get("start"),
            end=values.get("end"),
            free=values.get("free", False),
            online=values.get("online", False),
            quick_choices=[
                {
                    "key": key,
                    "label": label,
                    "start": first.isoformat(),
                    "end": last.isoformat(),
                    "selected": values.get("start") == first and values.get("end") == last,
                }
                for key, label, first, last in quick_ranges(today)
            ]
            if self.scope == UPCOMING
            else [],
            days=self.group_by_day(
                list(context["object_list"]),
                today,
                has_next=bool(context["page_obj"] and context["page_obj"].has_next()),
                earlier=self.earlier_repeating(context["page_obj"]),
            ),
            organiser=self.organiser,
            problems=self.problems,
            calendar_query=query_without(self.query, "page", "sort"),
        )
        return context

    @cached_property
    def organiser(self) -> Association | None:
        """The association the list is narrowed to (from its profile's "all events" link)."""
        slug = self.filterset.values.get("association")
        if not slug:
            return None
        return Association.objects.published().filter(slug=slug).only("name", "slug").first()

    def earlier_repeating(self, page) -> tuple[list[Event], datetime.date | None]:
        """Repeating events of the earlier pages, whose occurrences go on into this page's
        days, and the day after the previous page's last: two queries (three when there are
        any), on the upcoming list's later pages only."""
        if self.scope != UPCOMING or not page or not page.has_previous() or not page.object_list:
            return [], None
        ordered, first = self.object_list, page.object_list[0]
        previous_start = ordered.values_list("start", flat=True)[page.start_index() - 2]
        before = Q(start__lt=first.start) | Q(start=first.start, pk__lt=first.pk)
        earlier = list(ordered.exclude(repeat_rule="").filter(before))
        return earlier, timezone.localdate(previous_start) + datetime.timedelta(days=1)

    def group_by_day(self, events, today: datetime.date, *, has_next: bool,
                     earlier: tuple[list[Event], datetime.date | None] = ([], None),
                     ) -> list[tuple]:  # fmt: skip
        """[(day, [DayEntry])]: each upcoming event under every day it runs, from today (or the
        chosen start) on, so an event of 3.–5.12. is under the 3rd, the 4th and the 5th. An
        event in progress is listed under today as ongoing. Events of more than a week (an
        exhibition, say) appear only under their first day, lest they fill the calendar. The
        days stop where this page's events do: the next page goes on from its first event.
        A repeating event is under each day it occurs on (the `earlier` pages' ones too, from
        where the previous page stopped), shown in full under the first.

        Past events are listed under the day they began."""
        if self.scope != UPCOMING:
            return [
                (day, [DayEntry(event) for event in group])
                for day, group in itertools.groupby(events, key=lambda e: e.local_start.date())
            ]
        values = self.filterset.values
        first_day = max(today, values.get("start") or today)
        last_day = values.get("end")
        if has_next and events:
            page_end = max(events[-1].local_start.date(), first_day)
            last_day = min(last_day, page_end) if last_day else page_end
        days: dict[datetime.date, list[DayEntry]] = {}
        repeats_until = last_day or max(
            [first_day + datetime.timedelta(days=REPEATING_DAYS - 1)]
            + [event.local_start.date() for event in events if not event.repeat_rule]
        )
        earlier_events, resume_day = earlier
        for event in [*earlier_events, *events]:
            if event.repeat_rule:
                shown_from = first_day
                if event in earlier_events:
                    shown_from = max(first_day, resume_day)
                since = max(self.moment, day_start(shown_from))
                occurrences = event.occurrences(since, day_after(repeats_until))
                for number, occurrence in enumerate(occurrences):
                    entry = DayEntry(event, repeated=number > 0, occurrence=occurrence)
                    days.setdefault(occurrence.local_start.date(), []).append(entry)
                continue
            began, ends = event.local_start.date(), event.local_end.date()
            shown_from = max(began, first_day)
            shown_until = ends if (ends - began).days < MAX_REPEATED_DAYS else shown_from
            if last_day:
                shown_until = min(shown_until, last_day)
            day = shown_from
            while day <= shown_until or day == shown_from:
                entry = DayEntry(event, ongoing=day > began, repeated=day > shown_from)
                days.setdefault(day, []).append(entry)
                day += datetime.timedelta(days=1)
        for entries in days.values():  # a repeating event's occurrence among the day's others
            entries.sort(key=lambda e: e.occurrence.start if e.occurrence else e.event.start)
        return sorted(days.items(), key=lambda item: item[0])


class PastEventListView(EventListView):
    scope = PAST
    export_url_name = "events:past-event-csv"


class EventCalendarView(View):
    """`/tapahtumat/kalenteri.ics`: the list's filters as a calendar to subscribe to."""

    def get(self, request, *args, **kwargs):
        moment = current_moment()
        since = moment - datetime.timedelta(days=CALENDAR_PAST_DAYS)
        filterset, _problems = public_filterset(request, scope=UPCOMING, moment=since)
        events = filterset.qs.order_by("start", "pk").select_related("municipality", "association")[
            :CALENDAR_LIMIT
        ]
        chosen = filterset.values
        names = [
            term.name
            for name in ("municipality", "theme", "target_group", "spearhead")
            for term in filterset.filters[name].terms
            if term.slug in (chosen.get(name) or [])
        ]
        name = " – ".join(["Päijäthämäläiset.fi", *names])
        calendar = calendar_for(events, name=name, absolute_url=request.build_absolute_uri)
        return calendar_response(calendar, filename="tapahtumat.ics")


class EventDetailView(DetailView):
    context_object_name = "event"

    def get_queryset(self):
        return (
            Event.objects.published()
            .select_related("association", "municipality")
            .prefetch_related("themes", "spearheads", "target_groups")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event = self.object
        now = timezone.now()
        next_dates = event.occurrences(since=now)[:NEXT_DATES] if event.repeat_rule else []
        context.update(
            structured_data=self.structured_data(event),
            is_past=not next_dates if event.repeat_rule else event.end < now,
            next_dates=next_dates,
        )
        return context

    def structured_data(self, event: Event) -> dict:
        return event_structured_data(event, self.request.build_absolute_uri)


def event_structured_data(event: Event, absolute) -> dict:
    """schema.org Event, for search engines and other sites (the detail page, `/api/events/`)."""
    url = absolute(event.get_absolute_url())
    if event.all_day:
        start, end = event.local_start.date().isoformat(), event.local_end.date().isoformat()
    else:
        start, end = seconds(event.start), seconds(event.end)
    coming = event.occurrences(since=timezone.now())[:1] if event.repeat_rule else []
    if coming:  # a repeating event: its next occurrence, and the schedule below
        start, end = seconds(coming[0].start), seconds(coming[0].end)
    locations = []
    if event.has_place:
        locations.append(
            {
                "@type": "Place",
                "name": event.place_name or event.address_text,
                "address": postal_address(
                    street=event.street_address,
                    locality=event.municipality.name if event.municipality_id else "",
                ),
            }
        )
    if event.is_online and event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    organizer = owner_organization(event.association, absolute)
    return compact(
        {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": event.title,
            "description": event.summary,
            "url": url,
            "image": absolute(event.image.url) if event.image else None,
            "startDate": start,
            "endDate": end,
            "eventStatus": STRUCTURED_STATUS[event.event_status],
            "eventAttendanceMode": STRUCTURED_ATTENDANCE[event.attendance_mode],
            "location": locations[0] if len(locations) == 1 else locations,
            "organizer": organizer,
            "isAccessibleForFree": event.is_free or None,
            "offers": offer(
                is_free=event.is_free,
                amount=event.price_amount,
                text=event.price,
                url=event.registration_url or url,
            ),
            "inLanguage": "fi",
            "eventSchedule": event.recurrence.structured_data() if event.recurrence else None,
        }
    )


def event_calendar_file(request, slug):
    """`/tapahtumat/<slug>/kalenteri.ics`: one event, "add to calendar"."""
    event = get_object_or_404(
        Event.objects.published().select_related("association", "municipality"), slug=slug
    )
    calendar = calendar_for([event], name=event.title, absolute_url=request.build_absolute_uri)
    filename = slugify(event.slug)[:80] or "tapahtuma"
    return calendar_response(calendar, filename=f"{filename}.ics", attachment=True)
