import re

import pytest

from directory.models import Association

pytestmark = pytest.mark.django_db

URL = "/yhdistykset/"


@pytest.fixture(autouse=True)
def _render_every_page(settings):
    """These tests read the view's context and count its queries, so every page is rendered,
    not served whole from the page cache (tests/core/test_pagecache.py tests that)."""
    settings.PAGE_CACHE_SECONDS = 0


def page_of(client, params=None) -> str:
    response = client.get(URL, params or {})
    assert response.status_code == 200
    return response.content.decode()


def names(client, params=None) -> list[str]:
    return [
        association.name for association in client.get(URL, params or {}).context["associations"]
    ]


def facet_counts(client, params, facet) -> dict[str, int]:
    facets = {f.name: f for f in client.get(URL, params).context["facets"]}
    return {option.value: option.count for option in facets[facet].options}


@pytest.fixture
def region(make_association):
    make_association(
        "Orimattilan Omaishoitajat ry",
        municipality="orimattila",
        themes=["mielen-hyvinvointi", "osallisuus-ja-yhteisollisyys"],
        target_groups=["omaishoitajat", "ikaantyneet"],
        fields=["ikaantyneet-ja-omaishoitajat"],
        languages=["fi"],
    )
    make_association(
        "Lahden Mielenterveysyhdistys ry",
        municipality="lahti",
        operating_municipalities=["hollola", "orimattila"],
        themes=["mielen-hyvinvointi"],
        target_groups=["tyoikaiset"],
        fields=["mielenterveys-ja-paihdetyo"],
        languages=["fi", "sv"],
        spearheads=["vaikuttaminen-ja-yhdessa-kehittaminen"],
    )
    make_association(
        "Hollolan Urheilijat ry",
        municipality="hollola",
        themes=["paihteettomyys-ja-terveelliset-elintavat"],
        target_groups=["lapset", "nuoret"],
        fields=["liikunta-ja-urheilu"],
        languages=["fi"],
    )
    make_association(
        "Päijät-Hämeen Hyvinvointisäätiö",
        municipality="lahti",
        kind=Association.Kind.FOUNDATION,
        themes=["arjen-turvallisuus"],
        languages=["en"],
    )
    make_association("Piilotettu ry", municipality="orimattila", status="hidden",
                     themes=["mielen-hyvinvointi"])  # fmt: skip
    make_association("Luonnos ry", municipality="orimattila", status="draft",
                     themes=["mielen-hyvinvointi"])  # fmt: skip


def test_lists_published_associations_by_name(client, region):
    assert names(client) == [
        "Hollolan Urheilijat ry",
        "Lahden Mielenterveysyhdistys ry",
        "Orimattilan Omaishoitajat ry",
        "Päijät-Hämeen Hyvinvointisäätiö",
    ]
    page = page_of(client)
    assert "4 yhdistystä" in page
    assert "Piilotettu" not in page and "Luonnos" not in page


def test_operating_municipalities_count_for_the_municipality_filter(client, region):
    assert names(client, {"municipality": "orimattila"}) == [
        "Lahden Mielenterveysyhdistys ry",
        "Orimattilan Omaishoitajat ry",
    ]


def test_values_of_one_facet_combine_with_or(client, region):
    themes = ["arjen-turvallisuus", "paihteettomyys-ja-terveelliset-elintavat"]
    assert names(client, {"theme": themes}) == [
        "Hollolan Urheilijat ry",
        "Päijät-Hämeen Hyvinvointisäätiö",
    ]


def test_different_facets_combine_with_and(client, region):
    params = {"theme": "mielen-hyvinvointi", "municipality": "lahti"}
    assert names(client, params) == ["Lahden Mielenterveysyhdistys ry"]
    params = {"theme": "mielen-hyvinvointi", "target_group": "omaishoitajat", "language": "fi"}
    assert names(client, params) == ["Orimattilan Omaishoitajat ry"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            {"spearhead": "vaikuttaminen-ja-yhdessa-kehittaminen"},
            ["Lahden Mielenterveysyhdistys ry"],
        ),
        ({"field": "liikunta-ja-urheilu"}, ["Hollolan Urheilijat ry"]),
        ({"language": "sv"}, ["Lahden Mielenterveysyhdistys ry"]),
        ({"kind": "saatio"}, ["Päijät-Hämeen Hyvinvointisäätiö"]),
        ({"target_group": "nuoret"}, ["Hollolan Urheilijat ry"]),
    ],
)
def test_each_filter(client, region, params, expected):
    assert names(client, params) == expected


def test_facet_counts_apply_the_other_filters(client, region):
    counts = facet_counts(client, {"municipality": "orimattila"}, "theme")
    assert counts["mielen-hyvinvointi"] == 2
    assert counts["osallisuus-ja-yhteisollisyys"] == 1
    assert counts["arjen-turvallisuus"] == 0
    # A facet's own choice does not narrow its own counts: other municipalities stay choosable.
    counts = facet_counts(client, {"municipality": "orimattila"}, "municipality")
    assert counts["orimattila"] == 2 and counts["lahti"] == 2 and counts["hollola"] == 2
    assert counts["sysma"] == 0
    kinds = facet_counts(client, {"theme": "mielen-hyvinvointi"}, "kind")
    assert kinds == {"yhdistys": 2, "saatio": 0, "muu-jarjesto": 0, "julkinen": 0, "yksityinen": 0}


def test_hidden_and_draft_associations_are_not_counted(client, region):
    counts = facet_counts(client, {}, "theme")
    assert counts["mielen-hyvinvointi"] == 2


