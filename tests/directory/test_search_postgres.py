"""Finnish-aware search, which only PostgreSQL does; CI runs the suite on it too."""

import os

import pytest
from django.db import connection

from directory.models import Association

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        wanted = os.environ.get("DATABASE_URL", "").startswith("postgres")
        if os.environ.get("CI") == "true" and wanted:
            pytest.fail("DATABASE_URL points at PostgreSQL but the connection is not PostgreSQL")
        pytest.skip("Finnish full-text search needs PostgreSQL (DATABASE_URL=postgres://…)")


@pytest.fixture
def region(make_association):
    make_association(
        "Hollolan Nuorisoseura ry",
        municipality="hollola",
        short_description="Nuorisoseuran kerhot ja teatteri.",
    )
    make_association(
        "Lahden Mielenterveysyhdistys ry",
        municipality="lahti",
        short_description="Kohtaamispaikka ja vertaistukea.",
    )
    make_association(
        "Kärkölän Kyläyhdistys ry", municipality="karkola", short_description="Kylätalo ja talkoot."
    )
    make_association(
        "Orimattilan Omaishoitajat ry",
        municipality="orimattila",
        short_description="Tukea omaishoitajille.",
        themes=["mielen-hyvinvointi"],
    )
    make_association(
        "Heinolan Eläkkeensaajat ry",
        municipality="heinola",
        short_description="Liikuntaa ja retkiä eläkeläisille.",
        description="Yhteistyössä nuorisoseurojen kanssa järjestämme tansseja.",
    )


def found(text: str) -> list[str]:
    results = Association.search_index.search(Association.objects.published(), text).order_by(
        "-rank", "name"
    )
    return [association.name for association in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nuorisoseurojen", "Hollolan Nuorisoseura ry"),  # an inflected form finds the base form
        ("nuorisoseura", "Hollolan Nuorisoseura ry"),
        ("mielenterveys", "Lahden Mielenterveysyhdistys ry"),  # a compound's first part
        ("mielenterveis", "Lahden Mielenterveysyhdistys ry"),  # a typo
        ("karkola", "Kärkölän Kyläyhdistys ry"),  # no diacritics
        ("KÄRKÖLÄ", "Kärkölän Kyläyhdistys ry"),  # case
        ("omaishoitajien", "Orimattilan Omaishoitajat ry"),
        ("eläkkeensaajille", "Heinolan Eläkkeensaajat ry"),
        ("psykiskt välbefinnande", "Orimattilan Omaishoitajat ry"),  # a Swedish theme label
    ],
)
def test_finnish_word_forms_find_each_other(region, text, expected):
    assert found(text)[0] == expected


def test_inflected_text_in_a_description_is_found_by_the_base_form(region):
    assert "Heinolan Eläkkeensaajat ry" in found("nuorisoseura")


def test_a_name_match_ranks_above_a_description_match(region):
    assert found("nuorisoseura")[:2] == ["Hollolan Nuorisoseura ry", "Heinolan Eläkkeensaajat ry"]


def test_every_word_must_match(region):
    assert found("kylätalo talkoot") == ["Kärkölän Kyläyhdistys ry"]
    assert found("kylätalo teatteri") == []


def test_stop_words_alone_do_not_match_everything(region):
    assert found("ja") == []


def test_the_directory_page_orders_by_relevance(client, region):
    response = client.get("/yhdistykset/", {"q": "nuorisoseura"})
    assert [a.name for a in response.context["associations"]][:2] == [
        "Hollolan Nuorisoseura ry",
        "Heinolan Eläkkeensaajat ry",
    ]
    assert response.context["sort"] == "relevance"


def test_search_uses_the_indexes(region):
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        query = Association.search_index.search(Association.objects.all(), "mielenterveys").query
        sql, params = query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("SET enable_seqscan = on")
    assert "directory_association_search_idx" in plan
    assert "directory_association_name_trgm_idx" in plan
