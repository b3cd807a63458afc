"""Dates and times the way each language writes them, one form everywhere on the site.

Finnish: "17.11.2026", "klo 18.00", "17.11.2026 klo 19.00", "3.–5.12.2026".
Swedish: "17.11.2026", "kl. 18.00", "17.11.2026 kl. 19.00", "3.–5.12.2026".
English: "17 November 2026", "18:00", "17 November 2026 at 19:00", "3–5 December 2026".

Values are shown in the site's time zone (Europe/Helsinki). The templates use these through
the filters of `core.templatetags.date_tags`; events compose their own phrases from them.
"""

import datetime

from django.utils import timezone
from django.utils.dateformat import format as django_format
from django.utils.translation import get_language

FORMATS = {
    "fi": {
        "date": "j.n.Y",
        "day_month": "j.n.",
        "weekday_date": "l j.n.Y",
        "weekday_day_month": "l j.n.",
        "time": r"\k\l\o G.i",
        "clock": "G.i",
        "at": " ",
        # "3.–5.12.2026": the first day keeps its dot and the dash has no spaces.
        "day_dot": ".",
        "dash": "–",
    },
    "sv": {
        "date": "j.n.Y",
        "day_month": "j.n.",
        "weekday_date": "l j.n.Y",
        "weekday_day_month": "l j.n.",
        "time": r"\k\l. G.i",
        "clock": "G.i",
        "at": " ",
        "day_dot": ".",
        "dash": "–",
    },
    "en": {
        "date": "j F Y",
        "day_month": "j F",
        "weekday_date": "l j F Y",
        "weekday_day_month": "l j F",
        "time": "H:i",
        "clock": "H:i",
        "at": " at ",
        # "3–5 December 2026", but "30 November – 2 December 2026".
        "day_dot": "",
        "dash": " – ",
    },
}


def _formats() -> dict:
    return FORMATS.get((get_language() or "fi").split("-")[0], FORMATS["fi"])


def _local(value):
    """A datetime in the site's time zone; a date as it is."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def format_as(value, name: str) -> str:
    """`value` in the active language's format `name` (a key of FORMATS)."""
    if value in (None, ""):
        return ""
    return django_format(_local(value), _formats()[name])


def local_date(value) -> str:
    return format_as(value, "date")


def local_time(value) -> str:
    return format_as(value, "time")


def day_and_time(day: str, time: str) -> str:
    """A day and a time as one phrase: "5.12.2026 klo 18.00", "5 December 2026 at 18:00"."""
    return f"{day}{_formats()['at']}{time}"


def local_datetime(value) -> str:
    if value in (None, ""):
        return ""
    return day_and_time(local_date(value), local_time(value))


def time_range(start: datetime.datetime, end: datetime.datetime) -> str:
    """ "klo 18.00–20.00": the end's clock time without the "klo"."""
    if _local(start) == _local(end):
        return local_time(start)
    return f"{local_time(start)}–{format_as(end, 'clock')}"


def date_range(first: datetime.date, last: datetime.date, *, year: bool = True) -> str:
    """ "3.–5.12.2026", "30.11.–2.12.2026", "30.12.2026–2.1.2027"; in English
    "3–5 December 2026", "30 November – 2 December 2026"."""
    if first == last:
        return format_as(first, "date" if year else "day_month")
    formats = _formats()
    last_text = format_as(last, "date" if year else "day_month")
    if first.year != last.year:
        return f"{format_as(first, 'date')}{formats['dash']}{last_text}"
    if first.month == last.month:
        return f"{first.day}{formats['day_dot']}–{last_text}"
    return f"{format_as(first, 'day_month')}{formats['dash']}{last_text}"
