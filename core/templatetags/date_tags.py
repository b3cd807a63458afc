"""`{{ value|local_date }}`, `{{ value|local_time }}`, `{{ value|local_datetime }}`: dates and
times in the one form each language uses across the site (see `core.dates`); the times of one
occurrence of a repeating schedule (`core.schedules.Occurrence`)."""

from django import template

from core import dates

register = template.Library()

register.filter("local_date", dates.local_date)
register.filter("local_time", dates.local_time)
register.filter("local_datetime", dates.local_datetime)


@register.filter
def occurrence_time(occurrence) -> str:
    """ "klo 18.00–20.00": one occurrence's times, under its day heading."""
    return dates.time_range(occurrence.start, occurrence.end)


@register.filter
def occurrence_when(occurrence) -> str:
    """ "tiistai 8.12.2026 klo 18.00–20.00": one occurrence with its weekday and date."""
    day = dates.format_as(occurrence.start, "weekday_date")
    return dates.day_and_time(day, occurrence_time(occurrence))
