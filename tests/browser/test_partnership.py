"""A village association's secretary looks for an expert by experience: the notices in Finnish
on a 375 px phone, filtered to what is sought in Hollola, the notice, and a reply sent through
its form (the poster's address never shown). Each page is checked with axe."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from partnership.models import NoticeReply
from tests import factories

SECRET = "sihteeri.salainen@mieli.example.fi"
SCREENSHOTS = "/tmp/notices-screens"


@pytest.fixture
def notices_data():
    mental = factories.make_association("Hollolan Mielenterveysyhdistys ry", municipality="hollola")
    factories.make_contact(mental, email=SECRET)
    village = factories.make_association("Herralan Kyläyhdistys ry", municipality="hollola")
    today = timezone.localdate()
    factories.make_partner_notice(
        "Kokemusasiantuntija puhujaksi tilaisuuteenne",
        association=mental,
        direction="tarjotaan",
        kind="osaaminen",
        summary="Koulutetut kokemusasiantuntijamme kertovat toipumisesta ja arjesta.",
        description="Puheenvuoro kestää **20–45 minuuttia**.\n\n- oppilaitokset\n- työpaikat",
        municipalities=["hollola"],
        themes=["mielen-hyvinvointi"],
        spearheads=["kumppanuus"],
        valid_until=today + datetime.timedelta(days=40),
    )
    factories.make_partner_notice("Etsimme vapaaehtoisia kyläjuhlaan", association=village,
                                  municipalities=["hollola"])  # fmt: skip
    factories.make_partner_notice("Lainaamme telttoja", association=village,
                                  direction="tarjotaan", kind="valineet",
                                  municipalities=["lahti"])  # fmt: skip


def test_secretary_finds_an_expert_and_replies(live_server, page, notices_data,
                                               assert_accessible):  # fmt: skip
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + "/strategia/")
    page.locator("#partner-notices").click()
    expect(page).to_have_url(re.compile(r"/yhteistyo/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Etsitään ja tarjotaan")
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375

    page.get_by_text("Rajaa hakua").click()
    page.locator("#f-direction-tarjotaan").check()
    expect(page).to_have_url(re.compile(r"direction=tarjotaan"))
    page.locator("#f-municipality-hollola").check()
    expect(page).to_have_url(re.compile(r"municipality=hollola"))
    expect(page.locator(".notice-card")).to_have_count(1)
    page.screenshot(path=f"{SCREENSHOTS}/list.png", full_page=True)
    assert_accessible(page)

    page.get_by_role("link", name="Kokemusasiantuntija puhujaksi tilaisuuteenne").click()
    expect(page.locator("#notice-association")).to_have_text("Hollolan Mielenterveysyhdistys ry")
    assert SECRET not in page.content()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert_accessible(page)
    page.screenshot(path=f"{SCREENSHOTS}/notice.png", full_page=True)

    page.get_by_label("Viestisi").fill("Kaipaisimme puhujaa koulumme hyvinvointipäivään.")
    page.get_by_label("Nimesi").fill("Outi Esimerkki")
    page.get_by_label("Sähköpostiosoitteesi").fill("outi@example.fi")
    page.get_by_role("button", name="Lähetä").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kiitos vastauksestasi")
    assert_accessible(page)
    reply = NoticeReply.objects.get()
    assert reply.sender_email == "outi@example.fi" and not reply.email_failed
    assert [sent.to for sent in mail.outbox] == [[SECRET]]


def test_a_reply_with_errors_shows_them_accessibly(live_server, page, notices_data,
                                                   assert_accessible):  # fmt: skip
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + "/yhteistyo/kokemusasiantuntija-puhujaksi-tilaisuuteenne/")
    page.get_by_role("button", name="Lähetä").click()
    expect(page.locator("#error-summary")).to_be_visible()
    assert_accessible(page)
    assert not NoticeReply.objects.exists()
