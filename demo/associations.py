"""Clearly fictional demo associations of Päijät-Häme, generated deterministically from a seed.

`generate_associations()` is pure: it draws every record from `random.Random(seed)` and the
vocabulary of `demo/data/` and never touches the database, so the same seed gives the same
associations on any machine, and the first N of a longer run are the N of a shorter one. Names
are unique (case aside), as the registration form demands within a municipality: a name that is
taken is drawn again, then from another kind; only at load-test sizes, when the vocabulary runs
out, does a name get a number ("Lahden Eläkeläiset 2 ry").

`create_demo_associations()` writes a batch of records with `bulk_create_tagged()` and, because
that bypasses `directory.signals`, does their work itself: the home municipality is among the
operating municipalities, and `search_terms` comes from `Association.search_index.terms_text`.

Names follow the kinds of associations the region really has (kyläyhdistykset, eläkeläis- and
potilasyhdistykset, urheiluseurat, VPK:t…) in its real municipalities and villages, but contact
details are on the reserved-looking `example.fi` domain and business IDs come from a range far
above the numbers issued so far.
"""

import colorsys
import io
import itertools
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.files.base import ContentFile
from django.utils.text import slugify

from core.images import THUMBNAIL_SIZES, clean_image, save_thumbnails, thumbnail_name
from demo.bulk import SeedResult, Terms, bulk_create_tagged
from demo.content import Context, capitalise, fill
from demo.vocabulary import Kind, Templates, Town, vocabulary
from directory.models import Association
from directory.validators import business_id_check_digit
from taxonomy.models import Municipality

DEFAULT_COUNT = 120
DEFAULT_SEED = 2026
# Logos are files on disk: worth it for a browsable demo, not for a load test.
LOGO_MAX_COUNT = 1000

K = Association.Kind
S = Association.Status
LAHTI_REGION = ("lahti", "hollola", "orimattila", "asikkala", "karkola")
LEGAL_SUFFIX_RE = re.compile(r"\s+(ry|rf|sr|Oy)$")
SLUG_SUFFIX_RE = re.compile(r"-(ry|rf|sr|oy)$")
# The fields a record gives an association as they are.
COPIED = (
    "name", "slug", "kind", "short_description", "description", "email", "phone", "website",
    "street_address", "postal_code", "post_office", "accessibility", "founded_year",
    "register_number", "status",
)  # fmt: skip
TAGGING = (
    "operating_municipalities",
    "themes",
    "spearheads",
    "target_groups",
    "fields",
    "languages",
)


@dataclass(frozen=True)
class DemoAssociation:
    """One generated association; taxonomy terms are slugs. `kind_key` names its kind in
    `demo/data/kinds/` and `context` the words its services, events and news are filled with."""

    name: str
    slug: str
    kind: str
    kind_key: str
    context: dict
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


@dataclass(frozen=True)
class Author:
    """A demo association in the database, as the provider, organiser or writer of content."""

    pk: int
    record: DemoAssociation

    @property
    def kind(self) -> Kind:
        return vocabulary().kinds_by_key[self.record.kind_key]

    @property
    def templates(self) -> Templates:
        return vocabulary().templates(self.kind, self.record.kind)

    @property
    def context(self) -> Context:
        return Context(self.record.context)


def _join_words(items: Sequence[str], conjunction: str) -> str:
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


