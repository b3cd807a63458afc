"""Partner notices on pages of other apps (an association's profile), so those views need not know
about them. The profile includes `partnership/_association_section.html`."""

from django import template

from core.clock import current_minute
from partnership.models import PartnerNotice

register = template.Library()


@register.inclusion_tag("partnership/_association_notices.html")
def association_notices(association) -> dict:
    """The association's current notices, newest first."""
    notices = PartnerNotice.objects.public(current_minute()).filter(association=association)
    return {"notices": notices.for_cards().order_by("-created_at", "-pk")}
