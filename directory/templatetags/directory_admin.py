import datetime

from django import template
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from accounts.roles import is_coordinator
from directory.dashboard import contact_cards, is_contact_view
from directory.models import Association

register = template.Library()


@register.inclusion_tag("admin/directory/_moderation_dashboard.html", takes_context=True)
def moderation_dashboard(context):
    """What needs the coordinators' attention, for the top of the admin index."""
    request = context["request"]
    if not is_coordinator(request.user):
        return {"show": False}
    now = timezone.now()
    week_ago = now - datetime.timedelta(days=7)
    year_ago = now - datetime.timedelta(days=365)
    stale = Q(verified_at__lt=year_ago) | Q(verified_at__isnull=True, created_at__lt=year_ago)
    counts = Association.objects.aggregate(
        pending=Count("pk", filter=Q(status=Association.Status.PENDING)),
        changed=Count("pk", filter=Q(updated_at__gte=week_ago)),
        stale=Count("pk", filter=stale & Q(status=Association.Status.PUBLISHED)),
    )
    changelist = reverse("admin:directory_association_changelist")
    return {
        "show": True,
        "counts": counts,
        "pending_url": f"{changelist}?status=pending",
        "changed_url": f"{changelist}?status=all&updated_at__gte={week_ago.date().isoformat()}",
        "stale_url": f"{changelist}?status=published&freshness=stale",
    }


@register.simple_tag(takes_context=True)
def contact_dashboard(context):
    """The contact's association cards (`directory.dashboard`), or None for coordinators."""
    user = context["request"].user
    return contact_cards(user) if is_contact_view(user) else None


@register.simple_tag(takes_context=True)
def uses_contact_dashboard(context) -> bool:
    return is_contact_view(context["request"].user)
