import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from accounts.roles import COORDINATORS
from core.content import refresh_search_words
from demo.associations import DEFAULT_COUNT, DEFAULT_SEED
from demo.bulk import Terms
from demo.consultations import create_demo_consultations
from demo.contact import DEMO_CONTACT_EMAIL, DEMO_CONTACT_PASSWORD, create_demo_contact
from demo.contact_people import create_demo_contact_people
from demo.grants import create_demo_grants
from demo.measures import create_demo_measures
from demo.notices import create_demo_notices
from demo.premises import create_demo_premises
from demo.seeding import create_demo_data
from demo.snapshots import create_demo_snapshots

DEMO_COORDINATOR_EMAIL = "koordinaattori@demo.paijathamalaiset.fi"
DEMO_COORDINATOR_PASSWORD = "demo-koordinaattori"


class Command(BaseCommand):
    help = (
        "Fill the database with clearly fictional demo data: associations with their services, "
        "events and news, a demo coordinator login and a demo contact login. For development "
        "only: refuses to run with DEBUG off unless --force is given. Running again adds "
        "nothing: whatever has a slug that exists is skipped."
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
            self.print_logins()
            return
        started = time.monotonic()
        now = timezone.now()
        with transaction.atomic():
            coordinator, _created = User.objects.update_or_create(
                email=DEMO_COORDINATOR_EMAIL,
                defaults={"first_name": "Demo", "last_name": "Koordinaattori", "is_staff": True},
            )
            coordinator.set_password(DEMO_COORDINATOR_PASSWORD)
            coordinator.save()
            coordinator.groups.add(Group.objects.get(name=COORDINATORS))
            data = create_demo_data(count=associations, seed=seed, verified_by=coordinator, now=now)
            contact_association = create_demo_contact(
                data.authors, seed=seed, terms=Terms(), now=now, coordinator=coordinator
            )
            # The operating conditions: premises (some offered by the associations above),
            # grant calls and the contact people for associations.
            premises = create_demo_premises(seed=seed)
            grants = create_demo_grants()
            contact_people = create_demo_contact_people()
            # A year of monthly snapshots for the evaluation dashboard's charts.
            snapshots = create_demo_snapshots(seed=seed, now=now)
            # The strategy's measures with owners and a year of progress notes.
            measures = create_demo_measures(seed=seed, now=now)
            # Partnership: what associations seek and offer each other.
            notices = create_demo_notices(seed=seed)
            # Advocacy: consultations, open and closed, and the statements answering them.
            consultations = create_demo_consultations(seed=seed, now=now)
            # Bulk writes bypass the signals that add the content's words for typo correction.
            refresh_search_words()
        for label, result in (
            ("associations", data.associations),
            ("services", data.services),
            ("events", data.events),
            ("news", data.news),
            ("premises", premises),
            ("grant calls", grants),
            ("contact people", contact_people),
            ("monthly snapshots", snapshots),
            ("strategy measures", measures),
            ("partner notices", notices),
            ("consultations", consultations),
        ):
            self.stdout.write(
                f"Demo {label}: {result.created} created, {result.skipped} existed already."
            )
        self.stdout.write(
            self.style.SUCCESS(f"Demo data loaded ({time.monotonic() - started:.1f} s).")
        )
        if contact_association is None:
            self.stdout.write("No published demo association, so no demo contact login.")
        else:
            self.stdout.write(f"The demo contact keeps “{contact_association.name}” up to date.")
        self.print_logins()

    def print_logins(self):
        User = get_user_model()
        for role, email, password in (
            ("coordinator", DEMO_COORDINATOR_EMAIL, DEMO_COORDINATOR_PASSWORD),
            ("contact", DEMO_CONTACT_EMAIL, DEMO_CONTACT_PASSWORD),
        ):
            if User.objects.filter(email=email).exists():
                self.stdout.write(f"Demo {role} login at /hallinta/: {email} / {password}")
        if User.objects.filter(email=DEMO_CONTACT_EMAIL).exists():
            self.stdout.write(
                "The demo contact can also log in with an e-mail link at "
                "/hallinta/kirjautumislinkki/ (the link is printed with the mail)."
            )
