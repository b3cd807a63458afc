"""A year of monthly snapshots for the evaluation dashboard's charts.

Each month is counted from the demo data as `manage.py take_snapshot` would count it. The demo
has no history where its data does not reach (every association is added when the demo is
made; events go back three months), so such a month gets a made-up count of that size and
season, spread over municipalities and themes as some published associations and events are.
"""

import datetime
import random
from collections import Counter, defaultdict

from demo.bulk import SeedResult
from directory.models import Association
from events.models import Event
from followup.models import MonthlySnapshot
from followup.snapshots import add_months, current_month, month_bounds, month_figures

MONTHS = 12
# How busy each calendar month is (1 = an ordinary month): spring and autumn seasons, a quiet July.
SEASON = {
    1: .7, 2: .8, 3: 1, 4: 1.1, 5: 1.2, 6: .9, 7: .4, 8: .8, 9: 1.1, 10: 1.2, 11: 1.1, 12: .8,
}  # fmt: skip
EVENTS_PER_MONTH = 27
NEW_ASSOCIATIONS = (0, 4)


def _tags(model, municipality_relation: str) -> list[tuple[list[str], list[str]]]:
    """(municipality slugs, theme slugs) of each published object."""
    municipalities = defaultdict(list)
    themes = defaultdict(list)
    public = model.objects.published()
    for pk, slug in public.values_list("pk", f"{municipality_relation}__slug"):
        if slug:
            municipalities[pk].append(slug)
    for pk, slug in public.values_list("pk", "themes__slug"):
        if slug:
            themes[pk].append(slug)
    return [
        (municipalities[pk], themes[pk]) for pk in sorted(municipalities.keys() | themes.keys())
    ]


def _figures(sample: list[tuple[list[str], list[str]]]) -> dict:
    """A measure's figures (as `followup.snapshots.month_figures` makes them) of `sample`."""
    by_municipality, by_theme, cells = Counter(), Counter(), Counter()
    for municipalities, themes in sample:
        by_municipality.update(municipalities)
        by_theme.update(themes)
        cells.update(f"{m} {t}" for m in municipalities for t in themes)
    return {
        "total": len(sample),
        "municipality": dict(by_municipality),
        "theme": dict(by_theme),
        "cell": dict(cells),
    }


def create_demo_snapshots(*, seed: int, now: datetime.datetime) -> SeedResult:
    """The twelve months before `now`'s, each skipped when it has a snapshot already."""
    result = SeedResult()
    this_month = current_month(now)
    months = [add_months(this_month, -offset) for offset in range(MONTHS, 0, -1)]
    taken = set(MonthlySnapshot.objects.filter(month__in=months).values_list("month", flat=True))
    pools = {
        "new_associations": _tags(Association, "operating_municipalities"),
        "events_held": _tags(Event, "municipality"),
    }
    for month in months:
        if month in taken:
            result.skipped += 1
            continue
        rng = random.Random(f"{seed}-snapshot-{month:%Y-%m}")
        figures = month_figures(month)
        sizes = {
            "new_associations": rng.randint(*NEW_ASSOCIATIONS),
            "events_held": round(EVENTS_PER_MONTH * SEASON[month.month] * rng.uniform(0.8, 1.2)),
        }
        for measure, pool in pools.items():
            if figures[measure]["total"] == 0 and pool:
                figures[measure] = _figures(rng.sample(pool, min(sizes[measure], len(pool))))
        _start, end = month_bounds(month)
        MonthlySnapshot.objects.create(
            month=month, taken_at=end + datetime.timedelta(hours=3), figures=figures
        )
        result.created += 1
    return result
