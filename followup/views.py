from django.http import Http404
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import DetailView, TemplateView

from followup.charts import bar_chart, column_chart
from followup.dashboard import dashboard, vocabulary
from followup.exports import csv_response
from followup.forms import DashboardFilterForm, MeasureFilterForm
from followup.models import Measure
from followup.tables import (
    COVERAGE_SLUGS,
    KIND_TITLES,
    MEASURE_TITLES,
    TABLE_SLUGS,
    TABLES,
    table_rows,
    visible,
)
from taxonomy.models import Spearhead


def extremes(items: list[tuple[str, float | None, str]]) -> str:
    """ "Highest: Lahti (4.1); lowest: Sysmä (0.0)." for a chart's description."""
    known = [(label, value, text) for label, value, text in items if value is not None]
    if not known:
        return _("There are no figures to show.")
    high = max(known, key=lambda item: item[1])
    low = min(known, key=lambda item: item[1])
    return _("Highest: %(high)s (%(high_value)s); lowest: %(low)s (%(low_value)s).") % {
        "high": high[0], "high_value": high[2], "low": low[0], "low_value": low[2],
    }  # fmt: skip


class FilteredMixin:
    """Reads the filters (municipality, theme, period) and computes the dashboard for them."""

    def filtered(self):
        themes, municipalities = vocabulary()
        form = DashboardFilterForm(self.request.GET, themes=themes, municipalities=municipalities)
        municipality = form.value("municipality")
        theme = form.value("theme")
        period = form.value("period")
        data = dashboard(municipality=municipality, theme=theme, months=period)
        return form, municipality, theme, period, data


class DashboardView(FilteredMixin, TemplateView):
    template_name = "followup/dashboard.html"

    def get_context_data(self, **kwargs):
        form, municipality, theme, period, data = self.filtered()
        municipalities, columns = visible(data, municipality, theme)
        query = self.request.GET.urlencode()
        downloads = {
            spec.slug: f"{self.request.path}{spec.slug}.csv" + (f"?{query}" if query else "")
            for spec in TABLES
        }
        coverage = []
        for table in data.coverage:
            slug = COVERAGE_SLUGS[table.kind]
            coverage.append(
                {
                    "kind": table.kind,
                    "slug": slug,
                    "title": KIND_TITLES[table.kind],
                    "rows": [
                        {"row": row, "cells": [row.cells[i] for i, _t in columns]}
                        for row in table.rows
                        if not municipality or row.municipality.pk == municipality.pk
                    ],
                    "region": {
                        "row": table.region,
                        "cells": [table.region.cells[i] for i, _t in columns],
                    },
                    "download": downloads[slug],
                }
            )
        return super().get_context_data(
            form=form,
            ignored=form.ignored,
            municipality=municipality,
            theme=theme,
            period=period,
            data=data,
            columns=[t for _i, t in columns],
            coverage=coverage,
            freshness=[r for r in data.freshness if r.municipality in municipalities],
            downloads=downloads,
            charts=self.charts(data, municipality, theme),
            measures=MEASURE_TITLES,
            kinds=KIND_TITLES,
            **kwargs,
        )

    def charts(self, data, municipality, theme) -> dict:
        """The charts of what the tables under them show (within the filters)."""
        scope = theme.name if theme else _("all themes")
        associations = data.coverage[0]
        theme_index = data.themes.index(theme) if theme else None
        rates = []
        for row in associations.rows:
            if municipality and row.municipality != municipality:
                continue
            cell = row.total if theme_index is None else row.cells[theme_index]
            text = number_format(round(cell.rate, 1), 1) if cell.rate is not None else "–"
            rates.append((row.municipality.name, cell.rate, text))
        freshness = [
            (
                r.municipality.name,
                r.share,
                f"{number_format(round(r.share), 0)} %" if r.share is not None else "–",
            )
            for r in data.freshness
            if not municipality or r.municipality == municipality
        ]
        spearheads = [
            (f"{r.spearhead.number}. {r.spearhead.name}", r.total, str(r.total))
            for r in data.spearheads
        ]
        charts = {
            "coverage": bar_chart(
                "chart-coverage",
                _("Associations per 1,000 inhabitants by municipality (%(scope)s)")
                % {"scope": scope},
                " ".join([extremes(rates), _("The same numbers are in the table below.")]),
                [(label, value or 0, text) for label, value, text in rates],
            ),
            "freshness": bar_chart(
                "chart-freshness",
                _("Share of profiles confirmed within 12 months by home municipality"),
                " ".join([extremes(freshness), _("The same numbers are in the table below.")]),
                [(label, value or 0, text) for label, value, text in freshness],
                scale=100,
            ),
            "spearheads": bar_chart(
                "chart-spearheads",
                _("Content serving each spearhead"),
                " ".join([extremes(spearheads), _("The same numbers are in the table below.")]),
                spearheads,
            ),
        }
        activity = []
        for measure, title in MEASURE_TITLES.items():
            items = [(f"{m.month.month}/{m.month.year}", m.counts[measure]) for m in data.months]
            known = [value for _label, value in items if value is not None]
            description = [
                _("%(measure)s per month, %(first)s–%(last)s: %(total)s in all.")
                % {
                    "measure": title,
                    "first": items[0][0],
                    "last": items[-1][0],
                    "total": sum(known),
                }
            ]
            if known:
                busiest = max(
                    (item for item in items if item[1] is not None), key=lambda item: item[1]
                )
                description.append(
                    _("Most in %(month)s (%(count)s).") % {"month": busiest[0], "count": busiest[1]}
                )
            missing = len(items) - len(known)
            if missing:
                description.append(
                    ngettext(
                        "%(count)s month has no snapshot and is left empty.",
                        "%(count)s months have no snapshot and are left empty.",
                        missing,
                    )
                    % {"count": missing}
                )
            description.append(_("The same numbers are in the table below."))
            activity.append(column_chart(f"chart-{measure}", title, " ".join(description), items))
        charts["activity"] = activity
        return charts


