"""Every kind of page, in Finnish, Swedish and English, as validators no one here wrote see it.

One set of content that exercises every page kind's variants (a paid event with an image, a
cancelled hybrid one, a multi-day one, the forum's own; services with and without an address or
a price; an organisation of each kind; news with an image and the forum's own), then:

- the Nu Html Checker (the W3C's HTML validator) finds no error in any public page, nor in the
  admin pages a contact uses (dashboard, change lists, add and change forms), run once over all;
- every schema.org JSON-LD block has what its type needs, and no empty values.
"""

import datetime
import io
import os
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.shortcuts import render
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image

from accounts.roles import CONTACTS
from core.schedules import WEEKLY, Schedule
from core.views import server_error
from directory.models import Association, Membership
from events.models import Event
from partnership.services import extend_token
from tests.factories import make_news_item, make_partner_notice
from tests.validators import (
    json_ld_blocks,
    nu_checker_missing,
    nu_html_errors,
    structured_data_problems,
)

pytestmark = [pytest.mark.django_db, pytest.mark.engine_independent]

LANGUAGES = ["", "/sv", "/en"]


def png(colour="#2a6f97") -> ContentFile:
    output = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(output, format="PNG")
    return ContentFile(output.getvalue(), name="kuva.png")


@pytest.fixture
def site(make_association, make_user, make_service, make_event):
    """Content for every variant of every page kind; returns what the pages are made of."""
    now = timezone.now()
    ngo = make_association(
        "Lahden Mielenterveysseura ry",
        short_description="Vertaistukea ja virkistystä lahtelaisille.",
        description="## Toiminta\n\nKokoonnumme **viikoittain**.",
        street_address="Vapaudenkatu 10",
        postal_code="15110",
        post_office="Lahti",
        website="https://mielenterveysseura.example.fi/",
        social_media="https://some.example.fi/lahdenmielenterveysseura",
        email="info@mielenterveysseura.example.fi",
        phone="040 123 4567",
        business_id="1234567-1",
        founded_year=1975,
        themes=["mielen-hyvinvointi"],
        target_groups=["tyoikaiset"],
        languages=["fi", "sv"],
        operating_municipalities=["lahti", "hollola"],
    )
    ngo.logo = png()
    ngo.verified_at = now
    ngo.save()
    company = make_association(
        "Hollolan Kotipalvelu Oy", municipality="hollola", kind=Association.Kind.PRIVATE
    )
    city = make_association("Lahden kaupunki", kind=Association.Kind.PUBLIC)

    services = [
        make_service(
            "Vertaistukiryhmä",
            association=ngo,
            is_free=False,
            cost="10,50 € kerta",
            cost_amount=Decimal("10.50"),
            street_address="Vapaudenkatu 10",
            postal_code="15110",
            post_office="Lahti",
            place="Järjestötalo",
            registration_url="https://ilmo.example.fi/ryhma",
            contact_phone="040 123 4567",
            min_age=18,
            municipalities=["lahti"],
            target_groups=["tyoikaiset"],
            languages=["fi"],
            themes=["mielen-hyvinvointi"],
        ),
        make_service(
            "Etäkahvila",
            association=ngo,
            is_free=True,
            online=True,
            place="Kirjasto",
            municipalities=["lahti", "hollola"],
        ),
        make_service("Kotiapu", association=company, is_free=False, cost="Kysy hintaa"),
    ]

    start = now + datetime.timedelta(days=10)
    events = [
        make_event(
            "Kevätkonsertti",
            association=ngo,
            start=start,
            street_address="Kirkkokatu 5",
            is_free=False,
            price="12 €",
            price_amount=Decimal(12),
            registration_url="https://ilmo.example.fi/konsertti",
            image=png("#7a3b69"),
            image_alt="Kuoro laulaa",
            themes=["osallisuus-ja-yhteisollisyys"],
        ),
        make_event(
            "Foorumin verkkotapaaminen",
            start=start,
            municipality=None,
            place_name="",
            attendance_mode=Event.AttendanceMode.ONLINE,
            online_url="https://meet.example.fi/foorumi",
        ),
        make_event(
            "Peruttu hybriditilaisuus",
            association=ngo,
            start=start + datetime.timedelta(days=1),
            attendance_mode=Event.AttendanceMode.BOTH,
            online_url="https://meet.example.fi/hybridi",
            event_status=Event.EventStatus.CANCELLED,
            is_free=False,
            price="10 €, jäsenet 5 €",
        ),
        make_event(
            "Leiri",
            association=company,
            municipality="hollola",
            start=start + datetime.timedelta(days=2),
            end=start + datetime.timedelta(days=4),
            all_day=True,
            event_status=Event.EventStatus.POSTPONED,
        ),
        make_event("Mennyt tapahtuma", association=ngo, start=now - datetime.timedelta(days=3)),
        make_event("Viikkokerho", association=ngo, start=now - datetime.timedelta(days=8)),
    ]
    # Repeating every week, with an exception (`core.schedules`): the club and the café.
    first = timezone.localtime(now - datetime.timedelta(days=8))
    weekly = Schedule(frequency=WEEKLY, weekdays=(first.weekday(),), first_day=first.date(),
                      last_day=first.date() + datetime.timedelta(weeks=12),
                      starts=datetime.time(18), ends=datetime.time(20),
                      exceptions=(first.date() + datetime.timedelta(weeks=3),))  # fmt: skip
    for item in (events[-1], services[1]):
        item.set_schedule(weekly)
        item.save()

    lead = "Seura kutsuu uusia vapaaehtoisia mukaan."
    news = [
        make_news_item(
            "Vapaaehtoisia haetaan",
            association=ngo,
            lead=lead,
            body=f"## Mistä on kyse\n\n{lead}\n\n- Ilmoittaudu *pian*.",
            image=png("#1d5e3a"),
            image_alt="Vapaaehtoiset kahvilassa",
            themes=["osallisuus-ja-yhteisollisyys"],
            municipalities=["lahti"],
        ),
        make_news_item(
            "Foorumin kannanotto", kind="kannanotto", ago=5, themes=["mielen-hyvinvointi"]
        ),
    ]

    notices = [
        make_partner_notice(
            "Kokemusasiantuntija puhujaksi",
            association=ngo,
            direction="tarjotaan",
            kind="osaaminen",
            description="## Mitä tarjoamme\n\nPuheenvuoro kestää **20–45 minuuttia**.",
            themes=["mielen-hyvinvointi"],
            spearheads=["kumppanuus"],
            municipalities=["lahti", "hollola"],
        ),
        make_partner_notice(
            "Päättynyt ilmoitus",
            association=ngo,
            valid_until=timezone.localdate() - datetime.timedelta(days=1),
        ),
    ]

    contact = make_user(email="yhteys@mielenterveysseura.example.fi", is_staff=True)
    contact.groups.add(Group.objects.get(name=CONTACTS))
    Membership.objects.create(user=contact, association=ngo)
    return {
        "associations": [ngo, company, city],
        "services": services,
        "events": events,
        "news": news,
        "notices": notices,
        "contact": contact,
    }


