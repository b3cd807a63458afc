"""A new contact's arrival on a phone (375 px): the invitation link, a password, the dashboard,
the yearly confirmation, logging out, and logging in again with an e-mail link.

Every admin page on the way is checked with axe (WCAG 2.1 A/AA), for sideways scrolling, and for
Django's stock English, which must not show on a Finnish page.
"""

import re

import pytest
from django.core import mail

from directory.models import Association
from directory.onboarding import contact_invite
from tests.browser.test_reflow import OVERFLOW
from tests.factories import make_association, make_service

WIDTH = 375
# Django admin's own English that its Finnish catalogue missed or we might forget to translate.
STOCK_ENGLISH = [
    "Log out",
    "Log in",
    "Forgotten your",
    "Welcome",
    "Recent actions",
    "My actions",
    "Change password",
    "View site",
    "Django administration",
    "Django site admin",
    "Site administration",
    "Password reset",
    "Please correct",
    "Please enter",
    "Thanks for spending",
    "None available",
    "Home",
    "Toggle theme",
    "Skip to main content",
    "Start typing to filter",
    "View history",
    "Change reason",
    "Changed by",
    "Date/time",
]


def path_of(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def link_in(message) -> str:
    return path_of(re.search(r"https?://\S+", message.body).group(0))


@pytest.fixture
def check_page(assert_accessible):
    def check(page, name):
        result = page.evaluate(OVERFLOW)
        assert result["scrollWidth"] <= result["clientWidth"] and not result["wide"], (
            f"{name} scrolls sideways: {result}"
        )
        text = page.inner_text("body")
        english = [phrase for phrase in STOCK_ENGLISH if phrase in text]
        assert not english, f"{name} shows Django's English: {english}"
        assert page.locator("html").get_attribute("lang") == "fi"
        assert_accessible(page)

    return check


def test_invitation_dashboard_confirm_logout_and_email_link(live_server, page, check_page):
    association = make_association(
        "Sysmän Seniorit ry", municipality="sysma", description="Kerhoja ja retkiä."
    )
    make_service("Muistikerho", association=association, status="pending")
    page.set_viewport_size({"width": WIDTH, "height": 800})

    contact_invite(association=association, email="seniori@example.fi", name="Sirkka Seniori")
    invitation = mail.outbox[-1]
    assert "Luo salasana ja kirjaudu" in invitation.body

    # The invitation: create a password, and be logged in on the dashboard at once.
    page.goto(live_server.url + link_in(invitation))
    assert page.locator("h1").inner_text() == "Luo salasana ja kirjaudu"
    check_page(page, "invitation")
    page.screenshot(path="/tmp/arrival-invitation.png", full_page=True)
    page.get_by_label("Salasana", exact=True).fill("kesällä mökille Sysmään")
    page.get_by_label("Sama salasana uudelleen").fill("kesällä mökille Sysmään")
    page.get_by_role("button", name="Luo salasana ja kirjaudu").click()
    assert path_of(page.url) == "/hallinta/"
    assert page.locator("h1").first.inner_text() == "Oma yhdistys"
    card = page.locator(".dashboard-card")
    assert card.locator("h2").inner_text() == "Sysmän Seniorit ry"
    assert "Muistikerho" in card.inner_text()
    assert "Tietoja ei ole vielä vahvistettu" in card.inner_text()
    for button in (
        "Muokkaa yhdistyksen tietoja",
        "Lisää tapahtuma",
        "Lisää toiminta tai palvelu",
        "Lisää uutinen tai tiedote",
    ):
        assert card.get_by_role("link", name=button).is_visible()
    check_page(page, "dashboard")
    page.set_viewport_size({"width": 320, "height": 800})
    result = page.evaluate(OVERFLOW)
    assert result["scrollWidth"] <= 320 and not result["wide"], result
    page.set_viewport_size({"width": WIDTH, "height": 800})
    page.screenshot(path="/tmp/arrival-dashboard.png", full_page=True)

    # One click confirms the information as current, back on the dashboard.
    page.get_by_role("button", name="Vahvista tiedot ajantasaisiksi").click()
    assert path_of(page.url).startswith("/hallinta/")
    assert "vahvistettu ajantasaisiksi" in page.locator(".messagelist").inner_text()
    assert Association.objects.get(pk=association.pk).verified_by.email == "seniori@example.fi"
    check_page(page, "dashboard after confirming")

    # Log out (a POST form in the header).
    page.get_by_role("button", name="Kirjaudu ulos").click()
    check_page(page, "logged out")

    # Log in again with an e-mail link.
    page.goto(live_server.url + "/hallinta/login/")
    check_page(page, "login")
    page.screenshot(path="/tmp/arrival-login.png", full_page=True)
    page.get_by_role("link", name="Kirjaudu sähköpostiisi lähetettävällä linkillä").click()
    check_page(page, "e-mail link request")
    page.get_by_label("Sähköpostiosoitteesi").fill("seniori@example.fi")
    page.get_by_role("button", name="Lähetä minulle kirjautumislinkki").click()
    assert path_of(page.url) == "/hallinta/kirjautumislinkki/lahetetty/"
    check_page(page, "e-mail link sent")
    page.goto(live_server.url + link_in(mail.outbox[-1]))
    check_page(page, "e-mail link")
    page.screenshot(path="/tmp/arrival-email-link.png", full_page=True)
    page.get_by_role("button", name="Kirjaudu sisään").click()
    assert path_of(page.url) == "/hallinta/"
    assert page.locator(".dashboard-card h2").inner_text() == "Sysmän Seniorit ry"
    page.screenshot(path="/tmp/arrival-dashboard-again.png", full_page=True)
