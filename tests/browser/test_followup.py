"""The evaluation dashboard in a real browser: from the strategy to the figures, filters, and a
page that fits a phone and a desktop with axe finding nothing; wide tables scroll in their own
labelled region, never the page."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from followup.models import MonthlySnapshot
from followup.snapshots import add_months, current_month
from tests.browser.test_reflow import OVERFLOW
from tests.factories import make_association

SCREENSHOTS = "/tmp/seuranta-screenshots"


@pytest.fixture
def figures():
    for number, municipality in enumerate(["heinola", "heinola", "lahti", "hollola", "sysma"]):
        make_association(
            f"Päijät-Hämeen Kokemusasiantuntijayhdistys {number} ry",
            municipality=municipality,
            themes=["mielen-hyvinvointi", "arjen-turvallisuus"][: number % 2 + 1],
            spearheads=["kumppanuus"],
            verified_at=timezone.now() - datetime.timedelta(days=200 * number),
        )
    this_month = current_month()
    for offset in range(1, 13):
        MonthlySnapshot.objects.create(
            month=add_months(this_month, -offset),
            taken_at=timezone.now(),
            figures={
                "events_held": {"total": 10 + offset, "municipality": {"heinola": offset}},
                "statements_published": {"total": offset % 3},
                "new_associations": {"total": 1},
            },
        )


def test_from_the_strategy_to_the_dashboard_and_its_filters(live_server, page, figures):
    page.goto(live_server.url + "/strategia/")
    page.locator("#jatko").get_by_role("link", name="Arviointi").click()
    expect(page).to_have_url(live_server.url + "/seuranta/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Arviointi: strategia lukuina")
    page.get_by_label("Kunta", exact=True).select_option("heinola")
    page.get_by_label("HYTE-teema").select_option("mielen-hyvinvointi")
    page.get_by_role("button", name="Näytä").click()
    expect(page).to_have_url(
        live_server.url + "/seuranta/?municipality=heinola&theme=mielen-hyvinvointi&period=24"
    )
    table = page.locator("#kattavuus-yhdistykset")
    expect(table.locator("tbody tr")).to_have_count(2)  # Heinola and the region
    expect(table.locator("tbody tr").first.locator("td").nth(1)).to_contain_text("1")
    expect(page.get_by_role("img", name="Järjestetyt tapahtumat")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Lataa CSV-tiedostona: Toiminta kuukausittain").click()
    assert download.value.suggested_filename == "seuranta-toiminta.csv"


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_the_dashboard_fits_the_screen_and_is_accessible(
    live_server, page, figures, assert_accessible, width
):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server.url + "/seuranta/")
    result = page.evaluate(OVERFLOW)
    assert result["scrollWidth"] <= result["clientWidth"], result
    assert not result["wide"], result
    region = page.get_by_role(
        "region", name="Yhdistykset: määrä ja sen alla määrä 1 000 asukasta kohden"
    )
    expect(region).to_have_attribute("tabindex", "0")
    if width == 320:
        # The wide table scrolls inside its region, which the keyboard can reach and scroll.
        assert region.evaluate("element => element.scrollWidth > element.clientWidth")
        region.focus()
        page.keyboard.press("ArrowRight")
        assert region.evaluate("element => element.scrollLeft > 0")
    assert_accessible(page)
    page.screenshot(path=f"{SCREENSHOTS}/seuranta-{width}.png", full_page=True)
