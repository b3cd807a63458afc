"""`/kunnat/<slug>/tulosta/` and `/teemat/<slug>/tulosta/`: a municipality's or a theme's
associations and services on A4 paper, for the places where people don't browse (food aid
queues, health centres, libraries).

A municipality's list is grouped by theme (each item under its first theme, the rest last), a
theme's by municipality (each item under its association's home municipality). Every entry has
its public contact details and a QR code to its page. QR codes are drawn with segno and kept in
the shared cache by address (an address always gives the same code), so a long list is slow to
draw only once.
"""

import hashlib
from dataclasses import dataclass, field

import segno
from django.core.cache import cache
from django.db.models.functions import Collate
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from directory.models import Association
from portal.tagged import CONTENT
from services.models import Service
from taxonomy.models import Municipality, Theme

QR_CACHE_SECONDS = 30 * 24 * 3600
# A fixed mask: choosing the best of eight takes four times as long, and any mask scans.
QR_MASK = 2


def qr_codes(urls: list[str]) -> dict[str, str]:
    """{address: a QR code of it as an SVG data URI}, from the cache where it has them."""
    keys = {url: "qr:" + hashlib.sha256(url.encode()).hexdigest()[:32] for url in urls}
    cached = cache.get_many(list(keys.values()))
    codes, missing = {}, {}
    for url, key in keys.items():
        if key in cached:
            codes[url] = cached[key]
        else:
            code = segno.make(url, error="m", micro=False, mask=QR_MASK)
            codes[url] = missing[key] = code.svg_data_uri(scale=3, border=2)
    if missing:
        cache.set_many(missing, QR_CACHE_SECONDS)
    return codes


@dataclass
class Group:
    name: str
    associations: list = field(default_factory=list)
    services: list = field(default_factory=list)


class TermPrintView(TemplateView):
    """The printable list of the term in the URL; `group_of(item)` gives an item's group as
    (sort key, name), or None for the last group, "Other"."""

    template_name = "portal/term_print.html"
    model: type

    def get_context_data(self, **kwargs):
        term = get_object_or_404(self.model, slug=self.kwargs["slug"])
        relations = {content.key: content.relations[self.model] for content in CONTENT}
        associations = list(
            Association.objects.published()
            .filter(**{relations["associations"]: term})
            .select_related("home_municipality")
            .prefetch_related("themes")
            .order_by(Collate("name", "fi"), "pk")
        )
        services = list(
            Service.objects.published()
            .filter(**{relations["services"]: term})
            .select_related("association__home_municipality")
            .prefetch_related("themes")
            .order_by(Collate("title", "fi"), "pk")
        )
        absolute = self.request.build_absolute_uri
        for item in [*associations, *services]:
            item.print_url = absolute(item.get_absolute_url())
        codes = qr_codes([item.print_url for item in [*associations, *services]])
        for item in [*associations, *services]:
            item.qr_code = codes[item.print_url]
        return super().get_context_data(
            term=term,
            is_theme=self.model is Theme,
            groups=self.groups(associations, services),
            association_count=len(associations),
            service_count=len(services),
            printed_on=timezone.localdate(),
            term_url=absolute(term.get_absolute_url()),
            **kwargs,
        )

    def groups(self, associations, services) -> list[Group]:
        groups: dict = {}
        for kind, items in (("associations", associations), ("services", services)):
            for item in items:
                key = self.group_of(item)
                group = groups.setdefault(key, Group(name=key[1] if key else str(_("Other"))))
                getattr(group, kind).append(item)
        ordered = sorted((key for key in groups if key), key=lambda key: key[0])
        return [groups[key] for key in ordered] + ([groups[None]] if None in groups else [])

    def group_of(self, item) -> tuple | None:
        """(sort key, heading) of the group `item` is printed under, None for "Other"; the
        municipality's and the theme's lists group differently."""
        raise NotImplementedError


class MunicipalityPrintView(TermPrintView):
    model = Municipality

    def group_of(self, item):
        themes = list(item.themes.all())  # in the themes' own order
        return ((themes[0].position, themes[0].pk), themes[0].name) if themes else None


class ThemePrintView(TermPrintView):
    model = Theme

    def group_of(self, item):
        association = item if isinstance(item, Association) else item.association
        municipality = association.home_municipality
        return (municipality.name_fi, municipality.name)