class _Generator:
    def __init__(self, seed: int):
        self.vocabulary = vocabulary()
        self.kinds = self.vocabulary.kinds
        self.kind_weights = [kind.weight for kind in self.kinds]
        self.towns = list(self.vocabulary.towns.values())
        self.town_weights = [town.weight for town in self.towns]
        self.common = self.vocabulary.common
        self.rng = random.Random(seed)
        self.names: set[str] = set()  # casefolded
        self.numbered: dict[str, int] = {}
        self.name_space: dict[tuple[str, str], list] = {}
        self.full: dict[str, set[str]] = {}  # town -> kinds with no free name left there
        self.patterns: dict[tuple[str, str], list] = {}
        self.slug_counts: dict[str, int] = {}
        self.business_ids: set[str] = set()
        # The first associations cover every kind and every municipality, whatever the seed.
        self.kind_order = list(self.kinds)
        self.rng.shuffle(self.kind_order)
        self.town_order = list(self.towns)
        self.rng.shuffle(self.town_order)

    def make(self, index: int) -> DemoAssociation:
        rng = self.rng
        if index < len(self.kind_order):
            kind = self.kind_order[index]
        else:
            kind = rng.choices(self.kinds, self.kind_weights)[0]
        if index < len(self.town_order):
            town = self.town_order[index]
        else:
            town = rng.choices(self.towns, self.town_weights)[0]
        kind, pattern, context = self._name(kind, town)
        name = context["name"]
        legal_kind = pattern.kind or kind.legal_kind
        scope = pattern.scope

        base_slug = slugify(name)[:200]
        count = self.slug_counts.get(base_slug, 0) + 1
        self.slug_counts[base_slug] = count
        suffix = f"-{count}" if count > 1 else ""
        slug = base_slug + suffix
        domain = (SLUG_SUFFIX_RE.sub("", base_slug)[:50].strip("-") or "yhdistys") + suffix

        operating = self._operating(town, scope)
        themes = self._some(kind.themes, 0.45, 3)
        fields = self._some(kind.fields, 0.3, 2)
        target_groups = self._some(kind.target_groups, 0.4, 3)
        spearheads = self._some(kind.spearheads, 0.35, 3)
        if rng.random() < 0.1:
            extra = rng.choice(self.common["spearheads"])
            spearheads = list(dict.fromkeys([*spearheads, extra]))
        languages = self._languages(kind, pattern.languages)

        founded = rng.randint(*kind.founded) if kind.founded else None
        short = fill(rng.choice(kind.short), context)
        if len(short) > 200:
            short = short[:199].rsplit(" ", 1)[0] + "…"
        description = self._description(kind, context, founded, languages)
        status = rng.choices((S.PUBLISHED, S.PENDING, S.DRAFT, S.HIDDEN), (84, 6, 5, 5))[0]
        verified = self._verified(status)

        postal_code, post_office = rng.choice(town.postal)
        place = context.get("_place")
        if place is not None and place.postal:
            postal_code, post_office = place.postal
        has_address = legal_kind == K.PUBLIC or rng.random() < 0.7
        in_village = place is not None and place.village
        vocab = self.vocabulary
        streets = vocab.city_streets if town.city and not in_village else vocab.roads
        street = f"{rng.choice(streets)} {rng.randint(1, 60)}"
        registered = legal_kind in (K.REGISTERED, K.OTHER_NGO)
        roles = kind.roles + (tuple(self.common["generic_roles"]) if registered else ())
        role = rng.choice(roles or ("info",))
        email = f"{role}@{domain}.example.fi" if rng.random() < 0.92 else ""
        if legal_kind == K.PUBLIC:
            phone = f"+358 3 {rng.randint(800, 899)} {rng.randint(1000, 9999)}"
        else:
            prefix = rng.choice(("40", "40", "40", "44", "50"))
            phone = f"+358 {prefix} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        phone = phone if rng.random() < 0.8 else ""
        website = f"https://{domain}.example.fi/" if rng.random() < 0.55 else ""
        accessibility = self._accessibility(kind)
        business_id = self._business_id(legal_kind)
        register_number = ""
        if legal_kind == K.REGISTERED and rng.random() < 0.8:
            register_number = f"{rng.randint(100, 229)}.{rng.randint(0, 999):03d}"
        logo_colour = rng.choice(self.common["logo_colours"]) if rng.random() < 0.35 else None
        context.pop("_place", None)

        return DemoAssociation(
            name=name,
            slug=slug,
            kind=str(legal_kind),
            kind_key=kind.key,
            context=dict(context),
            short_description=short,
            description=description,
            home_municipality=town.slug,
            operating_municipalities=tuple(operating),
            themes=tuple(themes),
            spearheads=tuple(spearheads),
            target_groups=tuple(target_groups),
            fields=tuple(fields),
            languages=tuple(languages),
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

    def _name(self, kind: Kind, town: Town):
        """A name nobody has yet: the one drawn, or else the next free one of the kind in the
        town, or of another kind; numbered only when the vocabulary has run out there (at
        load-test sizes)."""
        pattern, context = self._context(kind, town, *self._draw(kind, town))
        if self._claim(context["name"]):
            return kind, pattern, context
        for other in self._kinds_with_names(kind, town):
            if found := self._next_free(other, town):
                return other, *found
        stem = LEGAL_SUFFIX_RE.sub("", context["name"])
        suffix = context["name"][len(stem) :]  # " ry"
        number = self.numbered.get(stem.casefold(), 1)
        name = context["name"]
        while not self._claim(name):
            number += 1
            name = f"{stem} {number}{suffix}"
        self.numbered[stem.casefold()] = number
        context["name"] = name
        return kind, pattern, context

    def _kinds_with_names(self, kind: Kind, town: Town) -> Iterator[Kind]:
        """`kind`, then other kinds as their weights say, while any has names left in `town`."""
        full = self.full.setdefault(town.slug, set())
        if kind.key not in full:
            yield kind
        while len(full) < len(self.kinds):
            open_kinds = [k for k in self.kinds if k.key not in full]
            yield self.rng.choices(open_kinds, [k.weight for k in open_kinds])[0]

    def _claim(self, name: str) -> bool:
        folded = name.casefold()
        if folded in self.names:
            return False
        self.names.add(folded)
        return True

    def _next_free(self, kind: Kind, town: Town):
        """The next name of `kind` in `town` nobody has, from every name the vocabulary can make
        there in an order shuffled once; None when they are all taken."""
        key = (town.slug, kind.key)
        if key not in self.name_space:
            space = [
                (pattern, place, items)
                for pattern in self._patterns(kind, town)
                for place in self._places(town, pattern.scope)
                for items in itertools.product(*(kind.lists[name] for name in pattern.pick))
            ]
            self.rng.shuffle(space)
            self.name_space[key] = space
        space = self.name_space[key]
        while space:
            pattern, context = self._context(kind, town, *space.pop())
            if self._claim(context["name"]):
                return pattern, context
        self.full[town.slug].add(kind.key)
        return None

    def _patterns(self, kind: Kind, town: Town) -> list:
        """The name patterns of `kind` that exist in `town` (it has districts, it is near Lahti)."""
        key = (kind.key, town.slug)
        if key not in self.patterns:
            self.patterns[key] = [
                n
                for n in kind.names
                if (n.scope != "lahti-seutu" or town.slug in LAHTI_REGION)
                and self._places(town, n.scope)
            ]
        return self.patterns[key]

    @staticmethod
    def _places(town: Town, scope: str) -> list:
        if scope == "kyla":
            return [p for p in town.places if p.village]
        if scope == "alue":
            return [p for p in town.places if not p.village]
        if scope == "paikka":
            return list(town.places)
        return [None]

    def _draw(self, kind: Kind, town: Town):
        rng = self.rng
        pattern = rng.choice(self._patterns(kind, town))
        place = rng.choice(self._places(town, pattern.scope))
        items = tuple(rng.choice(kind.lists[name]) for name in pattern.pick)
        return pattern, place, items

    def _context(self, kind: Kind, town: Town, pattern, place, items) -> tuple:
        """The name of `pattern` at `place` with the words `items`, and every placeholder the
        association's prose, services, events and news are filled with."""
        context = Context(pattern.values)
        for list_name, item in zip(pattern.pick, items, strict=True):
            context.update(item if isinstance(item, dict) else {list_name: item})
        if place is not None:
            area = place.area
        elif pattern.scope == "seutu":
            area = f"{town.inessive} ja lähikunnissa"
        elif pattern.scope == "region":
            area = "koko Päijät-Hämeessä"
        elif pattern.scope == "lahti-seutu":
            area = "Lahden seudulla"
        else:
            area = town.inessive
        context.update(
            place=place.genitive if place else town.genitive,
            village=place.village_genitive if place else f"{town.genitive} kylän",
            mun=town.genitive,
            town=town.name,
            inessive=town.inessive,
            organisation=town.organisation,
            sv=town.name_sv,
            area=area,
            _place=place,
        )
        context["name"] = capitalise(fill(pattern.pattern, context))
        return pattern, context

    def _some(self, options: Sequence[str], odds: float, limit: int) -> list[str]:
        """The first option always, each of the others with the given odds, at most `limit`."""
        chosen = [options[0]]
        for option in options[1:]:
            if len(chosen) < limit and self.rng.random() < odds:
                chosen.append(option)
        return chosen

    def _operating(self, town: Town, scope: str) -> list[str]:
        rng = self.rng
        everywhere = list(self.vocabulary.towns)
        if scope == "region":
            return everywhere
        if scope == "lahti-seutu":
            return list(dict.fromkeys([town.slug, *LAHTI_REGION]))
        neighbours = town.neighbours
        if scope == "seutu":
            return [town.slug, *rng.sample(neighbours, min(len(neighbours), rng.randint(2, 3)))]
        roll = rng.random()
        if roll < 0.04:
            return [town.slug, *(slug for slug in everywhere if slug != town.slug)]
        extra = 0 if roll < 0.66 else 1 if roll < 0.86 else 2 if roll < 0.95 else 3
        pool = list(neighbours)
        if extra > len(pool):
            pool += [slug for slug in everywhere if slug != town.slug and slug not in pool]
        return [town.slug, *rng.sample(pool, extra)]

    def _languages(self, kind: Kind, forced: Sequence[str]) -> list[str]:
        rng = self.rng
        if kind.swedish:
            return ["sv", "fi"] if rng.random() < 0.6 else ["sv"]
        languages = ["fi", *forced]
        if kind.key == "monikulttuurinen":
            languages += rng.sample(self.common["immigrant_languages"], rng.randint(1, 3))
        for language, odds in self.common["extra_language_odds"].items():
            if rng.random() < odds:
                languages.append(language)
        order = self.common["languages"]
        return sorted(set(languages), key=order.index)

    def _description(self, kind: Kind, context: Context, founded: int | None, languages) -> str:
        rng = self.rng
        intro = fill(rng.choice(kind.intro), context)
        if founded and rng.random() < 0.6:
            if kind.swedish:
                intro += f" Föreningen grundades {founded}."
            else:
                intro += f" {kind.noun} on perustettu vuonna {founded}."
        paragraphs = [intro]

        items = [fill(item, context) for item in rng.sample(kind.activities, 4)]
        items = items[: rng.randint(3, 4)]
        if rng.random() < 0.5:
            lead = "Vår verksamhet omfattar bland annat:" if kind.swedish else None
            lead = lead or rng.choice(self.common["list_leads"])
            paragraphs.append(lead + "\n\n" + "\n".join(f"- {item}" for item in items))
        elif kind.swedish:
            paragraphs.append(f"Vi ordnar bland annat {_join_words(items, 'och')}.")
        else:
            leads = self.common["sentence_leads"]
            paragraphs.append(f"{rng.choice(leads)} {_join_words(items, 'sekä')}.")

        if kind.extra and rng.random() < 0.55:
            paragraphs.append(fill(rng.choice(kind.extra), context))
        in_language = self.common["in_language"]
        others = [in_language[code] for code in languages if code != "fi"]
        if rng.random() < 0.75 or (others and not kind.swedish):
            closing = fill(rng.choice(kind.join or self.common["join"]), context)
            if others and not kind.swedish and "fi" in languages:
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

    def _accessibility(self, kind: Kind) -> str:
        rng = self.rng
        if kind.key != "vammais" and rng.random() >= 0.4:
            return ""
        options = self.common["accessibility_sv" if kind.swedish else "accessibility"]
        return " ".join(rng.sample(options, rng.randint(2, 3)))

    def _business_id(self, legal_kind: str) -> str:
        """A unique, valid Y-tunnus from 9xxxxxx, far above the numbers issued so far."""
        rng = self.rng
        odds = {K.REGISTERED: 0.88, K.FOUNDATION: 1.0, K.PRIVATE: 1.0}.get(legal_kind, 0.0)
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


def logo_alt(record: DemoAssociation) -> str:
    return f"Logo: kirjaimet {record.initials}"


# --- Writing to the database --------------------------------------------------------------------


def create_demo_associations(
    records: Sequence[DemoAssociation],
    *,
    terms: Terms,
    existing: dict[str, int],
    taken_ids: set[str],
    verified_by=None,
    logos: bool = True,
    now: datetime,
) -> tuple[SeedResult, list[Author]]:
    """Insert the records whose slug is not among `existing` (slug → pk, updated here), in bulk;
    returns what was done and every record as an `Author` with its primary key. Call inside a
    transaction."""
    rows = []
    for record in records:
        if record.slug in existing:
            continue
        association = _association(record, terms, taken_ids, verified_by, now)
        tags = terms.tags(Association, {name: getattr(record, name) for name in TAGGING})
        association.search_terms = Association.search_index.terms_text(
            association,
            [association.home_municipality, *(t for name in TAGGING for t in tags[name])],
        )
        if logos and record.logo_colour:
            association.logo.name = store_logo(association, record)
            association.logo_alt = logo_alt(record)
        rows.append((association, tags))
    for association in bulk_create_tagged(Association, rows):
        existing[association.slug] = association.pk
    result = SeedResult(created=len(rows), skipped=len(records) - len(rows))
    return result, [Author(existing[record.slug], record) for record in records]


def _association(
    record: DemoAssociation, terms: Terms, taken_ids: set[str], verified_by, now: datetime
) -> Association:
    business_id = record.business_id if record.business_id not in taken_ids else ""
    if business_id:
        taken_ids.add(business_id)
    verified_at = None
    if record.verified_minutes_ago is not None:
        verified_at = now - timedelta(minutes=record.verified_minutes_ago)
    return Association(
        **{name: getattr(record, name) for name in COPIED},
        home_municipality=terms.get(Municipality, record.home_municipality),
        business_id=business_id,
        verified_at=verified_at,
        verified_by=verified_by if verified_at else None,
    )


def store_logo(association: Association, record: DemoAssociation, colour: str = "") -> str:
    """Save the logo and its thumbnails under the field's upload path, the way an upload is
    (`core.images`), but under the slug, so that a rerun reuses the files drawn before."""
    logo_field = Association._meta.get_field("logo")
    storage = logo_field.storage
    name = logo_field.generate_filename(association, f"{record.slug}.png")
    if storage.exists(name) and storage.exists(thumbnail_name(name, THUMBNAIL_SIZES[-1])):
        return name
    png = logo_png(record.initials, colour or record.logo_colour)
    logo = clean_image(ContentFile(png, name=name))
    if storage.exists(name):
        storage.delete(name)
    name = storage.save(name, logo)
    save_thumbnails(logo, storage, name)
    return name
