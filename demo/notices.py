"""Demo partner notices for `seed_demo` ("Etsitään ja tarjotaan"): every third published demo
association posts one notice that fits its kind (`data/notices.json`: a kyläyhdistys offers its
village house, a mental-health association its experts by experience), or a general one, with its
home municipality, the partnership spearhead and a last day from a few days to five months ahead,
so some are due their reminder.

Deterministic for a seed and the same associations; a notice whose association already has one
of the same title is skipped, so a rerun adds nothing. Saved one by one (a few dozen), so the
signals keep search and caches current.
"""

import datetime
import json
import random
from pathlib import Path

from django.utils import timezone
from django.utils.text import slugify

from demo.premises import SeedCount
from directory.models import Association
from partnership.models import PartnerNotice, latest_valid_until
from taxonomy.models import Municipality, Spearhead, Theme

DATA = json.loads((Path(__file__).parent / "data" / "notices.json").read_text("utf-8"))
SPEARHEAD = "kumppanuus"
# Most notices run weeks or months; one in six ends within the reminder's week.
SHORT_RUN, LONG_RUN = (1, 7), (8, 150)


def templates_for(name: str) -> list[dict]:
    lowered = name.lower()
    for rule in DATA["rules"]:
        if any(word.lower() in lowered for word in rule["match"]):
            return rule["notices"]
    return DATA["general"]


def create_demo_notices(*, seed: int, today: datetime.date | None = None) -> SeedCount:
    today = today or timezone.localdate()
    rng = random.Random(f"notices-{seed}")
    result = SeedCount()
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    municipalities = list(Municipality.objects.order_by("pk"))
    spearhead = Spearhead.objects.filter(slug=SPEARHEAD).first()
    existing = set(PartnerNotice.objects.values_list("association_id", "title"))
    slugs = set(PartnerNotice.objects.values_list("slug", flat=True))
    associations = Association.objects.published().select_related("home_municipality")
    step = DATA["every_nth_association"]
    made = 0
    for number, association in enumerate(associations.order_by("pk").iterator()):
        if made >= DATA["max_notices"]:
            break
        if number % step:
            continue
        made += 1
        template = rng.choice(templates_for(association.name))
        days = rng.randint(*(SHORT_RUN if rng.random() < 1 / 6 else LONG_RUN))
        places = [association.home_municipality]
        if rng.random() < 0.3:  # some look for partners in a neighbouring municipality too
            places.append(rng.choice(municipalities))
        if (association.pk, template["title"]) in existing:
            result.skipped += 1
            continue
        slug = slugify(template["title"])[:150]
        if slug in slugs:
            slug = f"{slug}-{association.pk}"
        notice = PartnerNotice(
            association=association,
            title=template["title"],
            slug=slug,
            direction=template["direction"],
            kind=template["kind"],
            summary=template["summary"],
            description=template["description"],
            valid_until=min(today + datetime.timedelta(days=days), latest_valid_until(today)),
            status=PartnerNotice.Status.PUBLISHED,
        )
        notice.save()
        slugs.add(slug)
        existing.add((association.pk, notice.title))
        notice.municipalities.set({place for place in places if place is not None})
        notice.themes.set([themes[slug] for slug in template["themes"] if slug in themes])
        if spearhead is not None:
            notice.spearheads.add(spearhead)
        result.created += 1
    return result
