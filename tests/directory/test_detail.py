import datetime
import json
import re
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from directory.models import Association

pytestmark = pytest.mark.django_db


@pytest.fixture
def association(make_association):
    return make_association(
        "Orimattilan Omaishoitajat ry",
        municipality="orimattila",
        short_description="Vertaistukea ja virkistystä omaishoitajille Orimattilassa.",
        description="## Toimintamme\n\n- vertaisryhmä tiistaisin\n- virkistyspäivät\n\n"
        "<script>alert('x')</script>[linkki](javascript:alert(1))",
        themes=["mielen-hyvinvointi"],
        spearheads=["palvelutoiminta"],
        target_groups=["omaishoitajat"],
        fields=["ikaantyneet-ja-omaishoitajat"],
        languages=["fi", "sv"],
        operating_municipalities=["lahti"],
        business_id="0737546-2",
        email="info@omaishoitajat.example.fi",
        phone="+358 40 123 4567",
        website="https://omaishoitajat.example.fi/",
        street_address="Erkontie 12",
        postal_code="16300",
        post_office="Orimattila",
        social_media="https://www.facebook.com/omaishoitajat.example",
        accessibility="Esteetön sisäänkäynti, induktiosilmukka.",
        founded_year=1995,
        verified_at=timezone.make_aware(datetime.datetime(2026, 3, 12, 10, 0)),
    )


def test_profile_shows_what_a_resident_needs(client, association):
    response = client.get("/yhdistykset/orimattilan-omaishoitajat-ry/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "<h1>Orimattilan Omaishoitajat ry</h1>" in page
    assert "<li>vertaisryhmä tiistaisin</li>" in page
    assert 'href="mailto:info@omaishoitajat.example.fi"' in page
    assert 'href="tel:+358401234567"' in page
    assert "Erkontie 12, 16300 Orimattila" in page
    assert "Esteetön sisäänkäynti" in page
    assert "0737546-2" in page
    assert "Tiedot tarkistettu 12.3.2026" in page
    assert 'href="/yhdistykset/?theme=mielen-hyvinvointi"' in page
    assert 'href="/yhdistykset/?spearhead=palvelutoiminta"' in page
    assert 'href="/yhdistykset/?target_group=omaishoitajat"' in page
    assert 'href="/kunnat/lahti/"' in page and 'href="/kunnat/orimattila/"' in page


def test_profile_description_is_sanitised(client, association):
    page = client.get(association.get_absolute_url()).content.decode()
    assert "alert('x')" not in page and "javascript:" not in page


def test_profile_structured_data_and_open_graph(client, association):
    page = client.get(association.get_absolute_url()).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    data = json.loads(block)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NGO"
    assert data["name"] == "Orimattilan Omaishoitajat ry"
    assert data["url"] == "http://testserver/yhdistykset/orimattilan-omaishoitajat-ry/"
    assert data["taxID"] == "0737546-2"
    assert data["address"]["postalCode"] == "16300"
    assert {area["name"] for area in data["areaServed"]} == {"Lahti", "Orimattila"}
    assert '<meta property="og:title" content="Orimattilan Omaishoitajat ry">' in page
    assert '<meta property="og:url" content="http://testserver/yhdistykset/' in page


def test_structured_data_cannot_break_out_of_its_script(client, make_association):
    hostile = make_association("Paha </script><script>alert(1)</script> ry", slug="paha")
    page = client.get(hostile.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in page
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    assert json.loads(block)["name"] == hostile.name


def test_profile_without_confirmation_says_so(client, make_association):
    page = client.get(make_association("Uusi ry").get_absolute_url()).content.decode()
    assert "Tiedot tarkistettu" not in page


@pytest.mark.parametrize("status", ["draft", "pending", "hidden"])
def test_unpublished_profiles_are_404(client, make_association, status):
    association = make_association("Salainen ry", status=status)
    assert client.get(association.get_absolute_url()).status_code == 404


def test_profile_in_swedish(client, association):
    page = client.get(f"/sv{association.get_absolute_url()}").content.decode()
    assert "Uppgifterna kontrollerade 12.3.2026" in page
    assert 'href="/sv/yhdistykset/?theme=mielen-hyvinvointi"' in page


def test_theme_and_municipality_pages_preview_their_associations(client, make_association):
    for number in range(8):
        make_association(f"Yhdistys {number}", municipality="sysma", themes=["arjen-turvallisuus"])
    make_association("Muu ry", municipality="lahti")
    page = client.get("/teemat/arjen-turvallisuus/").content.decode()
    assert page.count('class="card association-card"') == 6
    assert 'href="/yhdistykset/?theme=arjen-turvallisuus"' in page
    assert "Näytä kaikki 8 yhdistystä hakemistossa" in page
    page = client.get("/kunnat/sysma/").content.decode()
    assert 'href="/yhdistykset/?municipality=sysma"' in page and "Muu ry" not in page
    assert "Muu ry" in client.get("/kunnat/lahti/").content.decode()


def test_sitemap_lists_published_profiles_only(client, make_association):
    make_association("Julkinen ry")
    make_association("Luonnos ry", status="draft")
    response = client.get("/sitemap-yhdistykset.xml")
    root = ElementTree.fromstring(response.content)
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = {url.findtext("sm:loc", namespaces=ns) for url in root.findall("sm:url", ns)}
    assert locations == {
        "http://testserver/yhdistykset/julkinen-ry/",
        "http://testserver/sv/yhdistykset/julkinen-ry/",
        "http://testserver/en/yhdistykset/julkinen-ry/",
    }


def test_home_page_leads_to_the_published_associations(client, make_association):
    make_association("Julkinen ry")
    make_association("Toinen ry")
    make_association("Luonnos ry", status="draft")
    assert Association.objects.published().count() == 2
    assert "Selaa kaikkia 2 yhdistystä" in client.get("/").content.decode()


def test_structured_data_leaves_out_what_is_not_known(client, make_association):
    sparse = make_association("Pieni ry", municipality="sysma", kind="julkinen")
    page = client.get(sparse.get_absolute_url()).content.decode()
    data = json.loads(re.search(r'ld\+json">(.*?)</script>', page, re.S).group(1))
    assert data["@type"] == "GovernmentOrganization"
    assert data["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Sysmä",
        "addressRegion": "Päijät-Häme",
        "addressCountry": "FI",
    }
    assert not {"sameAs", "email", "telephone", "taxID", "logo", "knowsLanguage"} & data.keys()
