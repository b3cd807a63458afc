"""Finnish-aware search in the partner notices, which only PostgreSQL does; CI runs it there."""

import os

import pytest
from django.db import connection

from partnership.models import PartnerNotice

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        wanted = os.environ.get("DATABASE_URL", "").startswith("postgres")
        if os.environ.get("CI") == "true" and wanted:
            pytest.fail("DATABASE_URL points at PostgreSQL but the connection is not PostgreSQL")
        pytest.skip("Finnish full-text search needs PostgreSQL (DATABASE_URL=postgres://…)")


@pytest.fixture
def board(make_association, make_partner_notice):
    mental = make_association("Hollolan Mielenterveysyhdistys ry", municipality="hollola")
    village = make_association("Herralan Kyläyhdistys ry", municipality="hollola")
    make_partner_notice("Kokemusasiantuntija puhujaksi", association=mental, kind="osaaminen",
                        direction="tarjotaan", municipalities=["karkola"])  # fmt: skip
    make_partner_notice("Vapaaehtoisia kyläjuhlaan", association=village,
                        description="Tarvitsemme apua kahvioon ja arpajaisiin.")  # fmt: skip
    make_partner_notice("Lainaamme juhlatelttoja", association=village, kind="valineet",
                        direction="tarjotaan", summary="Teltat kyläjuhliin.")  # fmt: skip


def found(text: str) -> list[str]:
    notices = PartnerNotice.objects.published()
    results = PartnerNotice.search_index.search(notices, text).order_by("-rank", "title")
    return [notice.title for notice in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kokemusasiantuntijoita", "Kokemusasiantuntija puhujaksi"),  # an inflected form
        ("kokemusasiantuntia", "Kokemusasiantuntija puhujaksi"),  # a typo in the title
        ("karkola", "Kokemusasiantuntija puhujaksi"),  # a municipality, without diacritics
        ("mielenterveysyhdistys", "Kokemusasiantuntija puhujaksi"),  # the association's name
        ("utrustning", "Lainaamme juhlatelttoja"),  # the kind in Swedish
        ("kahviossa", "Vapaaehtoisia kyläjuhlaan"),  # the description
    ],
)
def test_finnish_word_forms_find_each_other(board, text, expected):
    assert found(text)[0] == expected


def test_the_direction_is_found_in_every_language(board):
    offers = ["Kokemusasiantuntija puhujaksi", "Lainaamme juhlatelttoja"]
    for word in ("tarjotaan", "erbjuds", "offer"):
        assert sorted(found(word)) == offers


def test_a_title_match_ranks_above_a_text_match(board):
    assert found("kyläjuhla")[:2] == ["Vapaaehtoisia kyläjuhlaan", "Lainaamme juhlatelttoja"]


def test_consultations_are_found_by_word_forms_asker_and_kind(make_consultation):
    from partnership.models import Consultation

    make_consultation("Liikuntaohjelman päivitys", asker_name="Lahden kaupunki")
    make_consultation("Palvelustrategia", asker_kind="ministerio",
                      asker_name="Sosiaali- ja terveysministeriö")  # fmt: skip
    published = Consultation.objects.published()

    def titles(text):
        results = Consultation.search_index.search(published, text).order_by("-rank", "title")
        return [consultation.title for consultation in results]

    assert titles("liikuntaohjelmasta")[0] == "Liikuntaohjelman päivitys"  # an inflected form
    assert titles("lahden")[0] == "Liikuntaohjelman päivitys"  # the asker
    assert titles("ministerium") == ["Palvelustrategia"]  # the asker's kind in Swedish
