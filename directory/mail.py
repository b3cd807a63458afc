"""Who gets an association's e-mail: its confirmed, active contacts (sending is `core.mail`)."""

from directory.models import Association, Membership


def confirmed_memberships():
    return Membership.objects.filter(confirmed=True, user__is_active=True).select_related("user")


def contact_emails(association: Association) -> list[str]:
    """Addresses of the association's confirmed, active contacts (prefetched or queried)."""
    memberships = getattr(association, "confirmed_memberships", None)
    if memberships is None:
        memberships = confirmed_memberships().filter(association=association)
    return sorted({m.user.email for m in memberships if m.user.email})