def get(client, url: str, status: int = 200, **kwargs) -> bytes:
    response = client.get(url, **kwargs)
    assert response.status_code == status, url
    return response.content


def post(client, url: str, data: dict, status: int = 200) -> bytes:
    response = client.post(url, data)
    assert response.status_code == status, url
    return response.content


def public_pages(site, monkeypatch) -> dict[str, bytes]:
    """Every public page kind (and its states: filters, empty results, form errors, 404, 429,
    500) in each language."""
    client = Client()
    ngo = site["associations"][0]
    notice = site["notices"][0]
    with translation.override("fi"):
        detail_urls = [
            item.get_absolute_url()
            for key in ("associations", "services", "events", "news")
            for item in site[key]
        ]
        detail_urls.append(notice.get_absolute_url())
        expired_url = site["notices"][1].get_absolute_url()
        extend_url = reverse("partnership:notice-extend", args=[extend_token(notice)])
    paths = [
        "/",
        "/strategia/",
        "/seuranta/",
        "/seuranta/?municipality=lahti&theme=mielen-hyvinvointi&period=abc",
        "/teemat/mielen-hyvinvointi/",
        "/kunnat/lahti/",
        "/yhdistykset/",
        "/yhdistykset/?q=mielenterveys&theme=mielen-hyvinvointi&municipality=lahti&sort=name",
        "/yhdistykset/?q=eiloydymitaan",
        f"/yhdistykset/{ngo.slug}/ilmoita-virheesta/",
        f"/yhdistykset/{ngo.slug}/ilmoita-virheesta/kiitos/",
        "/ilmoita-yhdistys/",
        "/ilmoita-yhdistys/kiitos/",
        "/palvelut/",
        "/palvelut/?kind=vertaistuki&free=1&online=1&age=30&q=ryhmä",
        "/tapahtumat/",
        "/tapahtumat/?start=2026-13-01&end=x&municipality=lahti",
        f"/tapahtumat/?free=1&online=1&association={ngo.slug}",
        "/tapahtumat/menneet/",
        "/uutiset/",
        f"/uutiset/?kind=kannanotto&kind=uutinen&association={ngo.slug}",
        "/yhteistyo/",
        "/yhteistyo/?direction=tarjotaan&kind=osaaminen&municipality=lahti&q=puhuja",
        "/yhteistyo/?q=eiloydymitaan",
        f"/yhteistyo/{notice.slug}/kiitos/",
        "/saavutettavuus/",
        "/tietosuoja/",
        "/kunnat/lahti/tulosta/",
        "/teemat/mielen-hyvinvointi/tulosta/",
        "/upotus/?kind=palvelut&municipality=lahti&limit=3",
        "/upotus/tapahtumat/?municipality=lahti",
        "/upotus/yhdistykset/?theme=mielen-hyvinvointi",
        "/upotus/palvelut/",
        "/hallinta/login/",
        "/hallinta/salasana/",
        "/hallinta/kirjautumislinkki/",
        "/hallinta/kirjautumislinkki/lahetetty/",
        "/hallinta/kirjautumislinkki/kirjaudu/?sesame=x",
        *detail_urls,
    ]
    pages = {}
    for language in LANGUAGES:
        for path in paths:
            pages[language + path] = get(client, language + path)
        pages[f"{language}/404"] = get(client, f"{language}/ei-tallaista-sivua/", status=404)
        # Forms sent empty show their errors.
        pages[f"{language}/ilmoita-yhdistys/ (errors)"] = post(
            client, f"{language}/ilmoita-yhdistys/", {}
        )
        pages[f"{language}/ilmoita-virheesta/ (errors)"] = post(
            client, f"{language}/yhdistykset/{ngo.slug}/ilmoita-virheesta/", {}
        )
        pages[f"{language}/yhteistyo/ (410)"] = get(client, language + expired_url, status=410)
        pages[f"{language}/yhteistyo/jatka/"] = get(client, language + extend_url)
        pages[f"{language}/yhteistyo/jatka/ (400)"] = get(
            client, f"{language}/yhteistyo/jatka/vaarennetty/", status=400
        )
        pages[f"{language}/yhteistyo/ (errors)"] = post(
            client, f"{language}/yhteistyo/{notice.slug}/", {}
        )
    # Over the limits: the 429 pages.
    monkeypatch.setattr("directory.views.REGISTRATIONS_PER_HOUR", 0)
    monkeypatch.setattr("directory.views.ErrorReportView.per_address_per_hour", 0)
    monkeypatch.setattr("partnership.views.NoticeDetailView.per_address_per_hour", 0)
    for language in LANGUAGES:
        pages[f"{language}/ilmoita-yhdistys/ (429)"] = post(
            client, f"{language}/ilmoita-yhdistys/", {}, status=429
        )
        report = {"message": "Puhelinnumero on vanha."}
        pages[f"{language}/ilmoita-virheesta/ (429)"] = post(
            client, f"{language}/yhdistykset/{ngo.slug}/ilmoita-virheesta/", report, status=429
        )
        reply = {"message": "Tulemme mukaan.", "sender_name": "Outi",
                 "sender_email": "outi@example.fi"}  # fmt: skip
        pages[f"{language}/yhteistyo/ (429)"] = post(
            client, f"{language}/yhteistyo/{notice.slug}/", reply, status=429
        )
    rf_client = Client()
    for language in LANGUAGES:
        code = language.strip("/") or "fi"
        with translation.override(code):
            request = rf_client.get(f"{language}/").wsgi_request
            pages[f"{language} lockout"] = render(request, "accounts/lockout.html").content
            pages[f"{language} 500"] = server_error(request).content
    return pages


