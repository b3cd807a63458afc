"""Clearly fictional demo services for the demo associations, generated deterministically.

`generate_services()` is pure: from a provider's name, kind and tags it draws one to five services
of kinds that fit its fields of activity (a carers' association gets a peer-support group for
carers, a VPK a first-aid course and a volunteer task), using `random.Random` seeded with the seed
and the provider's slug, so an association always gets the same services whatever else exists.
`create_demo_services()` writes them with `bulk_create` for every association in the database and,
because that bypasses `services.signals`, fills `search_terms` itself and bumps the content version.
"""

import random
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from django.db import connection
from django.utils.text import slugify

from core.caching import content_changed
from core.prices import euro_amount
from demo.associations import (
    CARERS,
    CHILDREN,
    DEFAULT_SEED,
    DISABLED,
    EVERYONE,
    F_CULTURE,
    F_EMPLOYMENT,
    F_FAMILIES,
    F_MENTAL,
    F_OLDER,
    F_PATIENTS,
    F_SAFETY,
    F_SERVICES,
    F_SPORT,
    F_VILLAGE,
    FAMILIES,
    HEALTHY,
    IMMIGRANTS,
    INCLUSION,
    LONG_TERM_ILL,
    MENTAL,
    OLDER,
    SAFETY,
    SERVICES,
    WORKING_AGE,
    YOUTH,
    SeedResult,
)
from directory.models import Association
from services.models import Service
from taxonomy.models import Language, Municipality, Spearhead, TargetGroup, Theme

BATCH_SIZE = 2000
K = Service.Kind
J = Service.Joining

# How many services an association offers: none for some, most one to three.
COUNT_WEIGHTS = ((0, 12), (1, 30), (2, 26), (3, 16), (4, 10), (5, 6))


@dataclass(frozen=True)
class Template:
    kind: str
    title: str
    short: str
    target_groups: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    ages: tuple[int | None, int | None] = (None, None)
    free_odds: float = 0.8
    cost: str = ""


