"""The demo vocabulary, read from the TOML files in `demo/data/`.

The words are data, not code: `places.toml` holds the municipalities, their villages and streets;
`common.toml` the sentences any association's profile may use; `kinds/<key>.toml` one kind of
association each (village associations, pensioners, sports clubs…) with its names, profile prose
and the services, events and news that fit it; `general.toml` what every registered association
does (annual meetings, member evenings); `forum.toml` the association forum's own events and news.

Reading checks every table against the dataclass it fills, so a misspelt key fails loudly with the
file's name; `tests/demo/test_vocabulary.py` checks that every taxonomy slug the files use exists.
"""

import dataclasses
import functools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
ALL_MONTHS = tuple(range(1, 13))
# Names of legal kinds (`directory.models.Association.Kind` values) that hold annual meetings.
ASSOCIATION_KINDS = ("yhdistys", "muu-jarjesto")


@dataclass(frozen=True)
class Place:
    """A village or a district of a municipality."""

    name: str
    genitive: str
    village: bool = True  # a village ("Vesivehmaan kylällä") or a district ("Mukkulan alueella")
    postal: tuple[str, ...] = ()  # its own postal code and post office, if any

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
    """A municipality; `slug` is its taxonomy slug."""

    slug: str
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


@dataclass(frozen=True)
class NamePattern:
    """How a name is made: `pattern` with placeholders, and where the association works.

    Scopes: `mun` (the home municipality), `kyla` (one of its villages), `alue` (one of its
    districts), `paikka` (a village or a district), `seutu` (the municipality and its
    neighbours), `region` (all ten), `lahti-seutu` (Lahti and the municipalities around it).
    `pick` names lists of the kind's file to draw placeholders from (a table gives its keys; a
    word, the placeholder named like its list); `values` gives fixed ones.
    """

    pattern: str
    scope: str
    kind: str = ""  # a legal kind other than the kind's own
    languages: tuple[str, ...] = ()
    pick: tuple[str, ...] = ()
    values: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class Template:
    """What a service, an event and a news item template share: its title, whom it is for and
    what it is about (taxonomy slugs), and which associations may use it."""

    title: str
    themes: tuple[str, ...]
    target_groups: tuple[str, ...]  # empty: the author's first
    spearheads: tuple[str, ...] = ()  # empty: one of the author's (never advocacy)
    weight: float = 1.0  # how often it is chosen among the others that fit
    # Only for associations whose words are among these, e.g. { kausi = ["talvi"] }.
    only: dict[str, tuple[str, ...]] = field(default_factory=dict)
    legal_kinds: tuple[str, ...] = ASSOCIATION_KINDS  # general templates only


@dataclass(frozen=True, kw_only=True)
class ServiceTemplate(Template):
    kind: str  # services.models.Service.Kind value
    short: str
    min_age: int | None = None
    max_age: int | None = None
    free_odds: float = 0.8
    cost: str = ""
    schedules: tuple[str, ...] = ()  # empty: the usual ones of its kind (general.toml)
    venues: tuple[str, ...] = ()  # empty: the kind's venues, else the usual places


@dataclass(frozen=True, kw_only=True)
class EventTemplate(Template):
    summary: str
    months: tuple[int, ...] = ALL_MONTHS  # when it may take place
    attendance: str = "place"  # events.models.Event.AttendanceMode value
    days: int = 1  # more than one: an all-day event
    hours: tuple[int, ...] = (18,)  # usual starting hours
    price: str = ""  # empty: free, or one of the usual prices by chance
    once: bool = False  # at most one a year for an organiser (annual meetings)
    weekend: bool = False  # on a Saturday or Sunday (daytime events for working people, families)
    weekly: bool = False  # meets weekly: the organiser's first one repeats for some weeks
    venues: tuple[str, ...] = ()  # empty: the kind's venues, else the usual places


@dataclass(frozen=True, kw_only=True)
class NewsTemplate(Template):
    kind: str  # news.models.NewsItem.Kind value
    lead: str
    body: str = ""  # empty: the usual body of its kind (general.toml)
    months: tuple[int, ...] = ALL_MONTHS  # when it may be published
    themes: tuple[str, ...] = ()  # empty: the author's
    target_groups: tuple[str, ...] = ()


@dataclass(frozen=True)
class Kind:
    """A kind of association (kyläyhdistys, eläkeläisyhdistys, urheiluseura…) and its words."""

    key: str
    label: str
    weight: float
    themes: tuple[str, ...]  # the first always, the others sometimes
    fields: tuple[str, ...]
    target_groups: tuple[str, ...]
    spearheads: tuple[str, ...]
    short: tuple[str, ...]
    intro: tuple[str, ...]
    activities: tuple[str, ...]
    names: tuple[NamePattern, ...]
    legal_kind: str = "yhdistys"
    founded: tuple[int, ...] = (1950, 2015)  # empty: no year
    noun: str = "Yhdistys"  # "… on perustettu vuonna 1952."
    swedish: bool = False
    general: bool = True  # also does what general.toml says every association does
    roles: tuple[str, ...] = ()
    venues: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    join: tuple[str, ...] = ()  # instead of the common joining sentences
    lists: dict[str, tuple[Any, ...]] = field(default_factory=dict)  # what `pick` draws from
    services: tuple[ServiceTemplate, ...] = ()
    events: tuple[EventTemplate, ...] = ()
    news: tuple[NewsTemplate, ...] = ()


