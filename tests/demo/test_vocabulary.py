"""The vocabulary files of `demo/data/` are complete and every word in them fits."""

import pytest

from demo.content import fill
from demo.vocabulary import ALL_MONTHS, vocabulary
from events.models import Event
from news.models import NewsItem
from services.models import Service
from taxonomy.models import Field, Language, Municipality, Spearhead, TargetGroup, Theme

from .conftest import records


def every_template():
    vocab = vocabulary()
    for owner, templates in [
        *((f"kinds/{kind.key}", kind) for kind in vocab.kinds),
        ("general", vocab.general),
        ("forum", vocab.forum),
    ]:
        for name in ("services", "events", "news"):
            for template in getattr(templates, name):
                yield owner, name, template


@pytest.mark.django_db
def test_every_slug_in_the_files_is_a_term_or_choice_that_exists():
    slugs = {
        model: set(model.objects.values_list("slug", flat=True))
        for model in (Theme, Spearhead, TargetGroup, Field, Language, Municipality)
    }
    vocab = vocabulary()
    assert set(vocab.towns) == slugs[Municipality]
    for town in vocab.towns.values():
        assert set(town.neighbours) <= slugs[Municipality], town.slug
    assert set(vocab.common["languages"]) == slugs[Language]
    assert set(vocab.common["spearheads"]) == slugs[Spearhead]
    for kind in vocab.kinds:
        assert set(kind.themes) <= slugs[Theme], kind.key
        assert set(kind.fields) <= slugs[Field], kind.key
        assert set(kind.target_groups) <= slugs[TargetGroup], kind.key
        assert set(kind.spearheads) <= slugs[Spearhead], kind.key
        for pattern in kind.names:
            assert set(pattern.languages) <= slugs[Language], pattern.pattern
    kinds = {
        "services": set(Service.Kind.values),
        "events": set(Event.AttendanceMode.values),
        "news": set(NewsItem.Kind.values),
    }
    for owner, name, template in every_template():
        where = f"{owner} {template.title}"
        assert set(template.themes) <= slugs[Theme], where
        assert set(template.target_groups) <= slugs[TargetGroup], where
        assert set(template.spearheads) <= slugs[Spearhead], where
        assert set(getattr(template, "months", ALL_MONTHS)) <= set(ALL_MONTHS), where
        assert (template.attendance if name == "events" else template.kind) in kinds[name], where


def test_the_forum_names_its_spearheads_and_audience():
    for _owner, _name, template in every_template():
        if _owner == "forum":
            assert template.spearheads and template.themes and template.target_groups


def test_every_template_fills_with_the_words_of_associations_of_its_kind():
    """Each kind's templates, filled for real associations of that kind: no missing word."""
    vocab = vocabulary()
    places = {"name", "place", "village", "mun", "town", "inessive", "organisation", "sv", "area"}
    seen = set()
    for record in records(5000):
        # One association for each kind and set of its own words (sport, art, condition…).
        words = frozenset((k, v) for k, v in record.context.items() if k not in places)
        if (record.kind_key, record.kind, words) in seen:
            continue
        seen.add((record.kind_key, record.kind, words))
        kind = vocab.kinds_by_key[record.kind_key]
        templates = vocab.templates(kind, record.kind)
        context = {**record.context, "lead": "…"}
        for template in (*templates.services, *templates.events, *templates.news):
            if all(context.get(key) in values for key, values in template.only.items()):
                for text in ("title", "short", "summary", "lead", "body"):
                    if hasattr(template, text):
                        assert "{" not in fill(getattr(template, text), context)
    assert {kind for kind, _legal, _words in seen} == set(vocab.kinds_by_key)
