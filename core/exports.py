"""Lists as CSV files for spreadsheets ("Lataa CSV"): UTF-8 with a byte-order mark and `;`
between cells, which is what Excel in Finnish opens without asking; headers in the active
language.

Cells come from what associations wrote, so a cell that a spreadsheet would read as a formula
(beginning with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe and
stays text (OWASP's advice against CSV injection).
"""

import csv
import io
from collections.abc import Callable, Iterable

from django.db.models import QuerySet
from django.http import HttpResponse, QueryDict
from django.shortcuts import render
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.views import View

from core.facets import FacetedFilterSet, clean_query, search_allowed
from core.search import query_words
from core.sorting import chosen_sort, sort_queryset

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DELIMITER = ";"


def safe_cell(value) -> str:
    """`value` as text a spreadsheet shows as it is, never runs."""
    if value is None:
        return ""
    if isinstance(value, bool):
        value = gettext("yes") if value else gettext("no")
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def csv_response(header: list, rows: Iterable[list], *, filename: str) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow([safe_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Robots-Tag"] = "noindex"
    return response


def names(terms: Iterable) -> str:
    """Terms' names in the active language, comma-separated (for a prefetched relation)."""
    return ", ".join(term.name for term in terms)


class CSVExportView(View):
    """A faceted list's results as CSV, with the filters and sort of the list's query (all
    pages).

    Declare `filterset_class`, `title_field` (as the list's), `filename`, `columns()`
    ([(header, function of an object)]) and `prepare(queryset)` to fetch the relations the
    columns read in a fixed number of queries. Only public fields belong in the columns: the
    file is as public as the list.
    """

    filterset_class: type[FacetedFilterSet]
    title_field = ""
    filename = "lista.csv"

    def get(self, request, *args, **kwargs):
        query = self.get_query()
        searching = bool(query_words(query.get("q", "")))
        if searching and not search_allowed(request):
            return render(request, "includes/search_rate_limited.html", status=429)
        filterset = self.filterset_class.public(query, **self.filterset_context())
        objects = self.prepare(self.order(filterset.qs, query.get("sort"), searching))
        columns = self.columns()
        return csv_response(
            [header for header, _value in columns],
            ([value(obj) for _header, value in columns] for obj in objects),
            filename=self.filename,
        )

    def get_query(self) -> QueryDict:
        return clean_query(self.request.GET)

    def filterset_context(self) -> dict:
        return {}

    def order(self, queryset: QuerySet, sort: str | None, searching: bool) -> QuerySet:
        sort = chosen_sort(sort, searching)
        return sort_queryset(queryset, sort, title_field=self.title_field, searching=searching)

    def columns(self) -> list[tuple[str, Callable]]:
        """(header, value of a row) for each column; each list's export declares its own."""
        raise NotImplementedError

    def prepare(self, queryset: QuerySet) -> QuerySet:
        return queryset

    def absolute(self, obj) -> str:
        return self.request.build_absolute_uri(obj.get_absolute_url())


def header(model, field: str) -> str:
    """A column's header: the field's own label, capitalised, in the active language."""
    return capfirst(model._meta.get_field(field).verbose_name)
