"""Grant deadlines as iCalendar (RFC 5545): each call's closing time is an event of its own.

A deadline is a moment, so the event has a start and no end (RFC 5545 3.6.1: it ends when it
starts) and does not block the subscriber's time. The UID stays the call's for life, so a
subscribed calendar moves its copy when a coordinator moves the deadline; SEQUENCE and
LAST-MODIFIED follow every save.
"""

import datetime
from collections.abc import Iterable

import icalendar
from django.utils.translation import gettext

from conditions.models import GrantCall
from core.calendars import new_calendar

UID_DOMAIN = "avustukset.paijathamalaiset.fi"
PRODUCT_ID = "-//Päijäthämäläiset.fi//Avustukset//FI"
# SEQUENCE counts the minutes from here to the call's last save: it rises with every save and
# stays a small integer, without a counter column of its own.
SEQUENCE_EPOCH = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)


def deadline_uid(call: GrantCall) -> str:
    return f"grant-{call.pk}-deadline@{UID_DOMAIN}"


def deadline_sequence(call: GrantCall) -> int:
    return max(0, int((call.updated_at - SEQUENCE_EPOCH).total_seconds() // 60))


def deadline_calendar(calls: Iterable[GrantCall], *, name: str, absolute_url) -> icalendar.Calendar:
    """A VCALENDAR of the calls' deadlines; `absolute_url(path)` makes their links absolute."""
    calendar = new_calendar(name, product_id=PRODUCT_ID)
    for call in calls:
        calendar.add_component(_vevent(call, absolute_url))
    return calendar


def _vevent(call: GrantCall, absolute_url) -> icalendar.Event:
    vevent = icalendar.Event()
    vevent.add("uid", deadline_uid(call))
    vevent.add("dtstamp", call.updated_at)
    vevent.add("last-modified", call.updated_at)
    vevent.add("created", call.created_at)
    vevent.add("sequence", deadline_sequence(call))
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
