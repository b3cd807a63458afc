import re

import pytest
from playwright.sync_api import expect

from directory.models import Association


@pytest.fixture
def region(make_association):
    make_association(
        "Orimattilan Omaishoitajat ry",
        municipality="orimattila",
        short_description="Vertaistukea omaishoitajille Orimattilassa.",
        themes=["mielen-hyvinvointi"],
        target_groups=["omaishoitajat"],
        email="info@omaishoitajat.example.fi",
    )
    make_association(
        "Lahden Omaishoitajat ry",
        municipality="lahti",
        short_description="Omaishoitajien yhdistys Lahdessa.",
        themes=["mielen-hyvinvointi"],
        target_groups=["omaishoitajat"],
    )
    make_association(
        "Orimattilan Urheilijat ry",
        municipality="orimattila",
        short_description="Liikuntaa kaikenikäisille.",
        themes=["paihteettomyys-ja-terveelliset-elintavat"],
    )


def test_search_narrow_and_open_a_profile(live_server, page, region, assert_accessible):
    page.goto(live_server.url + "/")
    page.get_by_label("Hae yhdistyksiä").fill("omaishoitajat")
    page.get_by_role("button", name="Hae", exact=True).click()
    # The home page searches everything; the associations' section leads to the directory.
    expect(page).to_have_url(re.compile(r"/haku/\?q=omaishoitajat"))
    page.get_by_role("link", name="Näytä kaikki 2 tulosta: yhdistykset").click()
    expect(page).to_have_url(re.compile(r"/yhdistykset/\?q=omaishoitajat"))
    expect(page.get_by_role("heading", name="2 yhdistystä")).to_be_visible()
    assert_accessible(page)

    # On a wide screen the filters are open; with JavaScript, ticking a box applies at once.
    expect(page.locator("details.filters")).to_have_attribute("open", "")
    page.get_by_label(re.compile(r"^Mielen hyvinvointi")).check()
    expect(page).to_have_url(re.compile(r"theme=mielen-hyvinvointi"))
    page.get_by_label(re.compile(r"^Orimattila")).check()
    expect(page).to_have_url(re.compile(r"municipality=orimattila"))
    expect(page.get_by_role("heading", name="1 yhdistys")).to_be_visible()
    expect(page.get_by_label(re.compile(r"^Orimattila"))).to_be_focused()
    assert_accessible(page)

    page.get_by_role("link", name="Orimattilan Omaishoitajat ry").click()
    expect(page).to_have_url(re.compile(r"/yhdistykset/orimattilan-omaishoitajat-ry/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Orimattilan Omaishoitajat ry")
    expect(page.get_by_role("link", name="info@omaishoitajat.example.fi")).to_be_visible()
    assert_accessible(page)


def test_filters_work_without_javascript(live_server, browser, region):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/yhdistykset/")
    page.get_by_text("Rajaa hakua").click()
    page.get_by_label(re.compile(r"^Lahti")).check()
    page.get_by_role("button", name="Näytä tulokset").click()
    expect(page).to_have_url(re.compile(r"municipality=lahti"))
    expect(page.get_by_role("heading", name="1 yhdistys")).to_be_visible()
    page.get_by_role("link", name=re.compile("Poista rajaus")).click()
    expect(page.get_by_role("heading", name="3 yhdistystä")).to_be_visible()
    context.close()


def test_register_publish_invite_and_edit(
    live_server, page, browser, assert_accessible, coordinator
):
    """A resident registers an association, a coordinator publishes it, the invited contact sets
    a password and edits the profile."""
    from django.core import mail

    page.goto(live_server.url + "/ilmoita-yhdistys/")
    assert_accessible(page)
    page.get_by_label("Yhdistyksen nimi").fill("Sysmän Kuoro ry")
    page.get_by_label("Kotikunta").select_option(label="Sysmä")
    page.get_by_label("Osallisuus ja yhteisöllisyys").check()
    page.get_by_label("Mitä yhdistys tekee").fill("Kuorolaulua Sysmässä.")
    page.get_by_label("Nimesi").fill("Kalle Kuoronjohtaja")
    page.get_by_label("Sähköpostiosoitteesi").fill("kalle@kuoro.example.fi")
    page.get_by_label(re.compile("tietosuojaseloste")).check()
    page.get_by_role("button", name="Lähetä tarkistettavaksi").click()
    expect(page).to_have_url(re.compile(r"/ilmoita-yhdistys/kiitos/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Kiitos")
    assert_accessible(page)

    admin = browser.new_context().new_page()
    admin.goto(live_server.url + "/hallinta/login/")
    admin.get_by_label("Sähköpostiosoite").fill("coordinator@example.fi")
    admin.get_by_label("Salasana").fill("correct horse battery")
    admin.get_by_role("button", name="Kirjaudu sisään").click()
    admin.get_by_role("link", name="Odottaa tarkistusta").click()
    admin.get_by_role("row", name=re.compile("Sysmän Kuoro ry")).get_by_role("checkbox").check()
    admin.locator("select[name=action]").select_option("moderate_publish")
    admin.get_by_role("button", name="Suorita").click()
    admin.get_by_label("Viesti yhteyshenkilöille").fill("Tervetuloa!")
    admin.get_by_role("button", name="Vahvista").click()
    expect(admin.locator(".messagelist")).to_contain_text("1")

    # The invitation: a password, and the contact is logged in.
    invitation = next(m for m in mail.outbox if "/hallinta/tervetuloa/" in m.body)
    link = re.search(r"(/hallinta/tervetuloa/\S+/)", invitation.body).group(1)
    page.goto(live_server.url + link)
    page.get_by_label("Salasana", exact=True).fill("kuoro laulaa keväällä 2026")
    page.get_by_label("Sama salasana uudelleen").fill("kuoro laulaa keväällä 2026")
    page.get_by_role("button", name="Luo salasana ja kirjaudu").click()
    expect(page.locator(".dashboard-card h2")).to_have_text("Sysmän Kuoro ry")
    page.goto(live_server.url + "/hallinta/directory/association/")
    page.get_by_role("link", name="Sysmän Kuoro ry").click()
    page.locator("#id_email").fill("info@kuoro.example.fi")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_be_visible()
    public = browser.new_context().new_page()
    public.goto(live_server.url + "/yhdistykset/sysman-kuoro-ry/")
    expect(public.get_by_role("link", name="info@kuoro.example.fi")).to_be_visible()


def test_on_a_phone_results_and_contacts_come_first(live_server, browser, region,
                                                    assert_accessible):  # fmt: skip
    """A phone shows the results before the filters (collapsed), and an association's contact
    details on the first screen, however much the association writes about itself."""
    Association.objects.filter(slug="orimattilan-omaishoitajat-ry").update(
        description="\n\n".join(["Vertaistukea, virkistystä ja tietoa omaishoitajille."] * 12),
        phone="040 123 4567",
    )
    context = browser.new_context(viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(live_server.url + "/yhdistykset/")
    expect(page.locator("details.filters")).not_to_have_attribute("open", "")
    expect(page.get_by_role("heading", name="3 yhdistystä")).to_be_in_viewport()
    assert_accessible(page)

    page.get_by_role("link", name="Orimattilan Omaishoitajat ry").click()
    expect(page.get_by_role("heading", name="Yhteystiedot")).to_be_in_viewport()
    expect(page.get_by_role("link", name="info@omaishoitajat.example.fi")).to_be_in_viewport()
    expect(page.get_by_role("link", name="040 123 4567")).to_be_in_viewport()
    assert_accessible(page)

    # Turned sideways on a tablet, the filters open beside the results.
    page.set_viewport_size({"width": 1024, "height": 740})
    page.go_back()
    expect(page.locator("details.filters")).to_have_attribute("open", "")
    expect(page.get_by_label(re.compile(r"^Lahti"))).to_be_visible()
    context.close()