@dataclass(frozen=True)
class Templates:
    services: tuple[ServiceTemplate, ...] = ()
    events: tuple[EventTemplate, ...] = ()
    news: tuple[NewsTemplate, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    towns: dict[str, Town]
    city_streets: tuple[str, ...]
    roads: tuple[str, ...]
    kinds: tuple[Kind, ...]
    common: dict[str, Any]
    general: Templates
    general_settings: dict[str, Any]
    forum: Templates
    _templates: dict = field(default_factory=dict, repr=False, compare=False)

    @functools.cached_property
    def kinds_by_key(self) -> dict[str, Kind]:
        return {kind.key: kind for kind in self.kinds}

    def templates(self, kind: Kind, legal_kind: str) -> Templates:
        """What an association of `kind` may offer, hold and write: its kind's own templates,
        and the general ones that fit its legal kind."""
        key = (kind.key, legal_kind)
        if key not in self._templates:
            general = self.general if kind.general else Templates()
            self._templates[key] = Templates(
                *(
                    getattr(kind, name)
                    + tuple(t for t in getattr(general, name) if legal_kind in t.legal_kinds)
                    for name in ("services", "events", "news")
                )
            )
        return self._templates[key]


def _build(cls, table: dict, where: str, **given):
    """A `cls` from a TOML table: lists become tuples, unknown or missing keys are errors."""
    known = {f.name: f for f in dataclasses.fields(cls)}
    unknown = set(table) - set(known)
    if unknown:
        raise ValueError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    values = {
        name: tuple(value) if isinstance(value, list) else value for name, value in table.items()
    }
    missing = [
        name
        for name, spec in known.items()
        if name not in values
        and name not in given
        and spec.default is dataclasses.MISSING
        and spec.default_factory is dataclasses.MISSING
    ]
    if missing:
        raise ValueError(f"{where}: missing keys {', '.join(missing)}")
    return cls(**{**values, **given})


def _load(name: str) -> dict:
    with (DATA / name).open("rb") as file:
        return tomllib.load(file)


def _templates(table: dict, where: str) -> Templates:
    return Templates(
        services=tuple(
            _build(ServiceTemplate, t, f"{where} [[services]] {t.get('title')!r}")
            for t in table.pop("services", [])
        ),
        events=tuple(
            _build(EventTemplate, t, f"{where} [[events]] {t.get('title')!r}")
            for t in table.pop("events", [])
        ),
        news=tuple(
            _build(NewsTemplate, t, f"{where} [[news]] {t.get('title')!r}")
            for t in table.pop("news", [])
        ),
    )


def _kind(path: Path) -> Kind:
    where = f"demo/data/kinds/{path.name}"
    with path.open("rb") as file:
        table = tomllib.load(file)
    templates = _templates(table, where)
    names = tuple(
        _build(NamePattern, n, f"{where} [[names]] {n.get('pattern')!r}")
        for n in table.pop("names", [])
    )
    lists = {key: tuple(items) for key, items in table.pop("lists", {}).items()}
    for pattern in names:
        for list_name in pattern.pick:
            if list_name not in lists:
                raise ValueError(f"{where}: {pattern.pattern!r} picks from unknown {list_name!r}")
    kind = _build(
        Kind,
        table,
        where,
        key=path.stem,
        names=names,
        lists=lists,
        services=templates.services,
        events=templates.events,
        news=templates.news,
    )
    return kind


def _check_months(vocab: "Vocabulary") -> None:
    """Every association has some event to hold and some news to write in every month."""
    for kind in vocab.kinds:
        for legal_kind in {kind.legal_kind, *(n.kind for n in kind.names if n.kind)}:
            templates = vocab.templates(kind, legal_kind)
            for name in ("events", "news"):
                covered = {month for t in getattr(templates, name) for month in t.months}
                if missing := set(ALL_MONTHS) - covered:
                    raise ValueError(
                        f"demo/data/kinds/{kind.key}.toml: no {name} in months {sorted(missing)}"
                    )


@functools.cache
def vocabulary() -> Vocabulary:
    places = _load("places.toml")
    towns = {}
    for slug, town in places.pop("towns").items():
        where = f"demo/data/places.toml [towns.{slug}]"
        town_places = tuple(
            _build(Place, p, f"{where} place {p.get('name')!r}") for p in town.pop("places")
        )
        town["postal"] = tuple(tuple(pair) for pair in town["postal"])
        towns[slug] = _build(Town, town, where, slug=slug, places=town_places)
    general = _load("general.toml")
    general_templates = _templates(general, "demo/data/general.toml")
    vocab = Vocabulary(
        towns=towns,
        city_streets=tuple(places["city_streets"]),
        roads=tuple(places["roads"]),
        kinds=tuple(_kind(path) for path in sorted((DATA / "kinds").glob("*.toml"))),
        common=_load("common.toml"),
        general=general_templates,
        general_settings=general,
        forum=_templates(_load("forum.toml"), "demo/data/forum.toml"),
    )
    _check_months(vocab)
    return vocab
