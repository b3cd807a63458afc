"""Demo events for `seed_demo` and load tests: clearly fictional, deterministic for a seed and a
day, spread over the last three months and the next six, the municipalities, themes and
weekdays; some cancelled or postponed, some online, some lasting several days.

Slugs end in the event's date, so running again on the same day adds nothing; on a later day
the window has moved and the new days get events of their own. Written in bulk, like
`demo.associations`, so `count` can be large for a benchmark database.
"""

import datetime
import random
from dataclasses import dataclass
from decimal import Decimal

from django.db import connection
from django.utils import timezone
from django.utils.text import slugify

from core.caching import content_changed
from directory.models import Association
from events.models import Event
from taxonomy.models import Municipality, Spearhead, TargetGroup, Theme

DEFAULT_COUNT = 240
DEFAULT_SEED = 2026
PAST_DAYS = 91
FUTURE_DAYS = 183
BATCH_SIZE = 2000

# (title, summary, attendance, days it lasts, usual start hours, themes, target groups)
KINDS = [
    ("Vertaistukiryhmä", "Keskustelua ja tukea samassa tilanteessa oleville.",
     "place", 1, (17, 18), ["mielen-hyvinvointi"], ["tyoikaiset", "kaikki"]),
    ("Omaishoitajien kahvila", "Kahvia, vertaistukea ja tietoa omaishoitajille.",
     "place", 1, (13, 14), ["osallisuus-ja-yhteisollisyys"], ["omaishoitajat"]),
    ("Kävelyretki", "Reipas yhteislenkki luonnossa, sopii kaikille. Omat eväät mukaan.",
     "place", 1, (10, 18), ["paihteettomyys-ja-terveelliset-elintavat"], ["kaikki"]),
    ("Muistikahvila", "Muistiin ja aivoterveyteen liittyvää tietoa ja keskustelua.",
     "place", 1, (13,), ["mielen-hyvinvointi"], ["ikaantyneet"]),
    ("Digituen tietoisku", "Apua puhelimen, tabletin ja asiointipalvelujen käyttöön.",
     "place", 1, (10, 14), ["osallisuus-ja-yhteisollisyys"], ["ikaantyneet"]),
    ("Lasten liikuntakerho", "Leikkiä ja liikuntaa 4–8-vuotiaille. Vanhemmat tervetulleita mukaan.",
     "place", 1, (17,), ["paihteettomyys-ja-terveelliset-elintavat"], ["lapset", "lapsiperheet"]),
    ("Verkkoluento: uni ja mieli", "Asiantuntijaluento unen merkityksestä mielen hyvinvoinnille.",
     "online", 1, (18,), ["mielen-hyvinvointi"], ["tyoikaiset"]),
    ("Ensiapukurssi", "Ensiavun perusteet käytännön harjoitusten kautta.",
     "place", 1, (9, 17), ["arjen-turvallisuus"], ["kaikki"]),
    ("Kyläilta", "Ajankohtaista kylältä, kahvitarjoilu ja yhteislaulua.",
     "both", 1, (18,), ["osallisuus-ja-yhteisollisyys"], ["kaikki"]),
    ("Taidenäyttely", "Yhdistyksen jäsenten töitä. Vapaa pääsy aukioloaikoina.",
     "place", 5, (0,), ["osallisuus-ja-yhteisollisyys"], ["kaikki"]),
    ("Nuorten leiri", "Viikonloppuleiri ohjelmineen; ilmoittaudu ajoissa, paikkoja rajoitetusti.",
     "place", 3, (0,), ["paihteettomyys-ja-terveelliset-elintavat"], ["nuoret"]),
    ("Yhdistysfoorumin verkostotapaaminen", "Yhdistysten tapaaminen: kuulumiset ja yhteistyö.",
     "both", 1, (17,), ["osallisuus-ja-yhteisollisyys"], ["kaikki"]),
]  # fmt: skip
PLACES = ["Seurantalo", "Kirjasto", "Nuorisotila", "Kansalaisopisto", "Kirkonkylän koulu",
          "Palvelukeskus", "Urheilutalo", "Kylätalo"]  # fmt: skip
# Price texts with the full price a contact would give as the amount.
PRICES = {"5 €": Decimal(5), "10 €, jäsenet 5 €": Decimal(10), "2 € kahvi": Decimal(2)}
STREETS = ["Kirkkotie", "Koulukatu", "Asematie", "Rantatie", "Keskuskatu", "Myllytie"]


@dataclass
class SeedResult:
    created: int = 0
    skipped: int = 0


