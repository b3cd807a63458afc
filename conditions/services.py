"""Writes of the operating-conditions app that touch several rows or send mail."""

import datetime
import re

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from conditions.models import DialogueMessage, GrantCall
from core.copying import copy_object
from core.mail import absolute_url, coordinator_emails, send_mailings
from core.publication import Status
from core.slugs import unique_slug

YEAR_RE = re.compile(r"\b(20\d\d)\b")


def next_year(moment: datetime.datetime) -> datetime.datetime:
    """The same Helsinki wall-clock time a year later (16:00 stays 16:00 across the summer-time
    change; 29 February becomes 28 February)."""
    local = timezone.localtime(moment)
    try:  # the zone's offset follows the new date: zoneinfo works from the wall-clock time
        return local.replace(year=local.year + 1)
    except ValueError:
        return local.replace(year=local.year + 1, day=28)


def grant_call_copy(*, call: GrantCall) -> GrantCall:
    """The call's next yearly round: the application period a year later, the years in its name
    moved on, as a draft for a coordinator to check and publish."""
    title = YEAR_RE.sub(lambda match: str(int(match.group(1)) + 1), call.title)
    if title == call.title:
        title = f"{call.title} {next_year(call.opens_at).year}"
    return copy_object(
        call,
        m2m=("themes", "spearheads", "target_groups", "municipalities"),
        title=title,
        slug=unique_slug(
            GrantCall, title, fallback=GrantCall.slug_fallback, reserved=GrantCall.reserved_slugs
        ),
        opens_at=next_year(call.opens_at),
        closes_at=next_year(call.closes_at),
        status=Status.DRAFT,
    )


def dialogue_message_notify(*, message: DialogueMessage) -> bool:
    """E-mail a saved question or proposal to its contact person and the coordinators, with the
    sender as Reply-To. A failure is logged and flagged on the message, which stays either way."""
    person = message.contact_person
    context = {
        "message": message,
        "person": person,
        "admin_url": absolute_url(
            reverse("admin:conditions_dialoguemessage_change", args=[message.pk])
        ),
        "contact_email": settings.CONTACT_EMAIL,
    }
    ok = send_mailings(
        mailings=[
            ("conditions/email/dialogue_contact_person.txt", [person.email] if person else []),
            ("conditions/email/dialogue_coordinators.txt", coordinator_emails()),
        ],
        context=context,
        reply_to=[message.sender_email],
    )
    if not ok:
        DialogueMessage.objects.filter(pk=message.pk).update(email_failed=True)
        message.email_failed = True
    return ok
