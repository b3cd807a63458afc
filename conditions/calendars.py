"""Grant deadlines as iCalendar (RFC 5545): each call's closing time is an event of its own.

A deadline is a moment, so the event has a start and no end (RFC 5545 3.6.1: it ends when it
starts) and does not block the subscriber's time. The UID stays the call's for life, so a
subscribed calendar moves its copy when a coordinator moves the deadline; SEQUENCE and
LAST-MODIFIED follow every save (`core.calendars.new_event`).
"""

from collections.abc import Iterable

import icalendar
from django.utils.translation import gettext

from conditions.models import GrantCall
from core.calendars import calendar_of, new_event

UID_DOMAIN = "avustukset.paijathamalaiset.fi"
PRODUCT_ID = "-//Päijäthämäläiset.fi//Avustukset//FI"


def deadline_calendar(calls: Iterable[GrantCall], *, name: str, absolute_url) -> icalendar.Calendar:
    """A VCALENDAR of the calls' deadlines; `absolute_url(path)` makes their links absolute."""
    return calendar_of(
        calls, lambda call: _vevent(call, absolute_url), name=name, product_id=PRODUCT_ID
    )


def _vevent(call: GrantCall, absolute_url) -> icalendar.Event:
    vevent = new_event(
        uid=f"grant-{call.pk}-deadline@{UID_DOMAIN}",
        created=call.created_at,
        updated=call.updated_at,
    )
    vevent.add("summary", gettext("Grant call closes: %(title)s") % {"title": call.title})
    vevent.add("dtstart", call.local_closes_at)
    vevent.add("transp", "TRANSPARENT")
    url = absolute_url(call.get_absolute_url())
    vevent.add("url", url)
    period = call.period_text
    vevent.add(
        "description", "\n".join([call.summary, call.funder_name, period, call.call_url, url])
    )
    vevent.add("categories", [str(call.get_funder_kind_display())])
    return vevent
