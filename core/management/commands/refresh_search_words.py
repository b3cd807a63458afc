"""Read the words of all published content into the typo-correction table (`SearchWord`).

Saving content keeps the table current; run this after bulk writes (imports, demo data) and
once after deploying the table."""

from django.core.management.base import BaseCommand

from core.content import refresh_search_words


class Command(BaseCommand):
    help = "Read the words of all published content into the search's typo-correction table."

    def handle(self, *args, **options):
        refresh_search_words()
