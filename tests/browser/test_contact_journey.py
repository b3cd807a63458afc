"""Issue 11's whole journey, as a new contact person plays it on a phone (375 px, Finnish):
the invitation link → a password → the dashboard → the association's phone number and
description → a weekly activity with two exception dates → a one-off event → "the information
is current" → log out → log in again with an e-mail link.

Every admin page on the way is checked with axe (WCAG 2.1 A/AA), for sideways scrolling and for
Django's stock English (`check_page`); the public pages must show what the contact changed.
"""

import datetime

from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from directory.models import Association
from directory.onboarding import contact_invite
from events.models import Event
from services.models import Service
from tests.browser.test_arrival import check_page, link_in, path_of  # noqa: F401 (a fixture)
from tests.factories import make_association

PHONE = {"width": 375, "height": 812}
EMAIL = "sihteeri@kukkilanmartat.example.fi"


def short(day: datetime.date) -> str:
    return f"{day.day}.{day.month}."


def dashboard(page, live_server):
    page.goto(live_server.url + "/hallinta/")
    expect(page.locator(".dashboard-card h2")).to_have_text("Kukkilan Martat ry")


def test_a_new_contact_keeps_their_association_current_on_a_phone(live_server, browser, check_page):  # noqa: F811
    association = make_association(
        "Kukkilan Martat ry",
        municipality="asikkala",
        short_description="Ruokaa, puutarhaa ja yhdessä tekemistä Kukkilassa.",
        description="Kokoonnumme seurojentalolla.",
        phone="040 111 2222",
    )
    today = timezone.localdate()
    first = today + datetime.timedelta(days=(1 - today.weekday()) % 7 + 7)  # a Tuesday
    last = first + datetime.timedelta(weeks=12)
    skipped = [first + datetime.timedelta(weeks=3), first + datetime.timedelta(weeks=7)]
    outing = today + datetime.timedelta(days=12)
    page = browser.new_context(viewport=PHONE, locale="fi-FI").new_page()

    def check(name):
        page.wait_for_load_state()
        check_page(page, name)

    # The invitation: create a password and land on the dashboard, logged in.
    contact_invite(association=association, email=EMAIL, name="Maija Martta")
    page.goto(live_server.url + link_in(mail.outbox[-1]))
    check("invitation")
    page.get_by_label("Salasana", exact=True).fill("puolukat ja mustikat")
    page.get_by_label("Sama salasana uudelleen").fill("puolukat ja mustikat")
    page.get_by_role("button", name="Luo salasana ja kirjaudu").click()
    assert path_of(page.url) == "/hallinta/"
    check("dashboard")

    # The association's phone number and description.
    page.get_by_role("link", name="Muokkaa yhdistyksen tietoja").click()
    check("association form")
    page.get_by_label("Puhelin").fill("044 333 4444")
    page.get_by_label("Kuvaus:", exact=True).fill(
        "Kokoonnumme **tiistaisin** seurojentalolla.\n\nUudet jäsenet ovat tervetulleita!"
    )
    page.get_by_role("button", name="Tallenna ja poistu").click()
    expect(page.locator(".messagelist")).to_be_visible()
    check("after saving the association")

    # A weekly activity: Tuesdays 18–20, except two Tuesdays.
    dashboard(page, live_server)
    page.get_by_role("link", name="Lisää toiminta tai palvelu").click()
    check("activity form")
    page.locator("#id_title").fill("Marttailta")
    page.locator("#id_kind").select_option("harrastus-ja-ryhmatoiminta")
    page.locator("#id_short_description").fill("Kokkaamme ja opimme yhdessä.")
    page.get_by_label("Joka viikko").check()
    page.get_by_label("tiistai", exact=True).check()
    page.get_by_label("Ensimmäinen päivä").fill(first.isoformat())
    page.get_by_label("Viimeinen päivä").fill(last.isoformat())
    page.get_by_label("Alkaa klo").fill("18:00")
    page.get_by_label("Päättyy klo").fill("20:00")
    page.get_by_label("Paitsi näinä päivinä").fill(
        ", ".join(f"{day.day}.{day.month}.{day.year}" for day in skipped)
    )
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_be_visible()
    check("after saving the activity")
    activity = Service.objects.get(title="Marttailta")
    assert activity.association_id == association.pk
    assert activity.repeat_exceptions == [day.isoformat() for day in skipped]

    # A one-off event, published at once for a published association.
    dashboard(page, live_server)
    page.get_by_role("link", name="Lisää tapahtuma").click()
    check("event form")
    page.locator("#id_title").fill("Sienaretki Vääksyyn")
    page.locator("#id_summary").fill("Retki sieniin, opastus marttojen kanssa.")
    page.locator("#id_start_0").fill(outing.strftime("%d.%m.%Y"))
    page.locator("#id_start_1").fill("10:00")
    page.locator("#id_end_0").fill(outing.strftime("%d.%m.%Y"))
    page.locator("#id_end_1").fill("13:00")
    page.locator("#id_place_name").fill("Vääksyn kanavan parkkipaikka")
    page.locator("#id_municipality").select_option(label="Asikkala")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_be_visible()
    event = Event.objects.get(title="Sienaretki Vääksyyn")
    assert event.association_id == association.pk and event.status == "published"

    # The information is current: one click on the dashboard.
    dashboard(page, live_server)
    page.get_by_role("button", name="Vahvista tiedot ajantasaisiksi").click()
    expect(page.locator(".messagelist")).to_contain_text("vahvistettu ajantasaisiksi")
    check("dashboard after confirming")
    assert Association.objects.get(pk=association.pk).verified_by.email == EMAIL

    # Log out, then in again with a link sent by e-mail.
    page.get_by_role("button", name="Kirjaudu ulos").click()
    page.goto(live_server.url + "/hallinta/login/")
    page.get_by_role("link", name="Kirjaudu sähköpostiisi lähetettävällä linkillä").click()
    page.get_by_label("Sähköpostiosoitteesi").fill(EMAIL)
    page.get_by_role("button", name="Lähetä minulle kirjautumislinkki").click()
    page.goto(live_server.url + link_in(mail.outbox[-1]))
    check("e-mail link")
    page.get_by_role("button", name="Kirjaudu sisään").click()
    assert path_of(page.url) == "/hallinta/"
    expect(page.locator(".dashboard-card h2")).to_have_text("Kukkilan Martat ry")

    # The public pages show the changes (activities wait for a coordinator, who publishes it).
    activity.status = Service.Status.PUBLISHED
    activity.save()
    public = browser.new_context(viewport=PHONE, locale="fi-FI").new_page()
    public.goto(live_server.url + association.get_absolute_url())
    expect(public.get_by_role("link", name="044 333 4444")).to_be_visible()
    expect(public.locator("strong", has_text="tiistaisin")).to_be_visible()
    public.goto(live_server.url + activity.get_absolute_url())
    expect(public.locator("#service-schedule")).to_have_text(
        f"Tiistaisin klo 18.00–20.00, {short(first)}–{short(last)}"
    )
    expect(public.locator("#service-exceptions")).to_have_text(
        f"Paitsi {short(skipped[0])} ja {short(skipped[1])}"
    )
    public.goto(live_server.url + event.get_absolute_url())
    expect(public.get_by_role("heading", level=1)).to_have_text("Sienaretki Vääksyyn")
