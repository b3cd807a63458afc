"""Measures in a real browser: from the strategy to a spearhead's measures, the filters, a
measure's notes, and pages that fit a phone and a desktop with axe finding nothing."""

import datetime

import pytest
from playwright.sync_api import expect

from followup.models import Measure, ProgressNote
from taxonomy.models import Municipality
from tests.browser.test_reflow import OVERFLOW
from tests.factories import make_association

SCREENSHOTS = "/tmp/measures-screenshots"


@pytest.fixture
def progress():
    measure = Measure.objects.get(title="Tilat, avustukset, yhteyshenkilö, vuoropuhelu")
    measure.status = Measure.Status.UNDER_WAY
    measure.other_parties = "Päijät-Hämeen Yhdistysfoorumi"
    measure.starts_on, measure.ends_on = datetime.date(2026, 1, 1), datetime.date(2027, 6, 30)
    measure.content_path = "/toimintaedellytykset/"
    measure.content_label = "Avustukset, tilat ja yhteyshenkilöt"
    measure.target = "Yhdistykset löytävät tilat ja avustukset yhdestä paikasta."
    measure.save()
    measure.associations.add(make_association("Päijät-Hämeen Kokemusasiantuntijayhdistys ry"))
    measure.municipalities.add(*Municipality.objects.filter(slug__in=["heinola", "lahti"]))
    for month, text in ((2, "Kunnilta pyydettiin yhteyshenkilöt."), (9, "Tilahaku avattiin.")):
        ProgressNote.objects.create(measure=measure, date=datetime.date(2026, month, 1), text=text)
    Measure.objects.filter(title="Järjestöneuvottelukunta yhteistyöelimenä").update(
        status=Measure.Status.DONE
    )
    return measure


def test_from_the_strategy_to_the_measures_and_a_measure(live_server, page, progress):
    page.goto(live_server.url + "/strategia/")
    spearhead = page.locator("#toimintaedellytykset")
    expect(spearhead).to_contain_text("Käynnissä")
    expect(spearhead).to_contain_text("Tilahaku avattiin.")
    spearhead.get_by_role("link", name="Kärjen ”Toimintaedellytykset” toimenpiteet").click()
    expect(page).to_have_url(
        live_server.url + "/strategia/toimenpiteet/?spearhead=toimintaedellytykset"
    )
    expect(page.locator("#measure-count")).to_contain_text("1 toimenpide")
    page.get_by_label("Kärki").select_option("")
    page.get_by_label("Tilanne").select_option("valmis")
    page.get_by_role("button", name="Näytä").click()
    expect(page.locator("article h3")).to_have_text(["Järjestöneuvottelukunta yhteistyöelimenä"])
    page.get_by_role("link", name="Näytä kaikki toimenpiteet").click()
    page.get_by_role("link", name="Tilat, avustukset, yhteyshenkilö, vuoropuhelu").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(progress.title)
    expect(page.locator(".progress-notes h3")).to_have_text(["1.9.2026", "1.2.2026"])
    page.get_by_role("link", name="Päijät-Hämeen Kokemusasiantuntijayhdistys ry").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Päijät-Hämeen Kokemusasiantuntijayhdistys ry"
    )


@pytest.mark.parametrize("width", [320, 375, 1280])
@pytest.mark.parametrize("path", ["/strategia/toimenpiteet/", "detail", "/strategia/"])
def test_measure_pages_fit_the_screen_and_are_accessible(
    live_server, page, progress, assert_accessible, width, path
):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server.url + (progress.get_absolute_url() if path == "detail" else path))
    result = page.evaluate(OVERFLOW)
    assert result["scrollWidth"] <= result["clientWidth"], result
    assert not result["wide"], result
    assert_accessible(page)
    name = path.strip("/").replace("/", "-") or "detail"
    page.screenshot(path=f"{SCREENSHOTS}/{name}-{width}.png", full_page=True)
