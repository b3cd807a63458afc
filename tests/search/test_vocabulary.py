"""The residents' vocabulary (synonyms and abbreviations), the words of published content that
typos are corrected to, and what a list that finds nothing offers instead."""

import pytest
from django.urls import reverse

from core.models import SearchSynonym, SearchWord
from core.search import analyse, synonym_matches
from directory.models import Association
from tests import factories

pytestmark = pytest.mark.django_db

URL = reverse("directory:association-list")


def alternatives(text: str) -> list[tuple[str, ...]]:
    return [alternative for slot in analyse(text).slots for alternative in slot.alternatives]


@pytest.mark.parametrize(
    ("typed", "word", "matches"),
    [
        ("eläkeläisille", "eläkeläiset", True),  # an inflected form
        ("maahanmuuttajille", "maahanmuuttajat", True),
        ("masennukseen", "masennus", True),
        ("masennus", "masennus", True),
        ("maalauksia", "maalaus", True),
        ("kylätalo", "kylä", False),  # another compound, not an inflection
        ("vpk", "vpk", True),
        ("vpkn", "vpk", False),  # abbreviations only match themselves
        ("aldre", "äldre", True),  # without diacritics
    ],
)
def test_a_vocabulary_word_matches_its_inflected_forms(typed, word, matches):
    assert synonym_matches(typed, word) is matches


def test_the_seeded_vocabulary_covers_what_residents_say():
    assert ("vapaaehtoinen", "palokunta") in alternatives("vpk")
    assert ("eläkeläiset",) in alternatives("ikäihmisille")
    assert ("maahanmuuttaja",) in alternatives("invandrare")  # covers maahanmuuttajat
    assert ("spr",) in alternatives("röda korset")
    assert ("mannerheimin", "lastensuojeluliitto") in alternatives("MLL")
    assert ("päihteet",) in alternatives("alkoholi")
    assert alternatives("kylätalo") == [("kylätalo",)]


def test_a_coordinator_edits_the_vocabulary_and_search_follows(client, coordinator):
    factories.make_association("Lahden Taidekoulu ry", short_description="Kuvataidetta.")
    assert client.get(URL, {"q": "maalaus"}).context["result_count"] == 0
    client.force_login(coordinator)
    response = client.post(
        reverse("admin:core_searchsynonym_add"),
        {"words": "maalaus\nkuvataide\nmålning", "note": "Kuvataide"},
    )
    assert response.status_code == 302
    group = SearchSynonym.objects.get(note="Kuvataide")
    assert group.history.count() == 1
    assert client.get(URL, {"q": "maalaus"}).context["result_count"] == 1


def test_a_contact_cannot_edit_the_vocabulary(client):
    association = factories.make_association()
    client.force_login(factories.make_contact(association))
    assert client.get(reverse("admin:core_searchsynonym_changelist")).status_code == 403


def test_words_of_published_content_only_are_kept_for_typo_correction():
    factories.make_association("Lahden Mielenterveysyhdistys ry", short_description="Klubitalo.")
    factories.make_association("Salainen Kerho ry", status="draft", short_description="Piilo.")
    words = set(SearchWord.objects.values_list("word", flat=True))
    assert {"mielenterveysyhdistys", "klubitalo", "lahden"} <= words
    assert "salainen" not in words
    draft = Association.objects.get(name="Salainen Kerho ry")
    draft.status = Association.Status.PUBLISHED
    draft.save()
    assert SearchWord.objects.filter(word="salainen").exists()


def test_a_misspelt_word_is_corrected_and_offered(client):
    factories.make_association(
        "Lahden Klubitalo ry", short_description="Tukea mielenterveys kuntoutujille."
    )
    response = client.get(URL, {"q": "mielenteveys"})
    assert response.context["suggestion"] == "mielenterveys"
    assert [a.name for a in response.context["associations"]] == ["Lahden Klubitalo ry"]
    assert "Tarkoititko:" in response.content.decode()
    # A word of the content is not corrected.
    assert "suggestion" not in client.get(URL, {"q": "klubitalo"}).context


def test_a_list_that_finds_nothing_offers_ways_on(client):
    factories.make_association(
        "Orimattilan Omaishoitajat ry",
        municipality="orimattila",
        short_description="Tukea omaishoitajille.",
        target_groups=["omaishoitajat"],
    )
    response = client.get(URL, {"q": "omaishoitajille", "municipality": "lahti"})
    assert response.context["result_count"] == 0
    relaxations = {r.label: r.count for r in response.context["relaxations"]}
    assert relaxations == {"omaishoitajille": 0, "Kunta: Lahti": 1}
    labels = [term.label for term in response.context["nearest_terms"]]
    assert labels[0] == "Omaishoitajat"
    page = response.content.decode()
    assert "Ilman rajausta ”Kunta: Lahti”: 1 tulos" in page
    assert f"{URL}?target_group=omaishoitajat" in page
