"""All the demo content in one pass: associations and their services batch by batch, then events
and news by the published ones. What `seed_demo` runs; tests call it at smaller sizes."""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from demo.associations import (
    DEFAULT_COUNT,
    DEFAULT_SEED,
    LOGO_MAX_COUNT,
    Author,
    create_demo_associations,
    generate_associations,
)
from demo.bulk import BATCH_SIZE, SeedResult, Terms, batched
from demo.events import DEFAULT_COUNT as DEFAULT_EVENT_COUNT
from demo.events import create_demo_events
from demo.news import create_demo_news
from demo.services import create_demo_services
from directory.models import Association
from services.models import Service

# Events are spread over the first this many published associations.
MAX_ORGANISERS = 1000


@dataclass
class DemoData:
    associations: SeedResult = field(default_factory=SeedResult)
    services: SeedResult = field(default_factory=SeedResult)
    events: SeedResult = field(default_factory=SeedResult)
    news: SeedResult = field(default_factory=SeedResult)
    authors: list[Author] = field(default_factory=list)  # the published, up to MAX_ORGANISERS


def create_demo_data(
    *,
    count: int = DEFAULT_COUNT,
    seed: int = DEFAULT_SEED,
    events: int = DEFAULT_EVENT_COUNT,
    verified_by=None,
    logos: bool | None = None,
    now: datetime.datetime | None = None,
    batch_size: int = BATCH_SIZE,
) -> DemoData:
    """Insert the first `count` demo associations of `seed` with their services, and the events
    and news around `now`, skipping whatever exists already (by slug): running again adds
    nothing, and a larger `count` adds only the rest. Call inside a transaction. Logos are drawn
    only up to LOGO_MAX_COUNT associations unless `logos` says."""
    now = now or timezone.now()
    terms = Terms()
    existing = dict(Association.objects.values_list("slug", "pk"))
    taken_ids = set(
        Association.objects.exclude(business_id="").values_list("business_id", flat=True)
    )
    service_slugs = set(Service.objects.values_list("slug", flat=True))
    data = DemoData()
    for records in batched(generate_associations(count, seed), batch_size):
        created, authors = create_demo_associations(
            records,
            terms=terms,
            existing=existing,
            taken_ids=taken_ids,
            verified_by=verified_by,
            logos=count <= LOGO_MAX_COUNT if logos is None else logos,
            now=now,
        )
        data.associations.created += created.created
        data.associations.skipped += created.skipped
        services = create_demo_services(
            authors,
            seed=seed,
            terms=terms,
            existing=service_slugs,
            today=timezone.localdate(now) if now else None,
        )
        data.services.created += services.created
        data.services.skipped += services.skipped
        published = [a for a in authors if a.record.status == Association.Status.PUBLISHED]
        data.authors += published[: MAX_ORGANISERS - len(data.authors)]
    data.events = create_demo_events(data.authors, count=events, seed=seed, terms=terms, now=now)
    data.news = create_demo_news(data.authors, seed=seed, terms=terms, now=now)
    return data
