import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts.roles import COORDINATORS
from demo.associations import DEFAULT_COUNT, DEFAULT_SEED, create_demo_associations
from demo.contact_people import create_demo_contact_people
from demo.events import create_demo_events
from demo.grants import create_demo_grants
from demo.news import create_demo_news
from demo.premises import create_demo_premises
from demo.services import create_demo_services

DEMO_COORDINATOR_EMAIL = "koordinaattori@demo.paijathamalaiset.fi"
DEMO_COORDINATOR_PASSWORD = "demo-koordinaattori"


class Command(BaseCommand):
    help = (
        "Fill the database with clearly fictional demo data: a demo coordinator login and "
        "associations. For development only: refuses to run with DEBUG off unless --force is "
        "given. Running again adds nothing: associations whose slug exists are skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the database already has users (used by `make run`).",
        )
        parser.add_argument(
            "--force", action="store_true", help="Run even with DEBUG off (never in production)."
        )
        parser.add_argument(
            "--associations",
            type=int,
            default=DEFAULT_COUNT,
            metavar="N",
            help=f"How many demo associations to generate (default {DEFAULT_COUNT}). The first N "
            "of a seed are always the same, so a larger N later adds only the rest.",
        )
        parser.add_argument(
            "--seed",
            type=int,
            default=DEFAULT_SEED,
            help=f"Seed of the generator (default {DEFAULT_SEED}); the same seed gives the same "
            "data.",
        )

    def handle(self, *args, if_empty: bool, force: bool, associations: int, seed: int, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates demo logins; it refuses to run with DEBUG off. "
                "Use --force if this really is not a production database."
            )
        if associations < 0:
            raise CommandError("--associations cannot be negative.")
        User = get_user_model()
        if if_empty and User.objects.exists():
            self.stdout.write("The database already has data; demo data not loaded again.")
            if User.objects.filter(email=DEMO_COORDINATOR_EMAIL).exists():
                self.print_login()
            return
        with transaction.atomic():
            coordinator, _created = User.objects.update_or_create(
                email=DEMO_COORDINATOR_EMAIL,
                defaults={"first_name": "Demo", "last_name": "Koordinaattori", "is_staff": True},
            )
            coordinator.set_password(DEMO_COORDINATOR_PASSWORD)
            coordinator.save()
            coordinator.groups.add(Group.objects.get(name=COORDINATORS))
            started = time.monotonic()
            result = create_demo_associations(
                count=associations, seed=seed, verified_by=coordinator
            )
            services = create_demo_services(seed=seed)
            news = create_demo_news(seed=seed)
            events = create_demo_events(seed=seed)
            premises = create_demo_premises(seed=seed)
            grants = create_demo_grants()
            contact_people = create_demo_contact_people()
        self.stdout.write(
            f"Demo associations: {result.created} created, {result.skipped} existed already "
            f"({time.monotonic() - started:.1f} s)."
        )
        self.stdout.write(f"Demo news: {news.created} created, {news.skipped} existed already.")
        self.stdout.write(
            f"Demo events: {events.created} created, {events.skipped} existed already."
        )
        self.stdout.write(
            f"Demo services: {services.created} created, {services.skipped} existed already."
        )
        for label, counted in (
            ("premises", premises),
            ("grant calls", grants),
            ("contact people", contact_people),
        ):
            self.stdout.write(
                f"Demo {label}: {counted.created} created, {counted.skipped} existed already."
            )
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
        self.print_login()

    def print_login(self):
        self.stdout.write(
            f"Demo coordinator login at /hallinta/: {DEMO_COORDINATOR_EMAIL} / "
            f"{DEMO_COORDINATOR_PASSWORD}"
        )
