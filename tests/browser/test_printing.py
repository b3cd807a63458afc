"""The printable lists in Chromium: accessible on screen, and on A4 paper (print media, then a
real PDF) nothing reaches past the page and each group starts a page of its own."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_reflow import OVERFLOW

# A4 (210 mm) less the stylesheet's 14 mm margins, at CSS's 96 pixels an inch.
A4_CONTENT_PX = round((210 - 2 * 14) / 25.4 * 96)


@pytest.fixture
def heinola(make_association, make_service):
    long = "Liikenneturvallisuussuunnittelijayhdistys"
    for number in range(6):
        association = make_association(
            f"{long} {number} ry",
            municipality="heinola",
            operating_municipalities=["heinola"],
            themes=["mielen-hyvinvointi" if number % 2 else "arjen-turvallisuus"],
            email=f"kokemusasiantuntijakoulutuskoordinaattori{number}@example.fi",
            website="https://www.kokemusasiantuntijakoulutusyhdistys.example.fi/yhteystiedot/",
            phone="040 123 4567",
            street_address="Liikenneturvallisuussuunnittelijankatu 123",
            postal_code="18100",
            post_office="Heinola",
        )
        make_service(f"Vertaistukiryhmä {number}", association=association,
                     municipalities=["heinola"], themes=["mielen-hyvinvointi"],
                     schedule="Torstaisin klo 17.30–19.00", is_free=True)  # fmt: skip


def test_print_list_on_screen_and_on_paper(live_server, page, heinola, assert_accessible):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + "/kunnat/heinola/")
    page.get_by_role("link", name="Tulostettava lista QR-koodeineen").click()
    expect(page).to_have_url(live_server.url + "/kunnat/heinola/tulosta/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Yhdistykset ja toiminta: Heinola")
    expect(page.get_by_role("heading", level=2)).to_have_text(
        ["Mielen hyvinvointi", "Arjen turvallisuus"]
    )
    expect(page.get_by_role("img", name=re.compile("QR-koodi"))).to_have_count(12)
    expect(page.get_by_role("button", name="Tulosta")).to_be_visible()
    assert_accessible(page)
    page.screenshot(path="/tmp/opendata-print-375.png")

    page.emulate_media(media="print")
    page.set_viewport_size({"width": A4_CONTENT_PX, "height": 1000})
    expect(page.get_by_role("button", name="Tulosta")).to_be_hidden()
    result = page.evaluate(OVERFLOW)
    assert result["scrollWidth"] <= result["clientWidth"] and not result["wide"], result
    pdf = page.pdf(format="A4", print_background=True)
    assert pdf.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
    assert pages >= 2  # one group a page at least


def test_lists_offer_their_csv(live_server, page, heinola, assert_accessible):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + "/yhdistykset/?municipality=heinola")
    link = page.get_by_role("link", name="Lataa CSV")
    expect(link).to_have_attribute("href", "/yhdistykset/lataa.csv?municipality=heinola")
    link.scroll_into_view_if_needed()
    page.screenshot(path="/tmp/opendata-csv-375.png")
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename == "yhdistykset.csv"
    text = download.path().read_text(encoding="utf-8-sig")
    assert text.count("\n") == 7  # the header and six associations
