"""Demo consultations for `seed_demo` (/vaikuttaminen/): requests for statements by the
municipalities, the wellbeing services county and a ministry, some open and some closed, each
closed one and some open ones answered by a published demo association's consultation response,
some signed jointly with others.

Deterministic for a seed and the same associations; a consultation whose slug exists is skipped
with its answers, so a rerun adds nothing.
"""

import datetime
import random

from django.utils import timezone
from django.utils.text import slugify

from demo.premises import SeedCount
from directory.models import Association
from news.models import NewsItem
from partnership.models import Consultation
from taxonomy.models import Municipality, Spearhead, Theme

SPEARHEAD = "vaikuttaminen-ja-yhdessa-kehittaminen"
LAUSUNTOPALVELU = "https://www.lausuntopalvelu.fi/"

# (title, asker kind, asker, municipality or None, theme, days to the deadline, answers)
CONSULTATIONS = [
    ("Lahden liikunta- ja ulkoiluohjelma 2027–2030", "kunta", "Lahden kaupunki", "lahti",
     "paihteettomyys-ja-terveelliset-elintavat", 12, 1),
    ("Hyvinvointialueen palvelustrategian päivitys", "hyvinvointialue",
     "Päijät-Hämeen hyvinvointialue", None, "mielen-hyvinvointi", 25, 2),
    ("Hollolan kylien kehittämisohjelma", "kunta", "Hollolan kunta", "hollola",
     "osallisuus-ja-yhteisollisyys", 5, 0),
    ("Järjestöavustusten uudistus", "ministerio", "Sosiaali- ja terveysministeriö", None,
     "osallisuus-ja-yhteisollisyys", 40, 0),
    ("Ikääntyneiden palvelujen saatavuus", "hyvinvointialue", "Päijät-Hämeen hyvinvointialue",
     None, "mielen-hyvinvointi", -20, 3),
    ("Heinolan kulttuuriohjelma", "kunta", "Heinolan kaupunki", "heinola",
     "osallisuus-ja-yhteisollisyys", -60, 1),
    ("Nuorisolain uudistuksen arviointi", "ministerio", "Opetus- ja kulttuuriministeriö", None,
     "osallisuus-ja-yhteisollisyys", -120, 2),
]  # fmt: skip


def create_demo_consultations(*, seed: int, now: datetime.datetime | None = None) -> SeedCount:
    now = (now or timezone.now()).replace(second=0, microsecond=0)
    rng = random.Random(f"consultations-{seed}")
    result = SeedCount()
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    municipalities = {
        municipality.slug: municipality for municipality in Municipality.objects.all()
    }
    spearhead = Spearhead.objects.filter(slug=SPEARHEAD).first()
    associations = list(Association.objects.published().order_by("pk")[:60])
    existing = set(Consultation.objects.values_list("slug", flat=True))
    for title, kind, asker, place, theme, days, answer_count in CONSULTATIONS:
        slug = slugify(title)
        if slug in existing:
            result.skipped += 1
            continue
        local_deadline = timezone.localtime(now + datetime.timedelta(days=days))
        deadline = local_deadline.replace(hour=16, minute=0)
        consultation = Consultation.objects.create(
            title=title,
            slug=slug,
            asker_kind=kind,
            asker_name=asker,
            summary=f"{asker} pyytää yhdistysten näkemyksiä: {title.lower()}.",
            description=(
                f"{asker} pyytää lausuntoa aiheesta **{title}**.\n\n"
                "Vastaa lausuntopalvelussa tai sähköpostilla. Kerro erityisesti, miten muutos "
                "vaikuttaa yhdistysten toimintaan ja niiden jäseniin."
            ),
            deadline=deadline,
            url=LAUSUNTOPALVELU,
            status=Consultation.Status.PUBLISHED,
        )
        if place in municipalities:
            consultation.municipalities.add(municipalities[place])
        if theme in themes:
            consultation.themes.add(themes[theme])
        if spearhead is not None:
            consultation.spearheads.add(spearhead)
        result.created += 1
        for number in range(min(answer_count, len(associations))):
            author = rng.choice(associations)
            answered_at = min(now, deadline) - datetime.timedelta(days=rng.randint(1, 10))
            answer = NewsItem.objects.create(
                kind=NewsItem.Kind.CONSULTATION_RESPONSE,
                association=author,
                title=f"Lausunto: {title}"[:190] + (f" ({number + 1})" if number else ""),
                slug=f"lausunto-{slug}-{number + 1}"[:200],
                lead=f"{author.name} vastasi lausuntopyyntöön: {title}.",
                body=(
                    "Kiitämme mahdollisuudesta lausua. Yhdistykset tuntevat jäsentensä arjen; "
                    "toivomme, että järjestöt otetaan mukaan valmisteluun jo alkuvaiheessa."
                ),
                publish_time=answered_at,
                answers=consultation,
                status=NewsItem.Status.PUBLISHED,
            )
            if spearhead is not None:
                answer.spearheads.add(spearhead)
            if number == 0 and answer_count > 1:  # a joint statement
                others = [a for a in rng.sample(associations, 3) if a.pk != author.pk][:2]
                answer.co_signers.add(*others)
    return result