def create_demo_events(*, count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED,
                       now: datetime.datetime | None = None) -> SeedResult:  # fmt: skip
    """Insert `count` demo events around `now` for the published associations, skipping slugs
    that exist. Call inside a transaction, after the associations."""
    zone = timezone.get_default_timezone()
    today = timezone.localdate(now or timezone.now())
    associations = list(
        Association.objects.published().order_by("pk").values_list("pk", "home_municipality_id")
    )
    municipalities = list(Municipality.objects.order_by("pk").values_list("pk", flat=True))
    terms = {
        "themes": {t.slug: t.pk for t in Theme.objects.all()},
        "target_groups": {t.slug: t.pk for t in TargetGroup.objects.all()},
    }
    spearheads = list(Spearhead.objects.order_by("pk").values_list("pk", flat=True))
    existing = set(Event.objects.values_list("slug", flat=True))
    span = PAST_DAYS + FUTURE_DAYS
    events, tags = [], []
    result = SeedResult()
    for number in range(count):
        rng = random.Random(f"{seed}-{number}")  # each event its own draws, whatever is skipped
        title, summary, mode, days, hours, themes, groups = KINDS[number % len(KINDS)]
        day = today + datetime.timedelta(days=-PAST_DAYS + (number * span) // max(count, 1)
                                         + rng.randint(0, 2))  # fmt: skip
        association, home = (
            rng.choice(associations) if associations and number % 9 else (None, None)
        )
        municipality = home or rng.choice(municipalities)
        slug = f"{slugify(title)}-{day.isoformat()}-{number}"
        if slug in existing:
            result.skipped += 1
            continue
        all_day = days > 1
        if all_day:
            start = datetime.datetime.combine(day, datetime.time.min, tzinfo=zone)
            end = datetime.datetime.combine(day + datetime.timedelta(days=days - 1),
                                            datetime.time(23, 59, 59), tzinfo=zone)  # fmt: skip
        else:
            start = datetime.datetime.combine(day, datetime.time(rng.choice(hours), 0), tzinfo=zone)
            end = start + datetime.timedelta(hours=rng.choice([1, 1.5, 2, 3]))
        free = rng.random() < 0.7
        roll = rng.random()
        status = (
            Event.EventStatus.CANCELLED if roll < 0.06
            else Event.EventStatus.POSTPONED if roll < 0.08
            else Event.EventStatus.SCHEDULED
        )  # fmt: skip
        events.append(
            Event(
                association_id=association,
                title=title,
                slug=slug,
                summary=summary,
                description=f"{summary}\n\n*Tämä on kuvitteellinen esimerkkitapahtuma.*",
                start=start,
                end=end,
                all_day=all_day,
                attendance_mode=mode,
                place_name=rng.choice(PLACES) if mode != "online" else "",
                street_address=f"{rng.choice(STREETS)} {rng.randint(1, 40)}"
                if mode != "online"
                else "",
                municipality_id=municipality if mode != "online" else None,
                online_url=f"https://tapahtumat.example.fi/{slug}" if mode != "place" else "",
                is_free=free,
                price="" if free else rng.choice(list(PRICES)),
                registration_url=f"https://ilmo.example.fi/{slug}" if rng.random() < 0.3 else "",
                accessibility=rng.choice(
                    ["", "Esteetön sisäänkäynti.", "Esteetön, induktiosilmukka salissa."]
                ),
                status=Event.Status.PUBLISHED,
                event_status=status,
            )
        )
        events[-1].price_amount = PRICES.get(events[-1].price)
        tags.append({
            "themes": [terms["themes"][s] for s in themes if s in terms["themes"]],
            "target_groups": [terms["target_groups"][s] for s in groups
                              if s in terms["target_groups"]],
            "spearheads": [rng.choice(spearheads)] if spearheads and rng.random() < 0.3 else [],
        })  # fmt: skip
    Event.objects.bulk_create(events, batch_size=BATCH_SIZE)
    if any(event.pk is None for event in events):  # no RETURNING
        pks = dict(
            Event.objects.filter(slug__in=[e.slug for e in events]).values_list("slug", "pk")
        )
        for event in events:
            event.pk = pks[event.slug]
    for name in ("themes", "target_groups", "spearheads"):
        relation = Event._meta.get_field(name)
        through = relation.remote_field.through
        source = f"{relation.m2m_field_name()}_id"
        target = f"{relation.m2m_reverse_field_name()}_id"
        through.objects.bulk_create(
            [
                through(**{source: event.pk, target: pk})
                for event, event_tags in zip(events, tags, strict=True)
                for pk in event_tags[name]
            ],
            batch_size=5000,
        )
    result.created = len(events)
    if events:
        content_changed()  # bulk_create sends no signals
        if not connection.force_debug_cursor:
            connection.queries_log.clear()
    return result
