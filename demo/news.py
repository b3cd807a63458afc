"""Demo news for `seed_demo`: a year of items of every kind across the demo associations, some
forum items with no association, and a few scheduled for the coming weeks.

Deterministic: the same seed and the same associations give the same items (publish times are
counted back from the day the command runs). Items whose slug exists are skipped, so a rerun adds
nothing. Written with bulk_create, so `content_changed()` is called here.
"""

import datetime
import random
from dataclasses import dataclass

from django.utils import timezone
from django.utils.text import slugify

from core.caching import content_changed
from directory.models import Association
from news.models import NewsItem
from taxonomy.models import Municipality, Spearhead, TargetGroup, Theme

DEFAULT_PER_ASSOCIATION = 3
FORUM_ITEMS = 6
# News is drawn for the first associations only, so a load-test database stays quick to seed.
MAX_AUTHORS = 300
SCHEDULED_SHARE = 0.08  # about one item in twelve is scheduled for the coming weeks

Kind = NewsItem.Kind

TITLES = {
    Kind.NEWS: [
        "{name} kokoontui syyskokoukseen",
        "Uusia vapaaehtoisia tervetulleiksi – {name}",
        "Kevään toiminta alkaa: {name} kutsuu mukaan",
        "{name} sai avustuksen uuteen toimintaan",
    ],
    Kind.BULLETIN: [
        "Tiedote: {name} avaa uuden kohtaamispaikan",
        "Tiedote: {name} valitsi uuden puheenjohtajan",
        "Tiedote: {name} käynnistää vertaistukiryhmän",
    ],
    Kind.STATEMENT: [
        "Kannanotto: lähipalvelut on turvattava – {name}",
        "{name}: yhdistysten tilat pidettävä maksuttomina",
        "Kannanotto: ennaltaehkäisevään työhön on panostettava",
    ],
    Kind.CONSULTATION_RESPONSE: [
        "Lausunto hyvinvointialueen palvelustrategiasta – {name}",
        "{name} lausui kunnan hyvinvointisuunnitelmasta",
        "Lausunto liikenneturvallisuussuunnitelmasta",
    ],
    Kind.OPINION: [
        "Mielipide: järjestöt ovat arjen turvaverkko",
        "Mielipide: vapaaehtoistyö tarvitsee tukea",
        "Mielipide: yhdessä tekeminen kantaa – {name}",
    ],
}
LEADS = {
    Kind.NEWS: "{name} kertoo kuulumisistaan ja kutsuu uusia ihmisiä mukaan toimintaan.",
    Kind.BULLETIN: "{name} tiedottaa: tervetuloa mukaan, toiminta on avointa kaikille.",
    Kind.STATEMENT: "{name} ottaa kantaa alueen palveluihin ja järjestöjen toimintaedellytyksiin.",
    Kind.CONSULTATION_RESPONSE: "{name} antoi lausuntonsa ja nosti esiin asukkaiden näkökulman.",
    Kind.OPINION: "Kirjoittaja pohtii, miten yhdistykset tukevat päijäthämäläisten hyvinvointia.",
}
# The lead is shown above the body, so the body goes on from it instead of repeating it.
BODY = """## Mistä on kyse

{name} haluaa, että mahdollisimman moni päijäthämäläinen löytää mukaan toimintaan.

- Toiminta on avointa kaikille kiinnostuneille.
- Lisätietoja saat yhdistyksen yhteystiedoista.

Lue lisää [Päijäthämäläiset.fi-palvelusta](https://paijathamalaiset.fi/).
"""
FORUM_NAME = "Yhdistysfoorumi"


@dataclass
class NewsSeedResult:
    created: int = 0
    skipped: int = 0


def create_demo_news(
    *,
    seed: int,
    per_association: int = DEFAULT_PER_ASSOCIATION,
    now: datetime.datetime | None = None,
) -> NewsSeedResult:
    """Insert the demo news of the published demo associations (and the forum's own)."""
    rng = random.Random(seed)
    now = (now or timezone.now()).replace(minute=0, second=0, microsecond=0)
    associations = list(
        Association.objects.published()
        .order_by("pk")[:MAX_AUTHORS]
        .prefetch_related("themes", "operating_municipalities")
    )
    themes = list(Theme.objects.all())
    spearheads = list(Spearhead.objects.all())
    groups = list(TargetGroup.objects.all())
    municipalities = list(Municipality.objects.all())
    existing = set(NewsItem.objects.values_list("slug", flat=True))
    kinds = list(Kind)

    planned = []  # (item, themes, spearheads, groups, municipalities)
    authors = [(a, per_association) for a in associations] + [(None, FORUM_ITEMS)]
    for association, count in authors:
        name = association.name if association else FORUM_NAME
        for number in range(count):
            kind = kinds[rng.randrange(len(kinds))]
            title = rng.choice(TITLES[kind]).format(name=name)
            if rng.random() < SCHEDULED_SHARE:
                offset = datetime.timedelta(days=rng.randint(1, 30), hours=rng.randint(0, 12))
                publish_time = now + offset
            else:
                age = datetime.timedelta(days=rng.randint(0, 364), hours=rng.randint(0, 23))
                publish_time = now - age
            slug = slugify(f"{title}-{association.pk if association else 'foorumi'}-{number}")[:220]
            item_themes = (
                list(association.themes.all()) if association else rng.sample(themes, 2)
            ) or rng.sample(themes, 1)
            item_municipalities = (
                list(association.operating_municipalities.all())[:3]
                if association
                else municipalities
            )
            lead = LEADS[kind].format(name=name)
            # Every draw is made before the skip, so a rerun walks the same random sequence.
            item_spearheads = rng.sample(spearheads, 1)
            item_groups = rng.sample(groups, 1)
            if slug in existing:
                continue
            existing.add(slug)
            planned.append(
                (
                    NewsItem(
                        kind=kind,
                        association=association,
                        title=title[:200],
                        slug=slug,
                        lead=lead,
                        body=BODY.format(name=name),
                        publish_time=publish_time,
                        status=NewsItem.Status.PUBLISHED,
                    ),
                    item_themes,
                    item_spearheads,
                    item_groups,
                    item_municipalities,
                )
            )
    result = NewsSeedResult(skipped=sum(count for _a, count in authors) - len(planned))
    if not planned:
        return result
    items = NewsItem.objects.bulk_create([row[0] for row in planned], batch_size=1000)
    if any(item.pk is None for item in items):  # no RETURNING
        pks = dict(
            NewsItem.objects.filter(slug__in=[i.slug for i in items]).values_list("slug", "pk")
        )
        for item in items:
            item.pk = pks[item.slug]
    for index, field_name in enumerate(("themes", "spearheads", "target_groups", "municipalities")):
        relation = NewsItem._meta.get_field(field_name)
        through = relation.remote_field.through
        source = f"{relation.m2m_field_name()}_id"
        target = f"{relation.m2m_reverse_field_name()}_id"
        through.objects.bulk_create(
            [
                through(**{source: row[0].pk, target: term.pk})
                for row in planned
                for term in row[index + 1]
            ],
            batch_size=5000,
        )
    result.created = len(planned)
    content_changed()  # bulk_create sends no signals
    return result
