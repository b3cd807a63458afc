"""The evaluation dashboard's numbers, computed from the database and cached per content version.

Coverage counts what `portal.tagged` counts (its `CONTENT` declarations say what is public and
how it is tied to themes and municipalities) for every theme × municipality in one query;
freshness follows `AssociationQuerySet.confirmed_before()`; activity over time is read from the
monthly snapshots (`followup.snapshots`), never recomputed.
"""

import datetime
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import DateTimeField, OuterRef, Subquery
from django.db.models.functions import Coalesce

from core.caching import FACET_CACHE_SECONDS, content_version
from core.clock import current_minute
from directory.models import CONFIRMATION_VALID_FOR, Association
from followup.models import MonthlySnapshot, MunicipalPopulation
from followup.snapshots import MEASURE_KEYS, add_months, current_month
from portal.tagged import CONTENT, count_of, with_counts
from taxonomy.models import Municipality, Spearhead, Theme

#: The kinds of content coverage counts (keys of `portal.tagged.CONTENT`).
COVERAGE_KINDS = ["associations", "services", "events"]
#: The kinds of content counted for each spearhead.
SPEARHEAD_KINDS = ["associations", "services", "events", "news"]
#: A cell is thin when its rate per 1,000 inhabitants is below this share of the region's.
THIN_SHARE = 0.5
OLDEST_COUNT = 10
PERIODS = [6, 12, 24]
DEFAULT_PERIOD = 24

EMPTY = "empty"
THIN = "thin"


def per_thousand(count: int, population: int | None) -> float | None:
    return count * 1000 / population if population else None


@dataclass
class Cell:
    count: int
    rate: float | None  # per 1,000 inhabitants
    state: str = ""  # EMPTY, THIN or ""


def make_cell(count: int, population: int | None, region_rate: float | None) -> Cell:
    rate = per_thousand(count, population)
    if count == 0:
        state = EMPTY
    elif rate is not None and region_rate and rate < THIN_SHARE * region_rate:
        state = THIN
    else:
        state = ""
    return Cell(count, rate, state)


@dataclass
class CoverageRow:
    municipality: Municipality | None  # None: the whole region
    population: int | None
    cells: list[Cell]  # one a theme, in the order of the themes
    total: Cell  # all themes (and content tagged with none)


@dataclass
class Coverage:
    kind: str
    rows: list[CoverageRow]
    region: CoverageRow


@dataclass
class FreshnessRow:
    municipality: Municipality | None
    published: int
    confirmed: int

    @property
    def share(self) -> float | None:
        return self.confirmed * 100 / self.published if self.published else None


@dataclass
class SpearheadRow:
    spearhead: Spearhead
    counts: dict[str, int]  # CONTENT key: count

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Month:
    month: datetime.date
    snapshot: MonthlySnapshot | None
    counts: dict[str, int | None]  # measure: count, None without a snapshot


@dataclass
class Dashboard:
    themes: list[Theme]
    municipalities: list[Municipality]
    populations: list[tuple[datetime.date, str]]  # the dates and sources of the figures used
    coverage: list[Coverage]
    freshness: list[FreshnessRow]
    freshness_region: FreshnessRow
    oldest: list[Association]
    spearheads: list[SpearheadRow]
    months: list[Month] = field(default_factory=list)


def vocabulary() -> tuple[list[Theme], list[Municipality]]:
    """The themes and municipalities the filters offer, cached per content version."""
    return cache.get_or_set(
        f"followup:terms:{content_version()}",
        lambda: (list(Theme.objects.all()), list(Municipality.objects.all())),
        FACET_CACHE_SECONDS,
    )


def dashboard(
    *, municipality: Municipality | None, theme: Theme | None, months: int = DEFAULT_PERIOD
) -> Dashboard:
    """The dashboard for a municipality and/or theme (None: all), cached per content version
    and minute (upcoming events and the 12 months of freshness move with the clock)."""
    moment = current_minute()
    key = ":".join(
        [
            "followup:dashboard",
            str(content_version()),
            moment.isoformat(),
            municipality.slug if municipality else "",
            theme.slug if theme else "",
        ]
    )
    data = cache.get(key)
    if data is None:
        data = compute(municipality=municipality, theme=theme, now=moment)
        cache.set(key, data, FACET_CACHE_SECONDS)
    data.months = data.months[-months:]
    return data


