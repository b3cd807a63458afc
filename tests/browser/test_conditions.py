"""An association's treasurer finds the operating conditions: the overview, an open grant call,
premises with step-free access in their municipality, their contact person, and asks a question.
Each page is checked with axe at 320 px (a small phone) and 1280 px."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests import factories

WIDTHS = [320, 1280]


@pytest.fixture
def conditions_data():
    village = factories.make_association("Herralan Kyläyhdistys ry", municipality="hollola")
    factories.make_premises("Herralan kylätalo", association=village, municipality="hollola",
                            capacity=80, is_free=False, price="30 € ilta", step_free=True,
                            sauna=True)  # fmt: skip
    factories.make_premises("Salpakankaan liikuntasali", municipality="hollola",
                            owner_name="Hollolan kunta", capacity=60)  # fmt: skip
    factories.make_premises("Kansalaistalon sali", capacity=120, step_free=True)
    now = datetime.datetime.now(datetime.UTC)
    day = datetime.timedelta(days=1)
    factories.make_grant_call(
        "Yleisavustus yhdistyksille",
        opens_at=now - 5 * day,
        closes_at=now + 9 * day,
        municipalities=["hollola"],
    )
    factories.make_grant_call("Kulttuuriavustus", opens_at=now + 20 * day)
    factories.make_contact_person(
        "Ville Näytteinen",
        municipality="hollola",
        organisation="Hollolan kunta",
        job_title="vapaa-aikapäällikkö",
    )
    factories.make_contact_person("Maija Esimerkki", municipality=None,
                                  organisation_kind="yhdistysfoorumi",
                                  organisation="Päijät-Hämeen Yhdistysfoorumi")  # fmt: skip


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_is_accessible(live_server, page, conditions_data, assert_accessible, width):
    page.set_viewport_size({"width": width, "height": 900})
    for path in ("/toimintaedellytykset/", "/tilat/", "/tilat/herralan-kylatalo/",
                 "/avustukset/", "/avustukset/arkisto/", "/avustukset/yleisavustus-yhdistyksille/",
                 "/yhteyshenkilot/", "/yhteyshenkilot/ville-naytteinen/kysy/", "/kunnat/hollola/",
                 "/yhdistykset/herralan-kylayhdistys-ry/"):  # fmt: skip
        page.goto(live_server.url + path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        # Nothing wider than the screen: the page reflows at 320 px.
        assert page.evaluate("document.documentElement.scrollWidth") <= width, path
        assert_accessible(page)


def test_treasurer_finds_a_grant_premises_and_asks_their_contact_person(
    live_server, page, conditions_data, assert_accessible
):
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(live_server.url + "/strategia/")
    page.locator("#conditions-overview").click()
    expect(page).to_have_url(re.compile(r"/toimintaedellytykset/$"))
    expect(page.get_by_text("Sulkeutuu kahden viikon sisällä")).to_be_visible()

    page.get_by_role("link", name="Yleisavustus yhdistyksille").click()
    expect(page.locator("#call-state")).to_contain_text("Haku auki")

    page.goto(live_server.url + "/tilat/")
    page.get_by_text("Rajaa hakua").click()
    page.locator("#f-municipality-hollola").check()
    expect(page).to_have_url(re.compile(r"municipality=hollola"))
    page.locator("#f-accessibility-esteeton-kulku").check()
    expect(page).to_have_url(re.compile(r"accessibility=esteeton-kulku"))
    expect(page.locator(".premises-card")).to_have_count(1)
    page.get_by_role("link", name="Herralan kylätalo").click()
    expect(page.locator("#premises-price")).to_have_text("30 € ilta")
    assert_accessible(page)

    page.goto(live_server.url + "/kunnat/hollola/")
    page.locator('a.ask-link[href="/yhteyshenkilot/ville-naytteinen/kysy/"]').click()
    expect(page).to_have_url(re.compile(r"/yhteyshenkilot/ville-naytteinen/kysy/$"))
    page.get_by_label("Kysymyksesi tai ehdotuksesi").fill("Saako koulun salia käyttää kesällä?")
    page.get_by_label("Nimesi").fill("Outi Esimerkki")
    page.get_by_label("Sähköpostiosoitteesi").fill("outi@example.fi")
    page.get_by_role("button", name="Lähetä").click()
    expect(page).to_have_url(re.compile(r"/toimintaedellytykset/kysy/kiitos/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Kiitos viestistäsi")

    from conditions.models import DialogueMessage

    message = DialogueMessage.objects.get()
    assert message.contact_person.name == "Ville Näytteinen"
    assert message.kind == "kysymys"


def test_errors_are_announced_without_javascript(live_server, browser, conditions_data):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/toimintaedellytykset/kysy/")
    page.get_by_role("button", name="Lähetä").click()
    expect(page.locator("#error-summary")).to_be_visible()
    page.goto(live_server.url + "/tilat/?capacity=100")
    expect(page.locator(".premises-card")).to_have_count(1)
    context.close()
