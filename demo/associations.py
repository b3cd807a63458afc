"""Clearly fictional demo associations of Päijät-Häme, generated deterministically from a seed.

`generate_associations()` is pure: it draws every record from `random.Random(seed)` and never
touches the database, so the same seed gives the same associations on any machine, and the first
N of a longer run are the N of a shorter one. `create_demo_associations()` writes them with
`bulk_create` and, because that bypasses the signals of `directory.signals`, does their work
itself: it puts the home municipality among the operating municipalities and fills
`search_terms` with `Association.search_index.terms_text`, the function the signals use.

Names follow the kinds of associations the region really has (kyläyhdistykset, eläkeläis- and
potilasyhdistykset, urheiluseurat, VPK:t…) in its real municipalities and villages, but contact
details are on the reserved-looking `example.fi` domain and business IDs come from a range far
above the numbers issued so far.
"""

import colorsys
import io
import random
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from django.core.files.base import ContentFile
from django.db import connection
from django.utils import timezone
from django.utils.text import slugify

from core.caching import content_changed
from core.images import THUMBNAIL_SIZES, clean_image, save_thumbnails, thumbnail_name
from directory.models import Association
from directory.validators import business_id_check_digit
from taxonomy.models import Field, Language, Municipality, Spearhead, TargetGroup, Theme

DEFAULT_COUNT = 120
DEFAULT_SEED = 2026
BATCH_SIZE = 2000
# Logos are files on disk: worth it for a browsable demo, not for a load test.
LOGO_MAX_COUNT = 1000

K = Association.Kind
S = Association.Status

# --- The fixed vocabulary (slugs of taxonomy/migrations/0002_terms.py and 0004_languages.py) ---

MENTAL = "mielen-hyvinvointi"
INCLUSION = "osallisuus-ja-yhteisollisyys"
SAFETY = "arjen-turvallisuus"
HEALTHY = "paihteettomyys-ja-terveelliset-elintavat"
THEMES = (MENTAL, INCLUSION, SAFETY, HEALTHY)

VISIBILITY = "nakyvyys-ja-tunnettuus"
CONDITIONS = "toimintaedellytykset"
PARTNERSHIP = "kumppanuus"
ADVOCACY = "vaikuttaminen-ja-yhdessa-kehittaminen"
SERVICES = "palvelutoiminta"
SPEARHEADS = (VISIBILITY, CONDITIONS, PARTNERSHIP, ADVOCACY, SERVICES)

CHILDREN = "lapset"
YOUTH = "nuoret"
FAMILIES = "lapsiperheet"
WORKING_AGE = "tyoikaiset"
OLDER = "ikaantyneet"
CARERS = "omaishoitajat"
IMMIGRANTS = "maahan-muuttaneet"
DISABLED = "vammaiset-henkilot"
LONG_TERM_ILL = "pitkaaikaissairaat"
EVERYONE = "kaikki"
TARGET_GROUPS = (
    CHILDREN, YOUTH, FAMILIES, WORKING_AGE, OLDER, CARERS, IMMIGRANTS, DISABLED, LONG_TERM_ILL,
    EVERYONE,
)  # fmt: skip

F_FAMILIES = "lapset-nuoret-ja-perheet"
F_OLDER = "ikaantyneet-ja-omaishoitajat"
F_PATIENTS = "potilas-ja-vammaisjarjestot"
F_MENTAL = "mielenterveys-ja-paihdetyo"
F_SPORT = "liikunta-ja-urheilu"
F_EMPLOYMENT = "tyollisyys-ja-hanketoiminta"
F_VILLAGE = "kyla-ja-vapaaehtoistoiminta"
F_CULTURE = "kulttuuri-ja-harrastukset"
F_SERVICES = "palvelutoiminta-ja-yhteiskunnallinen-yrittajyys"
F_SAFETY = "turvallisuus-ja-varautuminen"
FIELDS = (
    F_FAMILIES, F_OLDER, F_PATIENTS, F_MENTAL, F_SPORT, F_EMPLOYMENT, F_VILLAGE, F_CULTURE,
    F_SERVICES, F_SAFETY,
)  # fmt: skip

LANGUAGES = ("fi", "sv", "en", "fse", "se", "ru", "et", "uk", "ar", "so", "fa", "ku")
# "Toimintaa on suomen lisäksi myös …": the translative of each language.
IN_LANGUAGE = {
    "sv": "ruotsiksi", "en": "englanniksi", "fse": "suomalaisella viittomakielellä",
    "se": "saameksi", "ru": "venäjäksi", "et": "viroksi", "uk": "ukrainaksi", "ar": "arabiaksi",
    "so": "somaliksi", "fa": "persiaksi", "ku": "kurdiksi",
}  # fmt: skip
# How often an association works in a language besides Finnish.
EXTRA_LANGUAGE_ODDS = (
    ("en", 0.08), ("sv", 0.04), ("ru", 0.03), ("uk", 0.02), ("et", 0.015), ("ar", 0.015),
    ("fse", 0.01), ("so", 0.005), ("fa", 0.005), ("ku", 0.005), ("se", 0.003),
)  # fmt: skip
IMMIGRANT_LANGUAGES = ("ar", "ru", "uk", "so", "fa", "ku", "en", "et")

# --- Places -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    name: str
    genitive: str
    village: bool = True  # a village ("Vesivehmaan kylällä") or a district ("Mukkulan alueella")
    postal: tuple[str, str] | None = None  # its own postal code and post office, if any

    @property
    def area(self) -> str:
        if self.village and not self.name.endswith("kylä"):
            return f"{self.genitive} kylällä"
        return f"{self.genitive} alueella"  # not "Vuorenkylän kylällä"

    @property
    def village_genitive(self) -> str:
        """'Vesivehmaan kylän', but 'Vuorenkylän'."""
        return self.genitive if self.name.endswith("kylä") else f"{self.genitive} kylän"


@dataclass(frozen=True)
class Town:
    name: str
    genitive: str
    inessive: str
    name_sv: str
    city: bool  # kaupunki (streets are "-katu") or kunta
    weight: int  # how often it is the home municipality
    neighbours: tuple[str, ...]
    postal: tuple[tuple[str, str], ...]
    places: tuple[Place, ...]

    @property
    def organisation(self) -> str:
        return f"{self.genitive} {'kaupungin' if self.city else 'kunnan'}"


TOWNS: dict[str, Town] = {
    "asikkala": Town(
        "Asikkala", "Asikkalan", "Asikkalassa", "Asikkala", False, 7,
        ("lahti", "hollola", "padasjoki", "sysma", "heinola"),
        (("17200", "Vääksy"), ("17320", "Asikkala")),
        (
            Place("Vääksy", "Vääksyn", postal=("17200", "Vääksy")),
            Place("Kalkkinen", "Kalkkisten", postal=("17240", "Kalkkinen")),
            Place("Vesivehmaa", "Vesivehmaan"), Place("Urajärvi", "Urajärven"),
            Place("Anianpelto", "Anianpellon"), Place("Vähimaa", "Vähimaan"),
            Place("Kurhila", "Kurhilan"), Place("Pulkkila", "Pulkkilan"),
            Place("Viitaila", "Viitailan"), Place("Riihilahti", "Riihilahden"),
        ),
    ),
    "hartola": Town(
        "Hartola", "Hartolan", "Hartolassa", "Gustav Adolfs", False, 4,
        ("sysma", "heinola"),
        (("19600", "Hartola"),),
        (
            Place("Koitti", "Koitin"), Place("Jääsjärvi", "Jääsjärven"),
            Place("Putkijärvi", "Putkijärven"), Place("Vuorenkylä", "Vuorenkylän"),
        ),
    ),
    "heinola": Town(
        "Heinola", "Heinolan", "Heinolassa", "Heinola", True, 9,
        ("lahti", "asikkala", "sysma", "hartola", "iitti"),
        (("18100", "Heinola"), ("18120", "Heinola"), ("18150", "Heinola"), ("18200", "Heinola")),
        (
            Place("Vierumäki", "Vierumäen", postal=("19120", "Vierumäki")),
            Place("Lusi", "Lusin"), Place("Jyränkö", "Jyrängön", village=False),
            Place("Tommola", "Tommolan", village=False),
            Place("Myllyoja", "Myllyojan", village=False),
            Place("Tähtiniemi", "Tähtiniemen", village=False),
        ),
    ),
    "hollola": Town(
        "Hollola", "Hollolan", "Hollolassa", "Hollola", False, 10,
        ("lahti", "karkola", "asikkala", "orimattila"),
        (("15870", "Hollola"), ("15880", "Hollola"), ("15860", "Hollola")),
        (
            Place("Salpakangas", "Salpakankaan", village=False, postal=("15870", "Hollola")),
            Place("Hälvälä", "Hälvälän", village=False), Place("Herrala", "Herralan"),
            Place("Nostava", "Nostavan"), Place("Tiilijärvi", "Tiilijärven"),
            Place("Hämeenkoski", "Hämeenkosken", postal=("16800", "Hämeenkoski")),
            Place("Pyhäniemi", "Pyhäniemen"), Place("Sairakkala", "Sairakkalan"),
            Place("Pinnola", "Pinnolan"), Place("Kastari", "Kastarin"),
        ),
    ),
    "iitti": Town(
        "Iitti", "Iitin", "Iitissä", "Itis", False, 6,
        ("lahti", "heinola", "orimattila"),
        (("47400", "Kausala"), ("47460", "Iitti")),
        (
            Place("Kausala", "Kausalan", postal=("47400", "Kausala")),
            Place("Perheniemi", "Perheniemen"), Place("Vuolenkoski", "Vuolenkosken"),
            Place("Radansuu", "Radansuun"), Place("Sitikkala", "Sitikkalan"),
        ),
    ),
    "karkola": Town(
        "Kärkölä", "Kärkölän", "Kärkölässä", "Kärkölä", False, 5,
        ("hollola", "lahti", "orimattila"),
        (("16600", "Järvelä"), ("16610", "Kärkölä")),
        (
            Place("Järvelä", "Järvelän", postal=("16600", "Järvelä")),
            Place("Lappila", "Lappilan"), Place("Marttila", "Marttilan"),
            Place("Huovila", "Huovilan"),
        ),
    ),
    "lahti": Town(
        "Lahti", "Lahden", "Lahdessa", "Lahtis", True, 30,
        ("hollola", "orimattila", "asikkala", "heinola", "karkola", "iitti"),
        (
            ("15100", "Lahti"), ("15110", "Lahti"), ("15140", "Lahti"), ("15150", "Lahti"),
            ("15170", "Lahti"), ("15200", "Lahti"), ("15210", "Lahti"), ("15300", "Lahti"),
            ("15340", "Lahti"), ("15500", "Lahti"), ("15610", "Lahti"), ("15700", "Lahti"),
            ("15800", "Lahti"),
        ),
        (
            Place("Nastola", "Nastolan", village=False, postal=("15560", "Nastola")),
            Place("Villähde", "Villähteen"), Place("Uusikylä", "Uudenkylän"),
            Place("Okeroinen", "Okeroisten"),
            *(
                Place(name, genitive, village=False)
                for name, genitive in (
                    ("Jalkaranta", "Jalkarannan"), ("Kartano", "Kartanon"), ("Mukkula", "Mukkulan"),
                    ("Laune", "Launeen"), ("Ahtiala", "Ahtialan"), ("Kivimaa", "Kivimaan"),
                    ("Liipola", "Liipolan"), ("Kiveriö", "Kiveriön"), ("Joutjärvi", "Joutjärven"),
                    ("Renkomäki", "Renkomäen"), ("Hennala", "Hennalan"), ("Paavola", "Paavolan"),
                )
            ),
        ),
    ),
    "orimattila": Town(
        "Orimattila", "Orimattilan", "Orimattilassa", "Orimattila", True, 9,
        ("lahti", "karkola", "iitti", "hollola"),
        (("16300", "Orimattila"), ("16320", "Pennala")),
        (
            Place("Artjärvi", "Artjärven"),
            Place("Pennala", "Pennalan", postal=("16320", "Pennala")),
            Place("Heinämaa", "Heinämaan"), Place("Mallusjoki", "Mallusjoen"),
            Place("Kuivanto", "Kuivannon"), Place("Niinikoski", "Niinikosken"),
            Place("Virenoja", "Virenojan"), Place("Luhtikylä", "Luhtikylän"),
            Place("Villikkala", "Villikkalan"),
        ),
    ),
    "padasjoki": Town(
        "Padasjoki", "Padasjoen", "Padasjoella", "Padasjoki", False, 4,
        ("asikkala", "hollola", "sysma"),
        (("17500", "Padasjoki"),),
        (
            Place("Auttoinen", "Auttoisten"), Place("Vesijako", "Vesijaon"),
            Place("Arrakoski", "Arrakosken"), Place("Nyystölä", "Nyystölän"),
            Place("Kellosalmi", "Kellosalmen"), Place("Virmaila", "Virmailan"),
        ),
    ),
    "sysma": Town(
        "Sysmä", "Sysmän", "Sysmässä", "Sysmä", False, 5,
        ("asikkala", "heinola", "hartola", "padasjoki"),
        (("19700", "Sysmä"),),
        (
            Place("Nuoramoinen", "Nuoramoisten"), Place("Suopelto", "Suopellon"),
            Place("Onkiniemi", "Onkiniemen"), Place("Nikkaroinen", "Nikkaroisten"),
            Place("Rapala", "Rapalan"),
        ),
    ),
}  # fmt: skip
MUNICIPALITIES = tuple(TOWNS)
LAHTI_REGION = ("lahti", "hollola", "orimattila", "asikkala", "karkola")
# Lakes and ridges for the names of service companies.
LANDMARKS = (
    "Päijänteen", "Vesijärven", "Salpausselän", "Kymijoen", "Pyhäjärven", "Jääsjärven",
    "Tiirismaan", "Päijät-Hämeen", "Kalliojärven", "Ruotsalaisen",
)  # fmt: skip
CITY_STREETS = (
    "Kauppakatu", "Rautatienkatu", "Torikatu", "Koulukatu", "Puistokatu", "Rantakatu",
    "Kirkkokatu", "Asemakatu", "Kartanonkatu", "Harjukatu", "Myllykatu", "Urheilukatu",
)  # fmt: skip
ROADS = (
    "Koulutie", "Kirkkotie", "Rantatie", "Myllytie", "Asematie", "Urheilutie", "Kauppatie",
    "Seurantalontie", "Kylätie", "Pappilantie", "Harjutie", "Mäkitie", "Opintie", "Kanavatie",
)  # fmt: skip

