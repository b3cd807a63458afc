"""What the generators share: filling templates, and the rules that make an item fit its author
(`demo.associations.Author`, the association that offers, holds or writes it).

An item comes from a template of the author's kind (or of every association, `general.toml`), so
a hunting club never runs choir practice. Its target groups are those of the template that the
author serves (or everyone), so pensioners never offer a junior coaching role; its spearheads are
the template's, or one of the author's.
"""

import random

EVERYONE = "kaikki"
ADVOCACY = "vaikuttaminen-ja-yhdessa-kehittaminen"
VISIBILITY = "nakyvyys-ja-tunnettuus"
SERVICES = "palvelutoiminta"


class Context(dict):
    """Placeholders for `str.format_map`; `{word_cap}` is `{word}` with a capital letter."""

    def __missing__(self, key: str) -> str:
        if key.endswith("_cap") and key[:-4] in self:
            return capitalise(str(self[key[:-4]]))
        raise KeyError(key)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def fill(text: str, context: dict) -> str:
    return text.format_map(context if isinstance(context, Context) else Context(context))


def fits(groups: tuple[str, ...], served: tuple[str, ...]) -> bool:
    """True when a template's target groups include someone the author serves (or everyone)."""
    return not groups or EVERYONE in groups or bool(set(groups) & set(served))


def suits(template, record) -> bool:
    """True when a template fits an association: it serves someone the association serves, and
    the association's words are among those the template is `only` for (a ski school for a ski
    club, not for a tennis club)."""
    return fits(template.target_groups, record.target_groups) and all(
        record.context.get(key) in values for key, values in template.only.items()
    )


def audience(groups: tuple[str, ...], served: tuple[str, ...]) -> tuple[str, ...]:
    """An item's target groups: the template's that the author serves, everyone, or (for a
    template that names none) the author's first."""
    if not groups:
        return served[:1]
    chosen = tuple(g for g in groups if g == EVERYONE or g in served)
    return chosen or served[:1]


def spearheads(
    rng: random.Random, template_spearheads: tuple[str, ...], author, default: str
) -> tuple[str, ...]:
    """The template's spearheads, or one of the author's: every item carries one. Advocacy is
    left to the items about influencing (statements, hearings), which name it themselves."""
    if template_spearheads:
        return template_spearheads
    own = [slug for slug in author.record.spearheads if slug != ADVOCACY] if author else []
    return (rng.choice(own),) if own else (default,)


def pick(rng: random.Random, candidates: list, own: tuple):
    """One of `candidates` as their weights say, the author's kind's own templates (`own`) three
    times as likely as those every association shares, so that a choir's calendar is mostly
    concerts and not member evenings."""
    mine = {id(template) for template in own}
    weights = [t.weight * (3 if id(t) in mine else 1) for t in candidates]
    return rng.choices(candidates, weights)[0]


def venue(rng: random.Random, template_venues: tuple[str, ...], author, default: list) -> str:
    """Where it happens: the template's place, the author's kind's, or a usual one."""
    place = rng.choice(template_venues or (author.kind.venues if author else ()) or default)
    return fill(place, author.context) if author else place
