from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from directory.freshness import freshness_reminders_due, freshness_reminders_send


class Command(BaseCommand):
    help = (
        "E-mail the confirmed contacts of published associations whose information was last "
        "confirmed (or, never confirmed, created) 11 or 12 months ago, asking them to confirm it. "
        "Each reminder is sent once; confirming resets them. Run daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List the reminders that would be sent, without sending or recording anything.",
        )

    def handle(self, *args, dry_run: bool, **options):
        now = timezone.now()
        if dry_run:
            reminders, without_contacts = freshness_reminders_due(now=now)
            for reminder in reminders:
                self.stdout.write(
                    f"Would send the {reminder.level}-month reminder for "
                    f"{reminder.association.name} ({reminder.association.slug}) to "
                    f"{', '.join(reminder.recipients)}"
                )
            self.report_without_contacts(without_contacts)
            self.stdout.write(
                self.style.WARNING(
                    f"Dry run, nothing was sent. Reminders due: {len(reminders)}; due without "
                    f"contacts: {len(without_contacts)}."
                )
            )
            return

        run = freshness_reminders_send(now=now)
        for reminder in run.sent:
            self.stdout.write(
                f"Sent the {reminder.level}-month reminder for {reminder.association.slug} "
                f"(recipients: {len(reminder.recipients)})"
            )
        for reminder in run.failed:
            self.stderr.write(
                self.style.ERROR(
                    f"Could not send the {reminder.level}-month reminder for "
                    f"{reminder.association.slug}; it is retried on the next run"
                )
            )
        if options["verbosity"] >= 2:
            self.report_without_contacts(run.without_contacts)
        by_level = {
            level: sum(reminder.level == level for reminder in run.sent) for level in (11, 12)
        }
        summary = (
            f"Reminders: {len(run.sent)} sent ({by_level[11]} at 11 months, {by_level[12]} at "
            f"12 months), {len(run.failed)} failed; due without contacts: "
            f"{len(run.without_contacts)}."
        )
        if run.failed:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))

    def report_without_contacts(self, associations):
        for association in associations:
            self.stdout.write(
                f"No confirmed contact with an e-mail address: {association.name} "
                f"({association.slug})"
            )
