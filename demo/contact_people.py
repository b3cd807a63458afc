"""Demo contact people for `seed_demo`: one for each of the ten municipalities, two for the
wellbeing services county and two for the association forum, from `data/contact_people.json`,
with clearly fictional names and work addresses on example.fi. People whose slug exists are
skipped, so a rerun adds nothing."""

import json
from pathlib import Path

from django.utils.text import slugify

from conditions.models import ContactPerson
from demo.premises import SPEARHEAD, SeedCount
from taxonomy.models import Municipality, Spearhead

DATA = json.loads((Path(__file__).parent / "data" / "contact_people.json").read_text("utf-8"))


def create_demo_contact_people() -> SeedCount:
    result = SeedCount()
    municipalities = {
        municipality.slug: municipality for municipality in Municipality.objects.all()
    }
    spearhead = Spearhead.objects.filter(slug=SPEARHEAD).first()
    existing = set(ContactPerson.objects.values_list("slug", flat=True))
    for position, record in enumerate(DATA["people"]):
        slug = slugify(record["name"])
        if slug in existing:
            result.skipped += 1
            continue
        person = ContactPerson.objects.create(
            name=record["name"],
            slug=slug,
            job_title=record["job_title"],
            organisation=record["organisation"],
            organisation_kind=record["organisation_kind"],
            municipality=municipalities.get(record.get("municipality", "")),
            topics="\n".join(record["topics"]),
            email=record["email"],
            phone=record.get("phone", ""),
            office_hours=record.get("office_hours", ""),
            consent=True,
            position=position,
            status=ContactPerson.Status.PUBLISHED,
        )
        if spearhead is not None:
            person.spearheads.add(spearhead)
        result.created += 1
    return result