T = Template
TEMPLATES: dict[str, tuple[Template, ...]] = {
    F_FAMILIES: (
        T(K.PEER_SUPPORT, "Perhekahvila", "Vanhemmat ja pienet lapset tapaavat toisiaan kahvin "
          "ja leikin merkeissä.", (FAMILIES,), (INCLUSION,)),
        T(K.GROUP_ACTIVITY, "Lasten kerho", "Leikkiä, askartelua ja liikuntaa ohjaajien kanssa.",
          (CHILDREN,), (INCLUSION,), (3, 6), 0.5, "25 € lukukaudelta"),
        T(K.VOLUNTEERING, "Lastenhoitoavun vapaaehtoinen", "Tule tilapäiseksi lastenhoitajaksi "
          "perheille; saat perehdytyksen.", (FAMILIES,), (INCLUSION,), (18, None)),
        T(K.ADVICE, "Perheneuvonta", "Keskusteluapua arjen kysymyksiin lapsiperheille.",
          (FAMILIES,), (MENTAL,)),
    ),
    F_OLDER: (
        T(K.PEER_SUPPORT, "Omaishoitajien vertaistukiryhmä", "Omaishoitajat jakavat kokemuksia "
          "ja saavat tukea toisiltaan.", (CARERS,), (MENTAL,), (18, None), 1.0),
        T(K.GROUP_ACTIVITY, "Senioritanssit", "Lavatansseja ja yhdessäoloa eläkeläisille.",
          (OLDER,), (HEALTHY, INCLUSION), (60, None), 0.4, "5 € kerta"),
        T(K.VOLUNTEERING, "Ystävätoiminnan vapaaehtoinen", "Ryhdy ikäihmisen ystäväksi: "
          "ulkoilua, juttuseuraa ja asiointiapua.", (OLDER,), (INCLUSION,), (18, None), 1.0),
        T(K.ADVICE, "Omaishoitajien palveluneuvonta", "Neuvontaa omaishoidon tukiin ja "
          "palveluihin.", (CARERS, OLDER), (SAFETY,), (None, None), 1.0),
        T(K.SERVICE, "Kotiapu ikääntyneille", "Siivous-, asiointi- ja pihatyöapua kotona "
          "asuville ikääntyneille.", (OLDER,), (SAFETY,), (65, None), 0.0,
          "25 €/h, kotitalousvähennyskelpoinen"),
    ),
    F_PATIENTS: (
        T(K.PEER_SUPPORT, "Vertaistukiryhmä sairastuneille", "Samassa tilanteessa olevien "
          "keskusteluryhmä.", (LONG_TERM_ILL,), (MENTAL,), (18, None), 1.0),
        T(K.ADVICE, "Sosiaaliturvaneuvonta", "Apua etuuksien hakemiseen ja lomakkeisiin.",
          (LONG_TERM_ILL, DISABLED), (SAFETY,), (None, None), 1.0),
        T(K.TRAINING, "Kokemusasiantuntijakoulutus", "Koulutus omien kokemusten jakamiseen "
          "ammattilaisten ja oppilaitosten tilaisuuksissa.", (LONG_TERM_ILL,), (INCLUSION,),
          (18, None), 0.6, "30 € jäseniltä"),
        T(K.GROUP_ACTIVITY, "Soveltava liikuntaryhmä", "Liikuntaa jokaisen omien voimien "
          "mukaan.", (DISABLED, LONG_TERM_ILL), (HEALTHY,), (None, None), 0.5, "2 € kerta"),
    ),
    F_MENTAL: (
        T(K.PEER_SUPPORT, "Mielenterveyskuntoutujien vertaisryhmä", "Luottamuksellinen ryhmä "
          "mielenterveyden haasteita kokeneille.", (WORKING_AGE,), (MENTAL,), (18, None), 1.0),
        T(K.PEER_SUPPORT, "Päihdeperheiden vertaistukiryhmä", "Tukea läheisille, joiden "
          "perheenjäsen käyttää päihteitä.", (FAMILIES,), (HEALTHY, MENTAL), (18, None), 1.0),
        T(K.ADVICE, "Matalan kynnyksen keskusteluapu", "Tule juttelemaan ilman ajanvarausta ja "
          "nimettömänä.", (EVERYONE,), (MENTAL,), (None, None), 1.0),
        T(K.TRAINING, "Mielenterveyden ensiapu -koulutus", "Opi tunnistamaan ja tukemaan "
          "mielenterveyttä arjessa.", (WORKING_AGE,), (MENTAL,), (16, None), 0.3, "40 €"),
        T(K.GROUP_ACTIVITY, "Kohtaamispaikan avoimet ovet", "Kahvia, seuraa ja yhteistä "
          "tekemistä.", (EVERYONE,), (INCLUSION, MENTAL), (None, None), 1.0),
    ),
    F_SPORT: (
        T(K.GROUP_ACTIVITY, "Kuntosaliryhmä ikääntyneille", "Ohjattua voimaharjoittelua "
          "lihaskunnon ja tasapainon tueksi.", (OLDER,), (HEALTHY,), (63, None), 0.3,
          "20 € kaudelta"),
        T(K.GROUP_ACTIVITY, "Liikuntakerho lapsille", "Pallopelejä, temppuilua ja leikkiä.",
          (CHILDREN,), (HEALTHY,), (5, 12), 0.4, "40 € kaudelta"),
        T(K.GROUP_ACTIVITY, "Kävelyryhmä", "Yhteiset kävelylenkit lähimaastossa; "
          "vauhdin mukaan kaksi ryhmää.", (EVERYONE,), (HEALTHY, INCLUSION), (None, None), 1.0),
        T(K.VOLUNTEERING, "Junioriohjaajaksi", "Tule ohjaamaan lasten ja nuorten harjoituksia; "
          "koulutamme.", (YOUTH, WORKING_AGE), (INCLUSION,), (15, None), 1.0),
        T(K.TRAINING, "Ohjaajakoulutus", "Perusteet liikuntaryhmän ohjaamiseen.",
          (WORKING_AGE, YOUTH), (HEALTHY,), (15, None), 0.7),
    ),
    F_EMPLOYMENT: (
        T(K.ADVICE, "Työnhaun tuki", "Apua työhakemuksiin, CV:hen ja haastatteluihin.",
          (WORKING_AGE, IMMIGRANTS), (INCLUSION,), (17, 64), 1.0),
        T(K.TRAINING, "Digitaitojen kurssi", "Sähköinen asiointi, pankki ja turvallinen "
          "verkonkäyttö tutuiksi.", (OLDER, IMMIGRANTS), (SAFETY,), (None, None), 0.8),
        T(K.SERVICE, "Kuntouttava työtoiminta", "Työtoimintaa omien voimavarojen mukaan "
          "yhteistyössä kunnan kanssa.", (WORKING_AGE,), (INCLUSION,), (18, 64), 1.0),
    ),
    F_VILLAGE: (
        T(K.GROUP_ACTIVITY, "Kylätalon avoimet illat", "Kahvia, pelejä ja kyläläisten "
          "kohtaamisia.", (EVERYONE,), (INCLUSION,), (None, None), 0.9),
        T(K.VOLUNTEERING, "Talkooväkeen", "Kylän tapahtumiin ja kunnostustöihin tarvitaan "
          "käsiä.", (EVERYONE,), (INCLUSION,), (None, None), 1.0),
        T(K.SERVICE, "Kylätalon tilavuokraus", "Juhlat, kokoukset ja harrastukset kylätalolla.",
          (EVERYONE,), (INCLUSION,), (None, None), 0.0, "Alkaen 60 € päivä"),
        T(K.VOLUNTEERING, "Kyläavustajan apuri", "Auta kylän ikäihmisiä asioinnissa ja "
          "pienissä kotitöissä.", (OLDER,), (SAFETY, INCLUSION), (18, None), 1.0),
    ),
    F_CULTURE: (
        T(K.GROUP_ACTIVITY, "Kuoroharjoitukset", "Laulamme moniäänisesti; uudet laulajat "
          "tervetulleita koelauluun.", (EVERYONE,), (INCLUSION,), (15, None), 0.5,
          "30 € kaudelta"),
        T(K.GROUP_ACTIVITY, "Teatteriryhmä", "Näytelmiä ja improa harrastajille.",
          (YOUTH, WORKING_AGE), (INCLUSION,), (13, None), 0.6, "20 € kaudelta"),
        T(K.TRAINING, "Käsityökurssi", "Perinnekäsitöitä ja kierrätysideoita.",
          (EVERYONE,), (INCLUSION,), (None, None), 0.3, "15 € materiaalimaksu"),
        T(K.VOLUNTEERING, "Tapahtumatalkoolainen", "Lipunmyyntiä, kahviota ja järjestelyjä "
          "tapahtumissa.", (EVERYONE,), (INCLUSION,), (15, None), 1.0),
    ),
    F_SERVICES: (
        T(K.SERVICE, "Kotiapu", "Siivous-, ikkunanpesu- ja pihatyöpalvelu kotiin.",
          (OLDER, FAMILIES), (SAFETY,), (None, None), 0.0, "28 €/h"),
        T(K.SERVICE, "Tuettu asuminen", "Asumisen tukea ja ohjausta omassa kodissa.",
          (DISABLED, LONG_TERM_ILL), (SAFETY,), (18, None), 0.0, "Hyvinvointialueen "
          "palvelusetelillä tai oma maksu"),
        T(K.ADVICE, "Palveluohjaus", "Apua sopivien palvelujen ja tukien löytämiseen.",
          (EVERYONE,), (SAFETY,), (None, None), 1.0),
    ),
    F_SAFETY: (
        T(K.TRAINING, "Ensiapukurssi", "Ensiavun perusteet käytännön harjoituksin.",
          (EVERYONE,), (SAFETY,), (15, None), 0.2, "90 €"),
        T(K.VOLUNTEERING, "Vapaaehtoiseen pelastuspalveluun", "Etsinnät, ensiapu ja "
          "valmiusharjoitukset: tule mukaan hälytysryhmään.", (WORKING_AGE,), (SAFETY,),
          (18, None), 1.0),
        T(K.GROUP_ACTIVITY, "Nuoriso-osasto", "Palokuntatoimintaa, ensiapua ja retkiä "
          "nuorille.", (YOUTH,), (SAFETY,), (10, 17), 0.6, "30 € vuodessa"),
        T(K.ADVICE, "Kotitalouksien varautumisneuvonta", "Kotivara, sähkökatkot ja "
          "paloturvallisuus kotona.", (EVERYONE,), (SAFETY,), (None, None), 1.0),
    ),
}  # fmt: skip
GENERAL = (
    T(K.GROUP_ACTIVITY, "Jäsenillat", "Ajankohtaista asiaa, vieraita ja yhdessäoloa.",
      (EVERYONE,), (INCLUSION,)),
    T(K.VOLUNTEERING, "Vapaaehtoiseksi yhdistykseen", "Tehtäviä tapahtumista viestintään; "
      "kerro, mikä sinua kiinnostaa.", (EVERYONE,), (INCLUSION,), (15, None), 1.0),
)  # fmt: skip

