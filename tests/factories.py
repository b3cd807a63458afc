"""Test data for every content type, in one place: plain functions with sensible defaults, taxonomy
given by slug (`themes=["mielen-hyvinvointi"]`). The fixtures in tests/conftest.py are thin
wrappers around them; browser tests call them directly."""

import datetime
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import slugify

from accounts.roles import CONTACTS, COORDINATORS
from taxonomy.models import Field, Language, Municipality, Spearhead, TargetGroup, Theme

HELSINKI = timezone.get_default_timezone()
PASSWORD = "correct horse battery"

# Every relation to the vocabulary, by the name content types give it.
TERM_MODELS = {
    "themes": Theme,
    "spearheads": Spearhead,
    "target_groups": TargetGroup,
    "fields": Field,
    "languages": Language,
    "municipalities": Municipality,
    "operating_municipalities": Municipality,
}
_numbers = itertools.count(1)


def helsinki(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=HELSINKI)


def create_tagged(model, tags: dict | None = None, **fields):
    """`model.objects.create(**fields)`, then its many-to-many tags added by slug."""
    obj = model.objects.create(**fields)
    tag(obj, **(tags or {}))
    return obj


def tag(obj, **tags) -> None:
    """Add terms by slug: `tag(event, themes=["mielen-hyvinvointi"])`."""
    for name, slugs in tags.items():
        getattr(obj, name).add(*TERM_MODELS[name].objects.filter(slug__in=slugs))


def split_tags(fields: dict) -> dict:
    """Take the tag keyword arguments out of `fields` (in place) and return them."""
    return {key: fields.pop(key) for key in list(fields) if key in TERM_MODELS}


def make_user(email="someone@example.fi", password=PASSWORD, **fields):
    return get_user_model().objects.create_user(email=email, password=password, **fields)


def make_coordinator(email="coordinator@example.fi", **fields):
    user = make_user(email=email, is_staff=True, **fields)
    user.groups.add(Group.objects.get(name=COORDINATORS))
    return user


def make_contact(association, email="contact@example.fi", **fields):
    """A staff user in the contacts' group with a confirmed membership of `association`."""
    from directory.models import Membership

    user = make_user(email=email, is_staff=True, **fields)
    user.groups.add(Group.objects.get(name=CONTACTS))
    Membership.objects.create(user=user, association=association, confirmed=True)
    return user


def make_association(
    name="Testiyhdistys ry", *, municipality="lahti", status="published", **fields
):
    from directory.models import Association

    tags = split_tags(fields)
    association = create_tagged(
        Association,
        tags,
        name=name,
        slug=fields.pop("slug", None) or slugify(name),
        short_description=fields.pop("short_description", f"{name} toimii Päijät-Hämeessä."),
        home_municipality=Municipality.objects.get(slug=municipality),
        status=status,
        **fields,
    )
    association.refresh_from_db()
    return association


def make_service(title="Vertaistukiryhmä", *, association, status="published", **fields):
    from services.models import Service

    tags = split_tags(fields)
    service = create_tagged(
        Service,
        tags,
        association=association,
        title=title,
        slug=fields.pop("slug", None) or slugify(title),
        kind=fields.pop("kind", Service.Kind.PEER_SUPPORT),
        short_description=fields.pop("short_description", f"{title} kokoontuu viikoittain."),
        status=status,
        **fields,
    )
    service.refresh_from_db()
    return service


def make_event(title="Testitapahtuma", *, start=None, end=None, municipality="lahti",
               status="published", **fields):  # fmt: skip
    """An event a week from now unless told, two hours long."""
    from events.models import Event

    tags = split_tags(fields)
    start = start or timezone.now() + datetime.timedelta(days=7)
    return create_tagged(
        Event,
        tags,
        title=title,
        slug=fields.pop("slug", None) or slugify(title),
        summary=fields.pop("summary", f"{title} Päijät-Hämeessä."),
        start=start,
        end=end or start + datetime.timedelta(hours=2),
        place_name=fields.pop("place_name", "Kansalaisopisto"),
        municipality=Municipality.objects.get(slug=municipality) if municipality else None,
        status=status,
        **fields,
    )


def make_news_item(title=None, *, association=None, kind="uutinen", ago=1, **fields):
    """A news item, published `ago` hours ago (negative: scheduled)."""
    from news.models import NewsItem

    number = next(_numbers)
    title = title or f"Uutinen {number}"
    tags = split_tags(fields)
    return create_tagged(
        NewsItem,
        tags,
        title=title,
        slug=fields.pop("slug", None) or f"{slugify(title)}-{number}",
        lead=fields.pop("lead", f"{title}: lyhyesti."),
        kind=kind,
        association=association,
        publish_time=timezone.now() - datetime.timedelta(hours=ago),
        **fields,
    )


