"""Consultation deadlines as iCalendar (RFC 5545), like the grant deadlines
(`conditions.calendars`): each deadline is a moment event whose UID stays the consultation's."""

from collections.abc import Iterable

import icalendar
from django.utils import timezone
from django.utils.translation import gettext

from conditions.calendars import deadline_sequence
from core.calendars import new_calendar
from partnership.models import Consultation

UID_DOMAIN = "vaikuttaminen.paijathamalaiset.fi"
PRODUCT_ID = "-//Päijäthämäläiset.fi//Lausuntopyynnöt//FI"


def deadline_calendar(consultations: Iterable[Consultation], *, absolute_url) -> icalendar.Calendar:
    """A VCALENDAR of the deadlines; `absolute_url(path)` makes their links absolute."""
    calendar = new_calendar(gettext("Consultation deadlines"), product_id=PRODUCT_ID)
    for consultation in consultations:
        calendar.add_component(_vevent(consultation, absolute_url))
    return calendar


def _vevent(consultation: Consultation, absolute_url) -> icalendar.Event:
    vevent = icalendar.Event()
    vevent.add("uid", f"consultation-{consultation.pk}-deadline@{UID_DOMAIN}")
    vevent.add("dtstamp", consultation.updated_at)
    vevent.add("last-modified", consultation.updated_at)
    vevent.add("created", consultation.created_at)
    vevent.add("sequence", deadline_sequence(consultation))
    vevent.add("summary", gettext("Consultation closes: %(title)s") % {"title": consultation.title})
    vevent.add("dtstart", timezone.localtime(consultation.deadline))
    vevent.add("transp", "TRANSPARENT")
    url = absolute_url(consultation.get_absolute_url())
    vevent.add("url", url)
    vevent.add(
        "description",
        "\n".join([consultation.summary, consultation.asker_name, consultation.url, url]),
    )
    vevent.add("categories", [str(consultation.get_asker_kind_display())])
    return vevent