SCHEDULES = {
    K.PEER_SUPPORT: ("Kuukauden ensimmäinen tiistai klo 18–20", "Joka toinen keskiviikko klo "
                     "17.30–19", "Torstaisin klo 13–15"),
    K.GROUP_ACTIVITY: ("Maanantaisin klo 18–19.30", "Tiistaisin ja torstaisin klo 17–18",
                       "Lauantaisin klo 10–12", "Keskiviikkoisin klo 10–11.30"),
    K.ADVICE: ("Ajanvarauksella arkisin", "Keskiviikkoisin klo 9–12 ilman ajanvarausta",
               "Puhelinaika ma–pe klo 9–11"),
    K.TRAINING: ("Syksyisin ja keväisin, kolme iltaa", "Kaksipäiväinen kurssi; ajat "
                 "verkkosivuilla", "Alkaa tammikuussa, kuusi kertaa"),
    K.VOLUNTEERING: ("Oman aikataulusi mukaan", "Noin kaksi tuntia viikossa",
                     "Tapahtumien aikaan, sovitusti"),
    K.SERVICE: ("Arkisin klo 8–16", "Sopimuksen mukaan", "Ma–pe ajanvarauksella"),
}  # fmt: skip
JOINING = {
    K.PEER_SUPPORT: (J.JUST_COME, J.CONTACT),
    K.GROUP_ACTIVITY: (J.JUST_COME, J.JUST_COME, J.REGISTER),
    K.ADVICE: (J.CONTACT, J.JUST_COME),
    K.TRAINING: (J.REGISTER,),
    K.VOLUNTEERING: (J.CONTACT,),
    K.SERVICE: (J.CONTACT, J.REGISTER),
}
PLACES = ("Seurojentalo", "Kylätalo", "Kirjaston kokoushuone", "Seurakuntakeskus",
          "Järjestötalo", "Liikuntahalli", "Yhdistyksen toimitila")  # fmt: skip