def admin_pages(site) -> dict[str, bytes]:
    """The admin as a contact sees it: dashboard, change lists, add and change forms."""
    client = Client()
    client.force_login(site["contact"])
    ngo = site["associations"][0]
    own = {
        ("directory", "association"): ngo,
        ("services", "service"): site["services"][0],
        ("events", "event"): site["events"][0],
        ("news", "newsitem"): site["news"][0],
        ("partnership", "partnernotice"): site["notices"][0],
    }
    with translation.override("fi"):  # unprefixed paths; each language adds its prefix
        paths = [reverse("admin:index")]
        for (app, model), obj in own.items():
            paths.append(reverse(f"admin:{app}_{model}_changelist"))
            if model != "association":  # contacts do not add associations
                paths.append(reverse(f"admin:{app}_{model}_add"))
            paths.append(reverse(f"admin:{app}_{model}_change", args=[obj.pk]))
        add_event = reverse("admin:events_event_add")
    pages = {}
    for language in LANGUAGES:
        for path in paths:
            pages[f"{language}{path}"] = get(client, language + path)
        pages[f"{language}{add_event} (errors)"] = post(client, language + add_event, {})
    return pages


def test_the_nu_html_checker_finds_no_errors(site, monkeypatch):
    missing = nu_checker_missing()
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(missing)
        pytest.skip(missing)
    pages = {**public_pages(site, monkeypatch), **admin_pages(site)}
    errors = nu_html_errors(pages)
    assert not errors, f"{len(errors)} errors in {len(pages)} pages:\n" + "\n".join(errors)


def test_every_json_ld_block_has_what_its_type_needs(site, monkeypatch):
    pages = public_pages(site, monkeypatch)
    problems = [
        f"{name}: {problem}"
        for name, page in pages.items()
        for problem in structured_data_problems(page.decode())
    ]
    assert not problems, "\n".join(problems)
    found = {block["@type"] for page in pages.values() for block in json_ld_blocks(page.decode())}
    # Each detail page kind has its block, so the check above had something to check.
    assert found == {"NGO", "Organization", "GovernmentOrganization", "Service", "Event",
                     "NewsArticle"}  # fmt: skip
