"""Event dates the way each language writes them: "lauantai 5.12.", "lördag 5.12.",
"Saturday 5 December"; Finnish and Swedish times as 18.00, English as 18:00."""

import datetime

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from events.models import Event

register = template.Library()

DAY_FORMATS = {"fi": "l j.n.", "sv": "l j.n.", "en": "l j F"}
DATE_FORMATS = {"fi": "l j.n.Y", "sv": "l j.n.Y", "en": "l j F Y"}
TIME_FORMATS = {"fi": "G.i", "sv": "G.i", "en": "H:i"}


def _language() -> str:
    return (get_language() or "fi").split("-")[0]


def _format(value, formats: dict) -> str:
    return date_format(value, formats.get(_language(), formats["fi"]))


@register.filter
def event_day(value: datetime.date) -> str:
    """A day heading of the calendar, e.g. "lauantai 5.12."."""
    return _format(value, DAY_FORMATS)


@register.filter
def event_when(event) -> str:
    """When the event is, in words, with weekdays: one day with times, all day or several days."""
    start, end = timezone.localtime(event.start), timezone.localtime(event.end)
    first, last = _format(start, DATE_FORMATS), _format(end, DATE_FORMATS)
    if event.all_day:
        if start.date() == end.date():
            return _("%(day)s, all day") % {"day": first}
        return f"{first} – {last}"
    start_time, end_time = _format(start, TIME_FORMATS), _format(end, TIME_FORMATS)
    if start.date() != end.date():
        return f"{first} {start_time} – {last} {end_time}"
    if start == end:
        return _("%(day)s at %(time)s") % {"day": first, "time": start_time}
    return _("%(day)s at %(start)s–%(end)s") % {"day": first, "start": start_time, "end": end_time}


@register.filter
def event_time(event) -> str:
    """The time part for a card under its day heading."""
    if event.all_day:
        return _("all day")
    start, end = timezone.localtime(event.start), timezone.localtime(event.end)
    if start.date() != end.date():
        return f"{_format(start, DATE_FORMATS)} {_format(start, TIME_FORMATS)} – " \
               f"{_format(end, DATE_FORMATS)} {_format(end, TIME_FORMATS)}"  # fmt: skip
    if start == end:
        return _format(start, TIME_FORMATS)
    return f"{_format(start, TIME_FORMATS)}–{_format(end, TIME_FORMATS)}"


PREVIEW_SIZE = 5


@register.inclusion_tag("events/_event_preview.html", takes_context=True)
def upcoming_events(context, *, association=None, theme=None, municipality=None,
                    limit: int = PREVIEW_SIZE):  # fmt: skip
    """The next events of an association, a theme or a municipality, with links to all of
    them and to the same selection as a calendar subscription."""
    events = Event.objects.published().upcoming()
    if association is not None:
        events, param, value = events.filter(association=association), "association", association
    elif theme is not None:
        events, param, value = events.filter(themes=theme), "theme", theme
    elif municipality is not None:
        events, param, value = (
            events.filter(municipality=municipality),
            "municipality",
            municipality,
        )
    else:
        param = value = None
    query = f"?{param}={value.slug}" if param else ""
    return {
        "request": context.get("request"),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
        "upcoming_events": list(events.order_by("start", "pk").for_cards()[:limit]),
        "events_url": reverse("events:event-list") + query,
        "events_calendar_url": reverse("events:calendar") + query,
    }
