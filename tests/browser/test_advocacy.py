"""An association's chair looks for consultations to answer: from the strategy's fourth
spearhead to /vaikuttaminen/ on a 375 px phone, a consultation and its answers, and a joint
statement that shows what it answers. Each page is checked with axe."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests import factories

SCREENSHOTS = "/tmp/advocacy-screens"


@pytest.fixture
def advocacy_data():
    village = factories.make_association("Herralan Kyläyhdistys ry", municipality="hollola")
    sport = factories.make_association("Hollolan Urheiluseura ry", municipality="hollola")
    now = timezone.now()
    open_one = factories.make_consultation(
        "Hollolan kylien kehittämisohjelma",
        asker_name="Hollolan kunta",
        deadline=now + datetime.timedelta(days=9),
        summary="Kunta pyytää kyläyhdistyksiltä näkemyksiä kylien kehittämiseen.",
        description="Vastaa **lausuntopalvelussa**.\n\n- kylätalot\n- liikkuminen",
        municipalities=["hollola"],
        spearheads=["vaikuttaminen-ja-yhdessa-kehittaminen"],
    )
    factories.make_consultation(
        "Palvelustrategian päivitys", asker_kind="hyvinvointialue",
        asker_name="Päijät-Hämeen hyvinvointialue", deadline=now - datetime.timedelta(days=5),
    )  # fmt: skip
    joint = factories.make_news_item(
        "Kylät tarvitsevat kohtaamispaikkoja",
        association=village,
        kind="lausunto",
        lead="Herralan kyläyhdistys ja urheiluseura vastasivat yhdessä kunnan lausuntopyyntöön.",
        answers=open_one,
    )
    joint.co_signers.add(sport)
    factories.make_news_item("Mielipide: kyläkoulu", association=sport,
                             kind="mielipidekirjoitus")  # fmt: skip


def test_chair_finds_a_consultation_and_its_answer(live_server, page, advocacy_data,
                                                   assert_accessible):  # fmt: skip
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + "/strategia/")
    page.locator("#advocacy").click()
    expect(page).to_have_url(re.compile(r"/vaikuttaminen/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Vaikuttaminen: lausuntopyynnöt ja kannanotot"
    )
    expect(page.locator("#open-consultations .consultation-card")).to_have_count(1)
    expect(page.locator("#statements .statement-card")).to_have_count(2)
    expect(page.locator("#closed-consultations")).to_contain_text("(1)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert_accessible(page)
    page.screenshot(path=f"{SCREENSHOTS}/advocacy.png", full_page=True)

    page.locator("#open-consultations").get_by_role(
        "link", name="Hollolan kylien kehittämisohjelma"
    ).click()
    expect(page.locator("#consultation-state")).to_contain_text("Avoin")
    expect(page.locator("#answer-list .statement-card")).to_have_count(1)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert_accessible(page)
    page.screenshot(path=f"{SCREENSHOTS}/consultation.png", full_page=True)

    page.locator("#answer-list").get_by_role(
        "link", name="Kylät tarvitsevat kohtaamispaikkoja"
    ).click()
    expect(page.locator("#news-answers")).to_contain_text("Hollolan kylien kehittämisohjelma")
    expect(page.locator("#news-co-signers")).to_contain_text("Hollolan Urheiluseura ry")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert_accessible(page)
    page.screenshot(path=f"{SCREENSHOTS}/statement.png", full_page=True)

    page.locator("#news-answers a").click()
    expect(page).to_have_url(re.compile(r"/vaikuttaminen/hollolan-kylien-kehittamisohjelma/$"))
    page.goto(live_server.url + "/vaikuttaminen/paattyneet/")
    expect(page.locator("#closed-list .consultation-card")).to_have_count(1)
    assert_accessible(page)
