"""Demo premises for `seed_demo`: municipal halls and libraries' meeting rooms, parish rooms, a
county group room and a company's party hall from `data/premises.json`, and the village houses,
youth-society halls, fire-brigade halls and Martta kitchens that the published demo associations
of those kinds offer.

Deterministic for a seed and the same associations; premises whose slug exists are skipped, so a
rerun adds nothing. Saved one by one (a few dozen), so the signals keep search and caches current.
"""

import json
import random
from dataclasses import dataclass
from pathlib import Path

from django.utils.text import slugify

from conditions.models import ACCESSIBILITY_FEATURES, EQUIPMENT, Premises
from directory.models import Association
from taxonomy.models import Municipality, Spearhead, Theme

DATA = json.loads((Path(__file__).parent / "data" / "premises.json").read_text("utf-8"))
SPEARHEAD = "toimintaedellytykset"


@dataclass
class SeedCount:
    created: int = 0
    skipped: int = 0


def flags(features: list[str], equipment: list[str]) -> dict[str, bool]:
    """The model's yes/no fields from the URL values the data file uses."""
    chosen = {*features, *equipment}
    return {
        field: value in chosen
        for value, (field, _label) in {**ACCESSIBILITY_FEATURES, **EQUIPMENT}.items()
    }


def booking(record: dict) -> dict:
    ways = record.get("booking", {})
    return {
        "booking_url": ways.get("url", ""),
        "booking_email": ways.get("email", ""),
        "booking_phone": ways.get("phone", ""),
        "booking_info": record.get("booking_info", ""),
    }


def describe(premises: Premises) -> str:
    """A Markdown description from the facts, as someone who knows the place would write it."""
    lines = []
    if premises.is_free:
        lines.append("Tila on **maksuton** yhdistysten käytössä.")
    else:
        lines.append(f"Hinta yhdistyksille: {premises.price}.")
    lines.append(f"Tilaan mahtuu enintään {premises.capacity} henkeä.")
    if premises.step_free:
        lines.append("Sisäänkäynti on esteetön.")
    return " ".join(lines)


def create_demo_premises(*, seed: int) -> SeedCount:
    rng = random.Random(f"premises-{seed}")
    result = SeedCount()
    municipalities = {
        municipality.slug: municipality for municipality in Municipality.objects.all()
    }
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    spearhead = Spearhead.objects.filter(slug=SPEARHEAD).first()
    existing = set(Premises.objects.values_list("slug", flat=True))

    def save(premises: Premises, theme_slugs: list[str]) -> None:
        if premises.slug in existing:
            result.skipped += 1
            return
        premises.description = describe(premises)
        premises.save()
        existing.add(premises.slug)
        premises.themes.set([themes[slug] for slug in theme_slugs if slug in themes])
        if spearhead is not None:
            premises.spearheads.add(spearhead)
        result.created += 1

    for record in DATA["premises"]:
        premises = Premises(
            name=record["name"],
            slug=slugify(record["name"]),
            owner_kind=record["owner_kind"],
            owner_name=record["owner_name"],
            municipality=municipalities[record["municipality"]],
            street_address=record["street_address"],
            postal_code=record["postal_code"],
            post_office=record["post_office"],
            capacity=record["capacity"],
            is_free=record["is_free"],
            price=record.get("price", ""),
            short_description=record["short_description"],
            status=Premises.Status.PUBLISHED,
            **flags(record["features"], record["equipment"]),
            **booking(record),
        )
        save(premises, record.get("themes", []))

    offered = 0
    associations = Association.objects.published().select_related("home_municipality")
    for association in associations.order_by("pk").iterator():
        if offered >= DATA["association_premises_max"]:
            break
        kind = next(
            (k for k in DATA["by_association"] if association.name.endswith(k["suffix"])), None
        )
        if kind is None:
            continue
        offered += 1
        name = kind["name"].format(place=association.name.removesuffix(kind["suffix"]))
        low, high = kind["capacity"]
        premises = Premises(
            name=name,
            slug=slugify(name),
            owner_kind=Premises.OwnerKind.ASSOCIATION,
            association=association,
            municipality=association.home_municipality,
            street_address=association.street_address or f"Kylätie {rng.randint(1, 60)}",
            postal_code=association.postal_code,
            post_office=association.post_office,
            capacity=rng.randrange(low, high + 1, 5),
            is_free=False,
            price=rng.choice(kind["price"]),
            short_description=kind["short_description"],
            booking_email=association.email or f"varaukset@{slugify(name)}.example.fi",
            booking_phone=association.phone,
            booking_info=kind["booking_info"],
            status=Premises.Status.PUBLISHED,
            **flags(rng.sample(kind["features"], k=rng.randint(0, len(kind["features"]))),
                    kind["equipment"]),
        )  # fmt: skip
        save(premises, ["osallisuus-ja-yhteisollisyys"])
    return result