def make_premises(name="Kylätalo", *, municipality="lahti", association=None, status="published",
                  **fields):  # fmt: skip
    """Premises of a municipality unless an `association` offers them."""
    from conditions.models import Premises

    tags = split_tags(fields)
    if association is not None:
        fields.setdefault("owner_kind", Premises.OwnerKind.ASSOCIATION)
    else:
        fields.setdefault("owner_kind", Premises.OwnerKind.MUNICIPALITY)
        fields.setdefault("owner_name", "Lahden kaupunki")
    return create_tagged(
        Premises,
        tags,
        name=name,
        slug=fields.pop("slug", None) or slugify(name),
        association=association,
        municipality=Municipality.objects.get(slug=municipality),
        short_description=fields.pop("short_description", f"{name} yhdistysten käyttöön."),
        street_address=fields.pop("street_address", "Kylätie 1"),
        capacity=fields.pop("capacity", 40),
        is_free=fields.pop("is_free", True),
        booking_email=fields.pop("booking_email", "varaukset@example.fi"),
        status=status,
        **fields,
    )


def make_grant_call(title=None, *, opens_at=None, closes_at=None, status="published",
                    funder_kind="kunta", municipalities=("lahti",), **fields):  # fmt: skip
    """A call open from a week ago for a month unless told."""
    from conditions.models import GrantCall

    title = title or f"Avustus {next(_numbers)}"
    tags = split_tags(fields)
    tags["municipalities"] = list(municipalities)
    opens_at = opens_at or timezone.now() - datetime.timedelta(days=7)
    return create_tagged(
        GrantCall,
        tags,
        title=title,
        slug=fields.pop("slug", None) or slugify(title),
        funder_kind=funder_kind,
        funder_name=fields.pop("funder_name", "Lahden kaupunki"),
        summary=fields.pop("summary", f"{title} yhdistyksille."),
        eligibility=fields.pop("eligibility", "Rekisteröidyt yhdistykset."),
        purpose=fields.pop("purpose", "Yhdistysten toimintaan."),
        opens_at=opens_at,
        closes_at=closes_at or opens_at + datetime.timedelta(days=30),
        call_url=fields.pop("call_url", "https://www.example.fi/avustukset"),
        status=status,
        **fields,
    )


def make_contact_person(name="Maija Esimerkki", *, municipality="lahti", organisation_kind="kunta",
                        status="published", **fields):  # fmt: skip
    from conditions.models import ContactPerson

    tags = split_tags(fields)
    return create_tagged(
        ContactPerson,
        tags,
        name=name,
        slug=fields.pop("slug", None) or slugify(name),
        job_title=fields.pop("job_title", "järjestökoordinaattori"),
        organisation=fields.pop("organisation", "Lahden kaupunki"),
        organisation_kind=organisation_kind,
        municipality=Municipality.objects.get(slug=municipality) if municipality else None,
        topics=fields.pop("topics", "avustukset\ntilat"),
        email=fields.pop("email", f"{slugify(name)}@example.fi"),
        consent=fields.pop("consent", True),
        status=status,
        **fields,
    )


def make_partner_notice(title=None, *, association, direction="etsitaan", kind="vapaaehtoiset",
                        valid_until=None, municipalities=("lahti",), status="published",
                        **fields):  # fmt: skip
    """A notice that seeks volunteers in Lahti for a month unless told."""
    from partnership.models import PartnerNotice

    title = title or f"Ilmoitus {next(_numbers)}"
    tags = split_tags(fields)
    tags["municipalities"] = list(municipalities)
    return create_tagged(
        PartnerNotice,
        tags,
        title=title,
        slug=fields.pop("slug", None) or slugify(title),
        association=association,
        direction=direction,
        kind=kind,
        summary=fields.pop("summary", f"{title} Päijät-Hämeessä."),
        description=fields.pop("description", f"{title}: lisätietoja ilmoituksessa."),
        valid_until=valid_until or timezone.localdate() + datetime.timedelta(days=30),
        status=status,
        **fields,
    )


def make_consultation(title=None, *, deadline=None, status="published", asker_kind="kunta",
                      **fields):  # fmt: skip
    """A municipality's consultation closing in two weeks unless told."""
    from partnership.models import Consultation

    title = title or f"Lausuntopyyntö {next(_numbers)}"
    tags = split_tags(fields)
    return create_tagged(
        Consultation,
        tags,
        title=title,
        slug=fields.pop("slug", None) or slugify(title),
        asker_kind=asker_kind,
        asker_name=fields.pop("asker_name", "Lahden kaupunki"),
        summary=fields.pop("summary", f"{title}: yhdistysten näkemyksiä pyydetään."),
        description=fields.pop("description", "Vastaa **lausuntopalvelussa**."),
        deadline=deadline or timezone.now() + datetime.timedelta(days=14),
        url=fields.pop("url", "https://www.lausuntopalvelu.fi/pyynto"),
        status=status,
        **fields,
    )
