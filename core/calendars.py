"""What every iCalendar file of the site shares (RFC 5545, built with the `icalendar` library):
the calendar's header, a repeating item's RRULE and EXDATEs, and the HTTP response. Each content
type writes its own VEVENTs."""

import datetime
from collections.abc import Callable, Iterable

import icalendar
from django.http import HttpResponse
from django.utils import timezone

from core.schedules import local
from core.text import strip_calendar_control_characters
from core.timezones import add_timezones

CONTENT_TYPE = "text/calendar; charset=utf-8"
# For items without a revision counter of their own, SEQUENCE counts the minutes from here to
# the last save: it rises with every save and stays a small integer.
SEQUENCE_EPOCH = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)


def new_calendar(name: str, *, product_id: str) -> icalendar.Calendar:
    """An empty VCALENDAR called `name`, in Helsinki time, that subscribers refresh hourly."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", product_id)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", timezone.get_default_timezone_name())
    calendar.add("x-published-ttl", "PT1H")
    return calendar


def calendar_of(
    items: Iterable, vevent: Callable[..., icalendar.Event], *, name: str, product_id: str
) -> icalendar.Calendar:
    """A calendar called `name` with `vevent(item)` for each of the items."""
    calendar = new_calendar(name, product_id=product_id)
    for item in items:
        calendar.add_component(vevent(item))
    return calendar


def new_event(
    *,
    uid: str,
    created: datetime.datetime,
    updated: datetime.datetime,
    sequence: int | None = None,
) -> icalendar.Event:
    """A VEVENT with what every one of ours carries: a UID kept for the item's life, when it was
    made and last changed, and its revision (by default from the time of its last save)."""
    if sequence is None:
        sequence = max(0, int((updated - SEQUENCE_EPOCH).total_seconds() // 60))
    vevent = icalendar.Event()
    vevent.add("uid", uid)
    vevent.add("dtstamp", updated)
    vevent.add("last-modified", updated)
    vevent.add("created", created)
    vevent.add("sequence", sequence)
    return vevent


def add_recurrence(component: icalendar.Component, item) -> None:
    """The RRULE and EXDATEs of a `core.schedules.RepeatingMixin` item that repeats; each
    EXDATE is at the time of day the occurrence would begin, as its DTSTART."""
    schedule = item.recurrence
    if schedule is None:
        return
    component.add("rrule", icalendar.vRecur.from_ical(item.repeat_rule))
    if schedule.exceptions:
        component.add("exdate", [local(day, schedule.starts) for day in schedule.exceptions])


def calendar_response(
    calendar: icalendar.Calendar, *, filename: str, attachment: bool = False
) -> HttpResponse:
    """The calendar (its VTIMEZONEs added) as a response; a subscription (`attachment` False)
    may be cached for a quarter of an hour."""
    add_timezones(calendar)
    strip_calendar_control_characters(calendar)
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    if not attachment:
        response["Cache-Control"] = "public, max-age=900"
    return response
