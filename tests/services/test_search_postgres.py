"""Finnish-aware search in the service menu, which only PostgreSQL does; CI runs it there."""

import os

import pytest
from django.db import connection
from django.urls import reverse

from services.models import Service

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        wanted = os.environ.get("DATABASE_URL", "").startswith("postgres")
        if os.environ.get("CI") == "true" and wanted:
            pytest.fail("DATABASE_URL points at PostgreSQL but the connection is not PostgreSQL")
        pytest.skip("Finnish full-text search needs PostgreSQL (DATABASE_URL=postgres://…)")


@pytest.fixture
def menu(make_association, make_service):
    carers = make_association("Orimattilan Omaishoitajat ry", municipality="orimattila")
    youth = make_association("Hollolan Nuorisoseura ry", municipality="hollola")
    make_service(
        "Omaishoitajien vertaistukiryhmä",
        association=carers,
        target_groups=["omaishoitajat"],
        municipalities=["karkola"],
    )
    make_service(
        "Mielenterveysseminaari",
        association=carers,
        kind="koulutus",
        short_description="Koulutusta läheisille.",
    )
    make_service(
        "Nuorisoseuran teatterikerho",
        association=youth,
        kind="harrastus-ja-ryhmatoiminta",
        description="Harjoittelemme yhdessä velkaneuvonnan kanssa näytelmää.",
    )
    make_service(
        "Velkaneuvonta",
        association=youth,
        kind="neuvonta-ja-ohjaus",
        short_description="Apua raha-asioihin.",
    )


def found(text: str) -> list[str]:
    results = Service.search_index.search(Service.objects.published(), text).order_by(
        "-rank", "title"
    )
    return [service.title for service in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vertaistukiryhmien", "Omaishoitajien vertaistukiryhmä"),  # an inflected form
        ("vertaistuki", "Omaishoitajien vertaistukiryhmä"),  # a compound's first part
        ("mielenterveys", "Mielenterveysseminaari"),
        ("mielenterveis", "Mielenterveysseminaari"),  # a typo in the title
        ("karkola", "Omaishoitajien vertaistukiryhmä"),  # a municipality, without diacritics
        ("omaishoitajille", "Omaishoitajien vertaistukiryhmä"),
        ("närståendevårdare", "Omaishoitajien vertaistukiryhmä"),  # a Swedish tag label
        ("nuorisoseurojen", "Nuorisoseuran teatterikerho"),
        ("training", "Mielenterveysseminaari"),  # the kind in English
    ],
)
def test_finnish_word_forms_find_each_other(menu, text, expected):
    assert found(text)[0] == expected


def test_a_title_match_ranks_above_a_description_match(menu):
    assert found("velkaneuvonta")[:2] == ["Velkaneuvonta", "Nuorisoseuran teatterikerho"]


def test_the_list_page_searches_and_counts_the_same(client, menu):
    response = client.get(reverse("services:service-list"), {"q": "omaishoitajat"})
    titles = [service.title for service in response.context["services"]]
    assert titles[0] == "Omaishoitajien vertaistukiryhmä"
    assert response.context["result_count"] == len(titles)


def test_search_terms_follow_the_providers_name(menu, make_association):
    from directory.models import Association

    association = Association.objects.get(name="Hollolan Nuorisoseura ry")
    association.name = "Hollolan Kulttuuriyhdistys ry"
    association.save()
    assert "Velkaneuvonta" in found("kulttuuriyhdistys")
