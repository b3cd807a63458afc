"""`/upotus/…`: light lists for other sites to show in an iframe (a municipality's events, the
associations of a theme…), and `/upotus/` "Upota sivustollesi", which writes the snippet.

The widgets take their list's filters (slugs, as on the site) and `limit` (1–20, default 5).
They are the only pages that may be framed (`frame-ancestors *`, no `X-Frame-Options`):
everything else keeps `DENY`. Their links open in the embedding page (`target="_parent"`), and
`static/js/embed.js` tells the embedding page its height with `postMessage`, which
`static/js/upotus.js` (the snippet's script) applies to the iframe.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from csp.decorators import csp_replace
from django.http import Http404, QueryDict
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.generic import TemplateView

from core.facets import LenientIntegerField, clean_query, load_facet_terms
from core.sorting import sort_queryset
from directory.filters import AssociationFilterSet
from events.filters import UPCOMING, EventFilterSet
from events.views import current_moment, parse_dates
from services.filters import ServiceFilterSet
from taxonomy.models import Municipality, Theme

DEFAULT_LIMIT, MAX_LIMIT = 5, 20
# What a widget may be narrowed by, from its list's filters.
FILTERS = ["municipality", "theme", "target_group", "spearhead"]


@dataclass(frozen=True)
class Widget:
    key: str
    title: str
    list_url_name: str
    template: str


WIDGETS = {
    "tapahtumat": Widget("tapahtumat", _("Events"), "events:event-list",
                         "opendata/embed_events.html"),
    "yhdistykset": Widget("yhdistykset", _("Associations"), "directory:association-list",
                          "opendata/embed_associations.html"),
    "palvelut": Widget("palvelut", _("Activities and services"), "services:service-list",
                       "opendata/embed_services.html"),
}  # fmt: skip

framable = [xframe_options_exempt, csp_replace({"frame-ancestors": ["*"]})]


def limit_of(query: QueryDict) -> int:
    field = LenientIntegerField(min_value=1, max_value=MAX_LIMIT)
    return field.clean(query.get("limit", "")) or DEFAULT_LIMIT


def widget_items(key: str, query: QueryDict, limit: int) -> list:
    """The first `limit` public items of the widget's list with the query's filters."""
    if key == "tapahtumat":
        query, _problems = parse_dates(query)
        filterset = EventFilterSet.public(query, scope=UPCOMING, moment=current_moment())
        queryset = filterset.qs.order_by("start", "pk").select_related("municipality")
    elif key == "yhdistykset":
        filterset = AssociationFilterSet.public(query)
        queryset = sort_queryset(filterset.qs, "name", title_field="name", searching=False)
        queryset = queryset.select_related("home_municipality")
    else:
        filterset = ServiceFilterSet.public(query)
        queryset = sort_queryset(filterset.qs, "name", title_field="title", searching=False)
        queryset = queryset.select_related("association")
    return list(queryset[:limit])


def filter_query(query: QueryDict) -> str:
    """The widget's filters as the query string of the full list (or of another widget)."""
    kept = [(name, value) for name in FILTERS for value in query.getlist(name)]
    return urlencode(kept)


@method_decorator(framable, name="dispatch")
class WidgetView(TemplateView):
    def get(self, request, *args, kind, **kwargs):
        widget = WIDGETS.get(kind)
        if widget is None:
            raise Http404
        # Only the filters (no search: a widget is read by every visitor of another site).
        query = clean_query(request.GET)
        filters = filter_query(query)
        query = QueryDict(filters, mutable=True)
        query["limit"] = str(limit_of(clean_query(request.GET)))
        context = {
            "widget": widget,
            "items": widget_items(kind, query, int(query["limit"])),
            "all_url": request.build_absolute_uri(reverse(widget.list_url_name))
            + (f"?{filters}" if filters else ""),
        }
        return render(request, widget.template, context)


class EmbedGeneratorView(TemplateView):
    """ "Upota sivustollesi": choose a widget and its filters, see it, copy the snippet."""

    template_name = "opendata/embed_generator.html"

    def get_context_data(self, **kwargs):
        query = clean_query(self.request.GET)
        kind = query.get("kind") if query.get("kind") in WIDGETS else "tapahtumat"
        terms = load_facet_terms({"municipality": Municipality, "theme": Theme})
        chosen = {name: query.get(name, "") for name in ("municipality", "theme")}
        chosen = {
            name: value
            for name, value in chosen.items()
            if value in {term.slug for term in terms[name]}
        }
        limit = limit_of(query)
        params = urlencode({**chosen, **({"limit": limit} if limit != DEFAULT_LIMIT else {})})
        src = self.request.build_absolute_uri(reverse("embed-widget", kwargs={"kind": kind}))
        src += f"?{params}" if params else ""
        title = str(WIDGETS[kind].title) + " – Päijäthämäläiset.fi"
        script = self.request.build_absolute_uri(static("js/upotus.js"))
        snippet = (
            f'<iframe src="{src}" title="{title}" data-paijathamalaiset '
            'style="width:100%;height:420px;border:0" loading="lazy"></iframe>\n'
            f'<script src="{script}" async></script>'
        )
        return super().get_context_data(
            widgets=WIDGETS.values(),
            kind=kind,
            terms=terms,
            chosen=chosen,
            limit=limit,
            max_limit=MAX_LIMIT,
            src=src,
            preview_title=title,
            snippet=snippet,
            **kwargs,
        )