# --- Kinds of association -----------------------------------------------------------------------

# Scopes of a name: "mun" (the home municipality), "kyla" (one of its villages), "paikka" (a village
# or a district), "seutu" (the municipality and its neighbours), "region" (all ten), "lahti-seutu"
# (Lahti and the municipalities around it).


@dataclass(frozen=True)
class Category:
    key: str
    weight: float
    names: tuple[tuple, ...]  # (pattern, scope) or (pattern, scope, {extra placeholders})
    themes: tuple[str, ...]  # the first always, the others sometimes
    fields: tuple[str, ...]
    target_groups: tuple[str, ...]
    spearheads: tuple[str, ...]
    short: tuple[str, ...]
    intro: tuple[str, ...]
    activities: tuple[str, ...]
    extra: tuple[str, ...] = ()
    join: tuple[str, ...] = ()  # instead of the membership invitations of JOIN
    kind: str = K.REGISTERED
    founded: tuple[int, int] | None = (1950, 2015)
    roles: tuple[str, ...] = ()
    words: tuple = ()  # choices for {word}: a string or a dict of placeholders
    swedish: bool = False


JOIN = (
    "Uudet jäsenet ovat aina tervetulleita! Jäseneksi voi liittyä sähköpostitse tai tulemalla "
    "suoraan mukaan toimintaan.",
    "Haluatko mukaan? Ota yhteyttä sähköpostitse tai puhelimitse, niin kerromme lisää. "
    "Kokeilemaan saa tulla ilman sitoumuksia.",
    "Etsimme jatkuvasti uusia vapaaehtoisia ja jäseniä. Pienikin apu on arvokasta, ja sopivan "
    "tehtävän löytää jokainen.",
    "Ajankohtaiset tapahtumat ja kokoontumisajat löydät tapahtumakalenteristamme. Tervetuloa "
    "mukaan!",
)
LIST_LEADS = ("Toimintaamme kuuluvat muun muassa:", "Vuoden mittaan tarjolla on esimerkiksi:")
SENTENCE_LEADS = (
    "Toimintaamme kuuluvat",
    "Ohjelmassa ovat esimerkiksi",
    "Tarjolla ovat muun muassa",
)
ACCESSIBILITY = (
    "Kokoontumistilaan on esteetön kulku, ja pihassa on invapysäköintipaikka.",
    "Tilassa on induktiosilmukka.",
    "Esteetön WC on käytettävissä.",
    "Avustaja tai tukihenkilö osallistuu maksutta.",
    "Viittomakielen tulkin voi tilata tilaisuuksiin, kun asiasta sovitaan viikkoa etukäteen.",
    "Kokoontumistila on toisessa kerroksessa; rakennuksessa on hissi.",
    "Sisäänkäynnillä on kaksi porrasta, mutta ramppi saadaan paikalle pyydettäessä.",
    "Toivomme tuoksutonta osallistumista.",
    "Osa toiminnasta on ulkona; reitit ovat osin kivituhkaa ja mäkisiä.",
    "Materiaalit saa pyydettäessä selkokielisinä.",
)
ACCESSIBILITY_SV = (
    "Lokalen är tillgänglig med rullstol.",
    "Lokalen har hörslinga.",
    "En assistent deltar avgiftsfritt.",
    "Det finns en tillgänglig toalett.",
)
SPORTS = {
    "yleisurheilu": ("yleisurheilukoulu", "aikuisten yleisurheiluryhmä"),
    "jalkapallo": ("jalkapallokoulu", "aikuisten harrastefutis"),
    "hiihto": ("hiihtokoulu", "aikuisten hiihtotekniikkakurssi"),
    "salibandy": ("salibandykoulu", "aikuisten salibandyvuoro"),
    "lentopallo": ("lentopallokoulu", "aikuisten lentopallovuoro"),
    "pesäpallo": ("pesäpallokoulu", "aikuisten harrastepesis"),
    "suunnistus": ("suunnistuskoulu", "iltarastit kaikille"),
    "uinti": ("uimakoulu", "aikuisten uintitekniikkaryhmä"),
    "voimistelu": ("voimistelukoulu", "aikuisten jumpat"),
    "ratsastus": ("ratsastuskoulu", "aikuisten ratsastusryhmä"),
    "tennis": ("tenniskoulu", "aikuisten tennisryhmä"),
    "jääkiekko": ("luistelukoulu", "aikuisten harrastekiekko"),
}


def sport(name: str) -> dict[str, str]:
    school, adults = SPORTS[name]
    return {"laji": name, "koulu": school, "aikuiset": adults}


GENERAL_SPORTS = tuple(
    sport(name) for name in ("yleisurheilu", "jalkapallo", "hiihto", "pesäpallo", "salibandy")
)
CLUB_WORDS = (
    "Jymy", "Vauhti", "Kisa", "Into", "Visa", "Veikot", "Urho", "Tarmo", "Ponsi", "Kunto",
    "Yritys", "Pyry", "Vire", "Sisu", "Kiri",
)  # fmt: skip
CONDITIONS_WORDS = (
    {"word": "Diabetesyhdistys", "people": "diabetesta sairastavat", "topic": "diabetes"},
    {"word": "Reumayhdistys", "people": "reumaa sairastavat", "topic": "reuma"},
    {"word": "Sydänyhdistys", "people": "sydänsairaat", "topic": "sydänsairaus"},
    {"word": "Allergia- ja Astmayhdistys", "people": "allergikot ja astmaatikot",
     "topic": "allergia tai astma"},
    {"word": "Parkinson-yhdistys", "people": "Parkinsonin tautia sairastavat",
     "topic": "Parkinsonin tauti"},
    {"word": "Muistiyhdistys", "people": "muistisairaat", "topic": "muistisairaus"},
    {"word": "Psoriasisyhdistys", "people": "psoriaasia sairastavat", "topic": "psoriaasi"},
    {"word": "Syöpäyhdistys", "people": "syöpään sairastuneet", "topic": "syöpä"},
    {"word": "Epilepsiayhdistys", "people": "epilepsiaa sairastavat", "topic": "epilepsia"},
    {"word": "Selkäyhdistys", "people": "selkäsairaat", "topic": "selkäsairaus"},
    {"word": "Hengitysyhdistys", "people": "hengityssairaat", "topic": "hengityssairaus"},
    {"word": "Munuais- ja Maksayhdistys", "people": "munuais- ja maksasairaat",
     "topic": "munuais- tai maksasairaus"},
    {"word": "Aivoyhdistys", "people": "aivoverenkiertohäiriön sairastaneet",
     "topic": "aivoverenkiertohäiriö"},
)  # fmt: skip
SERVICE_WORDS = (
    "Hoivapalvelut", "Kotiapu", "Terapiapalvelut", "Kuntoutus", "Liikuntakeskus",
    "Ateriapalvelu", "Senioripalvelut", "Fysioterapia",
)  # fmt: skip