def test_options_without_results_are_not_offered(client, region):
    page = page_of(client, {"municipality": "hollola"})
    assert 'value="lahti"' in page  # Lahden Mielenterveysyhdistys works in Hollola too
    assert 'value="sysma"' not in page
    assert 'value="arjen-turvallisuus"' not in page


def test_active_filters_can_be_removed_one_by_one_or_all_at_once(client, region):
    params = {"q": "ry", "municipality": ["lahti", "hollola"], "theme": "mielen-hyvinvointi"}
    page = page_of(client, params)
    assert 'href="?q=ry&amp;municipality=hollola&amp;theme=mielen-hyvinvointi"' in page
    assert 'href="?q=ry&amp;municipality=lahti&amp;municipality=hollola"' in page
    assert 'href="/yhdistykset/?q=ry"' in page
    assert re.search(r'id="f-municipality-lahti" checked', page)


def test_sort_by_name_is_finnish_alphabetical(client, make_association):
    for name in ["Öljymäen Seura", "Åbo Akademi-seura", "Zeta ry", "Ääneseudun Kylät", "Avain ry"]:
        make_association(name)
    assert names(client) == [
        "Avain ry", "Zeta ry", "Åbo Akademi-seura", "Ääneseudun Kylät", "Öljymäen Seura",
    ]  # fmt: skip


def test_sort_by_recently_updated(client, make_association):
    first = make_association("Aikainen ry")
    make_association("Myöhäinen ry")
    first.phone = "+358 40 123 4567"
    first.save()
    assert names(client, {"sort": "updated"}) == ["Aikainen ry", "Myöhäinen ry"]
    assert names(client, {"sort": "name"}) == ["Aikainen ry", "Myöhäinen ry"]


def test_paginates_twenty_a_page_with_shareable_links(client, make_association):
    for number in range(45):
        make_association(f"Yhdistys {number:02d}", themes=["arjen-turvallisuus"])
    response = client.get(URL, {"theme": "arjen-turvallisuus"})
    assert len(response.context["associations"]) == 20
    page = response.content.decode()
    assert "45 yhdistystä" in page
    assert 'href="?theme=arjen-turvallisuus&amp;page=2"' in page
    last = client.get(URL, {"theme": "arjen-turvallisuus", "page": 3})
    assert [a.name for a in last.context["associations"]][-1] == "Yhdistys 44"


@pytest.mark.parametrize(
    "params",
    [
        {"theme": "ei-ole"},
        {"municipality": ["lahti", "tampere"]},
        {"q": "x" * 10_000},
        {"q": "nul\x00tavu", "theme": "mielen\x00hyvinvointi"},
        {"q": "' OR 1=1 --"},
        {"q": "&|!:*()<>"},
        {"sort": "-name; drop table"},
        {"kind": "ei-ole"},
        {"page": "1", "sort": ["name", "updated"]},
        {"municipality": ["lahti"] * 200},
    ],
)
def test_bad_parameters_give_a_normal_page(client, region, params):
    response = client.get(URL, params)
    assert response.status_code == 200


def test_unknown_values_are_ignored(client, region):
    assert names(client, {"theme": "ei-ole"}) == names(client)
    assert names(client, {"municipality": ["orimattila", "tampere"]}) == names(
        client, {"municipality": "orimattila"}
    )


@pytest.mark.parametrize("page", ["abc", "99999", "0", "-1"])
def test_bad_page_numbers_are_404(client, region, page):
    assert client.get(URL, {"page": page}).status_code == 404


def test_search_on_any_database_finds_names_and_tags(client, region):
    assert names(client, {"q": "omaishoitajat"}) == ["Orimattilan Omaishoitajat ry"]
    assert names(client, {"q": "Urheilijat Hollola"}) == ["Hollolan Urheilijat ry"]
    assert names(client, {"q": "zzzz"}) == []
    assert "Ei yhtään yhdistystä" in page_of(client, {"q": "zzzz"})


@pytest.mark.parametrize("size", [5, 50])
def test_list_runs_a_fixed_number_of_queries(
    client, make_association, django_assert_num_queries, size
):
    for number in range(size):
        make_association(
            f"Yhdistys {number:02d}",
            themes=["mielen-hyvinvointi", "arjen-turvallisuus"],
            target_groups=["kaikki"],
            languages=["fi"],
        )
    # Terms (1), facet counts (6 vocabularies + kinds, which also give the result count, in one
    # statement), the page and the themes of its associations; with the counts cached, three.
    with django_assert_num_queries(4):
        client.get(URL)
    with django_assert_num_queries(3):
        client.get(URL)
    # A search adds the vocabulary (1) and the content's words (1), once per content version.
    with django_assert_num_queries(6):
        client.get(URL, {"q": "yhdistys", "theme": "mielen-hyvinvointi", "municipality": "lahti",
                         "language": "fi", "sort": "updated", "page": 1})  # fmt: skip


def test_cached_counts_follow_every_change(client, make_association):
    association = make_association("Ensimmäinen ry", themes=["arjen-turvallisuus"])
    make_association("Toinen ry", themes=["arjen-turvallisuus"])
    assert facet_counts(client, {}, "theme")["arjen-turvallisuus"] == 2

    association.status = Association.Status.HIDDEN
    association.save()
    assert facet_counts(client, {}, "theme")["arjen-turvallisuus"] == 1
    assert "1 yhdistys" in page_of(client)

    association.status = Association.Status.PUBLISHED
    association.save()
    association.themes.clear()
    assert facet_counts(client, {}, "theme")["arjen-turvallisuus"] == 1
    assert facet_counts(client, {}, "kind")["yhdistys"] == 2

    association.delete()
    assert facet_counts(client, {}, "kind")["yhdistys"] == 1
