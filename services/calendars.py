"""An activity's regular meetings as iCalendar (RFC 5545): one VEVENT, its first meeting, with
the schedule's RRULE and EXDATEs (`core.calendars.add_recurrence`), for "add to calendar".

The UID stays the activity's for life, so a calendar that imported it again replaces its copy;
SEQUENCE follows every save (minutes since an epoch, as grant deadlines do).
"""

import icalendar
from django.utils import timezone

from core.calendars import add_recurrence, new_calendar, new_event
from services.models import Service

UID_DOMAIN = "palvelut.paijathamalaiset.fi"
PRODUCT_ID = "-//Päijäthämäläiset.fi//Toiminta//FI"


def service_calendar(service: Service, *, absolute_url) -> icalendar.Calendar:
    """A VCALENDAR of the meetings of `service`, which repeats; `absolute_url(path)` makes its
    link absolute."""
    calendar = new_calendar(service.title, product_id=PRODUCT_ID)
    vevent = new_event(
        uid=f"service-{service.pk}@{UID_DOMAIN}",
        created=service.created_at,
        updated=service.updated_at,
    )
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
