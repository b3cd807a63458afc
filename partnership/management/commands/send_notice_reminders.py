from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from partnership.models import REMINDER_DAYS
from partnership.services import reminders_due, send_reminder


class Command(BaseCommand):
    help = (
        f"E-mail the contacts of each public partner notice whose last day is within "
        f"{REMINDER_DAYS} days, with a one-click link to extend it. Each notice's reminder is "
        "sent once for its last day (extending it allows a new one). Run daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would be sent; send nothing."
        )

    def handle(self, *args, dry_run: bool, **options):
        due = list(reminders_due(timezone.localdate()))
        if dry_run:
            for notice in due:
                self.stdout.write(f"Would remind {notice.association.slug} of {notice.slug}")
            self.stdout.write(self.style.WARNING(f"Dry run, nothing sent. Due: {len(due)}."))
            return
        sent = failed = skipped = 0
        for notice in due:
            result = send_reminder(notice)
            if result is None:
                skipped += 1
            elif result:
                sent += 1
                self.stdout.write(f"Reminded {notice.association.slug} of {notice.slug}")
            else:
                failed += 1
                self.stderr.write(
                    self.style.ERROR(f"Could not remind of {notice.slug}; retried next run")
                )
        summary = (
            f"Notice reminders: {sent} sent, {failed} failed, {skipped} without contacts or "
            "sent already."
        )
        if failed:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))