class TableDownloadView(FilteredMixin, View):
    """`/seuranta/<table>.csv`: one of the dashboard's tables within the same filters."""

    def get(self, request, table: str):
        if table not in TABLE_SLUGS:
            raise Http404
        _form, municipality, theme, _period, data = self.filtered()
        header, rows = table_rows(
            table,
            data,
            municipality=municipality,
            theme=theme,
            absolute_url=request.build_absolute_uri,
        )
        return csv_response(f"seuranta-{table}.csv", header, rows)


class MeasureListView(TemplateView):
    """`/strategia/toimenpiteet/`: the measures grouped by spearhead, filtered by status and
    spearhead."""

    template_name = "followup/measure_list.html"

    def get_context_data(self, **kwargs):
        spearheads = list(Spearhead.objects.all())
        form = MeasureFilterForm(self.request.GET, spearheads=spearheads)
        spearhead, status = form.value("spearhead"), form.value("status")
        measures = Measure.objects.for_cards()
        if spearhead:
            measures = measures.filter(spearhead=spearhead)
        if status:
            measures = measures.filter(status=status)
        by_spearhead = {s.pk: [] for s in spearheads}
        for measure in measures:
            by_spearhead[measure.spearhead_id].append(measure)
        groups = [
            (s, by_spearhead[s.pk]) for s in spearheads if by_spearhead[s.pk] or s == spearhead
        ]
        return super().get_context_data(
            form=form,
            groups=groups,
            count=sum(len(group) for _s, group in groups),
            filtered=bool(spearhead or status),
            **kwargs,
        )


class MeasureDetailView(DetailView):
    """A measure with all its progress notes, newest first."""

    template_name = "followup/measure_detail.html"
    context_object_name = "measure"

    def get_queryset(self):
        return Measure.objects.for_cards().prefetch_related("notes")
