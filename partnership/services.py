"""Writes of the partner notices that send mail or follow a link: replies, the reminder before
a notice ends, and the one-click extension its link offers."""

import datetime
import logging

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from core.mail import absolute_url, coordinator_emails, send_mailings
from directory.mail import contact_emails
from partnership.models import (
    EXTENSION_DAYS,
    REMINDER_DAYS,
    NoticeReply,
    PartnerNotice,
    latest_valid_until,
)

logger = logging.getLogger(__name__)

EXTEND_SALT = "partnership.extend"
#: An extend link works this long after the reminder (past the notice's end, so it can revive it).
EXTEND_LINK_MAX_AGE = datetime.timedelta(days=30)


def reply_notify(*, reply: NoticeReply) -> bool:
    """E-mail a saved reply to the association's contacts (the coordinators when it has none),
    with the sender as Reply-To; a failure is logged and flagged on the reply."""
    notice = reply.notice
    recipients = contact_emails(notice.association) or coordinator_emails()
    ok = bool(recipients) and send_mailings(
        mailings=[("partnership/email/reply.txt", recipients)],
        context={
            "reply": reply,
            "notice": notice,
            "notice_url": absolute_url(notice.get_absolute_url()),
            "contact_email": settings.CONTACT_EMAIL,
        },
        reply_to=[reply.sender_email],
    )
    if not ok:
        NoticeReply.objects.filter(pk=reply.pk).update(email_failed=True)
        reply.email_failed = True
    return ok


# --- Extending ---------------------------------------------------------------------------------


def extend_token(notice: PartnerNotice) -> str:
    """A signed token for one extension of `notice` from its current last day: once used, the
    day has moved and the token no longer matches."""
    return signing.dumps({"n": notice.pk, "v": notice.valid_until.isoformat()}, salt=EXTEND_SALT)


def extend_url(notice: PartnerNotice) -> str:
    return absolute_url(reverse("partnership:notice-extend", args=[extend_token(notice)]))


def read_extend_token(token: str) -> dict:
    """{"n": notice id, "v": last day as ISO}; raises `signing.SignatureExpired` for an old
    link and `signing.BadSignature` for a forged or broken one."""
    data = signing.loads(token, salt=EXTEND_SALT, max_age=EXTEND_LINK_MAX_AGE)
    if not isinstance(data, dict) or not isinstance(data.get("n"), int):
        raise signing.BadSignature("malformed")
    datetime.date.fromisoformat(str(data.get("v")))  # ValueError on a malformed day
    return data


def extended_until(notice: PartnerNotice, today: datetime.date) -> datetime.date:
    """The new last day: `EXTENSION_DAYS` on from the last day (or from today, if it has passed),
    never beyond six months from today."""
    start = max(notice.valid_until, today)
    return min(start + datetime.timedelta(days=EXTENSION_DAYS), latest_valid_until(today))


def extend(*, notice_id: int, from_day: datetime.date) -> PartnerNotice | None:
    """Extend the notice if its last day is still `from_day` (the token's); None when it was
    extended (or changed) already. The row is locked, so two clicks extend once."""
    today = timezone.localdate()
    with transaction.atomic():
        notice = PartnerNotice.objects.select_for_update().get(pk=notice_id)
        if notice.valid_until != from_day:
            return None
        notice.valid_until = extended_until(notice, today)
        notice.save()  # a full save: search, caches and the feed follow
    return notice


# --- Reminders ---------------------------------------------------------------------------------


def reminders_due(today: datetime.date):
    """Public notices whose last day is within `REMINDER_DAYS` and not reminded of yet."""
    return (
        PartnerNotice.objects.published()
        .filter(
            valid_until__gte=today,
            valid_until__lte=today + datetime.timedelta(days=REMINDER_DAYS),
        )
        .exclude(reminded_for=F("valid_until"))
        .select_related("association")
        .order_by("valid_until", "pk")
    )


def send_reminder(notice: PartnerNotice) -> bool | None:
    """Claim the reminder for the notice's last day, then mail its contacts. True when sent,
    None when nobody can be reminded or another run claimed it, False when mail failed (the
    claim is released, so the next run tries again)."""
    recipients = contact_emails(notice.association)
    if not recipients:
        return None
    previous = notice.reminded_for
    claimed = (
        PartnerNotice.objects.filter(pk=notice.pk, valid_until=notice.valid_until)
        .exclude(reminded_for=notice.valid_until)
        .update(reminded_for=notice.valid_until)
    )
    if not claimed:
        return None
    ok = send_mailings(
        mailings=[("partnership/email/reminder.txt", recipients)],
        context={
            "notice": notice,
            "notice_url": absolute_url(notice.get_absolute_url()),
            "extend_url": extend_url(notice),
            "extension_days": EXTENSION_DAYS,
            "admin_url": absolute_url(
                reverse("admin:partnership_partnernotice_change", args=[notice.pk])
            ),
            "contact_email": settings.CONTACT_EMAIL,
        },
    )
    if not ok:
        PartnerNotice.objects.filter(pk=notice.pk).update(reminded_for=previous)
    return ok
