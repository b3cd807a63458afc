"""`/palvelut/<slug>/`: what a person needs to take part, tags as links, JSON-LD and Open Graph."""

import json
import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def service(make_association, make_service):
    association = make_association("Orimattilan Omaishoitajat ry", municipality="orimattila",
                                   kind="yhdistys")  # fmt: skip
    return make_service(
        "Omaishoitajien vertaistukiryhmä",
        association=association,
        short_description="Vertaistukea omaishoitajille kerran kuussa.",
        description="Kokoonnumme **kahvin** ääressä.<script>alert(1)</script>",
        themes=["mielen-hyvinvointi"],
        target_groups=["omaishoitajat"],
        municipalities=["orimattila"],
        languages=["fi"],
        spearheads=["palvelutoiminta"],
        min_age=18,
        is_free=True,
        online=True,
        place="Seurakuntatalo",
        street_address="Erkontie 1",
        postal_code="16300",
        post_office="Orimattila",
        schedule="Kuukauden ensimmäinen tiistai klo 18–20",
        joining="ilmoittaudu",
        registration_url="https://omaishoitajat.example.fi/ilmoittaudu",
        contact_email="ryhma@omaishoitajat.example.fi",
        contact_phone="+358 40 123 4567",
        accessibility="Esteetön sisäänkäynti.",
    )


def structured_data(page: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return json.loads(match.group(1))


def test_shows_everything_needed_to_take_part(client, service):
    response = client.get(service.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    for text in (
        "Omaishoitajien vertaistukiryhmä",
        "Kuukauden ensimmäinen tiistai klo 18–20",
        "Seurakuntatalo, Erkontie 1, 16300 Orimattila",
        "https://omaishoitajat.example.fi/ilmoittaudu",
        "mailto:ryhma@omaishoitajat.example.fi",
        "Esteetön sisäänkäynti.",
        'href="/yhdistykset/orimattilan-omaishoitajat-ry/"',
    ):
        assert text in page, text
    assert "<strong>kahvin</strong>" in page
    assert "<script>alert" not in page


def test_tags_are_links_into_the_menu(client, service):
    page = client.get(service.get_absolute_url()).content.decode()
    for link in (
        "/palvelut/?kind=vertaistuki",
        "/palvelut/?theme=mielen-hyvinvointi",
        "/palvelut/?target_group=omaishoitajat",
        "/palvelut/?municipality=orimattila",
        "/palvelut/?language=fi",
        "/palvelut/?spearhead=palvelutoiminta",
        "/palvelut/?online=1",
    ):
        assert f'href="{link}"' in page, link


def test_json_ld_is_a_service_with_its_provider(client, service):
    data = structured_data(client.get(service.get_absolute_url()).content.decode())
    assert data["@type"] == "Service"
    assert data["name"] == "Omaishoitajien vertaistukiryhmä"
    assert data["url"] == "http://testserver/palvelut/omaishoitajien-vertaistukiryhma/"
    assert data["provider"] == {
        "@type": "NGO",
        "name": "Orimattilan Omaishoitajat ry",
        "url": "http://testserver/yhdistykset/orimattilan-omaishoitajat-ry/",
    }
    assert data["areaServed"] == [{"@type": "City", "name": "Orimattila"}]
    assert data["isAccessibleForFree"] is True
    assert {"@type": "PeopleAudience", "suggestedMinAge": 18} in data["audience"]
    assert data["availableChannel"]["serviceUrl"] == service.registration_url
    assert data["availableChannel"]["serviceLocation"]["address"]["postalCode"] == "16300"


def test_json_ld_cannot_be_broken_out_of(client, make_association, make_service):
    service = make_service(
        "Ryhmä </script><script>alert(1)</script>", slug="ryhma", association=make_association()
    )
    page = client.get(service.get_absolute_url()).content.decode()
    assert "</script><script>alert(1)" not in page
    assert structured_data(page)["name"] == service.title


def test_open_graph_tags(client, service):
    page = client.get(service.get_absolute_url()).content.decode()
    assert '<meta property="og:title" content="Omaishoitajien vertaistukiryhmä">' in page
    assert (
        '<meta property="og:description" content="Vertaistukea omaishoitajille kerran kuussa.">'
        in page
    )
    assert (
        '<meta property="og:url" '
        'content="http://testserver/palvelut/omaishoitajien-vertaistukiryhma/">' in page
    )
    assert '<meta property="og:locale" content="fi_FI">' in page


def test_a_paid_service_shows_its_cost(client, make_association, make_service):
    service = make_service("Kuntosali", association=make_association(), cost="20 € kaudelta")
    page = client.get(service.get_absolute_url()).content.decode()
    assert "20 € kaudelta" in page
    assert "isAccessibleForFree" in page and '"offers"' in page


def test_unknown_slug_is_404(client, db):
    assert client.get("/palvelut/ei-ole/").status_code == 404


def test_other_languages_have_the_same_paths(client, service):
    assert client.get(f"/en{service.get_absolute_url()}").status_code == 200
    assert client.get("/sv/palvelut/").status_code == 200


def test_online_is_a_way_to_take_part_not_a_municipality(client, service):
    page = client.get(service.get_absolute_url()).content.decode()
    assert "Missä yhdistys toimii" not in page
    municipalities = re.search(r'<dd id="service-municipalities">(.*?)</dd>', page, re.S).group(1)
    assert "Orimattila" in municipalities and "Verkossa" not in municipalities
    assert (
        '<dt>Verkossa</dt>\n            <dd id="service-online">Voit osallistua verkossa.' in page
    )


def test_how_to_take_part_comes_before_the_description(client, service):
    page = client.get(service.get_absolute_url()).content.decode()
    assert page.index('id="how-to-join"') < page.index("<strong>kahvin</strong>")
