"""Operating conditions on pages of other apps (an association's profile, a municipality's page),
so those views need not know about premises, grants or contact people. The pages include
`conditions/_association_section.html` and `conditions/_municipality_section.html`."""

from django import template
from django.db.models.functions import Collate

from conditions.models import ContactPerson, GrantCall, Premises
from core.clock import current_minute

register = template.Library()


@register.inclusion_tag("conditions/_association_premises.html")
def association_premises(association) -> dict:
    """The published premises the association offers."""
    premises = Premises.objects.published().filter(association=association)
    return {"premises_list": premises.for_cards().order_by(Collate("name", "fi"), "pk")}


@register.inclusion_tag("conditions/_municipality_conditions.html")
def municipality_conditions(municipality) -> dict:
    """The municipality's contact people, and how many premises and open calls it has."""
    open_calls = GrantCall.objects.published().open_at(current_minute())
    return {
        "municipality": municipality,
        "people": ContactPerson.objects.published()
        .filter(municipality=municipality)
        .for_cards()
        .in_display_order(),
        "premises_count": Premises.objects.published().filter(municipality=municipality).count(),
        "open_calls_count": open_calls.filter(municipalities=municipality).count(),
    }
