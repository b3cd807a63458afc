"""`/yhteyshenkilot/`, the municipality pages' contact people and the overview page."""

import datetime

import pytest

from tests.conditions.conftest import NOW

pytestmark = pytest.mark.django_db

URL = "/yhteyshenkilot/"
DAY = datetime.timedelta(days=1)


@pytest.fixture
def people(make_contact_person):
    make_contact_person("Anni Kokeilu", municipality="lahti", topics="avustukset\nkylätalot",
                        phone="044 000 2001", office_hours="Ma–to klo 9–15")  # fmt: skip
    make_contact_person("Ville Näytteinen", municipality="hollola", organisation="Hollolan kunta")
    make_contact_person("Maija Esimerkki", municipality=None, organisation_kind="yhdistysfoorumi",
                        organisation="Päijät-Hämeen Yhdistysfoorumi")  # fmt: skip
    make_contact_person("Helmi Mallikas", municipality=None, organisation_kind="hyvinvointialue",
                        organisation="Päijät-Hämeen hyvinvointialue")  # fmt: skip
    make_contact_person("Ei suostumusta", consent=False)
    make_contact_person("Luonnos Henkilö", status="draft")
    make_contact_person("Piilotettu Henkilö", status="hidden")


def names(client, params=None):
    response = client.get(URL, params or {})
    assert response.status_code == 200
    return [person.name for person in response.context["people"]]


def test_forum_county_then_municipalities_and_never_without_consent(client, people):
    assert names(client) == ["Maija Esimerkki", "Helmi Mallikas", "Ville Näytteinen",
                             "Anni Kokeilu"]  # fmt: skip
    page = client.get(URL).content.decode()
    for hidden in ("Ei suostumusta", "Luonnos", "Piilotettu"):
        assert hidden not in page
    assert "anni-kokeilu@example.fi" in page and "Ma–to klo 9–15" in page
    assert 'href="/yhteyshenkilot/anni-kokeilu/kysy/"' in page


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"municipality": "lahti"}, ["Anni Kokeilu"]),
        ({"organisation": "hyvinvointialue"}, ["Helmi Mallikas"]),
        ({"organisation": ["yhdistysfoorumi", "kunta"]},
         ["Maija Esimerkki", "Ville Näytteinen", "Anni Kokeilu"]),
        ({"q": "kylätalot"}, ["Anni Kokeilu"]),
        ({"municipality": "tukholma"}, ["Maija Esimerkki", "Helmi Mallikas", "Ville Näytteinen",
                                        "Anni Kokeilu"]),
    ],
)  # fmt: skip
def test_filters(client, people, params, expected):
    assert names(client, params) == expected


@pytest.mark.parametrize("size", [2, 20])
def test_list_runs_a_fixed_number_of_queries(client, settings, make_contact_person,
                                             django_assert_num_queries, size):  # fmt: skip
    # The miss path: pages rendered, not served whole (that is tests/core/test_pagecache.py).
    settings.PAGE_CACHE_SECONDS = 0
    for number in range(size):
        municipal = number % 2 == 1
        make_contact_person(
            f"Henkilö {number:02d}",
            municipality="lahti" if municipal else None,
            organisation_kind="kunta" if municipal else "yhdistysfoorumi",
        )
    # Terms (1), facet counts (organisations, municipalities: one statement), the page with its
    # municipalities (1); with the counts cached, the last one and the terms.
    with django_assert_num_queries(3):
        client.get(URL)
    with django_assert_num_queries(2):
        client.get(URL)


def test_municipality_page_shows_its_contact_people_premises_and_open_calls(
    client, now, people, make_premises, make_grant_call
):
    make_premises("Kansalaistalo")
    make_grant_call("Yleisavustus", municipalities=["lahti"], opens_at=NOW)
    make_grant_call("Hollolan avustus", municipalities=["hollola"], opens_at=NOW)
    page = client.get("/kunnat/lahti/").content.decode()
    assert "Anni Kokeilu" in page and "Ville Näytteinen" not in page
    assert "Tilat: Lahti (1)" in page
    assert "Avoimet avustushaut (1)" in page
    assert 'href="/avustukset/?municipality=lahti&amp;open=1"' in page
    assert "Ei suostumusta" not in page


def test_overview_gathers_calls_premises_and_people(
    client, now, people, make_premises, make_grant_call, django_assert_num_queries
):
    make_premises("Kansalaistalo")
    make_premises("Luonnostila", status="draft")
    for number in range(7):
        make_grant_call(f"Haku {number}", opens_at=NOW, closes_at=NOW + (number + 1) * DAY)
    make_grant_call("Tuleva", opens_at=NOW + DAY)
    # spearhead, the five calls, their municipalities, the open count, municipalities with
    # premises counts, the regional contact people, the form's recipients
    with django_assert_num_queries(7):
        response = client.get("/toimintaedellytykset/")
    page = response.content.decode()
    assert [call.title for call in response.context["closing_calls"]] == [
        "Haku 0", "Haku 1", "Haku 2", "Haku 3", "Haku 4"]  # fmt: skip
    assert "Kaikki avustushaut (7 auki)" in page
    lahti = next(m for m in response.context["municipalities"] if m.slug == "lahti")
    assert lahti.premises_count == 1
    assert "Maija Esimerkki" in page and "Helmi Mallikas" in page
    assert "Anni Kokeilu" not in [p.name for p in response.context["regional_people"]]
    assert 'action="/toimintaedellytykset/kysy/"' in page
    assert "Toimintaedellytykset" in page  # the spearhead's name and goal from the strategy


def test_spearhead_two_and_the_home_page_link_to_the_overview(client):
    assert (
        'id="conditions-overview" href="/toimintaedellytykset/"'
        in client.get("/strategia/").content.decode()
    )
    assert 'id="home-conditions"' in client.get("/").content.decode()


def test_sitemap_lists_the_pages_premises_and_calls(client, now, make_premises, make_grant_call):
    premises = make_premises("Kansalaistalo")
    call = make_grant_call("Yleisavustus")
    make_premises("Luonnostila", status="draft")
    index = client.get("/sitemap.xml").content.decode()
    for section in ("toimintaedellytykset", "tilat", "avustukset"):
        assert f"sitemap-{section}.xml" in index
    pages = client.get("/sitemap-toimintaedellytykset.xml").content.decode()
    for path in ("/toimintaedellytykset/", "/tilat/", "/avustukset/", "/yhteyshenkilot/",
                 "/sv/avustukset/arkisto/"):  # fmt: skip
        assert f"http://testserver{path}<" in pages or f'href="http://testserver{path}"' in pages
    assert premises.get_absolute_url() in client.get("/sitemap-tilat.xml").content.decode()
    assert "luonnostila" not in client.get("/sitemap-tilat.xml").content.decode()
    assert call.get_absolute_url() in client.get("/sitemap-avustukset.xml").content.decode()
