from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, no_translations

from directory.importing import COLUMNS, ImportFileError, import_associations
from directory.models import Association


class Command(BaseCommand):
    help = (
        "Create and update associations from a UTF-8 CSV file with a header row. Rows are "
        "matched by business ID, else by name and home municipality, so a second run changes "
        f"nothing. Columns: {', '.join(COLUMNS)}."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The CSV file (comma or semicolon delimited).")
        parser.add_argument(
            "--status",
            choices=Association.Status.values,
            default=Association.Status.DRAFT,
            help="Status of new associations (default: draft). Existing ones keep theirs.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the file and report what would change, without writing anything.",
        )
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="Import the valid rows even if some rows are invalid (these are reported).",
        )

    @no_translations
    def handle(self, *args, file: Path, status: str, dry_run: bool, skip_invalid: bool, **options):
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from None
        try:
            result = import_associations(
                data, status=status, dry_run=dry_run, skip_invalid=skip_invalid
            )
        except ImportFileError as error:
            raise CommandError(f"{file}: {error}") from None

        for error in result.errors:
            self.stdout.write(self.style.ERROR(f"Line {error.line}: {error.message}"))
        invalid = len(result.invalid_lines)
        counts = (
            f"{result.created} created, {result.updated} updated, "
            f"{result.unchanged} unchanged, {invalid} invalid."
        )
        if result.written:
            self.stdout.write(self.style.SUCCESS(f"Imported {file}: {counts}"))
        elif dry_run:
            self.stdout.write(self.style.WARNING(f"Dry run, nothing was written: {counts}"))
        if invalid and not skip_invalid:
            raise CommandError(
                f"{invalid} invalid row(s): nothing was imported. Fix them, or use --skip-invalid "
                "to import the valid rows only."
            )
