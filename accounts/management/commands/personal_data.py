"""`manage.py personal_data export|erase <e-mail>`: answer a person's data request."""

import dataclasses
import json

from django.core.management.base import BaseCommand, CommandError

from accounts.personal_data import person_erase, person_export


class Command(BaseCommand):
    help = "Export (as JSON) or erase everything stored about the person with an e-mail address."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "erase"])
        parser.add_argument("email")
        parser.add_argument("--yes", action="store_true", help="erase without asking")

    def handle(self, *args, action, email, yes, **options):
        if action == "export":
            data = person_export(email=email)
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            return
        if not yes:
            answer = input(f"Erase everything about {email}? This cannot be undone. [y/N] ")
            if answer.strip().lower() not in {"y", "yes", "k", "kyllä"}:
                raise CommandError("Nothing was erased.")
        result = person_erase(email=email)
        self.stdout.write(json.dumps(dataclasses.asdict(result), ensure_ascii=False, indent=2))
        if result.still_public:
            self.stdout.write(
                "The address is still shown publicly in the texts above; edit them if asked."
            )
