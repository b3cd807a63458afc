"""Keeping the directory current: the contacts' yearly confirmation, the reminders that ask for
it, and visitors' error reports.

Writes that send mail are keyword-only functions here; the admin's confirm view, the
`send_freshness_reminders` command and the public error report form call them. Mail goes out in
Finnish, the site's default language, after the data is saved.
"""

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone

from core.caching import content_changed
from core.mail import absolute_url, coordinator_emails, send_finnish_mail
from directory.mail import confirmed_memberships, contact_emails
from directory.models import Association, ErrorReport

logger = logging.getLogger(__name__)

# Reminder level (months since the last confirmation) -> the age that makes it due. The profile
# shows its public notice from 12 months on (`Association.confirmation_overdue`).
REMINDER_AGES = {
    11: datetime.timedelta(days=335),
    12: datetime.timedelta(days=365),
}


def confirm_url(association: Association) -> str:
    """The admin change page, whose "confirm" button the reminders point at."""
    return absolute_url(reverse("admin:directory_association_change", args=[association.pk]))


def association_confirm(*, association: Association, user) -> None:
    """Record that `user` confirmed the association's information is current.

    Written with `update()` so that nothing else changes (not even `updated_at`, which means
    "content changed"); that bypasses the signals, so the directory's cache version is bumped
    here. Confirming also resets the reminders, so next year's are sent again.
    """
    Association.objects.filter(pk=association.pk).update(
        verified_at=timezone.now(),
        verified_by=user,
        freshness_reminder_level=0,
        freshness_reminded_at=None,
    )
    content_changed()


def reminder_due(association: Association, now: datetime.datetime) -> int:
    """The reminder level the association should have had by `now` (0, 11 or 12)."""
    age = now - association.last_confirmed_at
    return max((level for level, due in REMINDER_AGES.items() if age >= due), default=0)


def reminder_sent(association: Association) -> int:
    """The level already sent since the last confirmation.

    A reminder recorded before the latest `verified_at` (say, a coordinator set the date in the
    admin) belongs to an earlier year and does not count.
    """
    reminded_at = association.freshness_reminded_at
    if reminded_at is None:
        return 0
    if association.verified_at and reminded_at < association.verified_at:
        return 0
    return association.freshness_reminder_level


@dataclass
class Reminder:
    association: Association
    level: int
    recipients: list[str]


@dataclass
class ReminderRun:
    sent: list[Reminder] = field(default_factory=list)
    failed: list[Reminder] = field(default_factory=list)
    without_contacts: list[Association] = field(default_factory=list)


def freshness_reminders_due(*, now: datetime.datetime) -> tuple[list[Reminder], list[Association]]:
    """Reminders to send now, and the due associations that have no contact to send them to.

    Only published associations are reminded: drafts and hidden ones show nobody anything.
    """
    candidates = (
        Association.objects.published()
        .confirmed_before(now - min(REMINDER_AGES.values()))
        .prefetch_related(
            Prefetch("memberships", confirmed_memberships(), to_attr="confirmed_memberships")
        )
        .order_by("pk")
    )
    reminders, without_contacts = [], []
    for association in candidates:
        level = reminder_due(association, now)
        if level <= reminder_sent(association):
            continue
        recipients = contact_emails(association)
        if recipients:
            reminders.append(Reminder(association, level, recipients))
        else:
            without_contacts.append(association)
    return reminders, without_contacts


def freshness_reminders_send(*, now: datetime.datetime | None = None) -> ReminderRun:
    """E-mail the contacts whose association is 11 or 12 months past its last confirmation.

    Each reminder is claimed in the database before it is sent, so overlapping runs never send it
    twice; a reminder that fails to send is released again and retried on the next run.
    """
    now = now or timezone.now()
    reminders, without_contacts = freshness_reminders_due(now=now)
    run = ReminderRun(without_contacts=without_contacts)
    for reminder in reminders:
        association = reminder.association
        unchanged = Association.objects.filter(
            pk=association.pk,
            verified_at=association.verified_at,
            freshness_reminder_level=association.freshness_reminder_level,
            freshness_reminded_at=association.freshness_reminded_at,
        )
        if not unchanged.update(freshness_reminder_level=reminder.level, freshness_reminded_at=now):
            continue  # confirmed or reminded by someone else meanwhile
        try:
            send_finnish_mail(
                template="directory/email/freshness_reminder.txt",
                context={
                    "association": association,
                    "level": reminder.level,
                    "last_confirmed": timezone.localdate(association.last_confirmed_at),
                    "never_confirmed": association.verified_at is None,
                    "confirm_url": confirm_url(association),
                    "contact_email": settings.CONTACT_EMAIL,
                },
                recipients=reminder.recipients,
            )
        except Exception:  # any mail failure: log it and try again on the next run
            logger.exception("Could not send the freshness reminder for %s", association.slug)
            Association.objects.filter(pk=association.pk, freshness_reminded_at=now).update(
                freshness_reminder_level=association.freshness_reminder_level,
                freshness_reminded_at=association.freshness_reminded_at,
            )
            run.failed.append(reminder)
        else:
            run.sent.append(reminder)
    return run


def error_report_notify(*, report: ErrorReport) -> bool:
    """Tell the association's contacts and the coordinators about a saved error report.

    A failure is logged and recorded on the report (`email_failed`), which stays either way.
    """
    association = report.association
    context = {
        "association": association,
        "report": report,
        "profile_url": absolute_url(association.get_absolute_url()),
        "admin_url": confirm_url(association),
        "report_url": absolute_url(reverse("admin:directory_errorreport_change", args=[report.pk])),
    }
    reply_to = [report.reporter_email] if report.reporter_email else None
    mailings = [
        ("directory/email/error_report_contacts.txt", contact_emails(association)),
        ("directory/email/error_report_coordinators.txt", coordinator_emails()),
    ]
    ok = True
    for template, recipients in mailings:
        if not recipients:
            continue
        try:
            send_finnish_mail(
                template=template, context=context, recipients=recipients, reply_to=reply_to
            )
        except Exception:  # any mail failure: the report is saved, the admin shows the failure
            logger.exception("Could not e-mail error report %s (%s)", report.pk, template)
            ok = False
    if not ok:
        ErrorReport.objects.filter(pk=report.pk).update(email_failed=True)
        report.email_failed = True
    return ok