ACCESSIBILITY = (
    "Tilaan on esteetön kulku.",
    "Tilassa on induktiosilmukka.",
    "Avustaja osallistuu maksutta.",
    "Esteetön WC on käytettävissä.",
)


@dataclass(frozen=True)
class Provider:
    """What the generator needs of an association; taxonomy as slugs."""

    slug: str
    name: str
    kind: str
    home_municipality: str
    operating_municipalities: tuple[str, ...]
    fields: tuple[str, ...] = ()
    spearheads: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("fi",)
    email: str = ""
    phone: str = ""
    website: str = ""


@dataclass
class DemoService:
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
    schedule: str
    place: str
    joining: str
    registration_url: str
    contact_email: str
    contact_phone: str
    accessibility: str


def generate_services(provider: Provider, seed: int = DEFAULT_SEED) -> list[DemoService]:
    """The provider's demo services: the same provider and seed always give the same ones."""
    rng = random.Random(f"{seed}:{provider.slug}")
    counts, weights = zip(*COUNT_WEIGHTS, strict=True)
    count = rng.choices(counts, weights)[0]
    pool = [template for slug in provider.fields for template in TEMPLATES.get(slug, ())]
    if provider.kind in {Association.Kind.PUBLIC, Association.Kind.PRIVATE}:
        # Public and private partners mostly offer services and guidance.
        pool = [t for t in pool if t.kind in {K.SERVICE, K.ADVICE}] or list(TEMPLATES[F_SERVICES])
    if not pool:
        pool = list(GENERAL)
    chosen = rng.sample(pool, min(count, len(pool)))
    return [_service(rng, provider, template) for template in chosen]