CATEGORIES: tuple[Category, ...] = (
    Category(
        "kyla",
        10,
        names=(
            ("{place} Kyläyhdistys ry", "kyla"),
            ("{place} Kyläyhdistys ry", "kyla"),
            ("{place} Kyläseura ry", "kyla"),
            ("{place} Kylätaloyhdistys ry", "kyla"),
            ("{place} kylätoimikunta", "kyla", {"kind": K.OTHER_NGO}),
        ),
        themes=(INCLUSION, SAFETY, HEALTHY),
        fields=(F_VILLAGE, F_CULTURE),
        target_groups=(EVERYONE, OLDER, FAMILIES),
        spearheads=(ADVOCACY, VISIBILITY, CONDITIONS),
        founded=(1968, 2021),
        roles=("kylatalo", "kyla"),
        short=(
            "{village} yhteinen yhdistys: kylätalo, talkoot ja tapahtumat kaikenikäisille.",
            "Pidämme {village} elävänä – tapahtumia, talkoita ja yhteinen kylätalo.",
            "Kyläläisten oma yhdistys, joka ajaa {village} asioita ja järjestää yhteistä "
            "tekemistä.",
        ),
        intro=(
            "{name} kokoaa yhteen {village} asukkaat, mökkiläiset ja kaikki kylästä "
            "kiinnostuneet. Yhdistys ylläpitää kylätaloa ja pitää huolta siitä, että kylällä on "
            "mukava asua.",
            "{name} on {village} asukkaiden yhdistys. Teemme kylästä viihtyisän ja "
            "turvallisen paikan asua ja tuomme kyläläisten äänen kuuluviin {organisation} "
            "päätöksenteossa.",
            "Kylätoimintaa {area}: {name} järjestää kyläjuhlia, talkoita ja yhteisiä iltoja, ja "
            "sen kylätalo on kaikkien kyläläisten olohuone.",
        ),
        activities=(
            "kylätalon vuokraus juhliin ja kokouksiin",
            "kesäinen kyläjuhla ja joulupuuro",
            "uimarannan ja laiturin kunnossapito",
            "talkoot ja kylän siistimispäivät",
            "kyläkahvila kerran kuussa",
            "latujen ajaminen talvisin",
            "kylän turvallisuussuunnitelma ja naapuriapu",
            "lasten kerho kylätalolla",
            "kyläkävelyt ja luontoretket",
            "kylän tiedotteet ja nettisivut",
            "kirpputori ja myyjäiset",
            "lentopallovuoro kylätalolla",
        ),
        extra=(
            "Kylän turvallisuussuunnitelma on tehty yhdessä pelastuslaitoksen kanssa. "
            "Poikkeustilanteissa kylätalo toimii kokoontumispaikkana, jossa on varavoima ja "
            "lämpöä.",
            "Yhdistys on mukana Päijät-Hämeen kylien yhteistyössä ja antaa lausuntoja kylää "
            "koskevista kaavoista ja liikennejärjestelyistä.",
            "Kylätalo on kyläläisten käytettävissä edullisesti. Vapaita vuoroja voi kysyä "
            "sähköpostilla.",
        ),
    ),
    Category(
        "seniorit",
        9,
        names=(
            ("{place} Eläkkeensaajat ry", "mun"),
            ("{place} Seniorit ry", "mun"),
            ("{place} Eläkeläiset ry", "mun"),
            ("{place} Eläkeläiset ry", "paikka"),
            ("{place} Seudun Eläkeläiset ry", "seutu"),
            ("{place} Senioriyhdistys ry", "mun"),
        ),
        themes=(INCLUSION, MENTAL, HEALTHY),
        fields=(F_OLDER, F_CULTURE, F_SPORT),
        target_groups=(OLDER, CARERS, EVERYONE),
        spearheads=(VISIBILITY, ADVOCACY, CONDITIONS),
        founded=(1958, 2016),
        roles=("kerho",),
        short=(
            "Eläkeläisten kohtaamispaikka {area}: kerhoja, liikuntaa, retkiä ja vertaisseuraa.",
            "Virkeää toimintaa ikääntyneille {area} – tule mukaan kerhoon, matkoille ja jumppaan!",
            "Yhdessä tekemistä, tietoa ja vaikuttamista eläkeikäisille {area}.",
        ),
        intro=(
            "{name} on eläkeläisten yhdistys, joka tarjoaa jäsenilleen seuraa, liikuntaa ja "
            "mielekästä tekemistä {area}. Toiminta on avointa kaikille eläkeikäisille.",
            "{name} kokoaa eläkeikäisiä yhteen {area}. Haluamme, ettei kenenkään tarvitse jäädä "
            "yksin ja että ikääntyneiden ääni kuuluu paikallisessa päätöksenteossa.",
            "Eläkkeelle jääminen avaa aikaa uudelle. {name} tarjoaa {area} kerhoja, matkoja ja "
            "liikuntaa sekä mahdollisuuden toimia vapaaehtoisena.",
        ),
        activities=(
            "viikoittainen kerho kahvin kera",
            "tuolijumppa ja kuntosalivuorot",
            "teatteri- ja kylpylämatkat",
            "kesäretket lähiseudulle",
            "boccia ja keilailu",
            "lauluryhmä",
            "digiopastus puhelimen ja tabletin käyttöön",
            "asiantuntijaluennot terveydestä ja etuuksista",
            "ystäväpalvelu yksin asuville",
            "pikkujoulut ja kevätjuhla",
            "lukupiiri",
            "kävelyryhmä",
        ),
        extra=(
            "Yhdistys on edustettuna vanhusneuvostossa ja tuo ikääntyneiden näkökulmaa "
            "palvelujen suunnitteluun.",
            "Jäsenmaksu on pieni, ja suurin osa toiminnasta on maksutonta. Matkoista ja retkistä "
            "peritään omakustannushinta.",
            "Kerhotila on hyvien kulkuyhteyksien päässä, ja kimppakyytejä järjestetään "
            "tarvittaessa.",
        ),
    ),
    Category(
        "urheilu",
        12,
        names=(
            ("{place} Urheilijat ry", "mun", {"pick": GENERAL_SPORTS}),
            ("{place} {word}", "mun", {"pick": GENERAL_SPORTS}),
            ("{place} {word} ry", "paikka", {"pick": GENERAL_SPORTS}),
            ("{place} Hiihtoseura ry", "mun", sport("hiihto")),
            ("{place} Suunnistajat ry", "mun", sport("suunnistus")),
            ("{place} Uimaseura ry", "mun", sport("uinti")),
            ("{place} Palloseura ry", "mun", sport("jalkapallo")),
            ("{place} Salibandy ry", "mun", sport("salibandy")),
            ("{place} Voimistelijat ry", "mun", sport("voimistelu")),
            ("{place} Ratsastajat ry", "mun", sport("ratsastus")),
            ("{place} Tennisseura ry", "mun", sport("tennis")),
            ("{place} Lentopalloseura ry", "mun", sport("lentopallo")),
            ("{place} Kiekko ry", "mun", sport("jääkiekko")),
        ),
        words=CLUB_WORDS,
        themes=(HEALTHY, INCLUSION, MENTAL),
        fields=(F_SPORT, F_FAMILIES),
        target_groups=(CHILDREN, YOUTH, WORKING_AGE, FAMILIES, EVERYONE),
        spearheads=(VISIBILITY, CONDITIONS, PARTNERSHIP),
        founded=(1905, 2018),
        roles=("seura", "juniorit", "toimisto"),
        short=(
            "Urheiluseura {area}: päälajina {laji}, ja mukaan pääsee kaikenikäisenä ja -tasoisena.",
            "{koulu_cap} lapsille, harrasteryhmiä aikuisille ja kilpailutoimintaa {area}.",
            "Liikkumisen iloa {area} – seurassamme jokainen löytää oman tapansa harrastaa.",
        ),
        intro=(
            "{name} on {area} toimiva urheiluseura, jonka päälaji on {laji}. Seurassa harrastavat "
            "niin pienet aloittelijat kuin kilpaurheilijatkin, ja toiminta perustuu vapaaehtoisten "
            "valmentajien ja vanhempien talkootyöhön.",
            "{name} tarjoaa liikuntaa ja urheilua {area}. Pääpaino on lasten ja nuorten "
            "harrastamisessa, mutta myös aikuiset ovat tervetulleita – lajina {laji}.",
            "Yhdessä liikkuminen on seuramme ydin. {name} järjestää {area} harjoituksia, "
            "kilpailuja ja tapahtumia, ja päälaji {laji} näkyy niissä monella tavalla.",
        ),
        activities=(
            "{koulu} 5–12-vuotiaille",
            "{aikuiset}",
            "kilpailutoiminta ja sarjapelit",
            "kesäleiri lapsille",
            "valmentaja- ja ohjaajakoulutukset",
            "perheliikuntapäivät",
            "seuran omat kisat ja turnaukset",
            "harrastesarja matalalla kynnyksellä",
            "liikuntavuorot erityisryhmille",
            "talkoot ja varainhankinta",
            "kuntotestit ja liikuntaneuvonta",
        ),
        extra=(
            "Seura on sitoutunut reilun pelin periaatteisiin: jokaisella on oikeus harrastaa "
            "turvallisesti ja syrjimättä, eikä seuran toiminnassa käytetä päihteitä.",
            "Harrastusmaksut pidetään kohtuullisina, ja vähävaraisille perheille on tarjolla "
            "tukea maksuihin. Välineitä voi lainata seuralta.",
            "Teemme yhteistyötä koulujen ja liikuntapalvelujen kanssa, ja iltapäiväkerhot tuovat "
            "liikunnan osaksi lasten koulupäivää.",
        ),
    ),
    Category(
        "mielenterveys",
        4,
        names=(
            ("{place} Mielenterveysyhdistys ry", "mun"),
            ("{place} Mielenterveysseura ry", "mun"),
            ("{place} Seudun Mielenterveysyhdistys ry", "seutu"),
            ("Päijät-Hämeen A-kilta ry", "region"),
            ("{place} A-kilta ry", "mun"),
            ("Lahden Seudun Mielenterveysomaiset ry", "lahti-seutu"),
            ("{place} Raittiusseura ry", "mun"),
            ("{place} Klubitalo ry", "mun"),
            ("Päijät-Hämeen Kriisityön Tuki ry", "region"),
        ),
        themes=(MENTAL, HEALTHY, INCLUSION),
        fields=(F_MENTAL, F_PATIENTS, F_EMPLOYMENT),
        target_groups=(WORKING_AGE, YOUTH, CARERS, LONG_TERM_ILL, EVERYONE),
        spearheads=(SERVICES, ADVOCACY, PARTNERSHIP),
        founded=(1965, 2015),
        roles=("toimisto", "kohtaamispaikka"),
        short=(
            "Vertaistukea ja yhteisöllistä toimintaa mielenterveyden tueksi {area}.",
            "Matalan kynnyksen kohtaamispaikka {area} – tule sellaisena kuin olet.",
            "Tukea, vertaisryhmiä ja päihteetöntä yhdessäoloa {area}.",
        ),
        intro=(
            "{name} tukee mielenterveyttä ja päihteettömyyttä {area}. Toimintaan voi tulla mukaan "
            "ilman lähetettä tai diagnoosia, ja kaikki keskustelut ovat luottamuksellisia.",
            "{name} tarjoaa vertaistukea ja turvallisen paikan kohdata muita {area}. Toimintaa "
            "suunnittelevat ja toteuttavat kokemusasiantuntijat yhdessä ammattilaisten kanssa.",
            "Mieli voi horjua kenellä tahansa. {name} on olemassa, jotta kukaan ei jäisi yksin: "
            "järjestämme {area} vertaisryhmiä, päihteetöntä vapaa-ajan toimintaa ja tukea "
            "läheisille.",
        ),
        activities=(
            "avoin kohtaamispaikka arkipäivisin",
            "vertaistukiryhmät masennukseen ja ahdistukseen",
            "päihteettömät illanvietot ja retket",
            "läheisten vertaisryhmä",
            "kokemusasiantuntijoiden koulutus",
            "liikuntaryhmä mielen hyvinvoinnin tueksi",
            "taide- ja toiminnalliset ryhmät",
            "yhteinen lounas edulliseen hintaan",
            "keskusteluapu ajanvarauksella",
            "tuettu työtoiminta",
        ),
        extra=(
            "Toiminta on maksutonta eikä edellytä jäsenyyttä. Voit tulla paikalle yksin tai "
            "yhdessä tutun kanssa.",
            "Yhdistys on mukana alueen mielenterveys- ja päihdeverkostossa ja tuo "
            "kokemusasiantuntijoiden näkemyksiä palvelujen kehittämiseen hyvinvointialueella.",
            "Akuutissa kriisissä soita hätänumeroon 112. Yhdistyksen toiminta ei korvaa "
            "kiireellistä hoitoa.",
        ),
    ),
    Category(
        "nuorisoseura",
        5,
        names=(
            ("{place} Nuorisoseura ry", "kyla"),
            ("{place} Nuorisoseura ry", "kyla"),
            ("{place} Nuorisoseura ry", "mun"),
            ("{place} Nuorisoyhdistys ry", "mun"),
        ),
        themes=(INCLUSION, HEALTHY, MENTAL),
        fields=(F_FAMILIES, F_CULTURE),
        target_groups=(YOUTH, CHILDREN, FAMILIES),
        spearheads=(VISIBILITY, CONDITIONS),
        founded=(1885, 1975),
        roles=("seurantalo", "nuoret"),
        short=(
            "Nuorisoseuran teatteria, tanssia ja harrastuksia {area} – seurantalolla tapahtuu.",
            "Harrastuksia lapsille ja nuorille {area}: teatteri, kansantanssi, bändit ja kerhot.",
            "Perinteikäs nuorisoseura, joka tarjoaa {area} tekemistä ja yhteisön kaikenikäisille.",
        ),
        intro=(
            "{name} on perinteikäs nuorisoseura {area}. Seurantalolla järjestetään teatteria, "
            "tanssia ja kerhoja, ja talo on myös kyläläisten juhlapaikka.",
            "{name} tarjoaa lapsille ja nuorille mielekästä ja päihteetöntä tekemistä {area}. "
            "Toiminta on nuorten itsensä näköistä: he ideoivat ja vetävät osan kerhoista itse.",
            "Harrastus, kaverit ja oma porukka – sitä {name} on tarjonnut {area} jo sukupolvien "
            "ajan.",
        ),
        activities=(
            "kesäteatteri ja lasten teatterikerho",
            "kansantanssiryhmät",
            "bändikoulu ja treenikämppä",
            "nuortenillat seurantalolla",
            "sirkuskerho",
            "käsityö- ja askartelukerho",
            "lasten disco",
            "seurantalon vuokraus juhliin",
            "nuorten kesätyöt seurantalolla",
            "kerhonohjaajakoulutus nuorille",
        ),
        extra=(
            "Seura kuuluu valtakunnalliseen nuorisoseuraliikkeeseen, jonka koulutuksiin ja "
            "tapahtumiin jäsenet pääsevät mukaan.",
            "Seurantalo on kunnostettu talkoovoimin, ja sen salissa on tilaa sadalle hengelle.",
            "Nuorten ääni kuuluu: seuran hallituksessa on aina nuorten edustaja, ja nuoret "
            "päättävät itse osasta toiminnan budjettia.",
        ),
    ),
    Category(
        "potilas",
        6,
        names=(
            ("{place} Seudun {word} ry", "seutu"),
            ("Lahden Seudun {word} ry", "lahti-seutu"),
            ("Päijät-Hämeen {word} ry", "region"),
            ("{place} {word} ry", "mun"),
        ),
        words=CONDITIONS_WORDS,
        themes=(MENTAL, HEALTHY, INCLUSION),
        fields=(F_PATIENTS, F_OLDER),
        target_groups=(LONG_TERM_ILL, CARERS, OLDER, WORKING_AGE),
        spearheads=(VISIBILITY, SERVICES, ADVOCACY),
        founded=(1955, 2012),
        roles=("toimisto", "vertaistuki"),
        short=(
            "Vertaistukea, tietoa ja virkistystä {area}: {people} ja heidän läheisensä ovat "
            "tervetulleita.",
            "Potilasyhdistys {area} – vertaisryhmiä, luentoja ja liikuntaa, teemana {topic}.",
            "Tuemme arkea, kun {topic} on osa elämää – vertaistukea ja tietoa {area}.",
        ),
        intro=(
            "{name} tarjoaa vertaistukea ja luotettavaa tietoa {area}. Toiminnassa ovat mukana "
            "{people} sekä heidän omaisensa ja läheisensä.",
            "Kun {topic} tulee osaksi arkea, tieto ja toisten kokemukset auttavat. {name} "
            "järjestää {area} vertaisryhmiä, luentoja ja liikuntaa yhdessä alueen ammattilaisten "
            "kanssa.",
            "{name} toimii {area}, jotta {people} saisivat tukea, tietoa ja seuraa. Yhdistys on "
            "osa valtakunnallista liittoaan, jonka neuvontapalvelut ovat myös jäsenten käytössä.",
        ),
        activities=(
            "vertaistukiryhmät ja vertaistukihenkilöt",
            "asiantuntijaluennot",
            "vesijumppa ja kuntosaliryhmä",
            "ensitietopäivät vastasairastuneille",
            "virkistysretket ja kuntoutuskurssit",
            "jäsenkirje ja neuvonta puhelimitse",
            "sopeutumisvalmennus yhteistyössä liiton kanssa",
            "läheisten illat",
            "terveysmittaukset tapahtumissa",
            "vaikuttamistyö hoitopolkujen puolesta",
        ),
        extra=(
            "Yhdistys tekee yhteistyötä hyvinvointialueen kanssa: vertaistukihenkilömme ovat "
            "mukana esimerkiksi ensitietotilaisuuksissa.",
            "Jäsenenä saat liiton jäsenlehden, jäsenedut ja mahdollisuuden osallistua kuntoutus- "
            "ja sopeutumisvalmennuskursseille.",
            "Vertaistukihenkilöt ovat saaneet koulutuksen tehtäväänsä ja sitoutuneet vaitioloon.",
        ),
    ),
    Category(
        "omaishoitajat",
        3,
        names=(
            ("{place} Omaishoitajat ry", "mun"),
            ("{place} Seudun Omaishoitajat ry", "seutu"),
            ("Päijät-Hämeen Omaishoitajat ry", "region"),
            ("{place} Omaishoitajat ja Läheiset ry", "mun"),
        ),
        themes=(MENTAL, INCLUSION, SAFETY),
        fields=(F_OLDER, F_PATIENTS),
        target_groups=(CARERS, OLDER, WORKING_AGE),
        spearheads=(SERVICES, ADVOCACY),
        founded=(1990, 2015),
        roles=("toimisto", "vertaistuki"),
        short=(
            "Tukea, tietoa ja hengähdystaukoja omaishoitajille {area}.",
            "Omaishoitaja, et ole yksin – vertaisryhmiä, virkistystä ja neuvontaa {area}.",
        ),
        intro=(
            "{name} tukee omaishoitajia {area}. Omaishoitaja on se, joka huolehtii läheisestään "
            "tämän sairauden, vamman tai ikääntymisen vuoksi – sopimuksella tai ilman.",
            "Moni ei tunnista itseään omaishoitajaksi, vaikka huolehtii päivittäin läheisestään. "
            "{name} tarjoaa {area} tietoa, vertaistukea ja mahdollisuuden levähtää.",
        ),
        activities=(
            "omaishoitajien vertaisryhmät",
            "virkistyspäivät ja -lomat",
            "neuvonta omaishoidon tuesta ja vapaista",
            "seuraa hoidettavalle vertaisryhmän ajaksi",
            "tietoiskut etuuksista",
            "yhteinen liikuntaryhmä hoitajalle ja hoidettavalle",
            "omaishoitajien kuntoutuskurssit",
            "tuki hoitosuhteen päätyttyä",
        ),
        extra=(
            "Yhdistys on mukana omaishoidon kehittämisessä hyvinvointialueen kanssa ja tuo "
            "omaishoitajien kokemukset palveluja suunnittelevien tietoon.",
            "Vertaisryhmien ajaksi hoidettavalle voidaan järjestää seuraa vapaaehtoisten avulla. "
            "Kysy lisää etukäteen.",
        ),
    ),
    Category(
        "mll",
        4,
        names=(
            ("MLL:n {place} yhdistys", "mun"),
            ("MLL:n {place} yhdistys", "mun"),
            ("MLL:n {place} yhdistys", "paikka"),
        ),
        themes=(INCLUSION, MENTAL, SAFETY),
        fields=(F_FAMILIES, F_VILLAGE),
        target_groups=(FAMILIES, CHILDREN, YOUTH),
        spearheads=(VISIBILITY, PARTNERSHIP),
        founded=(1925, 1995),
        roles=("perhekahvila", "yhdistys"),
        short=(
            "Mannerheimin Lastensuojeluliiton paikallisyhdistys: perhekahvilat, kerhot ja tukea "
            "lapsiperheille {area}.",
            "Lapsiperheiden kohtaamisia {area} – perhekahvila, vapaaehtoiset ja tapahtumat.",
        ),
        intro=(
            "{name} on Mannerheimin Lastensuojeluliiton paikallisyhdistys. Teemme {area} hyvää "
            "lapsille, nuorille ja perheille vapaaehtoisvoimin.",
            "{name} kokoaa {area} lapsiperheitä yhteen ja tarjoaa vanhemmille vertaistukea. "
            "Kaikki toiminta on avointa, eikä jäsenyyttä vaadita.",
        ),
        activities=(
            "perhekahvila viikoittain",
            "lastenhoitoapu ja koulutetut lastenhoitajat",
            "kaveritoiminta nuorille",
            "vauvaperheiden vertaisryhmä",
            "perheliikuntatapahtumat",
            "lasten vaatekirppis",
            "kirja- ja lorutuokiot",
            "isä–lapsi-illat",
            "kouluikäisten kerhot",
            "joulupuuro perheille",
        ),
        extra=(
            "Toimintaa pyörittävät vapaaehtoiset. Jos haluat mukaan esimerkiksi perhekahvilan "
            "vetäjäksi, ota yhteyttä – perehdytämme sinut tehtävään.",
            "Yhdistys tekee yhteistyötä neuvolan, varhaiskasvatuksen ja seurakunnan kanssa, jotta "
            "tuki löytää perheet.",
        ),
    ),
    Category(
        "spr",
        3,
        names=(
            ("SPR {place} osasto", "mun"),
            ("SPR {place} osasto", "mun"),
            ("SPR {place} osasto", "paikka"),
        ),
        themes=(SAFETY, INCLUSION, MENTAL),
        fields=(F_SAFETY, F_VILLAGE, F_FAMILIES),
        target_groups=(EVERYONE, IMMIGRANTS, OLDER),
        spearheads=(PARTNERSHIP, SERVICES),
        founded=(1920, 1990),
        roles=("osasto", "ensiapu"),
        short=(
            "Punaisen Ristin vapaaehtoiset {area}: ensiapu, ystävätoiminta ja apu "
            "onnettomuuksissa.",
            "Auttamista arjessa ja kriiseissä {area} – tule mukaan vapaaehtoiseksi!",
        ),
        intro=(
            "{name} on Suomen Punaisen Ristin paikallisosasto. Vapaaehtoisemme auttavat {area} "
            "arjessa ja äkillisissä onnettomuuksissa.",
            "{name} toimii ihmisten hyväksi {area}: päivystämme ensiapuryhmän voimin tapahtumissa, "
            "vierailemme yksinäisten luona ja autamme uusia asukkaita kotoutumaan.",
        ),
        activities=(
            "ensiapuryhmä ja päivystykset",
            "ystävätoiminta",
            "ensiapukurssit",
            "läksykerho ja kielikahvila",
            "Vapaaehtoinen pelastuspalvelu",
            "nälkäpäiväkeräys",
            "terveyspiste",
            "vaatekeräys",
        ),
        extra=(
            "Osasto on osa Vapaaehtoista pelastuspalvelua, joka auttaa viranomaisia esimerkiksi "
            "kadonneiden etsinnöissä ja evakuoinneissa.",
            "Vapaaehtoiseksi voi tulla kuka tahansa. Järjestämme uusille vapaaehtoisille "
            "perehdytyksen muutaman kerran vuodessa.",
        ),
    ),
    Category(
        "vpk",
        3,
        names=(
            ("{place} VPK ry", "mun"),
            ("{place} VPK ry", "kyla"),
            ("{place} Vapaaehtoinen Palokunta ry", "kyla"),
        ),
        themes=(SAFETY, INCLUSION, HEALTHY),
        fields=(F_SAFETY, F_FAMILIES),
        target_groups=(YOUTH, CHILDREN, EVERYONE),
        spearheads=(PARTNERSHIP, VISIBILITY),
        founded=(1880, 1975),
        roles=("palokunta", "nuoriso-osasto"),
        short=(
            "Vapaaehtoinen palokunta {area}: hälytysosasto, palokuntanuoret ja "
            "turvallisuuskoulutus.",
            "Autamme hädässä ja opetamme turvallisuutta {area} – palokuntanuoriin pääsee "
            "7-vuotiaana.",
        ),
        intro=(
            "{name} on vapaaehtoinen palokunta, jonka hälytysosasto lähtee pelastuslaitoksen "
            "tehtäviin {area}. Samalla palokunta on vahva yhteisö.",
            "{name} on toiminut {area} jo vuosikymmenten ajan. Toiminnan kulmakivet ovat "
            "hälytystoiminta, nuoriso-osasto ja turvallisuusviestintä.",
        ),
        activities=(
            "hälytysosaston harjoitukset",
            "palokuntanuorten viikkoharjoitukset",
            "turvallisuuskoulutus kouluille ja yrityksille",
            "alkusammutuskurssit",
            "palokunnan kesäleiri",
            "avoimet ovet ja paloautoesittelyt",
            "veteraaniosaston kokoontumiset",
            "ensiapukoulutus",
        ),
        extra=(
            "Hälytysosastoon voi liittyä 16 vuotta täyttänyt; koulutus alkaa perusteista, eikä "
            "aiempaa kokemusta tarvita.",
            "Palokunta harjoittelee säännöllisesti yhdessä pelastuslaitoksen ammattilaisten "
            "kanssa.",
        ),
    ),
    Category(
        "kulttuuri",
        7,
        names=(
            ("{place} Mieskuoro ry", "mun", {"ala": "kuorolaulu"}),
            ("{place} Naiskuoro ry", "mun", {"ala": "kuorolaulu"}),
            ("{place} Kesäteatteri ry", "paikka", {"ala": "teatteri"}),
            ("{place} Teatteriyhdistys ry", "mun", {"ala": "teatteri"}),
            ("{place} Taideyhdistys ry", "mun", {"ala": "kuvataide"}),
            ("{place} Kamerakerho ry", "mun", {"ala": "valokuvaus"}),
            ("{place} Musiikkiyhdistys ry", "mun", {"ala": "musiikki"}),
            ("{place} Kansantanssijat ry", "mun", {"ala": "kansantanssi"}),
            ("{place} Harmonikkayhdistys ry", "mun", {"ala": "harmonikkamusiikki"}),
            ("{place} Kirjallisuusseura ry", "mun", {"ala": "kirjallisuus"}),
            ("{place} Elokuvakerho ry", "mun", {"ala": "elokuva"}),
            ("{place} Käsityöyhdistys ry", "mun", {"ala": "käsityö"}),
            ("{place} Puhallinorkesteri ry", "mun", {"ala": "puhallinmusiikki"}),
        ),
        themes=(INCLUSION, MENTAL),
        fields=(F_CULTURE, F_VILLAGE),
        target_groups=(EVERYONE, WORKING_AGE, OLDER, YOUTH),
        spearheads=(VISIBILITY, CONDITIONS),
        founded=(1920, 2020),
        roles=("info", "hallitus"),
        short=(
            "Kulttuuriyhdistys {area}, jonka sydän on {ala}. Tervetuloa mukaan tekemään ja "
            "kokemaan!",
            "Tekemisen iloa ja yhteisiä esityksiä {area}. Uudet harrastajat ovat aina "
            "tervetulleita.",
            "Harrastajien oma yhdistys {area} – teemana {ala}, harjoituksia ja esityksiä.",
        ),
        intro=(
            "{name} on {area} toimiva kulttuuriyhdistys, jonka sydän on {ala}. Kokoonnumme "
            "viikoittain, ja vuoden kohokohtia ovat omat esitykset ja näyttelyt.",
            "{name} tuo kulttuuria lähelle ihmisiä {area}, ja sen toiminnan keskiössä on {ala}. "
            "Toiminta perustuu harrastajien omaan innostukseen, ja mukaan pääsee taustasta "
            "riippumatta.",
            "Kulttuuri kuuluu kaikille. {name} järjestää {area} harrastustoimintaa, konsertteja ja "
            "näyttelyitä – teemana {ala}.",
        ),
        activities=(
            "viikoittaiset harjoitukset",
            "omat esitykset ja näyttelyt",
            "kurssit aloittelijoille",
            "yhteistyöesitykset koulujen kanssa",
            "kesätapahtuma torilla",
            "opintomatkat",
            "esiintymiset hoivakodeissa",
            "työpajat lapsille ja nuorille",
            "avoimet harjoitukset uusille",
        ),
        extra=(
            "Yhdistys saa toiminta-avustusta kunnalta, ja osa esityksistä on maksuttomia. Liput "
            "myydään ovelta ja ennakkoon.",
            "Esiinnymme mielellämme myös juhlissa ja tapahtumissa – kysy vapaita ajankohtia.",
        ),
    ),
    Category(
        "martat",
        4,
        names=(
            ("{place} Martat ry", "mun"),
            ("{place} Martat ry", "kyla"),
            ("{place} Marttayhdistys ry", "kyla"),
        ),
        themes=(HEALTHY, INCLUSION, SAFETY),
        fields=(F_CULTURE, F_VILLAGE, F_FAMILIES),
        target_groups=(EVERYONE, FAMILIES, IMMIGRANTS, OLDER),
        spearheads=(VISIBILITY, PARTNERSHIP),
        founded=(1900, 2010),
        roles=("martat",),
        short=(
            "Marttojen kursseja ruoasta, puutarhasta ja kodin taloudesta {area} – tervetuloa "
            "mukaan!",
            "Martat {area}: arjen taitoja, yhdessäoloa ja hyvää ruokaa.",
        ),
        intro=(
            "{name} kuuluu Marttaliittoon, ja yhdistyksen martat jakavat {area} kodin taitoja: "
            "ruoanlaittoa, puutarhanhoitoa ja kodin taloutta.",
            "{name} on arjen taitojen ja yhdessä tekemisen yhdistys {area}. Marttailla voi "
            "monella tavalla – kursseilla, kerhoissa tai vapaaehtoisena.",
        ),
        activities=(
            "ruoka- ja sienikurssit",
            "puutarhaillat",
            "kotitalousneuvonta",
            "maahan muuttaneiden naisten ruokakerho",
            "myyjäiset ja leivontatalkoot",
            "kodin talouden hallinnan kurssi",
            "retket ja vierailut",
            "lasten kokkikerho",
        ),
        extra=(
            "Marttojen neuvonta perustuu tutkittuun tietoon: ravitsemussuositukset, kestävä "
            "kuluttaminen ja kodin turvallisuus kulkevat mukana kaikessa.",
            "Kokoonnumme kuukausittain. Jäsenenä saat jäsenlehden ja pääset kursseille "
            "jäsenhintaan.",
        ),
    ),
    Category(
        "4h",
        2,
        names=(("{place} 4H-yhdistys ry", "mun"), ("{place} Seudun 4H-yhdistys ry", "seutu")),
        themes=(INCLUSION, HEALTHY, MENTAL),
        fields=(F_FAMILIES, F_EMPLOYMENT, F_CULTURE),
        target_groups=(CHILDREN, YOUTH),
        spearheads=(SERVICES, PARTNERSHIP),
        founded=(1950, 2005),
        roles=("toimisto", "tyonvalitys"),
        short=(
            "4H-kerhoja, nuorten työllistämistä ja yrittäjyyskasvatusta {area}.",
            "Kerhoista ensimmäiseen työpaikkaan – 4H tukee lapsia ja nuoria {area}.",
        ),
        intro=(
            "{name} tarjoaa lapsille ja nuorille kerhotoimintaa ja työtä {area}. 4H:n periaate "
            "on oppia tekemällä.",
            "{name} auttaa nuoria saamaan ensimmäisen työkokemuksensa. Nuoret voivat tehdä "
            "kauttamme {area} esimerkiksi pihatöitä, lastenhoitoa ja tapahtumatöitä.",
        ),
        activities=(
            "4H-kerhot 7–12-vuotiaille",
            "nuorten työnvälitys kotitalouksille",
            "4H-yrittäjyys nuorille",
            "kesätyöpaikat",
            "kokkikerho",
            "metsä- ja luontokerho",
            "eläinkerho",
            "työelämäkoulutukset ja hygieniapassi",
        ),
        extra=(
            "Nuorten työnvälityksen kautta kotitaloudet voivat tilata esimerkiksi nurmikonleikkuun "
            "tai lumityöt. Nuori saa palkkaa, kokemusta ja työtodistuksen.",
        ),
    ),
    Category(
        "kotiseutu",
        3,
        names=(
            ("{place} Kotiseutuyhdistys ry", "mun"),
            ("{place} Kotiseutuseura ry", "kyla"),
            ("{place} Kotiseutu- ja Museoyhdistys ry", "mun"),
            ("{place} Historiaseura ry", "mun"),
        ),
        themes=(INCLUSION, MENTAL),
        fields=(F_CULTURE, F_VILLAGE),
        target_groups=(EVERYONE, OLDER),
        spearheads=(VISIBILITY, ADVOCACY),
        founded=(1930, 2010),
        roles=("museo", "info"),
        short=(
            "Paikallishistoriaa, kotiseutumuseo ja perinnetapahtumia {area}.",
            "Vaalimme {place} historiaa ja perinteitä – tule mukaan kotiseututyöhön.",
        ),
        intro=(
            "{name} vaalii {place} historiaa ja perinteitä. Yhdistys ylläpitää kotiseutumuseota "
            "ja kerää muistitietoa tuleville sukupolville.",
            "{name} tekee kotiseututyötä {area}: kokoamme vanhoja valokuvia, järjestämme "
            "perinnetapahtumia ja otamme kantaa rakennetun ympäristön suojeluun.",
        ),
        activities=(
            "kotiseutumuseon kesäaukiolo",
            "valokuvien digitointitalkoot",
            "historiakävelyt",
            "perinnepäivä ja markkinat",
            "kyläkirjan toimitustyö",
            "muistitietoillat",
            "luennot paikallishistoriasta",
            "kotiseutujulkaisut",
        ),
        extra=(
            "Museo on avoinna kesäisin viikonloppuisin ja sopimuksen mukaan. Ryhmille "
            "järjestämme opastuksia.",
            "Otamme mielellämme vastaan vanhoja valokuvia ja esineitä – ota yhteyttä ennen "
            "tuomista.",
        ),
    ),
    Category(
        "monikulttuurinen",
        2,
        names=(
            ("{place} Monikulttuurinen Yhdistys ry", "mun"),
            ("Päijät-Hämeen Monikulttuuriset Naiset ry", "region"),
            ("{place} Kansainvälinen Kohtaamispaikka ry", "mun"),
            ("Lahden Seudun Ukrainalaiset ry", "lahti-seutu", {"languages": ("uk",)}),
            ("Päijät-Hämeen Arabiankieliset Perheet ry", "region", {"languages": ("ar",)}),
            ("{place} Kotoutumisen Tuki ry", "mun"),
        ),
        themes=(INCLUSION, MENTAL, SAFETY),
        fields=(F_VILLAGE, F_EMPLOYMENT, F_FAMILIES),
        target_groups=(IMMIGRANTS, FAMILIES, WORKING_AGE),
        spearheads=(ADVOCACY, PARTNERSHIP),
        founded=(1995, 2023),
        roles=("info", "kielikahvila"),
        short=(
            "Kohtaamisia, suomen kielen harjoittelua ja tukea arkeen maahan muuttaneille {area}.",
            "Monikulttuurista yhdessäoloa {area} – kielikahvila, neuvonta ja perhetoiminta.",
        ),
        intro=(
            "{name} tukee maahan muuttaneiden kotoutumista {area}. Tarjoamme paikan, jossa voi "
            "harjoitella suomea, saada neuvoja arjen asioihin ja tutustua uusiin ihmisiin.",
            "{name} tuo yhteen eri kulttuureista tulevia ihmisiä {area}. Toimintaa järjestetään "
            "suomeksi ja usealla muulla kielellä.",
        ),
        activities=(
            "kielikahvila",
            "neuvonta asiointiin ja lomakkeisiin",
            "naisten ryhmä",
            "läksykerho lapsille",
            "työnhaun tuki",
            "yhteiset juhlat ja ruokaillat",
            "perheiden retket",
            "vapaaehtoiset kotoutumiskummit",
        ),
        extra=(
            "Toiminta on maksutonta ja avointa kaikille. Tulkkausta voidaan järjestää "
            "pyydettäessä.",
            "Olemme mukana alueen kotoutumisverkostossa ja viemme maahan muuttaneiden näkökulmaa "
            "palvelujen kehittämiseen.",
        ),
    ),
    Category(
        "vammais",
        3,
        names=(
            ("{place} Invalidit ry", "mun"),
            ("{place} Seudun Kehitysvammaisten Tuki ry", "seutu"),
            ("Päijät-Hämeen Kuurojen Yhdistys ry", "region", {"languages": ("fse",)}),
            ("{place} Seudun Näkövammaiset ry", "seutu"),
            ("{place} Kuuloyhdistys ry", "mun"),
            ("Päijät-Hämeen Autismiyhdistys ry", "region"),
            ("{place} Seudun CP-yhdistys ry", "seutu"),
        ),
        themes=(INCLUSION, MENTAL, SAFETY),
        fields=(F_PATIENTS, F_SPORT, F_FAMILIES),
        target_groups=(DISABLED, FAMILIES, LONG_TERM_ILL),
        spearheads=(ADVOCACY, SERVICES),
        founded=(1950, 2010),
        roles=("toimisto", "neuvonta"),
        short=(
            "Vertaistukea, edunvalvontaa ja virkistystä vammaisille henkilöille ja heidän "
            "läheisilleen {area}.",
            "Yhdenvertaisuutta ja esteettömyyttä {area} – vertaistukea ja harrastuksia kaikille.",
        ),
        intro=(
            "{name} toimii vammaisten henkilöiden ja heidän läheistensä tukena {area}. Edistämme "
            "esteettömyyttä ja yhdenvertaisia mahdollisuuksia osallistua.",
            "{name} on vammaisjärjestö, joka tarjoaa {area} vertaistukea, liikuntaa ja tietoa "
            "palveluista sekä tekee vaikuttamistyötä vammaisneuvostossa.",
        ),
        activities=(
            "vertaistukiryhmät",
            "soveltava liikunta",
            "neuvonta vammaispalveluista",
            "esteettömyyskartoitukset",
            "virkistysretket avustajan kanssa",
            "perheleirit",
            "vaikuttaminen vammaisneuvostossa",
            "tulkatut kulttuuritapahtumat",
        ),
        extra=(
            "Kaikki tilaisuutemme järjestetään esteettömissä tiloissa. Henkilökohtainen avustaja "
            "osallistuu maksutta.",
            "Autamme myös hakemusten kanssa: neuvojamme tuntevat vammaispalvelut ja Kelan etuudet.",
        ),
    ),
    Category(
        "tyollisyys",
        2,
        names=(
            ("{place} Työttömät ry", "mun"),
            ("{place} Seudun Työttömät ry", "seutu"),
            ("Päijät-Hämeen Työllisyysyhdistys ry", "region"),
            ("{place} Työllistämisyhdistys ry", "mun"),
        ),
        themes=(INCLUSION, MENTAL, HEALTHY),
        fields=(F_EMPLOYMENT, F_SERVICES, F_MENTAL),
        target_groups=(WORKING_AGE, YOUTH, IMMIGRANTS),
        spearheads=(SERVICES, PARTNERSHIP),
        founded=(1992, 2020),
        roles=("toimisto", "valmennus"),
        short=(
            "Työttömien kohtaamispaikka {area}: edullinen lounas, työnhaun tuki ja mielekästä "
            "tekemistä.",
            "Polkuja työhön {area} – valmennusta, kuntouttavaa työtoimintaa ja hankkeita.",
        ),
        intro=(
            "{name} tukee työttömiä ja työtä hakevia {area}. Yhdistyksen olohuoneessa saa seuraa, "
            "edullisen lounaan ja apua työnhakuun.",
            "{name} työllistää ja valmentaa {area}. Yhdistys toteuttaa hankkeita yhdessä "
            "työllisyyspalvelujen kanssa, ja sen kierrätysmyymälä tarjoaa työkokeilupaikkoja.",
        ),
        activities=(
            "edullinen arkilounas",
            "työnhakuvalmennus ja CV-paja",
            "kuntouttava työtoiminta",
            "työkokeilupaikat",
            "kierrätysmyymälä",
            "digitaitojen kurssit",
            "palkkatukityöpaikat",
            "retket ja liikuntavuorot jäsenille",
        ),
        extra=(
            "Ajankohtaiset hankkeemme ja niiden rahoittajat löydät uutisistamme.",
            "Toimintaan voi tulla mukaan ilman ajanvarausta. Myös eläkeläiset ja opiskelijat ovat "
            "tervetulleita.",
        ),
    ),
    Category(
        "eraharrastus",
        3,
        names=(
            ("{place} Metsästysseura ry", "kyla"),
            ("{place} Metsästysyhdistys ry", "mun"),
            ("{place} Kalastusseura ry", "mun"),
            ("{place} Virkistyskalastajat ry", "mun"),
            ("{place} Riistanhoitoseura ry", "kyla"),
        ),
        themes=(HEALTHY, INCLUSION, SAFETY),
        fields=(F_CULTURE, F_VILLAGE, F_SPORT),
        target_groups=(WORKING_AGE, EVERYONE, YOUTH),
        spearheads=(CONDITIONS, PARTNERSHIP),
        founded=(1920, 2000),
        roles=("seura", "sihteeri"),
        short=(
            "Metsästystä, kalastusta ja luonnossa liikkumista vastuullisesti {area}.",
            "Luontoharrastusten seura {area}: riistanhoitoa, kalakurssit ja nuorten retket.",
        ),
        intro=(
            "{name} kokoaa luonnossa liikkumisesta ja eräharrastuksista kiinnostuneet {area}. "
            "Huolehdimme riistakannoista ja vesistöistä yhdessä maanomistajien kanssa.",
            "{name} on erä- ja luontoharrastajien seura {area}. Toiminnan tärkein periaate on "
            "vastuullisuus: turvallinen aseenkäsittely, kestävä saaliinkäyttö ja luonnon "
            "kunnioittaminen.",
        ),
        activities=(
            "riistanhoitotalkoot",
            "ampumaradan vuorot ja ampumakoulutus",
            "kalastuskurssit lapsille",
            "pilkkikilpailut",
            "nuorten eräleirit",
            "riistaillallinen",
            "vesistöjen kunnostustalkoot",
            "luontoretket",
        ),
        extra=(
            "Seuran maja on jäsenten käytössä, ja sen voi vuokrata myös ulkopuolisille "
            "tilaisuuksiin.",
            "Uusille harrastajille järjestetään mentorointia: kokenut jäsen ottaa aloittelijan "
            "mukaan ensimmäisille retkille.",
        ),
    ),
    Category(
        "perheet",
        2,
        names=(
            ("{place} Perheyhdistys ry", "mun"),
            ("Päijät-Hämeen Yhden Vanhemman Perheet ry", "region"),
            ("{place} Seudun Perhekerho ry", "seutu"),
            ("Lahden Seudun Monikkoperheet ry", "lahti-seutu"),
            ("{place} Perhetalo ry", "mun"),
        ),
        themes=(INCLUSION, MENTAL),
        fields=(F_FAMILIES, F_VILLAGE),
        target_groups=(FAMILIES, CHILDREN, YOUTH),
        spearheads=(VISIBILITY, PARTNERSHIP),
        founded=(1980, 2022),
        roles=("perheet", "info"),
        short=(
            "Vertaistukea ja yhteistä tekemistä lapsiperheille {area}.",
            "Perheiden kohtaamispaikka {area}: kerhot, retket ja vanhempien vertaisryhmät.",
        ),
        intro=(
            "{name} tukee lapsiperheiden arkea {area}. Meillä vanhemmat saavat vertaistukea ja "
            "lapset leikkiseuraa.",
            "{name} on perheiden oma yhdistys {area}. Toimintaa ideoivat vanhemmat itse.",
        ),
        activities=(
            "perhekerho",
            "vanhempien vertaisryhmät",
            "retket ja leirit",
            "lastenvaatekirppis",
            "perheliikuntavuorot",
            "vanhempainillat asiantuntijan kanssa",
            "vapaaehtoinen lastenhoitoapu",
            "juhlat ja tapahtumat",
        ),
        extra=(
            "Tuemme erityisesti perheitä, joiden arki on kuormittunutta – yhteydenotot käsitellään "
            "luottamuksellisesti.",
        ),
    ),
    Category(
        "varautuminen",
        1.5,
        names=(
            ("{place} Reserviläiset ry", "mun"),
            ("{place} Naisten Valmiusyhdistys ry", "mun"),
            ("{place} Seudun Turvallisuusyhdistys ry", "seutu"),
        ),
        themes=(SAFETY, INCLUSION),
        fields=(F_SAFETY, F_VILLAGE, F_SPORT),
        target_groups=(WORKING_AGE, EVERYONE, OLDER),
        spearheads=(PARTNERSHIP, ADVOCACY),
        founded=(1930, 2015),
        roles=("info", "koulutus"),
        short=(
            "Varautumista ja turvallisuusosaamista {area} – kursseja kaikille kansalaisille.",
            "Arjen turvallisuutta ja kriisivalmiutta {area}: koulutuksia, harjoituksia ja "
            "vapaaehtoistyötä.",
        ),
        intro=(
            "{name} edistää kansalaisten turvallisuusosaamista {area}. Järjestämme kursseja "
            "kotivarasta ensiapuun ja harjoittelemme yhdessä viranomaisten kanssa.",
            "{name} kouluttaa ja harjoittelee {area}, jotta lähiyhteisö pärjää myös "
            "poikkeusoloissa.",
        ),
        activities=(
            "kotivarakurssit",
            "ensiapu- ja turvallisuuskoulutus",
            "maastoliikunta",
            "varautumisillat kyläyhdistyksille",
            "yhteisharjoitukset viranomaisten kanssa",
            "etsintäkoulutus",
        ),
        extra=("Kotivarakurssit ovat maksuttomia ja avoimia kaikille.",),
    ),
    Category(
        "svenska",
        0.7,
        names=(
            ("Svenska Föreningen i {sv} rf", "mun"),
            ("{sv} Svenska Pensionärer rf", "mun"),
            ("Svenska Marthaföreningen i {sv} rf", "mun"),
            ("Svenska Klubben i {sv} rf", "mun"),
        ),
        swedish=True,
        themes=(INCLUSION, MENTAL),
        fields=(F_CULTURE, F_OLDER),
        target_groups=(EVERYONE, OLDER, FAMILIES),
        spearheads=(VISIBILITY,),
        founded=(1900, 2000),
        roles=("info", "kansli"),
        short=(
            "Svenskspråkig gemenskap i {sv}: träffar, kultur och utflykter för alla åldrar.",
            "Föreningen för alla som talar eller vill tala svenska i {sv} med omnejd.",
        ),
        intro=(
            "{name} samlar svensktalande och tvåspråkiga i {sv} med omnejd. Vi ordnar träffar, "
            "föredrag och utflykter, och alla som vill använda svenska är välkomna.",
            "{name} har i årtionden erbjudit ett svenskspråkigt sammanhang i {sv}. "
            "Verksamheten är öppen för alla åldrar.",
        ),
        activities=(
            "månatliga medlemsträffar",
            "kaffe och samtal på svenska",
            "teater- och konsertresor",
            "föredrag om lokalhistoria",
            "julfest och vårfest",
            "språkcafé för dem som lär sig svenska",
            "utflykter i regionen",
        ),
        extra=(
            "Föreningen samarbetar med de andra svenska föreningarna i regionen.",
            "Medlemsavgiften är låg och de flesta träffarna är avgiftsfria.",
        ),
        join=(
            "Nya medlemmar är alltid välkomna! Kontakta oss per e-post eller kom direkt till "
            "nästa träff.",
        ),
    ),
    Category(
        "saatio",
        1.5,
        names=(
            ("{place} Vanhustensäätiö sr", "mun"),
            ("Päijät-Hämeen Nuorisosäätiö sr", "region"),
            ("{place} Palvelutalosäätiö sr", "mun"),
            ("{place} Seudun Asumispalvelusäätiö sr", "seutu"),
            ("Päijät-Hämeen Kulttuurisäätiö sr", "region"),
            ("{place} Kuntoutussäätiö sr", "mun"),
        ),
        kind=K.FOUNDATION,
        themes=(INCLUSION, MENTAL, SAFETY, HEALTHY),
        fields=(F_SERVICES, F_OLDER, F_FAMILIES, F_CULTURE),
        target_groups=(OLDER, YOUTH, DISABLED, EVERYONE),
        spearheads=(SERVICES, CONDITIONS, PARTNERSHIP),
        founded=(1950, 2015),
        roles=("saatio", "toimisto"),
        short=(
            "Säätiö, joka tukee hyvinvointia {area} palveluin, avustuksin ja kumppanuuksin.",
            "Yleishyödyllinen säätiö {area}: asumis- ja tukipalveluja sekä apurahoja "
            "paikalliseen toimintaan.",
        ),
        intro=(
            "{name} on yleishyödyllinen säätiö, jonka tarkoitus on edistää hyvinvointia {area}. "
            "Säätiö tuottaa palveluja ja jakaa avustuksia paikallisille yhdistyksille.",
            "{name} on perustettu turvaamaan laadukkaat palvelut {area}. Säätiön kiinteistöissä "
            "toimii myös useita yhdistyksiä.",
        ),
        activities=(
            "palveluasuminen ja tukiasuminen",
            "avustukset ja apurahat paikallisille yhdistyksille",
            "kohtuuhintaiset tilat järjestöjen käyttöön",
            "kehittämishankkeet yhdessä yhdistysten kanssa",
            "vapaaehtoistoiminnan koordinointi",
            "päivätoiminta",
        ),
        extra=(
            "Säätiön hallituksessa on edustajia alueen yhdistyksistä, ja toiminnan painopisteet "
            "sovitaan yhdessä järjestökentän kanssa.",
        ),
        join=(
            "Avustushaku on auki vuosittain keväällä. Hakuohjeet ja lisätiedot saat sähköpostitse.",
            "Ota yhteyttä, jos haluat tehdä yhteistyötä tai vuokrata tiloja yhdistyksesi käyttöön.",
        ),
    ),
    Category(
        "julkinen",
        0.8,
        names=(
            ("{organisation} liikuntapalvelut", "mun"),
            ("{organisation} nuorisopalvelut", "mun"),
            ("{organisation} kulttuuripalvelut", "mun"),
            ("{mun} kansalaisopisto", "mun"),
            ("{organisation} järjestöyhteistyö", "mun"),
        ),
        kind=K.PUBLIC,
        founded=None,
        themes=(INCLUSION, HEALTHY, MENTAL, SAFETY),
        fields=(F_SERVICES, F_SPORT, F_CULTURE, F_FAMILIES),
        target_groups=(EVERYONE, YOUTH, OLDER, FAMILIES),
        spearheads=(PARTNERSHIP, CONDITIONS, SERVICES),
        roles=("yhdistysyhteistyo", "neuvonta"),
        short=(
            "Julkinen kumppani {area}: tietoa avustuksista, tiloista ja yhteistyöstä "
            "yhdistyksille.",
            "Julkiset palvelut yhdistysten tueksi {area} – avustukset, tilavaraukset ja neuvonta.",
        ),
        intro=(
            "{name} on julkinen kumppani, joka tukee {area} toimivia yhdistyksiä. Meiltä saat "
            "tietoa avustuksista, tiloista ja yhteistyömahdollisuuksista.",
            "{name} tekee yhteistyötä järjestöjen kanssa {area}. Haluamme, että asukkaat löytävät "
            "yhdistysten toiminnan yhtä helposti kuin julkiset palvelut.",
        ),
        activities=(
            "toiminta-avustukset yhdistyksille",
            "tilojen maksuton tai edullinen käyttö",
            "yhdistysten yhteiset koulutusillat",
            "tapahtumien markkinointiapu",
            "neuvonta hankkeiden suunnitteluun",
            "yhdistysfoorumit kahdesti vuodessa",
        ),
        extra=(
            "Olemme mukana Päijät-Hämeen yhdistysfoorumissa ja yhdistysstrategian toimeenpanossa.",
        ),
        join=(
            "Avustusten hakuajat ja tilavaraukset löytyvät verkkosivuiltamme. Kysy rohkeasti "
            "yhteyshenkilöltämme.",
        ),
    ),
    Category(
        "yritys",
        0.8,
        names=(("{landmark} {word} Oy", "mun"), ("{place} {word} Oy", "paikka")),
        words=SERVICE_WORDS,
        kind=K.PRIVATE,
        founded=(1995, 2024),
        themes=(MENTAL, HEALTHY, INCLUSION),
        fields=(F_SERVICES, F_OLDER, F_SPORT),
        target_groups=(OLDER, WORKING_AGE, CARERS, EVERYONE),
        spearheads=(SERVICES, PARTNERSHIP),
        roles=("asiakaspalvelu", "myynti"),
        short=(
            "Yksityinen palveluntuottaja {area}: kotiin vietävät palvelut, kuntoutus ja "
            "yhteistyö yhdistysten kanssa.",
            "Palvelukumppani {area} – teemme yhteistyötä yhdistysten kanssa, jotta apu löytää "
            "perille.",
        ),
        intro=(
            "{name} on paikallinen palveluyritys, joka toimii {area}. Teemme yhteistyötä "
            "yhdistysten kanssa vertaistuen ja vapaaehtoistoiminnan rinnalla.",
            "{name} tuottaa hyvinvointipalveluja {area}. Palvelujamme voi ostaa itse, "
            "palvelusetelillä tai yhdistyksen kautta ryhmille.",
        ),
        activities=(
            "kotihoito ja kotiapu",
            "fysioterapia ja ryhmäkuntoutus",
            "ateriapalvelu",
            "palvelusetelipalvelut",
            "yhdistysten ryhmille räätälöidyt liikuntavuorot",
            "omaishoitajien lomitus",
            "hyvinvointiluennot yhdistyksille",
            "ennaltaehkäisevät kotikäynnit",
        ),
        extra=(
            "Yritys on sitoutunut yhteiskunnalliseen yrittäjyyteen: merkittävä osa voitosta "
            "käytetään alueen hyvinvoinnin tukemiseen.",
        ),
        join=("Pyydä tarjous tai kysy lisää sähköpostitse. Yhdistyksille myönnämme ryhmähinnan.",),
    ),
)
CATEGORY_WEIGHTS = tuple(category.weight for category in CATEGORIES)
TOWN_WEIGHTS = tuple(town.weight for town in TOWNS.values())
# "… on perustettu vuonna 1952."
NOUNS = {
    "urheilu": "Seura", "nuorisoseura": "Seura", "eraharrastus": "Seura", "vpk": "Palokunta",
    "spr": "Osasto", "saatio": "Säätiö", "yritys": "Yritys",
}  # fmt: skip
GENERIC_ROLES = ("info", "toimisto", "yhdistys", "sihteeri", "puheenjohtaja")
LOGO_COLOURS = (
    "#0b5394", "#1b5e20", "#4a148c", "#880e4f", "#004d40", "#3e2723", "#263238", "#b71c1c",
    "#1a237e", "#33691e", "#01579b", "#6a1b9a",
)  # fmt: skip
LEGAL_SUFFIX_RE = re.compile(r"\s+(ry|rf|sr|Oy)$")