def compute(
    *, municipality: Municipality | None, theme: Theme | None, now: datetime.datetime
) -> Dashboard:
    scope = {model: term for model, term in ((Municipality, municipality), (Theme, theme)) if term}
    contents = {content.key: content for content in CONTENT}
    kinds = [contents[key] for key in COVERAGE_KINDS]

    # Query 1: the themes with the region's counts of each kind, per theme and in all.
    themes = list(
        with_counts(Theme.objects.all()).annotate(
            **{f"{kind.key}_region": count_of(kind.public()) for kind in kinds}
        )
    )

    # Query 2: each municipality's population, every theme × kind cell, and its freshness.
    latest = MunicipalPopulation.objects.latest_of(OuterRef("pk"))
    cells = {}
    for kind in kinds:
        relation = kind.relations[Municipality]
        cells[f"{kind.key}_all"] = count_of(kind.public().filter(**{relation: OuterRef("pk")}))
        for term in themes:
            cells[f"{kind.key}_{term.pk}"] = count_of(
                kind.public().filter(**{relation: OuterRef("pk")}, themes=term.pk)
            )
    profiles = Association.objects.published()
    if theme:
        profiles = profiles.filter(themes=theme)
    stale_before = now - CONFIRMATION_VALID_FOR
    municipalities = list(
        Municipality.objects.annotate(
            population=Subquery(latest.values("population")[:1]),
            population_date=Subquery(latest.values("date")[:1]),
            population_source=Subquery(latest.values("source")[:1]),
            profiles=count_of(profiles.filter(home_municipality=OuterRef("pk"))),
            stale_profiles=count_of(
                profiles.confirmed_before(stale_before).filter(home_municipality=OuterRef("pk"))
            ),
            **cells,
        )
    )

    known = [m.population for m in municipalities if m.population]
    region_population = sum(known) if len(known) == len(municipalities) else None
    coverage = []
    for kind in kinds:
        region_rates = {
            term.pk: per_thousand(getattr(term, f"{kind.key}_count"), region_population)
            for term in themes
        }
        region_total = getattr(themes[0], f"{kind.key}_region") if themes else 0
        region_all_rate = per_thousand(region_total, region_population)
        rows = [
            CoverageRow(
                municipality=m,
                population=m.population,
                cells=[
                    make_cell(getattr(m, f"{kind.key}_{t.pk}"), m.population, region_rates[t.pk])
                    for t in themes
                ],
                total=make_cell(getattr(m, f"{kind.key}_all"), m.population, region_all_rate),
            )
            for m in municipalities
        ]
        region = CoverageRow(
            municipality=None,
            population=region_population,
            cells=[
                make_cell(getattr(t, f"{kind.key}_count"), region_population, None) for t in themes
            ],
            total=make_cell(region_total, region_population, None),
        )
        coverage.append(Coverage(kind=kind.key, rows=rows, region=region))

    freshness = [FreshnessRow(m, m.profiles, m.profiles - m.stale_profiles) for m in municipalities]
    freshness_region = FreshnessRow(
        None, sum(r.published for r in freshness), sum(r.confirmed for r in freshness)
    )

    # Query 3: the profiles confirmed longest ago.
    oldest = profiles
    if municipality:
        oldest = oldest.filter(home_municipality=municipality)
    oldest = list(
        oldest.select_related("home_municipality")
        .annotate(confirmed_at=Coalesce("verified_at", "created_at", output_field=DateTimeField()))
        .order_by("confirmed_at", "pk")[:OLDEST_COUNT]
    )

    # Query 4: what serves each spearhead (within the filters).
    spearheads = [
        SpearheadRow(s, {key: getattr(s, f"{key}_count") for key in SPEARHEAD_KINDS})
        for s in with_counts(Spearhead.objects.all(), scope)
    ]

    # Query 5: the snapshots of the longest period offered.
    this_month = current_month(now)
    first = add_months(this_month, -max(PERIODS))
    snapshots = {
        s.month: s for s in MonthlySnapshot.objects.filter(month__gte=first, month__lt=this_month)
    }
    months = []
    for offset in range(max(PERIODS)):
        month = add_months(first, offset)
        snapshot = snapshots.get(month)
        counts = {
            measure: snapshot.count(
                measure,
                municipality=municipality.slug if municipality else None,
                theme=theme.slug if theme else None,
            )
            if snapshot
            else None
            for measure in MEASURE_KEYS
        }
        months.append(Month(month, snapshot, counts))

    populations = sorted(
        {(m.population_date, m.population_source) for m in municipalities if m.population}
    )
    return Dashboard(
        themes=themes,
        municipalities=municipalities,
        populations=populations,
        coverage=coverage,
        freshness=freshness,
        freshness_region=freshness_region,
        oldest=oldest,
        spearheads=spearheads,
        months=months,
    )
