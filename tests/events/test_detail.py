import io
import json
import re
from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from events.models import Event
from tests.factories import helsinki

pytestmark = pytest.mark.django_db


def structured_data(page: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


@pytest.fixture
def event(make_event, make_association):
    association = make_association("Hollolan Kyläyhdistys ry", municipality="hollola")
    return make_event(
        "Kylän joulujuhla",
        association=association,
        municipality="hollola",
        start=helsinki(2026, 12, 5, 18),
        end=helsinki(2026, 12, 5, 20, 30),
        place_name="Seuratalo",
        street_address="Kirkkotie 1",
        is_free=False,
        price="5 €, lapset ilmaiseksi",
        registration_url="https://ilmo.example.fi/joulu",
        accessibility="Esteetön sisäänkäynti, induktiosilmukka.",
        description="Tule **mukaan**! <script>alert(1)</script>",
        themes=["osallisuus-ja-yhteisollisyys"],
    )


def test_detail_tells_everything_needed_to_go(client, event):
    response = client.get(event.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert "lauantai 5.12.2026" in page and "18.00–20.30" in page
    assert "Seuratalo, Kirkkotie 1, Hollola" in page
    assert (
        "https://www.openstreetmap.org/search?query=Seuratalo%2C%20Kirkkotie%201%2C%20Hollola"
        in page
    )
    assert "5 €, lapset ilmaiseksi" in page
    assert 'href="https://ilmo.example.fi/joulu"' in page
    assert f'href="{event.association.get_absolute_url()}"' in page
    assert "induktiosilmukka" in page
    assert f'href="/tapahtumat/{event.slug}/kalenteri.ics"' in page
    assert "<strong>mukaan</strong>" in page and "<script>alert" not in page
    assert '<meta property="og:title" content="Kylän joulujuhla">' in page


def test_json_ld_is_a_schema_org_event(client, event):
    data = structured_data(client.get(event.get_absolute_url()).content.decode())
    assert data["@type"] == "Event"
    assert data["name"] == "Kylän joulujuhla"
    assert data["startDate"] == "2026-12-05T18:00:00+02:00"
    assert data["endDate"] == "2026-12-05T20:30:00+02:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["address"]["addressLocality"] == "Hollola"
    assert data["organizer"]["name"] == "Hollolan Kyläyhdistys ry"


def test_cancelled_online_event_is_marked_in_page_and_json_ld(client, make_event):
    event = make_event(
        "Peruttu webinaari",
        municipality=None,
        place_name="",
        attendance_mode=Event.AttendanceMode.ONLINE,
        online_url="https://meet.example.fi/x",
        event_status=Event.EventStatus.CANCELLED,
    )
    page = client.get(event.get_absolute_url()).content.decode()
    assert 'id="event-status"' in page
    data = structured_data(page)
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.fi/x"}


def test_json_ld_cannot_be_broken_out_of(client, make_event):
    event = make_event("</script><script>alert(1)</script>")
    page = client.get(event.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in page
    assert structured_data(page)["name"] == "</script><script>alert(1)</script>"


@pytest.mark.parametrize("status", ["draft", "pending", "hidden"])
def test_unpublished_events_are_404(client, make_event, status):
    event = make_event(status=status)
    assert client.get(event.get_absolute_url()).status_code == 404
    assert client.get(event.get_absolute_url() + "kalenteri.ics").status_code == 404


def test_event_of_an_unpublished_association_is_404(client, make_event, make_association):
    event = make_event(association=make_association("Luonnos ry", status="draft"))
    assert client.get(event.get_absolute_url()).status_code == 404


def test_past_event_page_stays_and_says_it_is_over(client, make_event):
    event = make_event("Mennyt", start=helsinki(2025, 1, 10, 18))
    page = client.get(event.get_absolute_url()).content.decode()
    assert 'id="event-past"' in page


def test_all_day_and_multi_day_dates(client, make_event):
    one = make_event("Päivä", start=helsinki(2026, 12, 5, 0), end=helsinki(2026, 12, 5, 0),
                     all_day=True)  # fmt: skip
    many = make_event("Leiri", start=helsinki(2026, 12, 5, 0), end=helsinki(2026, 12, 7, 0),
                      all_day=True)  # fmt: skip
    assert "lauantai 5.12.2026" in client.get(one.get_absolute_url()).content.decode()
    page = client.get(many.get_absolute_url()).content.decode()
    assert "lauantai 5.12.2026 – maanantai 7.12.2026" in page
    assert structured_data(page)["endDate"] == "2026-12-07"


def test_events_show_on_association_theme_municipality_and_home_pages(client, event, make_event):
    make_event("Piilotettu", status="hidden", association=event.association, municipality="hollola",
               themes=["osallisuus-ja-yhteisollisyys"])  # fmt: skip
    for url, calendar in [
        (event.association.get_absolute_url(), f"?association={event.association.slug}"),
        ("/teemat/osallisuus-ja-yhteisollisyys/", "?theme=osallisuus-ja-yhteisollisyys"),
        ("/kunnat/hollola/", "?municipality=hollola"),
        ("/", ""),
    ]:
        page = client.get(url).content.decode()
        assert "Kylän joulujuhla" in page, url
        assert "Piilotettu" not in page, url
        link = f'href="/tapahtumat/kalenteri.ics{calendar}"'
        assert f'id="events-subscribe" class="calendar-link" {link}' in page, url


def test_sitemap_lists_published_events(client, event, make_event):
    make_event("Luonnos", status="draft")
    page = client.get("/sitemap-tapahtumat.xml").content.decode()
    assert event.get_absolute_url() in page and "/tapahtumat/luonnos/" not in page


def png() -> ContentFile:
    output = io.BytesIO()
    Image.new("RGB", (64, 48), "#7a3b69").save(output, format="PNG")
    return ContentFile(output.getvalue(), name="kuva.png")


def test_paid_event_offers_a_machine_readable_price_and_its_image(client, event):
    event.price_amount = Decimal(5)
    event.image = png()
    event.image_alt = "Kuusi ja kynttilät"
    event.save()
    data = structured_data(client.get(event.get_absolute_url()).content.decode())
    assert data["offers"] == {
        "@type": "Offer",
        "price": "5",
        "priceCurrency": "EUR",
        "description": "5 €, lapset ilmaiseksi",
        "url": "https://ilmo.example.fi/joulu",
    }
    assert data["image"] == f"http://testserver{event.image.url}"
    assert "isAccessibleForFree" not in data


def test_free_event_of_the_forum(client, make_event):
    event = make_event("Foorumin tapaaminen", street_address="")
    data = structured_data(client.get(event.get_absolute_url()).content.decode())
    assert data["offers"]["price"] == "0" and data["isAccessibleForFree"] is True
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Päijät-Hämeen Yhdistysfoorumi",
        "url": "http://testserver/",
    }
    assert "streetAddress" not in data["location"]["address"]
    assert "image" not in data
