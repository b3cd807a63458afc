"""The activity and service menu `/palvelut/`: filters, facets, age, bad input, query counts."""

import pytest
from django.urls import reverse

from services.models import Service

pytestmark = pytest.mark.django_db

URL = reverse("services:service-list")


@pytest.fixture(autouse=True)
def _render_every_page(settings):
    """These tests read the view's context and count its queries, so every page is rendered,
    not served whole from the page cache (tests/core/test_pagecache.py tests that)."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def menu(make_association, make_service):
    carers = make_association("Orimattilan Omaishoitajat ry", municipality="orimattila")
    sports = make_association("Hollolan Urheilijat ry", municipality="hollola")
    red_cross = make_association("SPR Lahden osasto", municipality="lahti")
    make_service(
        "Omaishoitajien vertaistukiryhmä",
        association=carers,
        kind="vertaistuki",
        is_free=True,
        themes=["mielen-hyvinvointi"],
        target_groups=["omaishoitajat"],
        municipalities=["orimattila"],
        languages=["fi"],
        min_age=18,
    )
    make_service(
        "Omaishoitajien verkkoryhmä",
        association=carers,
        kind="vertaistuki",
        is_free=True,
        online=True,
        themes=["mielen-hyvinvointi"],
        target_groups=["omaishoitajat"],
        languages=["fi", "sv"],
    )
    make_service(
        "Seniorien kuntosaliryhmä",
        association=sports,
        kind="harrastus-ja-ryhmatoiminta",
        cost="20 € kaudelta",
        themes=["paihteettomyys-ja-terveelliset-elintavat"],
        target_groups=["ikaantyneet"],
        municipalities=["hollola", "lahti"],
        min_age=63,
    )
    make_service(
        "Nuorten futiskerho",
        association=sports,
        kind="harrastus-ja-ryhmatoiminta",
        is_free=True,
        target_groups=["nuoret"],
        municipalities=["hollola"],
        min_age=10,
        max_age=17,
    )
    make_service(
        "Ystävätoiminnan vapaaehtoinen",
        association=red_cross,
        kind="vapaaehtoistehtava",
        is_free=True,
        themes=["osallisuus-ja-yhteisollisyys"],
        target_groups=["kaikki"],
        municipalities=["lahti"],
        spearheads=["palvelutoiminta"],
    )
    make_service(
        "Luonnos, ei julki",
        association=red_cross,
        status="draft",
        municipalities=["lahti"],
        is_free=True,
    )


def titles(client, params=None):
    response = client.get(URL, params or {})
    assert response.status_code == 200
    return [service.title for service in response.context["services"]]


def facet_counts(client, params, name):
    facets = {facet.name: facet for facet in client.get(URL, params).context["facets"]}
    return {option.value: option.count for option in facets[name].options}


def test_lists_published_services_by_title(client, menu):
    assert titles(client) == [
        "Nuorten futiskerho",
        "Omaishoitajien verkkoryhmä",
        "Omaishoitajien vertaistukiryhmä",
        "Seniorien kuntosaliryhmä",
        "Ystävätoiminnan vapaaehtoinen",
    ]
    page = client.get(URL).content.decode()
    assert "Luonnos" not in page
    assert "Orimattilan Omaishoitajat ry" in page  # the provider on the card


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            {"kind": "vertaistuki"},
            ["Omaishoitajien verkkoryhmä", "Omaishoitajien vertaistukiryhmä"],
        ),
        ({"kind": "vapaaehtoistehtava"}, ["Ystävätoiminnan vapaaehtoinen"]),
        ({"theme": "paihteettomyys-ja-terveelliset-elintavat"}, ["Seniorien kuntosaliryhmä"]),
        ({"target_group": "nuoret"}, ["Nuorten futiskerho"]),
        ({"municipality": "lahti"}, ["Seniorien kuntosaliryhmä", "Ystävätoiminnan vapaaehtoinen"]),
        ({"language": "sv"}, ["Omaishoitajien verkkoryhmä"]),
        ({"spearhead": "palvelutoiminta"}, ["Ystävätoiminnan vapaaehtoinen"]),
        ({"online": "1"}, ["Omaishoitajien verkkoryhmä"]),
        ({"free": "1", "municipality": "hollola"}, ["Nuorten futiskerho"]),
        (
            {
                "free": "1",
                "kind": "vertaistuki",
                "target_group": "omaishoitajat",
                "municipality": "orimattila",
            },
            ["Omaishoitajien vertaistukiryhmä"],
        ),
        (
            {"municipality": ["orimattila", "hollola"], "kind": "vertaistuki"},
            ["Omaishoitajien vertaistukiryhmä"],
        ),
    ],
)
def test_each_filter(client, menu, params, expected):
    assert titles(client, params) == expected


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        (
            "67",
            [
                "Omaishoitajien verkkoryhmä",
                "Omaishoitajien vertaistukiryhmä",
                "Seniorien kuntosaliryhmä",
                "Ystävätoiminnan vapaaehtoinen",
            ],
        ),
        (
            "12",
            ["Nuorten futiskerho", "Omaishoitajien verkkoryhmä", "Ystävätoiminnan vapaaehtoinen"],
        ),
        (
            "17",
            ["Nuorten futiskerho", "Omaishoitajien verkkoryhmä", "Ystävätoiminnan vapaaehtoinen"],
        ),
        (
            "18",
            [
                "Omaishoitajien verkkoryhmä",
                "Omaishoitajien vertaistukiryhmä",
                "Ystävätoiminnan vapaaehtoinen",
            ],
        ),
    ],
)
def test_age_shows_what_suits_that_age(client, menu, age, expected):
    assert titles(client, {"age": age}) == expected
    response = client.get(URL, {"age": age})
    assert response.context["result_count"] == len(expected)
    assert [chip.label for chip in response.context["chips"]] == [f"Ikä {age}"]
    assert f"Ikä {age}" in response.content.decode()


@pytest.mark.parametrize("age", ["-1", "999", "abc", "", "6.5", "1e3", "٣"])
def test_bad_ages_are_ignored(client, menu, age):
    response = client.get(URL, {"age": age})
    assert response.status_code == 200
    assert len(response.context["services"]) == 5
    assert response.context["chips"] == []


def test_facet_counts_apply_the_other_filters(client, menu):
    assert facet_counts(client, {}, "kind") == {
        "vertaistuki": 2,
        "harrastus-ja-ryhmatoiminta": 2,
        "neuvonta-ja-ohjaus": 0,
        "koulutus": 0,
        "vapaaehtoistehtava": 1,
        "palvelu": 0,
    }
    assert facet_counts(client, {}, "free") == {"1": 4}
    assert facet_counts(client, {}, "online") == {"1": 1}
    assert facet_counts(client, {"kind": "vertaistuki"}, "free") == {"1": 2}
    # A facet's own choice does not narrow its own counts, the others' do.
    assert facet_counts(client, {"kind": "vertaistuki"}, "kind")["vapaaehtoistehtava"] == 1
    assert facet_counts(client, {"free": "1"}, "municipality")["hollola"] == 1
    assert facet_counts(client, {"age": "67"}, "kind")["harrastus-ja-ryhmatoiminta"] == 1
    assert facet_counts(client, {"municipality": "lahti"}, "theme") == {
        "mielen-hyvinvointi": 0,
        "osallisuus-ja-yhteisollisyys": 1,
        "arjen-turvallisuus": 0,
        "paihteettomyys-ja-terveelliset-elintavat": 1,
    }


def test_result_count_follows_the_filters(client, menu):
    assert client.get(URL).context["result_count"] == 5
    response = client.get(URL, {"kind": "vertaistuki", "free": "1"})
    assert response.context["result_count"] == 2
    assert response.context["paginator"].count == 2


def test_volunteer_tasks_are_one_click_away(client, menu):
    home = client.get(reverse("portal:home")).content.decode()
    assert 'href="/palvelut/?kind=vapaaehtoistehtava"' in home
    assert titles(client, {"kind": "vapaaehtoistehtava"}) == ["Ystävätoiminnan vapaaehtoinen"]


def test_active_filters_can_be_removed(client, menu):
    page = client.get(URL, {"kind": "vertaistuki", "free": "1"}).content.decode()
    assert 'href="?free=1"' in page  # removes the kind
    assert 'href="?kind=vertaistuki"' in page  # removes the free flag


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "ei-ole"},
        {"theme": "ei-ole", "municipality": ["lahti", "tampere"]},
        {"q": "x" * 10_000},
        {"q": "nul\x00tavu", "kind": "verta\x00istuki"},
        {"q": "' OR 1=1 --"},
        {"q": "&|!:*()<>"},
        {"free": ["1", "yes", "0"], "online": "abc"},
        {"age": ["67", "abc"]},
        {"sort": "-title; drop table"},
        {"municipality": ["lahti"] * 200},
    ],
)
def test_bad_parameters_give_a_normal_page(client, menu, params):
    assert client.get(URL, params).status_code == 200


def test_unknown_values_are_ignored(client, menu):
    assert titles(client, {"kind": "ei-ole"}) == titles(client)
    assert titles(client, {"free": "kyllä"}) == titles(client)
    assert titles(client, {"municipality": ["lahti", "tampere"]}) == titles(
        client, {"municipality": "lahti"}
    )


@pytest.mark.parametrize("page", ["abc", "99999", "0", "-1"])
def test_bad_page_numbers_are_404(client, menu, page):
    assert client.get(URL, {"page": page}).status_code == 404


def test_search_on_any_database_finds_titles_tags_and_providers(client, menu):
    assert titles(client, {"q": "futis"}) == ["Nuorten futiskerho"]
    assert titles(client, {"q": "ikääntyneet"}) == ["Seniorien kuntosaliryhmä"]  # a tag's label
    assert titles(client, {"q": "Urheilijat"}) == ["Nuorten futiskerho", "Seniorien kuntosaliryhmä"]
    assert titles(client, {"q": "zzzz"}) == []


def test_paginates_with_shareable_links(client, make_association, make_service):
    association = make_association()
    for number in range(45):
        make_service(f"Ryhmä {number:02d}", association=association)
    first = client.get(URL)
    assert len(first.context["services"]) == 20
    assert 'href="?page=2"' in first.content.decode()
    last = client.get(URL, {"page": 3})
    assert [s.title for s in last.context["services"]] == [f"Ryhmä {n}" for n in range(40, 45)]


@pytest.mark.parametrize("size", [5, 50])
def test_list_runs_a_fixed_number_of_queries(
    client, make_association, make_service, django_assert_num_queries, size
):
    association = make_association()
    for number in range(size):
        make_service(
            f"Ryhmä {number:02d}",
            association=association,
            is_free=number % 2 == 0,
            themes=["mielen-hyvinvointi", "arjen-turvallisuus"],
            target_groups=["kaikki"],
            municipalities=["lahti", "hollola"],
            languages=["fi"],
            min_age=number,
        )
    # Terms (1), facet counts (8: kinds, which also give the result count, municipalities,
    # online, free, themes, target groups, languages, spearheads; one statement), the page and the
    # municipalities of its services; with the counts cached, only the last three.
    with django_assert_num_queries(4):
        client.get(URL)
    with django_assert_num_queries(3):
        client.get(URL)
    # A search adds the vocabulary (1) and the content's words (1), once per content version.
    with django_assert_num_queries(6):
        client.get(URL, {"q": "ryhmä", "theme": "mielen-hyvinvointi", "municipality": "lahti",
                         "free": "1", "age": "30", "sort": "updated", "page": 1})  # fmt: skip


def test_cached_counts_follow_every_change(client, make_association, make_service):
    association = make_association()
    service = make_service("Ryhmä", association=association, themes=["arjen-turvallisuus"])
    assert facet_counts(client, {}, "theme")["arjen-turvallisuus"] == 1
    service.themes.clear()
    assert facet_counts(client, {}, "theme")["arjen-turvallisuus"] == 0
    service.status = Service.Status.HIDDEN
    service.save()
    assert facet_counts(client, {}, "kind")["vertaistuki"] == 0
    service.status = Service.Status.PUBLISHED
    service.save()
    assert facet_counts(client, {}, "kind")["vertaistuki"] == 1
    service.delete()
    assert facet_counts(client, {}, "kind")["vertaistuki"] == 0
