import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

URL = reverse("news:newsitem-list")


@pytest.fixture(autouse=True)
def _render_every_page(settings):
    """These tests read the view's context and count its queries, so every page is rendered,
    not served whole from the page cache (tests/core/test_pagecache.py tests that)."""
    settings.PAGE_CACHE_SECONDS = 0


def titles(client, params=None) -> list[str]:
    response = client.get(URL, params or {})
    assert response.status_code == 200
    return [item.title for item in response.context["news_items"]]


def facet_counts(client, params, facet) -> dict[str, int]:
    facets = {f.name: f for f in client.get(URL, params).context["facets"]}
    return {option.value: option.count for option in facets[facet].options}


@pytest.fixture
def news(make_news, make_association):
    lahti = make_association("Lahden Omaishoitajat ry")
    sysma = make_association("Sysmän Kyläyhdistys ry", municipality="sysma")
    make_news(
        "Vanha uutinen",
        association=lahti,
        ago=48,
        themes=["mielen-hyvinvointi"],
        municipalities=["lahti"],
    )
    make_news(
        "Kannanotto lähipalveluista",
        association=sysma,
        kind="kannanotto",
        ago=24,
        themes=["osallisuus-ja-yhteisollisyys"],
        municipalities=["sysma"],
        spearheads=["vaikuttaminen-ja-yhdessa-kehittaminen"],
    )
    make_news(
        "Lausunto hyvinvointisuunnitelmasta",
        association=lahti,
        kind="lausunto",
        ago=12,
        themes=["mielen-hyvinvointi"],
        municipalities=["lahti"],
        body="Mielenterveyspalvelut tarvitsevat lisää resursseja.",
    )
    make_news("Foorumin tiedote", kind="tiedote", ago=2)
    return {"lahti": lahti, "sysma": sysma}


def test_newest_first(client, news):
    assert titles(client) == [
        "Foorumin tiedote",
        "Lausunto hyvinvointisuunnitelmasta",
        "Kannanotto lähipalveluista",
        "Vanha uutinen",
    ]


def test_statements_and_consultation_responses(client, news):
    assert titles(client, {"kind": ["kannanotto", "lausunto"]}) == [
        "Lausunto hyvinvointisuunnitelmasta",
        "Kannanotto lähipalveluista",
    ]
    assert client.get(URL, {"kind": ["kannanotto", "lausunto"]}).context["result_count"] == 2


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"theme": "mielen-hyvinvointi"}, ["Lausunto hyvinvointisuunnitelmasta", "Vanha uutinen"]),
        ({"municipality": "sysma"}, ["Kannanotto lähipalveluista"]),
        ({"spearhead": "vaikuttaminen-ja-yhdessa-kehittaminen"}, ["Kannanotto lähipalveluista"]),
        ({"association": "sysman-kylayhdistys-ry"}, ["Kannanotto lähipalveluista"]),
        (
            {"theme": "mielen-hyvinvointi", "kind": "lausunto"},
            ["Lausunto hyvinvointisuunnitelmasta"],
        ),
        ({"q": "resursseja"}, ["Lausunto hyvinvointisuunnitelmasta"]),
        ({"q": "foorumin"}, ["Foorumin tiedote"]),
    ],
)
def test_filters(client, news, params, expected):
    assert titles(client, params) == expected


def test_facet_counts_apply_the_other_filters(client, news):
    assert facet_counts(client, {}, "kind") == {
        "uutinen": 1,
        "tiedote": 1,
        "kannanotto": 1,
        "lausunto": 1,
        "mielipidekirjoitus": 0,
    }
    counts = facet_counts(client, {"theme": "mielen-hyvinvointi", "kind": "lausunto"}, "kind")
    assert counts["uutinen"] == 1 and counts["lausunto"] == 1 and counts["kannanotto"] == 0
    themes = facet_counts(client, {"kind": "kannanotto"}, "theme")
    assert themes["osallisuus-ja-yhteisollisyys"] == 1 and themes["mielen-hyvinvointi"] == 0


def test_result_count_and_association_heading(client, news):
    response = client.get(URL, {"association": "lahden-omaishoitajat-ry"})
    assert response.context["result_count"] == 2
    page = response.content.decode()
    assert "Lahden Omaishoitajat ry" in page
    assert 'type="application/rss+xml"' in page
    assert "/uutiset/syote/?association=lahden-omaishoitajat-ry" in page


def test_counts_follow_changes(client, news, make_news):
    assert client.get(URL).context["result_count"] == 4
    item = make_news("Uusi", association=news["lahti"])
    assert client.get(URL).context["result_count"] == 5
    item.status = "hidden"
    item.save()
    assert client.get(URL).context["result_count"] == 4
    news["lahti"].status = "hidden"
    news["lahti"].save()
    assert client.get(URL).context["result_count"] == 2


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "tuntematon"},
        {"theme": ["x" * 500, "mielen-hyvinvointi"]},
        {"association": "ei-ole-olemassa"},
        {"association": "x" * 5000},
        {"q": "\x00<script>" * 200},
        {"page": "9999"},
        {"page": "abc"},
        {"kind\x00": "kannanotto"},
    ],
)
def test_bad_parameters_never_give_a_server_error(client, news, params):
    assert client.get(URL, params).status_code in {200, 404}
    assert client.get(reverse("news:feed-rss"), params).status_code in {200, 404}


def test_pagination(client, make_news):
    for number in range(25):
        make_news(f"Uutinen {number:02d}", ago=number + 1)
    first = client.get(URL)
    assert len(first.context["news_items"]) == 20
    second = client.get(URL, {"page": 2})
    assert [item.title for item in second.context["news_items"]][-1] == "Uutinen 24"


@pytest.mark.parametrize("size", [5, 40])
def test_list_runs_a_fixed_number_of_queries(
    client, make_news, make_association, django_assert_num_queries, size
):
    association = make_association()
    for number in range(size):
        make_news(
            association=association,
            themes=["mielen-hyvinvointi", "arjen-turvallisuus"],
            municipalities=["lahti"],
            kind=["uutinen", "kannanotto"][number % 2],
        )
    # Terms (1), facet counts (kind, which also gives the result count, + 3 vocabularies: one
    # statement),
    # the page and the themes of its items; with the counts cached, only the last three.
    with django_assert_num_queries(4):
        client.get(URL)
    with django_assert_num_queries(3):
        client.get(URL)
    # A search adds the vocabulary (1) and the content's words (1), once per content version.
    with django_assert_num_queries(6):
        client.get(
            URL,
            {
                "q": "uutinen",
                "theme": "mielen-hyvinvointi",
                "kind": "kannanotto",
                "municipality": "lahti",
                "page": 1,
            },
        )
