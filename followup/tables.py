"""The dashboard's tables as rows of plain values: what the CSV downloads hold, cell for cell the
numbers the page shows (within the same filters)."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from followup.dashboard import EMPTY, THIN, Dashboard

KIND_TITLES = {
    "associations": _("Associations"),
    "services": _("Activities and services"),
    "events": _("Upcoming events"),
    "news": _("News items"),
}
MEASURE_TITLES = {
    "new_associations": _("New associations"),
    "events_held": _("Events held"),
    "statements_published": _("Statements published"),
}
STATE_TEXTS = {EMPTY: pgettext_lazy("coverage cell", "empty"), THIN: _("thin"), "": ""}


@dataclass(frozen=True)
class TableSpec:
    slug: str  # in the download's address, /seuranta/<slug>.csv
    title: str


COVERAGE_SLUGS = {
    "associations": "kattavuus-yhdistykset",
    "services": "kattavuus-palvelut",
    "events": "kattavuus-tapahtumat",
}
TABLES = [
    *[TableSpec(slug, KIND_TITLES[kind]) for kind, slug in COVERAGE_SLUGS.items()],
    TableSpec("ajantasaisuus", _("Profiles confirmed within 12 months")),
    TableSpec("vanhimmat", _("Profiles confirmed longest ago")),
    TableSpec("toiminta", _("Activity by month")),
    TableSpec("karjet", _("Content serving each spearhead")),
]
TABLE_SLUGS = {spec.slug for spec in TABLES}


def visible(data: Dashboard, municipality, theme):
    """The municipalities (rows) and themes (columns) the filters leave, with their indexes."""
    rows = [m for m in data.municipalities if not municipality or m.pk == municipality.pk]
    columns = [(i, t) for i, t in enumerate(data.themes) if not theme or t.pk == theme.pk]
    return rows, columns


def table_rows(slug: str, data: Dashboard, *, municipality, theme, absolute_url) -> tuple:
    """(header, rows) of one table."""
    if slug in COVERAGE_SLUGS.values():
        kind = next(k for k, s in COVERAGE_SLUGS.items() if s == slug)
        coverage = next(c for c in data.coverage if c.kind == kind)
        header = [
            _("Municipality"), _("Municipality code"), _("Population"), _("Theme"),
            _("Count"), _("Per 1,000 inhabitants"), _("Marking"),
        ]  # fmt: skip
        rows = []
        shown = [
            r for r in coverage.rows if not municipality or r.municipality.pk == municipality.pk
        ]
        _municipalities, columns = visible(data, municipality, theme)
        for row in [*shown, coverage.region]:
            name = row.municipality.name if row.municipality else _("Päijät-Häme in all")
            code = row.municipality.code if row.municipality else ""
            cells = [(data.themes[i].name, row.cells[i]) for i, _t in columns]
            cells.append((_("All themes"), row.total))
            for theme_name, cell in cells:
                rows.append(
                    [name, code, row.population, theme_name, cell.count, cell.rate,
                     STATE_TEXTS[cell.state]]
                )  # fmt: skip
        return header, rows
    if slug == "ajantasaisuus":
        header = [
            _("Home municipality"), _("Published profiles"),
            _("Confirmed within 12 months"), _("Share (%)"),
        ]  # fmt: skip
        shown = [
            r for r in data.freshness if not municipality or r.municipality.pk == municipality.pk
        ]
        rows = [[r.municipality.name, r.published, r.confirmed, r.share] for r in shown]
        region = data.freshness_region
        rows.append([_("Päijät-Häme in all"), region.published, region.confirmed, region.share])
        return header, rows
    if slug == "vanhimmat":
        header = [
            _("Association"), _("Home municipality"), _("Last confirmed"), _("Overdue"),
            _("Address"),
        ]  # fmt: skip
        rows = [
            [
                a.name,
                a.home_municipality.name,
                timezone.localdate(a.confirmed_at).isoformat(),
                _("yes") if a.confirmation_overdue else _("no"),
                absolute_url(a.get_absolute_url()),
            ]
            for a in data.oldest
        ]
        return header, rows
    if slug == "toiminta":
        header = [_("Month"), *MEASURE_TITLES.values()]
        rows = [
            [f"{m.month:%Y-%m}", *[m.counts[measure] for measure in MEASURE_TITLES]]
            for m in data.months
        ]
        return header, rows
    if slug == "karjet":
        header = [_("Spearhead"), *KIND_TITLES.values(), _("In all")]
        rows = [
            [
                f"{r.spearhead.number}. {r.spearhead.name}",
                *[r.counts[k] for k in KIND_TITLES],
                r.total,
            ]
            for r in data.spearheads
        ]
        return header, rows
    raise KeyError(slug)