def _service(rng: random.Random, provider: Provider, template: Template) -> DemoService:
    municipalities = {provider.home_municipality}
    others = [m for m in provider.operating_municipalities if m != provider.home_municipality]
    if others and rng.random() < 0.4:
        municipalities.update(rng.sample(others, rng.randint(1, len(others))))
    online = rng.random() < (0.35 if template.kind in {K.ADVICE, K.TRAINING} else 0.08)
    is_free = rng.random() < template.free_odds
    status = Service.Status.PUBLISHED if rng.random() < 0.93 else Service.Status.DRAFT
    joining = rng.choice(JOINING[template.kind])
    website = provider.website.rstrip("/")
    registration_url = f"{website}/ilmoittaudu" if joining == J.REGISTER and website else ""
    slug = f"{slugify(template.title)[:90]}-{provider.slug}"[:220]
    description = (
        f"{template.short}\n\n{provider.name} järjestää toimintaa "
        f"{'verkossa ja ' if online else ''}paikan päällä. "
        f"{'Osallistuminen on maksutonta.' if is_free else 'Toiminta on maksullista.'}"
    )
    return DemoService(
        slug=slug,
        title=template.title,
        kind=str(template.kind),
        short_description=template.short,
        description=description,
        status=str(status),
        municipalities=tuple(sorted(municipalities)),
        online=online,
        themes=template.themes,
        spearheads=tuple(s for s in provider.spearheads if s == SERVICES or rng.random() < 0.3),
        target_groups=template.target_groups,
        languages=provider.languages or ("fi",),
        min_age=template.ages[0],
        max_age=template.ages[1],
        is_free=is_free,
        cost="" if is_free else (template.cost or "Kysy hintaa"),
        schedule=rng.choice(SCHEDULES[template.kind]),
        place="" if rng.random() < 0.2 else rng.choice(PLACES),
        joining=str(joining),
        registration_url=registration_url,
        contact_email=provider.email if joining != J.JUST_COME else "",
        contact_phone=provider.phone if joining != J.JUST_COME and rng.random() < 0.5 else "",
        accessibility=rng.choice(ACCESSIBILITY) if rng.random() < 0.4 else "",
    )


# --- Writing to the database --------------------------------------------------------------------

TAGGING = (
    ("municipalities", Municipality),
    ("themes", Theme),
    ("spearheads", Spearhead),
    ("target_groups", TargetGroup),
    ("languages", Language),
)


