"""`/haku/`: every kind of content from one box, with the lists' own visibility rules."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db

URL = reverse("portal:search")


@pytest.fixture
def content(make_association, make_service, make_event, make_news, make_premises, make_grant_call):
    carers = make_association("Orimattilan Omaishoitajat ry", municipality="orimattila")
    hidden = make_association("Piilotettu Vertaistuki ry", status="hidden")
    make_service("Omaishoitajien vertaistukiryhmä", association=carers)
    make_service("Piilotettu vertaistukiryhmä", association=hidden)
    make_service("Luonnos: vertaistuki", association=carers, status="draft")
    make_event("Vertaistuki-ilta", association=carers)
    make_event(
        "Mennyt vertaistuki-ilta",
        association=carers,
        start=timezone.now() - datetime.timedelta(days=3),
    )
    make_news("Vertaistukiryhmä alkaa", association=carers)
    make_news("Tuleva vertaistukiuutinen", association=carers, ago=-5)
    make_premises("Vertaistukitila")
    make_grant_call("Vertaistukiavustus")
    return carers


def sections(response) -> dict[str, list[str]]:
    return {
        section.key: [str(item) for item in section.results]
        for section in response.context["sections"]
    }


def test_one_search_finds_every_kind_of_content(client, content):
    response = client.get(URL, {"q": "vertaistuki"})
    assert response.status_code == 200
    found = sections(response)
    assert found["services"] == ["Omaishoitajien vertaistukiryhmä"]
    assert found["events"] == ["Vertaistuki-ilta"]  # upcoming only, as the list
    assert found["news"] == ["Vertaistukiryhmä alkaa"]  # not the scheduled one
    assert found["premises"] == ["Vertaistukitila"]
    assert found["grants"] == ["Vertaistukiavustus"]
    assert found["associations"] == []  # the hidden association is not shown
    counts = {section.key: section.count for section in response.context["sections"]}
    assert counts == {
        "associations": 0, "services": 1, "events": 1, "news": 1, "premises": 1, "grants": 1,
    }  # fmt: skip
    assert response.context["total"] == 5
    page = response.content.decode()
    assert 'href="/palvelut/?q=vertaistuki"' in page
    assert 'href="/tapahtumat/?q=vertaistuki"' in page
    assert "Piilotettu" not in page
    assert "Luonnos" not in page


def test_each_section_shows_its_first_results_and_the_count_of_all(client, make_association):
    for number in range(7):
        make_association(f"Kyläyhdistys {number} ry")
    response = client.get(URL, {"q": "kyläyhdistys"})
    section = response.context["sections"][0]
    assert section.count == 7
    assert len(section.results) == 5
    assert "Näytä kaikki 7 tulosta" in response.content.decode()


def test_the_page_runs_a_fixed_number_of_queries(client, content, django_assert_num_queries):
    # The vocabulary (1) and one per section (6); "vertaistuki" is in the vocabulary, so it is
    # not a word to correct.
    with django_assert_num_queries(7):
        client.get(URL, {"q": "vertaistuki"})
    # The analysis is remembered until the content changes.
    with django_assert_num_queries(6):
        client.get(URL, {"q": "vertaistuki"})
    # A word to correct: the words of the content are asked for too (1).
    with django_assert_num_queries(7):
        client.get(URL, {"q": "ilta"})


def test_without_a_query_the_page_only_asks(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get(URL, {"q": "  "})
    assert response.status_code == 200
    assert response.context["sections"] == []


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_page_works_in_every_language(client, content, language):
    prefix = "" if language == "fi" else f"/{language}"
    response = client.get(f"{prefix}/haku/", {"q": "vertaistuki"})
    assert response.status_code == 200
    assert response.headers["Content-Language"] == language
    assert f'href="{prefix}/palvelut/?q=vertaistuki"' in response.content.decode()


def test_nothing_found_suggests_themes_and_target_groups(client, make_association):
    make_association("Lahden Kyläyhdistys ry")
    response = client.get(URL, {"q": "omaishoitajille"})
    assert response.context["total"] == 0
    labels = [term.label for term in response.context["nearest_terms"]]
    assert "Omaishoitajat" in labels
    page = response.content.decode()
    assert "/yhdistykset/?target_group=omaishoitajat" in page


def test_bad_input_is_harmless(client):
    for text in ["%", "x" * 10_000, "\x00vertaistuki", "<script>"]:
        assert client.get(URL, {"q": text}).status_code == 200


def test_the_home_page_searches_everything(client):
    page = client.get("/").content.decode()
    assert 'action="/haku/"' in page
