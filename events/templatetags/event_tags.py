"""Event dates the way each language writes them, in the site's one form (`core.dates`):
"lauantai 5.12.2026 klo 18.00–20.30", "3.–5.12.2026", "Saturday 5 December 2026 at 18:00"."""

import datetime

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from core.dates import date_range, day_and_time, format_as, local_datetime, local_time, time_range
from events.models import Event

register = template.Library()


@register.filter
def event_day(value: datetime.date) -> str:
    """A day heading of the calendar, e.g. "lauantai 5.12."."""
    return format_as(value, "weekday_day_month")


@register.filter
def event_when(event) -> str:
    """When the event is, in words: one day with its weekday and times, all day, a range
    of days, or a repeating event's schedule ("tiistaisin klo 18.00–20.00, 1.9.–31.5.")."""
    if event.recurrence is not None:
        return capfirst(event.recurrence.describe())
    start, end = timezone.localtime(event.start), timezone.localtime(event.end)
    if event.all_day:
        if start.date() == end.date():
            return _("%(day)s, all day") % {"day": format_as(start, "weekday_date")}
        if start.year == end.year:
            return f"{format_as(start, 'weekday_day_month')} – {format_as(end, 'weekday_date')}"
        return f"{format_as(start, 'weekday_date')} – {format_as(end, 'weekday_date')}"
    if start.date() != end.date():
        return f"{local_datetime(start)} – {local_datetime(end)}"
    return day_and_time(format_as(start, "weekday_date"), time_range(start, end))


@register.filter
def event_time(event) -> str:
    """The time part for a card under its day heading: the times of a one-day event, the
    days of a longer one."""
    start, end = timezone.localtime(event.start), timezone.localtime(event.end)
    if start.date() != end.date():
        if event.all_day:
            return date_range(start.date(), end.date(), year=False)
        return (
            f"{day_and_time(format_as(start, 'day_month'), local_time(start))} – "
            f"{day_and_time(format_as(end, 'day_month'), local_time(end))}"
        )
    if event.all_day:
        return _("all day")
    return time_range(start, end)


@register.filter
def is_ongoing(event) -> bool:
    """True while a multi-day event runs: it has started on an earlier day and not ended."""
    now = timezone.now()
    return event.start <= now <= event.end and (
        timezone.localtime(event.start).date() < timezone.localdate(now)
    )


PREVIEW_SIZE = 5


@register.inclusion_tag("events/_calendar_subscribe.html", takes_context=True)
def calendar_subscription(context, *, query: str = "", prefix: str = "calendar") -> dict:
    """Subscribe to the events that `query` ("?theme=…") selects: a `webcal:` link, which
    phones and desktop calendars open as a subscription, the address to copy into calendars
    that want it pasted (Google, Outlook), and a short guide. `prefix` keeps ids unique."""
    path = reverse("events:calendar") + (query if query not in ("", "?") else "")
    request = context.get("request")
    address = request.build_absolute_uri(path) if request else path
    return {
        "prefix": prefix,
        "address": address,
        "webcal_url": "webcal://" + address.split("://", 1)[-1],
    }


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
        "calendar_query": query,
    }
