"""Clearly fictional demo services for the demo associations, generated deterministically.

`generate_services()` is pure: from an association's record it draws none to five services from
the templates of its kind (`demo/data/kinds/`) that serve its target groups — a carers'
association gets a peer-support group for carers, a VPK a first-aid course and a volunteer task,
pensioners nothing for juniors — using `random.Random` seeded with the seed and the association's
slug, so an association always gets the same services whatever else exists.
`create_demo_services()` writes them in bulk and, because that bypasses `services.signals`,
fills `search_terms` itself.
"""

import dataclasses
import datetime
import random
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify

from core.prices import euro_amount
from demo.associations import DEFAULT_SEED, Author
from demo.bulk import SeedResult, Terms, bulk_create_tagged
from demo.content import SERVICES, audience, fill, spearheads, suits, venue
from demo.schedules import season, weekly
from demo.vocabulary import ServiceTemplate, vocabulary
from services.models import Service

K = Service.Kind
J = Service.Joining
TAGGING = ("municipalities", "themes", "spearheads", "target_groups", "languages")
SCHEDULED_KINDS = {K.GROUP_ACTIVITY, K.PEER_SUPPORT}
SCHEDULED_SHARE = 0.6  # of those kinds, the share with a weekly schedule


@dataclass
class DemoService:
    """A generated service: the model's fields, and its tags as slugs (`TAGGING`)."""

    slug: str
    title: str
    kind: str
    short_description: str
    description: str
    status: str
    municipalities: tuple[str, ...]
    online: bool
    themes: tuple[str, ...]
    spearheads: tuple[str, ...]
    target_groups: tuple[str, ...]
    languages: tuple[str, ...]
    min_age: int | None
    max_age: int | None
    is_free: bool
    cost: str
    cost_amount: Decimal | None
    schedule: str
    place: str
    joining: str
    registration_url: str
    contact_email: str
    contact_phone: str
    accessibility: str


def service_templates(author: Author) -> list[ServiceTemplate]:
    """The services an association of this kind could offer to the people it serves."""
    return [t for t in author.templates.services if suits(t, author.record)]


def generate_services(author: Author, seed: int = DEFAULT_SEED) -> list[DemoService]:
    """The association's demo services: the same association and seed give the same ones."""
    rng = random.Random(f"{seed}:{author.record.slug}")
    settings = vocabulary().general_settings["service_settings"]
    counts, weights = zip(*settings["counts"], strict=True)
    count = rng.choices(counts, weights)[0]
    pool = service_templates(author)
    chosen = rng.sample(pool, min(count, len(pool)))
    return [demo_service(rng, author, template) for template in chosen]


def demo_service(
    rng: random.Random, author: Author, template: ServiceTemplate, *, status: str = ""
) -> DemoService:
    """One service of `template` by `author`; `status` overrides the drawn one (the demo
    contact's service awaiting review)."""
    record = author.record
    settings = vocabulary().general_settings["service_settings"]
    context = author.context
    municipalities = [record.home_municipality]
    others = [m for m in record.operating_municipalities if m != record.home_municipality]
    if others and rng.random() < 0.4:
        municipalities += rng.sample(others, rng.randint(1, len(others)))
    online = rng.random() < (0.35 if template.kind in {K.ADVICE, K.TRAINING} else 0.08)
    is_free = rng.random() < template.free_odds
    if not status:
        status = Service.Status.PUBLISHED if rng.random() < 0.93 else Service.Status.DRAFT
    joining = rng.choice(settings["joining"][template.kind])
    website = record.website.rstrip("/")
    registration_url = f"{website}/ilmoittaudu" if joining == J.REGISTER and website else ""
    title = fill(template.title, context)
    short = fill(template.short, context)
    words = settings["swedish" if author.kind.swedish else "finnish"]
    where = fill(words["online" if online else "on_site"], context)
    description = f"{short}\n\n{where} {words['free' if is_free else 'paid']}"
    return DemoService(
        slug=f"{slugify(title)[:90]}-{record.slug}"[:220],
        title=title,
        kind=str(template.kind),
        short_description=short,
        description=description,
        status=str(status),
        municipalities=tuple(municipalities),
        online=online,
        themes=template.themes,
        spearheads=spearheads(rng, template.spearheads, author, SERVICES),
        target_groups=audience(template.target_groups, record.target_groups),
        languages=record.languages,
        min_age=template.min_age,
        max_age=template.max_age,
        is_free=is_free,
        cost=(cost := "" if is_free else (template.cost or words["ask_price"])),
        cost_amount=euro_amount(cost),
        schedule=rng.choice(template.schedules or settings["schedules"][template.kind]),
        place="" if rng.random() < 0.2 else venue(rng, template.venues, author, settings["places"]),
        joining=str(joining),
        registration_url=registration_url,
        contact_email=record.email if joining != J.JUST_COME else "",
        contact_phone=record.phone if joining != J.JUST_COME and rng.random() < 0.5 else "",
        accessibility=rng.choice(words["accessibility"]) if rng.random() < 0.4 else "",
    )


def create_demo_services(
    authors: Sequence[Author], *, seed: int, terms: Terms, existing: set[str],
    today: datetime.date | None = None,
) -> SeedResult:  # fmt: skip
    """Insert the demo services of `authors`, skipping slugs among `existing` (updated here),
    so a rerun adds nothing and new associations get theirs; many groups get a weekly schedule
    for the season of `today`. Call inside a transaction."""
    today = today or timezone.localdate()
    result = SeedResult()
    rows = []
    for author in authors:
        for record in generate_services(author, seed):
            if record.slug in existing:
                result.skipped += 1
                continue
            existing.add(record.slug)
            row = service_row(record, author, terms)
            add_schedule(row[0], random.Random(f"{seed}:{record.slug}:schedule"), today)
            rows.append(row)
    bulk_create_tagged(Service, rows)
    result.created = len(rows)
    return result


def add_schedule(service: Service, rng: random.Random, today: datetime.date) -> None:
    """Most groups and peer-support groups meet weekly from September to May, not in the
    school holidays; the schedule replaces the words of `schedule`."""
    if service.kind not in SCHEDULED_KINDS or rng.random() >= SCHEDULED_SHARE:
        return
    first_day, last_day = season(today)
    schedule = weekly(rng, first_day=first_day, last_day=last_day,
                      hours=rng.choice([1.5, 2]))  # fmt: skip
    if schedule is not None:
        service.set_schedule(schedule)
        service.schedule = ""


def service_row(record: DemoService, author: Author, terms: Terms) -> tuple[Service, dict]:
    """The unsaved service and its tags, with the `search_terms` the signals would write."""
    fields = {
        field.name: getattr(record, field.name)
        for field in dataclasses.fields(record)
        if field.name not in TAGGING
    }
    service = Service(association_id=author.pk, **fields)
    tags = terms.tags(Service, {name: getattr(record, name) for name in TAGGING})
    service.search_terms = Service.search_index.terms_text(
        service, [term for name in TAGGING for term in tags[name]], [author.record.name]
    )
    return service, tags
