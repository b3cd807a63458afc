"""A resident finds a free peer-support group for carers in their municipality and opens it.

The menu's own strings are not translated yet, so new elements are found by id and URL;
strings the site already translates are found by their Finnish text."""

import re

import pytest
from playwright.sync_api import expect


@pytest.fixture
def menu(make_association):
    from services.models import Service
    from taxonomy.models import Municipality, TargetGroup

    carers = make_association(
        "Orimattilan Omaishoitajat ry",
        municipality="orimattila",
        short_description="Vertaistukea omaishoitajille Orimattilassa.",
    )
    sports = make_association("Lahden Urheilijat ry", municipality="lahti")

    def add(title, slug, association, *, target_group, municipality, **fields):
        service = Service.objects.create(
            title=title,
            slug=slug,
            association=association,
            short_description=f"{title}: tervetuloa mukaan.",
            status="published",
            **fields,
        )
        service.target_groups.add(TargetGroup.objects.get(slug=target_group))
        service.municipalities.add(Municipality.objects.get(slug=municipality))

    add(
        "Omaishoitajien kahvila",
        "omaishoitajien-kahvila",
        carers,
        kind="vertaistuki",
        is_free=True,
        target_group="omaishoitajat",
        municipality="orimattila",
        schedule="Kuukauden ensimmäinen tiistai klo 18–20",
        contact_email="kahvila@example.fi",
    )
    add(
        "Omaishoitajien kurssi",
        "omaishoitajien-kurssi",
        carers,
        kind="koulutus",
        cost="20 €",
        target_group="omaishoitajat",
        municipality="orimattila",
    )
    add(
        "Lahden omaishoitajaryhmä",
        "lahden-omaishoitajaryhma",
        carers,
        kind="vertaistuki",
        is_free=True,
        target_group="omaishoitajat",
        municipality="lahti",
    )
    add(
        "Kuntosaliryhmä",
        "kuntosaliryhma",
        sports,
        kind="harrastus-ja-ryhmatoiminta",
        target_group="ikaantyneet",
        municipality="orimattila",
        min_age=63,
    )


def results(page):
    return page.locator(".card-list .service-card")


def test_find_a_free_peer_support_group_for_carers_and_open_it(
    live_server, page, menu, assert_accessible
):
    page.goto(live_server.url + "/")
    page.locator("#home-services").click()
    expect(page).to_have_url(re.compile(r"/palvelut/$"))
    expect(results(page)).to_have_count(4)
    assert_accessible(page)

    # On a wide screen the filters are open; with JavaScript, ticking a box applies at once.
    expect(page.locator("details.filters")).to_have_attribute("open", "")
    page.locator("#f-kind-vertaistuki").check()
    expect(page).to_have_url(re.compile(r"kind=vertaistuki"))
    page.locator("#f-free-1").check()
    expect(page).to_have_url(re.compile(r"free=1"))
    page.locator("#f-target_group-omaishoitajat").check()
    expect(page).to_have_url(re.compile(r"target_group=omaishoitajat"))
    page.get_by_label(re.compile(r"^Orimattila")).check()
    expect(page).to_have_url(re.compile(r"municipality=orimattila"))
    expect(results(page)).to_have_count(1)
    expect(page.locator("#f-municipality-orimattila")).to_be_focused()
    assert_accessible(page)

    page.get_by_role("link", name="Omaishoitajien kahvila").click()
    expect(page).to_have_url(re.compile(r"/palvelut/omaishoitajien-kahvila/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Omaishoitajien kahvila")
    expect(page.get_by_text("Kuukauden ensimmäinen tiistai klo 18–20")).to_be_visible()
    expect(page.get_by_role("link", name="kahvila@example.fi")).to_be_visible()
    expect(page.locator("#service-provider")).to_have_text("Orimattilan Omaishoitajat ry")
    assert_accessible(page)


def test_age_and_filters_work_without_javascript(live_server, browser, menu):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/palvelut/")
    page.get_by_text("Rajaa hakua").click()
    page.locator("#f-age").fill("30")
    page.locator("#f-municipality-orimattila").check()
    page.get_by_role("button", name="Näytä tulokset").click()
    expect(page).to_have_url(re.compile(r"age=30"))
    expect(results(page)).to_have_count(2)  # not the gym group for those over 63
    page.get_by_role("link", name=re.compile("Ikä")).click()
    expect(page).not_to_have_url(re.compile(r"age="))
    expect(results(page)).to_have_count(3)
    context.close()


def test_volunteer_link_leads_to_volunteer_tasks(live_server, page, menu):
    page.goto(live_server.url + "/")
    page.locator("#home-volunteer").click()
    expect(page).to_have_url(re.compile(r"/palvelut/\?kind=vapaaehtoistehtava$"))
    expect(page.locator("#f-kind-vapaaehtoistehtava")).to_be_checked()
