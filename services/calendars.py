"""An activity's regular meetings as iCalendar (RFC 5545): one VEVENT, its first meeting, with
the schedule's RRULE and EXDATEs (`core.calendars.add_recurrence`), for "add to calendar".

The UID stays the activity's for life, so a calendar that imported it again replaces its copy;
SEQUENCE follows every save (minutes since an epoch, as grant deadlines do).
"""

import datetime

import icalendar
from django.utils import timezone

from core.calendars import add_recurrence, new_calendar
from services.models import Service

UID_DOMAIN = "palvelut.paijathamalaiset.fi"
PRODUCT_ID = "-//Päijäthämäläiset.fi//Toiminta//FI"
SEQUENCE_EPOCH = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)


def service_calendar(service: Service, *, absolute_url) -> icalendar.Calendar:
    """A VCALENDAR of the meetings of `service`, which repeats; `absolute_url(path)` makes its
    link absolute."""
    calendar = new_calendar(service.title, product_id=PRODUCT_ID)
    vevent = icalendar.Event()
    vevent.add("uid", f"service-{service.pk}@{UID_DOMAIN}")
    vevent.add("dtstamp", service.updated_at)
    vevent.add("last-modified", service.updated_at)
    vevent.add("created", service.created_at)
    vevent.add("sequence", max(0, int((service.updated_at - SEQUENCE_EPOCH).total_seconds() // 60)))
    vevent.add("summary", service.title)
    vevent.add("dtstart", timezone.localtime(service.first_start))
    vevent.add("dtend", timezone.localtime(service.first_end))
    add_recurrence(vevent, service)
    url = absolute_url(service.get_absolute_url())
    vevent.add("url", url)
    vevent.add(
        "description", "\n".join([service.short_description, service.association.name, "", url])
    )
    place = ", ".join(
        part for part in (service.place, service.street_address, service.post_office) if part
    )
    if place:
        vevent.add("location", place)
    calendar.add_component(vevent)
    return calendar
