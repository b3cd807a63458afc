"""Events as iCalendar (RFC 5545), built with the `icalendar` library.

Each event keeps one UID for life, so a subscribed calendar updates its copy instead of adding a
new one; SEQUENCE (raised on every change of schedule, place or status, see `Event.save`) and
LAST-MODIFIED tell it which copy is newer. Times carry TZID=Europe/Helsinki with its VTIMEZONE
(from `core.timezones`: icalendar's own puts the spring changes an hour late); all-day events are
DATE values with the exclusive end day RFC 5545 asks for. A repeating event is one VEVENT with
its RRULE and EXDATEs (`core.calendars.add_recurrence`).
"""

import datetime
from collections.abc import Iterable

import icalendar
from django.utils.translation import gettext

from core.calendars import add_recurrence, calendar_of, new_event
from events.models import Event

UID_DOMAIN = "tapahtumat.paijathamalaiset.fi"
PRODUCT_ID = "-//Päijäthämäläiset.fi//Tapahtumat//FI"
STATUS = {
    Event.EventStatus.SCHEDULED: "CONFIRMED",
    Event.EventStatus.POSTPONED: "TENTATIVE",
    Event.EventStatus.CANCELLED: "CANCELLED",
}


def event_uid(event: Event) -> str:
    return f"event-{event.pk}@{UID_DOMAIN}"


def calendar_for(events: Iterable[Event], *, name: str, absolute_url) -> icalendar.Calendar:
    """A VCALENDAR of `events`; `absolute_url(path)` makes their links absolute."""
    return calendar_of(
        events, lambda event: _vevent(event, absolute_url), name=name, product_id=PRODUCT_ID
    )


def _vevent(event: Event, absolute_url) -> icalendar.Event:
    vevent = new_event(
        uid=event_uid(event),
        created=event.created_at,
        updated=event.updated_at,
        sequence=event.sequence,
    )
    title = event.title
    if event.is_cancelled:
        title = gettext("CANCELLED: %(title)s") % {"title": title}
    elif event.is_postponed:
        title = gettext("POSTPONED: %(title)s") % {"title": title}
    vevent.add("summary", title)
    if event.all_day:
        vevent.add("dtstart", event.local_start.date())
        vevent.add("dtend", event.local_end.date() + datetime.timedelta(days=1))
    else:
        vevent.add("dtstart", event.local_start)
        vevent.add("dtend", event.local_end)
    add_recurrence(vevent, event)
    vevent.add("status", STATUS[event.event_status])
    url = absolute_url(event.get_absolute_url())
    vevent.add("url", url)
    description = [event.summary, "", url]
    if event.association_id:
        description.insert(1, event.association.name)
    if event.is_online and event.online_url:
        description.insert(1, event.online_url)
    vevent.add("description", "\n".join(description))
    location = event.address_text if event.has_place else event.online_url
    if location:
        vevent.add("location", location)
    return vevent