def _providers(batch_size: int) -> Iterator[tuple[Association, Provider]]:
    """Every association with its tags as slugs, read in batches with one query per relation."""
    relations = ("operating_municipalities", "fields", "spearheads", "languages")
    associations = Association.objects.select_related("home_municipality").order_by("pk")
    last_pk = 0
    while True:
        batch = list(associations.filter(pk__gt=last_pk)[:batch_size])
        if not batch:
            return
        last_pk = batch[-1].pk
        tags: dict[str, dict[int, list[str]]] = {}
        for name in relations:
            relation = Association._meta.get_field(name)
            through = relation.remote_field.through
            source = relation.m2m_field_name()
            target = relation.m2m_reverse_field_name()
            by_association = defaultdict(list)
            rows = through.objects.filter(**{f"{source}_id__in": [a.pk for a in batch]})
            for pk, slug in rows.values_list(f"{source}_id", f"{target}__slug").order_by("pk"):
                by_association[pk].append(slug)
            tags[name] = by_association
        for association in batch:
            yield (
                association,
                Provider(
                    slug=association.slug,
                    name=association.name,
                    kind=association.kind,
                    home_municipality=association.home_municipality.slug,
                    operating_municipalities=tuple(
                        tags["operating_municipalities"][association.pk]
                    ),
                    fields=tuple(tags["fields"][association.pk]),
                    spearheads=tuple(tags["spearheads"][association.pk]),
                    languages=tuple(tags["languages"][association.pk]),
                    email=association.email,
                    phone=association.phone,
                    website=association.website,
                ),
            )


def create_demo_services(*, seed: int = DEFAULT_SEED, batch_size: int = BATCH_SIZE) -> SeedResult:
    """Insert the demo services of every association, skipping slugs that exist already, so a
    rerun adds nothing and new associations get theirs. Call inside a transaction."""
    terms = {name: {t.slug: t for t in model.objects.all()} for name, model in TAGGING}
    existing = set(Service.objects.values_list("slug", flat=True))
    result = SeedResult()
    pending: list[tuple[Service, dict]] = []

    def flush():
        services = [service for service, _tags in pending]
        Service.objects.bulk_create(services, batch_size=batch_size)
        if any(service.pk is None for service in services):  # no RETURNING
            pks = dict(
                Service.objects.filter(slug__in=[s.slug for s in services]).values_list(
                    "slug", "pk"
                )
            )
            for service in services:
                service.pk = pks[service.slug]
        for name, _model in TAGGING:
            relation = Service._meta.get_field(name)
            through = relation.remote_field.through
            source = f"{relation.m2m_field_name()}_id"
            target = f"{relation.m2m_reverse_field_name()}_id"
            through.objects.bulk_create(
                [
                    through(**{source: service.pk, target: term.pk})
                    for service, tags in pending
                    for term in tags[name]
                ],
                batch_size=5000,
            )
        result.created += len(pending)
        pending.clear()
        if not connection.force_debug_cursor:  # unless a test is counting queries
            connection.queries_log.clear()

    for association, provider in _providers(batch_size):
        for record in generate_services(provider, seed):
            if record.slug in existing:
                result.skipped += 1
                continue
            existing.add(record.slug)
            service = _model(record, association)
            tags = {
                name: [terms[name][slug] for slug in getattr(record, name) if slug in terms[name]]
                for name, _model in TAGGING
            }
            service.search_terms = Service.search_index.terms_text(
                service, [term for name, _ in TAGGING for term in tags[name]], [association.name]
            )
            pending.append((service, tags))
        if len(pending) >= batch_size:
            flush()
    if pending:
        flush()
    if result.created:
        content_changed()  # bulk_create sends no signals
    return result


def _model(record: DemoService, association: Association) -> Service:
    return Service(
        association=association,
        slug=record.slug,
        title=record.title,
        kind=record.kind,
        short_description=record.short_description,
        description=record.description,
        status=record.status,
        online=record.online,
        min_age=record.min_age,
        max_age=record.max_age,
        is_free=record.is_free,
        cost=record.cost,
        cost_amount=euro_amount(record.cost),
        schedule=record.schedule,
        place=record.place,
        joining=record.joining,
        registration_url=record.registration_url,
        contact_email=record.contact_email,
        contact_phone=record.contact_phone,
        accessibility=record.accessibility,
    )
