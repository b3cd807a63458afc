import pytest
from django.urls import reverse

from pages.models import Page

pytestmark = pytest.mark.django_db


def test_accessibility_statement_says_what_the_law_asks(client):
    response = client.get("/saavutettavuus/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "<h1>Saavutettavuusseloste</h1>" in page
    assert "WCAG 2.1" in page
    assert "Lupa- ja valvontavirasto" in page  # the supervisory authority
    assert "saavutettavuusvaatimukset.fi" in page
    assert "yhdistysfoorumi@paijathamalaiset.fi" in page  # the feedback channel
    assert "<h2>" in page


def test_privacy_notice_says_what_the_gdpr_asks(client):
    page = client.get("/tietosuoja/").content.decode()
    assert "<h1>Tietosuojaseloste</h1>" in page
    for phrase in ["Rekisterinpitäjä", "Tietosuojavaltuutet", "tietosuoja.fi", "evästei"]:
        assert phrase.lower() in page.lower(), phrase


def test_legal_pages_exist_in_swedish_and_english(client):
    assert "<h1>Tillgänglighetsutlåtande</h1>" in client.get("/sv/saavutettavuus/").content.decode()
    assert "<h1>Privacy notice</h1>" in client.get("/en/tietosuoja/").content.decode()


def test_page_markdown_is_rendered_and_sanitised(client):
    page = Page.objects.get(slug="tietosuoja")
    page.body_fi = (
        "## Otsikko\n\n- kohta\n\n[linkki](javascript:alert(1)) <script>alert(2)</script>"
        '<img src=x onerror="alert(3)"> [turvallinen](https://example.fi)'
    )
    page.save()
    html = client.get(page.get_absolute_url()).content.decode()
    assert "<h2>Otsikko</h2>" in html and "<li>kohta</li>" in html
    assert "javascript:" not in html and "alert(2)" not in html and "onerror" not in html
    assert '<a href="https://example.fi" rel="nofollow ugc noopener">turvallinen</a>' in html


def test_coordinator_edits_a_page_in_the_admin(client, coordinator):
    client.force_login(coordinator)
    page = Page.objects.get(slug="saavutettavuus")
    url = reverse("admin:pages_page_change", args=[page.pk])
    assert client.get(url).status_code == 200
    data = {
        "title_fi": "Saavutettavuusseloste",
        "summary_fi": "Seloste.",
        "body_fi": "## Uusi sisältö\n\nPäivitetty.",
        "title_sv": page.title_sv,
        "summary_sv": page.summary_sv,
        "body_sv": page.body_sv,
        "title_en": page.title_en,
        "summary_en": page.summary_en,
        "body_en": page.body_en,
    }
    response = client.post(url, data)
    assert response.status_code == 302
    assert "<h2>Uusi sisältö</h2>" in client.get("/saavutettavuus/").content.decode()


def test_pages_cannot_be_added_or_deleted_in_the_admin(client, coordinator):
    client.force_login(coordinator)
    page = Page.objects.get(slug="tietosuoja")
    assert client.get(reverse("admin:pages_page_add")).status_code == 403
    assert client.post(reverse("admin:pages_page_delete", args=[page.pk])).status_code == 403
    assert Page.objects.filter(slug="tietosuoja").exists()
