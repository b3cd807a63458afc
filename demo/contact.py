"""The demo contact person: a login for one published demo association whose dashboard shows
every part — description, logo with alt text, a public e-mail address, themes, target groups,
municipalities, published services, events in the coming three months, a service waiting for a
coordinator's review, a message from the coordinator, and information last confirmed about eleven
months ago, so the freshness reminder is due."""

import datetime
import random
from collections.abc import Sequence

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import slugify

from accounts.roles import CONTACTS
from demo.associations import LEGAL_SUFFIX_RE, Author, logo_alt, store_logo
from demo.bulk import Terms, bulk_create_tagged
from demo.content import fill
from demo.events import choose_template, plan_event
from demo.services import demo_service, service_row, service_templates
from directory.models import Association, Membership, ModerationNote
from events.models import Event
from services.models import Service

DEMO_CONTACT_EMAIL = "yhteyshenkilo@demo.paijathamalaiset.fi"
DEMO_CONTACT_PASSWORD = "demo-yhteyshenkilo"
# Kinds whose contact is the volunteer the dashboard is made for, in order of preference.
PREFERRED_KINDS = ("seniorit", "kyla", "omaishoitajat", "potilas", "martat", "mll")
CONFIRMED_DAYS_AGO = 340  # the 11-month reminder (335 days) is due, the 12-month one not yet
UPCOMING_DAYS = (12, 33, 61)  # the demo contact's next events, days from now
LOGO_COLOUR = "#1b5e20"
COORDINATOR_MESSAGE = (
    "Tervetuloa Päijäthämäläiset.fi-sivustolle! Yhdistyksenne sivu on nyt julkaistu. "
    "Lisätkää tapahtumat heti, kun päivät ovat tiedossa, ja vahvistakaa tiedot kerran vuodessa."
)


def choose_showcase(authors: Sequence[Author]) -> Author | None:
    """The first published registered association of the most fitting kind."""
    registered = [a for a in authors if a.record.kind == Association.Kind.REGISTERED]
    for key in PREFERRED_KINDS:
        for author in registered:
            if author.record.kind_key == key:
                return author
    return (registered or list(authors) or [None])[0]


def create_demo_contact(
    authors: Sequence[Author], *, seed: int, terms: Terms, now: datetime.datetime, coordinator
) -> Association | None:
    """Make (or refresh) the demo contact's login and association; None without associations."""
    author = choose_showcase(authors)
    if author is None:
        return None
    association = Association.objects.get(pk=author.pk)
    user, _created = get_user_model().objects.update_or_create(
        email=DEMO_CONTACT_EMAIL,
        defaults={"first_name": "Demo", "last_name": "Yhteyshenkilö", "is_staff": True},
    )
    user.set_password(DEMO_CONTACT_PASSWORD)
    user.save()
    user.groups.add(Group.objects.get(name=CONTACTS))
    Membership.objects.update_or_create(
        user=user,
        association=association,
        defaults={"role": Membership.Role.CONTACT, "confirmed": True},
    )

    if not association.logo:
        association.logo.name = store_logo(association, author.record, colour=LOGO_COLOUR)
    association.logo_alt = association.logo_alt or logo_alt(author.record)
    if not association.email:
        domain = slugify(LEGAL_SUFFIX_RE.sub("", association.name))[:50].strip("-")
        association.email = f"info@{domain}.example.fi"
    association.verified_at = now - datetime.timedelta(days=CONFIRMED_DAYS_AGO)
    association.verified_by = coordinator
    association.freshness_reminder_level = 0
    association.freshness_reminded_at = None
    association.save()

    rng = random.Random(f"{seed}:{DEMO_CONTACT_EMAIL}")
    _add_services(rng, author, association, terms)
    _add_events(rng, author, association, terms, now)
    if not association.moderation_notes.exists():
        ModerationNote.objects.create(
            association=association,
            subject=association.name,
            action="publish",
            message=COORDINATOR_MESSAGE,
        )
    return association


def _add_services(rng: random.Random, author: Author, association: Association, terms: Terms):
    """At least one published service, and one waiting for review."""
    services = association.services.all()
    offered = set(services.values_list("title", flat=True))
    templates = service_templates(author)
    if not templates:
        return
    statuses = []
    if not services.filter(status=Service.Status.PUBLISHED).exists():
        statuses.append(Service.Status.PUBLISHED)
    if not services.filter(status=Service.Status.PENDING).exists():
        statuses.append(Service.Status.PENDING)
    rows = []
    for status in statuses:
        fresh = [t for t in templates if fill(t.title, author.context) not in offered]
        fresh = fresh or templates
        record = demo_service(rng, author, rng.choice(fresh), status=status)
        if Service.objects.filter(slug=record.slug).exists():
            record.slug = f"{record.slug[:200]}-{status}"
        offered.add(record.title)
        rows.append(service_row(record, author, terms))
    bulk_create_tagged(Service, rows)


def _add_events(
    rng: random.Random, author: Author, association: Association, terms: Terms, now
) -> None:
    """Events in the next three months, unless it has some."""
    soon = Event.objects.published().filter(
        association=association, start__gte=now, start__lt=now + datetime.timedelta(days=90)
    )
    if soon.count() >= 2:
        return
    once: set = set()
    rows = []
    for number, days in enumerate(UPCOMING_DAYS):
        day = timezone.localdate(now + datetime.timedelta(days=days))
        organiser, template = choose_template(rng, author, day, once)
        if organiser is None:
            continue
        planned = plan_event(rng, author, template, day, 900_000 + number)
        planned.event.event_status = Event.EventStatus.SCHEDULED
        if not Event.objects.filter(slug=planned.event.slug).exists():
            rows.append(planned.row(terms))
    bulk_create_tagged(Event, rows)
