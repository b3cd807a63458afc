from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts.roles import COORDINATORS

DEMO_COORDINATOR_EMAIL = "koordinaattori@demo.paijathamalaiset.fi"
DEMO_COORDINATOR_PASSWORD = "demo-koordinaattori"


class Command(BaseCommand):
    help = (
        "Fill the database with clearly fictional demo data and a demo coordinator login. "
        "For development only: refuses to run with DEBUG off unless --force is given."
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

    def handle(self, *args, if_empty: bool, force: bool, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates demo logins; it refuses to run with DEBUG off. "
                "Use --force if this really is not a production database."
            )
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
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
        self.print_login()

    def print_login(self):
        self.stdout.write(
            f"Demo coordinator login at /hallinta/: {DEMO_COORDINATOR_EMAIL} / "
            f"{DEMO_COORDINATOR_PASSWORD}"
        )
