"""`manage.py smoke_check`: is this database a working copy of the site?

Counts what matters (as JSON on standard output, so a restore drill can compare a restored copy
with its source), then renders what a visitor would see: the home page, a published
association's profile, the news feed (parsed as XML), the events calendar and `/healthz`.
Exits non-zero if any of them fails.
"""

import json
from xml.etree import ElementTree

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.test import Client, override_settings

from directory.models import Association, Membership
from events.models import Event
from news.models import NewsItem
from services.models import Service


def counts() -> dict[str, int]:
    return {
        "users": get_user_model().objects.count(),
        "associations": Association.objects.count(),
        "published_associations": Association.objects.published().count(),
        "memberships": Membership.objects.count(),
        "services": Service.objects.count(),
        "events": Event.objects.count(),
        "news": NewsItem.objects.count(),
        "association_history": Association.history.count(),
    }


class Command(BaseCommand):
    help = "Count the data and render a profile, a feed and a calendar; non-zero on failure."

    def handle(self, *args, **options):
        problems = []
        # The data is under test, not the static build: plain static URLs need no manifest.
        plain_static = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
        with override_settings(
            ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "testserver"],
            STORAGES={**settings.STORAGES, "staticfiles": plain_static},
        ):
            client = Client()
            checks = {"/healthz": None, "/": None, "/uutiset/syote/": "xml",
                      "/tapahtumat/kalenteri.ics": "ics"}  # fmt: skip
            association = Association.objects.published().order_by("pk").first()
            if association is None:
                problems.append("no published association")
            else:
                checks[association.get_absolute_url()] = association.name
            for path, expect in checks.items():
                response = client.get(path, secure=settings.SECURE_SSL_REDIRECT)
                if response.status_code != 200:
                    problems.append(f"{path} answered {response.status_code}")
                    continue
                body = response.content
                if expect == "xml":
                    try:
                        ElementTree.fromstring(body)
                    except ElementTree.ParseError as error:
                        problems.append(f"{path} is not XML: {error}")
                elif expect == "ics":
                    if not body.startswith(b"BEGIN:VCALENDAR"):
                        problems.append(f"{path} is not a calendar")
                elif expect and expect.encode() not in body:
                    problems.append(f"{path} does not show {expect!r}")
        self.stdout.write(json.dumps(counts(), sort_keys=True))
        if problems:
            raise CommandError("; ".join(problems))
