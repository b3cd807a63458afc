"""Consultation deadlines as iCalendar (RFC 5545), like the grant deadlines
(`conditions.calendars`): each deadline is a moment event whose UID stays the consultation's."""

from collections.abc import Iterable

import icalendar
from django.utils import timezone
from django.utils.translation import gettext

from core.calendars import calendar_of, new_event
from partnership.models import Consultation

UID_DOMAIN = "vaikuttaminen.paijathamalaiset.fi"
PRODUCT_ID = "-//Päijäthämäläiset.fi//Lausuntopyynnöt//FI"


def deadline_calendar(consultations: Iterable[Consultation], *, absolute_url) -> icalendar.Calendar:
    """A VCALENDAR of the deadlines; `absolute_url(path)` makes their links absolute."""
    return calendar_of(
        consultations,
        lambda consultation: _vevent(consultation, absolute_url),
        name=gettext("Consultation deadlines"),
        product_id=PRODUCT_ID,
    )


def _vevent(consultation: Consultation, absolute_url) -> icalendar.Event:
    vevent = new_event(
        uid=f"consultation-{consultation.pk}-deadline@{UID_DOMAIN}",
        created=consultation.created_at,
        updated=consultation.updated_at,
    )
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
