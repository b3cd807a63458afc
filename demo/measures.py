"""Demo measures for `seed_demo`: the strategy's measures (seeded by `followup`'s migration)
get owners (a few published demo associations, municipalities, the forum), a status, target,
indicator, time frame, the content that serves them and a year of progress notes.

Deterministic for a seed and a day; a measure that already has notes is left alone, so a rerun
adds nothing.
"""

import datetime
import random

from django.utils import timezone

from demo.premises import SeedCount
from directory.models import Association
from followup.models import Measure, ProgressNote
from taxonomy.models import Municipality

FORUM = "Päijät-Hämeen Yhdistysfoorumi"
# Finnish title: (status, municipalities, other parties, content path, link text, target,
# indicator, progress notes oldest first).
PLANS = {
    "Aktiivinen tiedotus": (
        "kaynnissa",
        ["lahti"],
        FORUM,
        "/uutiset/",
        "Uutiset ja tiedotteet",
        "Yhdistysten tapahtumat ja uutiset tavoittavat asukkaat koko maakunnassa.",
        "Julkaistut uutiset ja tapahtumat kuukaudessa; uutiskirjeen tilaajat.",
        [
            "Tiedotuksen vuosikello laadittiin foorumin kokouksessa.",
            "Kuntien viestijöiden kanssa sovittiin yhteisistä julkaisupäivistä.",
            "Kevään tapahtumakooste jaettiin kaikkiin kuntiin.",
            "Syksyn kampanjassa esiteltiin kymmenen yhdistystä.",
            "Tiedotuksen vuosikatsaus esiteltiin foorumille.",
        ],
    ),
    "Päijäthämäläiset.fi": (
        "kaynnissa",
        [],
        FORUM,
        "/yhdistykset/",
        "Yhdistyshaku",
        "Jokaisella alueen yhdistyksellä on ajantasainen profiili sivustolla.",
        "Julkaistujen profiilien määrä ja 12 kuukauden sisällä vahvistettujen osuus.",
        [
            "Sivuston ensimmäinen versio julkaistiin.",
            "Yhdistyksille järjestettiin kaksi profiilityöpajaa.",
            "Tapahtumakalenteri avattiin.",
            "Ruotsin- ja englanninkieliset sivut valmistuivat.",
            "Seuranta-näkymä otettiin käyttöön.",
        ],
    ),
    "Tilat, avustukset, yhteyshenkilö, vuoropuhelu": (
        "kaynnissa",
        ["lahti", "hollola", "heinola", "orimattila"],
        "Hyvinvointialue",
        "/toimintaedellytykset/",
        "Avustukset, tilat ja yhteyshenkilöt",
        "Yhdistykset löytävät tilat, avustukset ja yhteyshenkilön yhdestä paikasta.",
        "Kuntien yhteyshenkilöt nimetty; tilojen ja avustushakujen määrä sivustolla.",
        [
            "Kunnilta pyydettiin yhdistysyhteyshenkilöiden nimet.",
            "Avustushaut koottiin yhteen näkymään.",
            "Kuntien tilat lisättiin tilahakuun.",
            "Ensimmäinen vuoropuhelutilaisuus pidettiin Heinolassa.",
        ],
    ),
    "Suunnitelmallinen sidosryhmäyhteistyö": (
        "suunniteltu",
        ["lahti"],
        FORUM,
        "",
        "",
        "Sidosryhmäkartta ja yhteistyösuunnitelma.",
        "Sovitut yhteistyötapaamiset vuodessa.",
        ["Sidosryhmäkartoitus aloitettiin."],
    ),
    "Koulutus ja yhteiskehittäminen": (
        "kaynnissa",
        ["hollola", "karkola"],
        "Hyvinvointialue",
        "/tapahtumat/",
        "Koulutukset",
        "Neljä yhteistä koulutusta vuodessa yhdistyksille ja kuntien työntekijöille.",
        "Koulutusten määrä ja osallistujat.",
        [
            "Koulutustarvekysely lähetettiin yhdistyksille.",
            "Ensimmäinen yhteiskehittämisen työpaja pidettiin.",
            "Syksyn koulutusohjelma julkaistiin.",
        ],
    ),
    "Aktiivinen yhteistyömahdollisuuksien etsintä": (
        "tauolla",
        [],
        FORUM,
        "",
        "",
        "",
        "",
        ["Työ siirrettiin ensi vuoteen resurssien vuoksi."],
    ),
    "Kannanotot, lausunnot ja mielipidekirjoitukset": (
        "kaynnissa",
        [],
        FORUM,
        "/uutiset/?kind=kannanotto&kind=lausunto",
        "Kannanotot ja lausunnot",
        "Foorumi lausuu alueen hyvinvointisuunnitelmista.",
        "Lausuntojen määrä vuodessa.",
        [
            "Lausunto hyvinvointikertomuksesta annettiin.",
            "Mielipidekirjoitus yhdistysten tiloista julkaistiin.",
        ],
    ),
    "Järjestöneuvottelukunta yhteistyöelimenä": (
        "valmis",
        ["lahti"],
        "Hyvinvointialue",
        "",
        "",
        "Järjestöneuvottelukunta on perustettu ja kokoontuu säännöllisesti.",
        "Kokoukset vuodessa.",
        [
            "Neuvottelukunnan jäsenet nimettiin.",
            "Neuvottelukunta kokoontui ensimmäisen kerran.",
            "Toimintasääntö hyväksyttiin.",
        ],
    ),
}


def create_demo_measures(*, seed: int = 0, now: datetime.datetime | None = None) -> SeedCount:
    today = timezone.localdate(now or timezone.now())
    rng = random.Random(seed)
    result = SeedCount()
    municipalities = {m.slug: m for m in Municipality.objects.all()}
    associations = list(Association.objects.published().order_by("pk")[:40])
    for measure in Measure.objects.filter(title__in=PLANS).order_by("pk"):
        if measure.notes.exists():
            result.skipped += 1
            continue
        status, places, others, path, label, target, indicator, notes = PLANS[measure.title]
        measure.status = status
        measure.other_parties = others
        measure.content_path, measure.content_label = path, label
        measure.target, measure.indicator = target, indicator
        measure.starts_on = today - datetime.timedelta(days=365)
        measure.ends_on = today + datetime.timedelta(days=rng.choice([180, 365, 730]))
        measure.save()
        measure.municipalities.set([municipalities[slug] for slug in places])
        if associations:
            measure.associations.set(rng.sample(associations, min(2, len(associations))))
        # A year of notes, evenly spread, the latest within the last fortnight.
        last = max(len(notes) - 1, 1)
        ProgressNote.objects.bulk_create(
            ProgressNote(
                measure=measure,
                date=today
                - datetime.timedelta(
                    days=round(350 * (len(notes) - 1 - number) / last) + rng.randint(0, 9)
                ),
                text=text,
            )
            for number, text in enumerate(notes)
        )
        result.created += 1
    return result
