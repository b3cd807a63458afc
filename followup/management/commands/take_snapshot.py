import datetime

from django.core.management.base import BaseCommand, CommandError

from followup.snapshots import MonthNotOver, take_snapshot


def year_month(value: str) -> datetime.date:
    try:
        return datetime.datetime.strptime(value, "%Y-%m").date()
    except ValueError as error:
        raise CommandError(f"--month {value!r}: give the month as YYYY-MM.") from error


class Command(BaseCommand):
    help = (
        "Count the last month that has ended (new associations, events held, statements "
        "published, by municipality and theme) for the evaluation dashboard, and keep it. A "
        "month already counted is left as it was, so the command can run from cron daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--month", metavar="YYYY-MM", help="A month that has ended (default: the last one)."
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Count the month again even if it was counted already.",
        )

    def handle(self, *args, month: str | None, replace: bool, **options):
        try:
            snapshot, written = take_snapshot(year_month(month) if month else None, replace=replace)
        except MonthNotOver as error:
            raise CommandError(str(error)) from error
        if written:
            self.stdout.write(f"Snapshot of {snapshot} taken.")
        else:
            self.stdout.write(f"Snapshot of {snapshot} exists already; left as it was.")