# --- The generator ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoAssociation:
    """One generated association; taxonomy terms are slugs, in their canonical order."""

    name: str
    slug: str
    kind: str
    short_description: str
    description: str
    home_municipality: str
    operating_municipalities: tuple[str, ...]  # always includes the home municipality
    themes: tuple[str, ...]
    spearheads: tuple[str, ...]
    target_groups: tuple[str, ...]
    fields: tuple[str, ...]
    languages: tuple[str, ...]
    email: str
    phone: str
    website: str
    street_address: str
    postal_code: str
    post_office: str
    accessibility: str
    founded_year: int | None
    business_id: str
    register_number: str
    status: str
    verified_minutes_ago: int | None
    logo_colour: str | None
    initials: str


T = TypeVar("T")


def _ordered(chosen: Iterable[str], canonical: Sequence[str]) -> tuple[str, ...]:
    chosen = set(chosen)
    return tuple(slug for slug in canonical if slug in chosen)


def _join_words(items: Sequence[str], conjunction: str) -> str:
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Generator:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.slug_counts: dict[str, int] = {}
        self.business_ids: set[str] = set()
        # The first associations cover every kind and every municipality, whatever the seed.
        self.category_order = list(CATEGORIES)
        self.rng.shuffle(self.category_order)
        self.town_order = list(MUNICIPALITIES)
        self.rng.shuffle(self.town_order)

    def make(self, index: int) -> DemoAssociation:
        rng = self.rng
        if index < len(self.category_order):
            category = self.category_order[index]
        else:
            category = rng.choices(CATEGORIES, CATEGORY_WEIGHTS)[0]
        if index < len(self.town_order):
            home = self.town_order[index]
        else:
            home = rng.choices(MUNICIPALITIES, TOWN_WEIGHTS)[0]
        town = TOWNS[home]

        feasible = [n for n in category.names if n[1] != "lahti-seutu" or home in LAHTI_REGION]
        pattern, scope, *rest = rng.choice(feasible)
        extra: dict = dict(rest[0]) if rest else {}
        picked = extra.pop("pick", None)
        if picked:
            extra.update(rng.choice(picked))
        word = rng.choice(category.words) if category.words else ""
        if isinstance(word, dict):
            extra.update(word)
            word = word["word"]
        kind = extra.pop("kind", category.kind)
        forced_languages = extra.pop("languages", ())

        place = town.genitive
        place_obj = None
        if scope in ("kyla", "paikka"):
            candidates = [p for p in town.places if p.village or scope == "paikka"]
            place_obj = rng.choice(candidates)
            place = place_obj.genitive
            area = place_obj.area
        elif scope == "seutu":
            area = f"{town.inessive} ja lähikunnissa"
        elif scope == "region":
            area = "koko Päijät-Hämeessä"
        elif scope == "lahti-seutu":
            area = "Lahden seudulla"
        else:
            area = town.inessive

        context = {
            "place": place,
            "village": place_obj.village_genitive if place_obj else f"{place} kylän",
            "mun": town.genitive,
            "organisation": town.organisation,
            "sv": town.name_sv,
            "area": area,
            "word": word,
            "landmark": rng.choice(LANDMARKS),
            **extra,
        }
        context.update({f"{key}_cap": _capitalise(str(v)) for key, v in list(context.items())})
        name = pattern.format(**context)
        if name[0].islower():
            name = _capitalise(name)
        context["name"] = name

        base_slug = slugify(name)[:200]
        count = self.slug_counts.get(base_slug, 0) + 1
        self.slug_counts[base_slug] = count
        suffix = f"-{count}" if count > 1 else ""
        slug = base_slug + suffix
        domain = (slugify(LEGAL_SUFFIX_RE.sub("", name))[:50].strip("-") or "yhdistys") + suffix

        operating = self._operating(home, scope)
        themes = self._some(category.themes, 0.45, 3)
        fields = self._some(category.fields, 0.3, 2)
        target_groups = self._some(category.target_groups, 0.4, 3)
        spearheads = self._some(category.spearheads, 0.35, 3)
        if rng.random() < 0.1:
            spearheads.append(rng.choice(SPEARHEADS))
        languages = self._languages(category, forced_languages)

        founded = rng.randint(*category.founded) if category.founded else None
        short = rng.choice(category.short).format(**context)
        if len(short) > 200:
            short = short[:199].rsplit(" ", 1)[0] + "…"
        description = self._description(category, context, founded, languages)
        status = rng.choices(
            (S.PUBLISHED, S.PENDING, S.DRAFT, S.HIDDEN), (84, 6, 5, 5)
        )[0]  # fmt: skip
        verified = self._verified(status)

        postal_code, post_office = rng.choice(town.postal)
        if place_obj and place_obj.postal:
            postal_code, post_office = place_obj.postal
        has_address = kind == K.PUBLIC or rng.random() < 0.7
        streets = CITY_STREETS if town.city and not (place_obj and place_obj.village) else ROADS
        street = f"{rng.choice(streets)} {rng.randint(1, 60)}"
        roles = category.roles + (GENERIC_ROLES if kind in (K.REGISTERED, K.OTHER_NGO) else ())
        role = rng.choice(roles or ("info",))
        email = f"{role}@{domain}.example.fi" if rng.random() < 0.92 else ""
        if kind == K.PUBLIC:
            phone = f"+358 3 {rng.randint(800, 899)} {rng.randint(1000, 9999)}"
        else:
            prefix = rng.choice(("40", "40", "40", "44", "50"))
            phone = f"+358 {prefix} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        phone = phone if rng.random() < 0.8 else ""
        website = f"https://{domain}.example.fi/" if rng.random() < 0.55 else ""
        accessibility = self._accessibility(category)
        business_id = self._business_id(kind)
        register_number = ""
        if kind == K.REGISTERED and rng.random() < 0.8:
            register_number = f"{rng.randint(100, 229)}.{rng.randint(0, 999):03d}"
        logo_colour = rng.choice(LOGO_COLOURS) if rng.random() < 0.35 else None

        return DemoAssociation(
            name=name,
            slug=slug,
            kind=str(kind),
            short_description=short,
            description=description,
            home_municipality=home,
            operating_municipalities=_ordered(operating, MUNICIPALITIES),
            themes=_ordered(themes, THEMES),
            spearheads=_ordered(spearheads, SPEARHEADS),
            target_groups=_ordered(target_groups, TARGET_GROUPS),
            fields=_ordered(fields, FIELDS),
            languages=_ordered(languages, LANGUAGES),
            email=email,
            phone=phone,
            website=website,
            street_address=street if has_address else "",
            postal_code=postal_code if has_address else "",
            post_office=post_office if has_address else "",
            accessibility=accessibility,
            founded_year=founded,
            business_id=business_id,
            register_number=register_number,
            status=str(status),
            verified_minutes_ago=verified,
            logo_colour=logo_colour,
            initials=initials(name),
        )

    def _some(self, options: Sequence[str], odds: float, limit: int) -> list[str]:
        """The first option always, each of the others with the given odds, at most `limit`."""
        chosen = [options[0]]
        for option in options[1:]:
            if len(chosen) < limit and self.rng.random() < odds:
                chosen.append(option)
        return chosen

    def _operating(self, home: str, scope: str) -> set[str]:
        rng = self.rng
        if scope == "region":
            return set(MUNICIPALITIES)
        if scope == "lahti-seutu":
            return {home, *LAHTI_REGION}
        neighbours = TOWNS[home].neighbours
        if scope == "seutu":
            return {home, *rng.sample(neighbours, min(len(neighbours), rng.randint(2, 3)))}
        roll = rng.random()
        if roll < 0.04:
            return set(MUNICIPALITIES)
        extra = 0 if roll < 0.66 else 1 if roll < 0.86 else 2 if roll < 0.95 else 3
        pool = list(neighbours)
        if extra > len(pool):
            pool += [m for m in MUNICIPALITIES if m != home and m not in pool]
        return {home, *rng.sample(pool, extra)}

    def _languages(self, category: Category, forced: Sequence[str]) -> set[str]:
        rng = self.rng
        if category.swedish:
            return {"sv", "fi"} if rng.random() < 0.6 else {"sv"}
        languages = {"fi", *forced}
        if category.key == "monikulttuurinen":
            languages.update(rng.sample(IMMIGRANT_LANGUAGES, rng.randint(1, 3)))
        for language, odds in EXTRA_LANGUAGE_ODDS:
            if rng.random() < odds:
                languages.add(language)
        return languages

    def _description(
        self, category: Category, context: dict, founded: int | None, languages: set[str]
    ) -> str:
        rng = self.rng
        intro = rng.choice(category.intro).format(**context)
        if founded and rng.random() < 0.6:
            if category.swedish:
                intro += f" Föreningen grundades {founded}."
            else:
                noun = NOUNS.get(category.key, "Yhdistys")
                intro += f" {noun} on perustettu vuonna {founded}."
        paragraphs = [intro]

        items = [item.format(**context) for item in rng.sample(category.activities, 4)]
        items = items[: rng.randint(3, 4)]
        if rng.random() < 0.5:
            lead = "Vår verksamhet omfattar bland annat:" if category.swedish else None
            lead = lead or rng.choice(LIST_LEADS)
            paragraphs.append(lead + "\n\n" + "\n".join(f"- {item}" for item in items))
        elif category.swedish:
            paragraphs.append(f"Vi ordnar bland annat {_join_words(items, 'och')}.")
        else:
            paragraphs.append(f"{rng.choice(SENTENCE_LEADS)} {_join_words(items, 'sekä')}.")

        if category.extra and rng.random() < 0.55:
            paragraphs.append(rng.choice(category.extra).format(**context))
        others = [IN_LANGUAGE[code] for code in LANGUAGES if code in languages and code != "fi"]
        if rng.random() < 0.75 or (others and not category.swedish):
            closing = rng.choice(category.join or JOIN).format(**context)
            if others and not category.swedish and "fi" in languages:
                closing += f" Toimintaa on suomen lisäksi myös {_join_words(others, 'ja')}."
            paragraphs.append(closing)
        return "\n\n".join(paragraphs)

    def _verified(self, status: str) -> int | None:
        """Minutes since the information was last confirmed, or None for never."""
        rng = self.rng
        day = 24 * 60
        roll = rng.random()
        if status != S.PUBLISHED:
            return rng.randint(0, 540 * day) if roll < 0.3 else None
        if roll < 0.68:
            return rng.randint(0, 365 * day)
        if roll < 0.85:
            return rng.randint(366 * day, 548 * day)
        if roll < 0.90:
            return rng.randint(549 * day, 900 * day)
        return None

    def _accessibility(self, category: Category) -> str:
        rng = self.rng
        if category.key != "vammais" and rng.random() >= 0.4:
            return ""
        options = ACCESSIBILITY_SV if category.swedish else ACCESSIBILITY
        return " ".join(rng.sample(options, rng.randint(2, 3)))

    def _business_id(self, kind: str) -> str:
        """A unique, valid Y-tunnus from 9xxxxxx, far above the numbers issued so far."""
        rng = self.rng
        odds = {K.REGISTERED: 0.88, K.FOUNDATION: 1.0, K.PRIVATE: 1.0}.get(kind, 0.0)
        if rng.random() >= odds:
            return ""
        while True:
            base = str(rng.randint(9_000_000, 9_999_999))
            check = business_id_check_digit(base)
            business_id = f"{base}-{check}"
            if check is not None and business_id not in self.business_ids:
                self.business_ids.add(business_id)
                return business_id


