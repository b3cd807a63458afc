"""Monthly snapshots: what happened in a month, counted once it had ended and kept as it was.

`take_snapshot()` is what `manage.py take_snapshot` (run by cron, daily or monthly) calls; a
month already taken is left alone, so running it twice gives one row.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.utils import timezone

from core.caching import content_changed
from directory.models import Association
from events.models import Event
from followup.models import MonthlySnapshot
from news.models import NewsItem
from portal.tagged import CONTENT
from taxonomy.models import Municipality, Theme


@dataclass(frozen=True)
class Measure:
    key: str
    #: The `portal.tagged.CONTENT` entry whose relations to the vocabulary it follows.
    content: str
    #: What counts in the month that runs from `start` (inclusive) to `end`.
    happened: Callable[[datetime.datetime, datetime.datetime], QuerySet]


MEASURES = [
    Measure(
        "new_associations",
        "associations",
        lambda start, end: Association.objects.published().filter(
            created_at__gte=start, created_at__lt=end
        ),
    ),
    Measure(
        "events_held",
        "events",
        lambda start, end: Event.objects.published().filter(
            event_status=Event.EventStatus.SCHEDULED, start__gte=start, start__lt=end
        ),
    ),
    Measure(
        "statements_published",
        "news",
        lambda start, end: NewsItem.objects.published(now=end).filter(
            kind__in=NewsItem.ADVOCACY_KINDS, publish_time__gte=start, publish_time__lt=end
        ),
    ),
]
MEASURE_KEYS = [measure.key for measure in MEASURES]


def first_of_month(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


def add_months(month: datetime.date, months: int) -> datetime.date:
    index = month.year * 12 + month.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def month_bounds(month: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """The month as aware moments in Helsinki time: its first instant and the next month's."""
    zone = timezone.get_default_timezone()
    start = datetime.datetime.combine(month, datetime.time.min, tzinfo=zone)
    end = datetime.datetime.combine(add_months(month, 1), datetime.time.min, tzinfo=zone)
    return start, end


def current_month(now: datetime.datetime | None = None) -> datetime.date:
    return first_of_month(timezone.localdate(now or timezone.now()))


def _counts(queryset: QuerySet, *fields: str) -> dict[str, int]:
    rows = queryset.order_by().values(*fields).annotate(n=Count("pk", distinct=True))
    counts = {}
    for row in rows:
        slugs = [row[field] for field in fields]
        if None not in slugs:
            counts[" ".join(slugs)] = row["n"]
    return counts


def month_figures(month: datetime.date) -> dict:
    """Every measure of `month`, in total, by municipality, by theme and by both."""
    start, end = month_bounds(month)
    contents = {content.key: content for content in CONTENT}
    figures = {}
    for measure in MEASURES:
        relations = contents[measure.content].relations
        by_municipality = f"{relations[Municipality]}__slug"
        by_theme = f"{relations[Theme]}__slug"
        happened = measure.happened(start, end)
        figures[measure.key] = {
            "total": happened.count(),
            "municipality": _counts(happened, by_municipality),
            "theme": _counts(happened, by_theme),
            "cell": _counts(happened, by_municipality, by_theme),
        }
    return figures


class MonthNotOver(ValueError):
    pass


def take_snapshot(
    month: datetime.date | None = None,
    *,
    replace: bool = False,
    now: datetime.datetime | None = None,
) -> tuple[MonthlySnapshot, bool]:
    """Count `month` (by default the last month that has ended) and keep it; a month already
    taken stays as it was unless `replace`. Returns the snapshot and whether it was written."""
    now = now or timezone.now()
    this_month = current_month(now)
    month = first_of_month(month) if month else add_months(this_month, -1)
    if month >= this_month:
        raise MonthNotOver(f"{month:%Y-%m} has not ended yet.")
    existing = MonthlySnapshot.objects.filter(month=month).first()
    if existing and not replace:
        return existing, False
    snapshot, _created = MonthlySnapshot.objects.update_or_create(
        month=month, defaults={"taken_at": now, "figures": month_figures(month)}
    )
    content_changed()
    return snapshot, True
