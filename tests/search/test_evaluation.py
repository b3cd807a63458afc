"""The search evaluation: the share of residents' queries (tests/search/fixture.py) whose meant
association is among the first ten results, on the directory's own ordering by relevance.

PostgreSQL must find at least 95 %; SQLite's substring fallback is held to what it reaches, so
a change that loses hits there fails too. Run it alone to see the misses:
`pytest tests/search -q -s` prints each failing query."""

import pytest
from django.db import connection

from directory.models import Association
from tests.search.fixture import ASSOCIATIONS, QUERIES

pytestmark = pytest.mark.django_db

# Before synonyms and typo correction (2 December 2026): 66.1 % on PostgreSQL, 46.4 % on SQLite;
# with them, 98.2 % and 91.1 % (docs/search.md).
POSTGRES_TARGET = 0.95
SQLITE_FLOOR = 0.85


@pytest.fixture
def region(make_association):
    for name, municipality, short, description, tags in ASSOCIATIONS:
        make_association(
            name,
            municipality=municipality,
            short_description=short,
            description=description,
            **tags,
        )


def first_ten(text: str) -> list[str]:
    results = Association.search_index.search(Association.objects.published(), text)
    return list(results.order_by("-rank", "name").values_list("name", flat=True)[:10])


def evaluate() -> tuple[float, list[str]]:
    misses = []
    for text, expected, kind in QUERIES:
        if expected not in first_ten(text):
            misses.append(f"{kind}: {text!r} should find {expected!r}")
    return 1 - len(misses) / len(QUERIES), misses


def test_the_query_set_is_large_and_varied():
    assert len(QUERIES) >= 40
    kinds = {kind for _text, _expected, kind in QUERIES}
    assert kinds == {
        "inflection",
        "compound",
        "typo",
        "synonym",
        "abbreviation",
        "swedish",
        "place",
    }
    names = {row[0] for row in ASSOCIATIONS}
    assert {expected for _text, expected, _kind in QUERIES} <= names


def test_hit_rate(region):
    rate, misses = evaluate()
    print(f"\nhit rate on {connection.vendor}: {rate:.1%} of {len(QUERIES)}")
    print("\n".join(misses))
    target = POSTGRES_TARGET if connection.vendor == "postgresql" else SQLITE_FLOOR
    assert rate >= target, "\n".join(misses)