def initials(name: str) -> str:
    """Up to three letters for a logo: an acronym in the name (SPR, VPK, MLL) or first letters."""
    words = LEGAL_SUFFIX_RE.sub("", name).replace(":", " ").split()
    for word in words:
        if 2 <= len(word) <= 4 and word.isupper():
            return word
    capitals = [word[0] for word in words if word[0].isupper() or word[0].isdigit()]
    if len(capitals) < 2:  # "Sysmän kunnan kulttuuripalvelut"
        capitals = [word[0] for word in words[:2]]
    return (capitals[0] + (capitals[-1] if len(capitals) > 1 else "")).upper()


def generate_associations(count: int, seed: int = DEFAULT_SEED) -> Iterator[DemoAssociation]:
    """`count` demo associations; the same seed always gives the same ones, in the same order."""
    generator = _Generator(seed)
    for index in range(count):
        yield generator.make(index)


def logo_png(initials: str, colour: str, size: int = 128) -> bytes:
    """A small square logo: white initials on a colour dark enough for them (contrast ≥ 4.5:1)."""
    from PIL import Image, ImageDraw, ImageFont

    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    image = Image.new("RGB", (size, size), (red, green, blue))
    draw = ImageDraw.Draw(image)
    # A lighter band of the same hue keeps the logos from looking all alike.
    hue, lightness, saturation = colorsys.rgb_to_hls(red / 255, green / 255, blue / 255)
    band = colorsys.hls_to_rgb(hue, min(1.0, lightness + 0.12), saturation)
    draw.rectangle((0, size * 3 // 4, size, size), fill=tuple(round(c * 255) for c in band))
    font = ImageFont.load_default(size=size * (0.42 if len(initials) < 3 else 0.32))
    draw.text((size / 2, size * 0.42), initials, fill="white", font=font, anchor="mm")
    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


# --- Writing to the database --------------------------------------------------------------------

TAGGING = (
    ("operating_municipalities", Municipality),
    ("themes", Theme),
    ("spearheads", Spearhead),
    ("target_groups", TargetGroup),
    ("fields", Field),
    ("languages", Language),
)


@dataclass
class SeedResult:
    created: int = 0
    skipped: int = 0  # generated but left alone because an association with the slug exists


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def create_demo_associations(
    *,
    count: int = DEFAULT_COUNT,
    seed: int = DEFAULT_SEED,
    verified_by=None,
    logos: bool | None = None,
    now: datetime | None = None,
    batch_size: int = BATCH_SIZE,
) -> SeedResult:
    """Insert the first `count` demo associations of `seed`, skipping slugs that exist already.

    So running again with the same seed adds nothing, and a larger `count` adds only the rest.
    Call inside a transaction. Logos are drawn only up to LOGO_MAX_COUNT unless `logos` says.
    """
    if logos is None:
        logos = count <= LOGO_MAX_COUNT
    now = now or timezone.now()
    # Each model's terms in its default ordering, which is the order `search_terms_for` reads.
    terms = {name: list(model.objects.all()) for name, model in TAGGING}
    by_slug = {name: {term.slug: term for term in rows} for name, rows in terms.items()}
    position = {name: {term.slug: i for i, term in enumerate(rows)} for name, rows in terms.items()}
    municipalities = by_slug["operating_municipalities"]
    missing = set(MUNICIPALITIES) - set(municipalities)
    if missing:
        raise LookupError(f"Municipalities missing from the taxonomy: {', '.join(sorted(missing))}")

    existing_slugs = set(Association.objects.values_list("slug", flat=True))
    taken_ids = set(
        Association.objects.exclude(business_id="").values_list("business_id", flat=True)
    )
    logo_field = Association._meta.get_field("logo")
    result = SeedResult()
    for batch in _batches(generate_associations(count, seed), batch_size):
        records = [record for record in batch if record.slug not in existing_slugs]
        result.skipped += len(batch) - len(records)
        if not records:
            continue
        associations = []
        tags = []
        for record in records:
            association = _association(record, municipalities, taken_ids, verified_by, now)
            record_tags = {
                name: sorted(
                    (
                        by_slug[name][slug]
                        for slug in getattr(record, name)
                        if slug in by_slug[name]
                    ),
                    key=lambda term, name=name: position[name][term.slug],
                )
                for name, _model in TAGGING
            }
            association.search_terms = Association.search_index.terms_text(
                association,
                [
                    association.home_municipality,
                    *(t for name, _ in TAGGING for t in record_tags[name]),
                ],
            )
            if logos and record.logo_colour:
                association.logo.name = _store_logo(logo_field, association, record)
                association.logo_alt = f"Logo: kirjaimet {record.initials}"
            associations.append(association)
            tags.append(record_tags)
        Association.objects.bulk_create(associations, batch_size=batch_size)
        if any(association.pk is None for association in associations):  # no RETURNING
            pks = dict(
                Association.objects.filter(slug__in=[a.slug for a in associations]).values_list(
                    "slug", "pk"
                )
            )
            for association in associations:
                association.pk = pks[association.slug]
        for name, _model in TAGGING:
            relation = Association._meta.get_field(name)
            through = relation.remote_field.through
            source = f"{relation.m2m_field_name()}_id"
            target = f"{relation.m2m_reverse_field_name()}_id"
            through.objects.bulk_create(
                [
                    through(**{source: association.pk, target: term.pk})
                    for association, record_tags in zip(associations, tags, strict=True)
                    for term in record_tags[name]
                ],
                batch_size=5000,
            )
        existing_slugs.update(a.slug for a in associations)
        result.created += len(associations)
        if not connection.force_debug_cursor:  # unless a test is counting queries
            # With DEBUG on, Django keeps the SQL of every query: megabytes for each batch here.
            connection.queries_log.clear()
    if result.created:
        content_changed()  # bulk_create sends no signals
    return result


def _association(
    record: DemoAssociation, municipalities: dict, taken_ids: set[str], verified_by, now: datetime
) -> Association:
    business_id = record.business_id if record.business_id not in taken_ids else ""
    if business_id:
        taken_ids.add(business_id)
    verified_at = None
    if record.verified_minutes_ago is not None:
        verified_at = now - timedelta(minutes=record.verified_minutes_ago)
    return Association(
        name=record.name,
        slug=record.slug,
        kind=record.kind,
        short_description=record.short_description,
        description=record.description,
        home_municipality=municipalities[record.home_municipality],
        email=record.email,
        phone=record.phone,
        website=record.website,
        street_address=record.street_address,
        postal_code=record.postal_code,
        post_office=record.post_office,
        accessibility=record.accessibility,
        founded_year=record.founded_year,
        business_id=business_id,
        register_number=record.register_number,
        status=record.status,
        verified_at=verified_at,
        verified_by=verified_by if verified_at else None,
    )


def _store_logo(logo_field, association: Association, record: DemoAssociation) -> str:
    """Save the logo and its thumbnails under the field's upload path, the way an upload is
    (`directory.images`), but under the slug, so that a rerun reuses the files drawn before."""
    storage = logo_field.storage
    name = logo_field.generate_filename(association, f"{record.slug}.png")
    if storage.exists(name) and storage.exists(thumbnail_name(name, THUMBNAIL_SIZES[-1])):
        return name
    logo = clean_image(ContentFile(logo_png(record.initials, record.logo_colour), name=name))
    if storage.exists(name):
        storage.delete(name)
    name = storage.save(name, logo)
    save_thumbnails(logo, storage, name)
    return name
