"""Service lists for pages of other apps (an association's profile, a theme's or a municipality's
page), so those views need not know about services."""

from django import template
from django.db.models.functions import Collate
from django.urls import reverse

from services.models import Service

register = template.Library()

PREVIEW_SIZE = 6


@register.inclusion_tag("services/_service_preview.html")
def service_preview(*, association=None, theme=None, municipality=None, heading=None) -> dict:
    """The published services of an association (all of them), or a preview of a theme's or a
    municipality's with a link to the rest of the menu."""
    services = Service.objects.published()
    if association is not None:
        return {
            "services": services.filter(association=association)
            .for_cards()
            .order_by(Collate("title", "fi"), "pk"),
            "services_heading": heading,
            "hide_when_empty": True,
        }
    facet, term = ("theme", theme) if theme is not None else ("municipality", municipality)
    services = services.filter(**{"themes" if theme is not None else "municipalities": term})
    return {
        "services": services.for_cards().order_by(Collate("title", "fi"), "pk")[:PREVIEW_SIZE],
        "service_count": services.count(),
        "services_url": f"{reverse('services:service-list')}?{facet}={term.slug}",
        "services_heading": heading,
    }
