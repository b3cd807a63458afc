"""The contacts' dashboard at the admin index: cards, checklist, confirmation, messages, scope."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from directory.models import Association, ModerationNote
from tests.factories import make_contact

pytestmark = pytest.mark.django_db

INDEX = "/hallinta/"


@pytest.fixture
def own(make_association):
    return make_association("Oma Yhdistys ry", description="Kerhot ja retket.")


@pytest.fixture
def other(make_association):
    return make_association("Vieras Yhdistys ry", description="Salainen luonnos.")


@pytest.fixture
def contact(own):
    return make_contact(own, email="oma@example.fi")


def moderate(client, changelist, pk, action, message):
    return client.post(
        changelist,
        {"action": f"moderate_{action}", "_selected_action": [pk], "apply": "1",
         "message": message},
    )  # fmt: skip


def test_a_contact_lands_on_their_associations_card(client, contact, own, make_service):
    make_service("Odottava kerho", association=own, status="pending")
    client.force_login(contact)
    text = client.get(INDEX).content.decode()
    assert 'id="contact-dashboard"' in text
    assert "<h1>Oma yhdistys</h1>" in text
    assert own.get_absolute_url() in text
    for label in (
        "Muokkaa yhdistyksen tietoja",
        "Lisää tapahtuma",
        "Lisää toiminta tai palvelu",
        "Lisää uutinen tai tiedote",
        "Vahvista tiedot ajantasaisiksi",
    ):
        assert label in text
    assert reverse("admin:events_event_add") + f"?association={own.pk}" in text
    assert "Odottava kerho" in text  # waiting for a coordinator
    assert "Kuvaus" in text and "Puuttuu:" in text  # the checklist
    assert "recent-actions-module" not in text
    assert "moderation-dashboard" not in text


def test_the_checklist_follows_the_profile(client, contact, own, make_service, make_event):
    from taxonomy.models import Municipality, TargetGroup, Theme

    client.force_login(contact)
    # Description given; the home municipality counts as one where it works.
    assert "Profiili: 6 asiaa lisättävänä" in client.get(INDEX).content.decode()
    own.email = "info@oma.example.fi"
    own.save()
    own.themes.add(Theme.objects.first())
    own.target_groups.add(TargetGroup.objects.first())
    own.operating_municipalities.add(Municipality.objects.get(slug="hollola"))
    make_service(association=own)
    make_event(association=own, start=timezone.now() + datetime.timedelta(days=30))
    text = client.get(INDEX).content.decode()
    assert "Profiili: 1 asia lisättävänä" in text  # the logo is missing
    assert '<li class="missing"><span class="visually-hidden">Puuttuu:</span> Logo' in text


def test_a_weekly_event_that_began_earlier_counts_as_upcoming(client, contact, own, make_event):
    from core.schedules import WEEKLY, Schedule

    first_day = timezone.localdate() - datetime.timedelta(days=28)
    start = timezone.make_aware(datetime.datetime.combine(first_day, datetime.time(18)))
    event = make_event(association=own, start=start, end=start + datetime.timedelta(hours=2))
    event.set_schedule(
        Schedule(
            frequency=WEEKLY,
            weekdays=(first_day.weekday(),),
            first_day=first_day,
            last_day=first_day + datetime.timedelta(days=90),
            starts=datetime.time(18),
            ends=datetime.time(20),
        )
    )
    event.save()
    client.force_login(contact)
    text = client.get(INDEX).content.decode()
    assert "Puuttuu:</span> Tapahtumia seuraavan kolmen kuukauden aikana" not in text


def test_events_beyond_three_months_do_not_count(client, contact, own, make_event):
    make_event(association=own, start=timezone.now() + datetime.timedelta(days=120))
    client.force_login(contact)
    text = client.get(INDEX).content.decode()
    assert "Puuttuu:</span> Tapahtumia seuraavan kolmen kuukauden aikana" in text


def test_coordinators_keep_the_moderation_index(client, coordinator, own):
    client.force_login(coordinator)
    text = client.get(INDEX).content.decode()
    assert 'id="moderation-dashboard"' in text
    assert 'id="contact-dashboard"' not in text


def test_a_contact_never_sees_another_associations_card(client, contact, other, make_service):
    make_service("Vieraan odottava", association=other, status="pending")
    ModerationNote.objects.create(
        association=other, subject=other.name, action="hide", message="Vieras viesti"
    )
    client.force_login(contact)
    text = client.get(INDEX).content.decode()
    for secret in ("Vieras Yhdistys ry", "Vieraan odottava", "Vieras viesti"):
        assert secret not in text


def test_confirming_from_the_dashboard_returns_to_it(client, contact, own):
    client.force_login(contact)
    url = reverse("admin:directory_association_confirm", args=[own.pk])
    response = client.post(url, {"next": f"{INDEX}#association-{own.pk}"})
    assert response.status_code == 302 and response["Location"] == f"{INDEX}#association-{own.pk}"
    own.refresh_from_db()
    assert own.verified_by == contact
    assert "Tiedot vahvistettu ajantasaisiksi" in client.get(INDEX).content.decode()


def test_confirming_ignores_an_outside_next(client, contact, own):
    client.force_login(contact)
    url = reverse("admin:directory_association_confirm", args=[own.pk])
    response = client.post(url, {"next": "https://evil.example/"})
    assert response["Location"] == reverse("admin:directory_association_change", args=[own.pk])


def test_the_confirm_button_cannot_confirm_another_association(client, contact, other):
    client.force_login(contact)
    url = reverse("admin:directory_association_confirm", args=[other.pk])
    response = client.post(url, {"next": f"{INDEX}#association-{other.pk}"})
    # Answered as a missing association is: back to the index with a notice, nothing saved.
    missing = client.post(
        reverse("admin:directory_association_confirm", args=[other.pk + 1000]), {"next": INDEX}
    )
    assert (response.status_code, response["Location"]) == (302, missing["Location"])
    other.refresh_from_db()
    assert other.verified_by is None
    assert client.get(url).status_code == 405


def test_the_freshness_state_shows_when_confirmation_is_due(client, contact, own):
    client.force_login(contact)
    Association.objects.filter(pk=own.pk).update(
        verified_at=timezone.now() - datetime.timedelta(days=340)
    )
    assert "lähes vuosi sitten" in client.get(INDEX).content.decode()
    Association.objects.filter(pk=own.pk).update(
        verified_at=timezone.now() - datetime.timedelta(days=400)
    )
    assert "yli vuoteen" in client.get(INDEX).content.decode()


def test_a_moderation_message_reaches_the_dashboard(
    client, coordinator, contact, own, make_service
):
    service = make_service("Kuntosalivuoro", association=own, status="published")
    client.force_login(coordinator)
    changelist = reverse("admin:services_service_changelist")
    moderate(client, changelist, service.pk, "hide", "Lisää kuvaus ja julkaistaan uudelleen.")
    moderate(client, changelist, service.pk, "publish", "")  # no message, nothing kept
    note = ModerationNote.objects.get()
    assert (note.association, note.subject, note.action) == (own, "Kuntosalivuoro", "hide")
    client.force_login(contact)
    text = client.get(INDEX).content.decode()
    assert "Koordinaattorin viimeisin viesti" in text
    assert "Lisää kuvaus ja julkaistaan uudelleen." in text
    assert "Kuntosalivuoro" in text


def test_moderating_an_association_keeps_its_message(client, coordinator, own):
    client.force_login(coordinator)
    changelist = reverse("admin:directory_association_changelist") + "?status=all"
    moderate(client, changelist, own.pk, "return_to_draft", "Täydennä kuvaus, kiitos.")
    assert ModerationNote.objects.get().message == "Täydennä kuvaus, kiitos."


def test_a_pending_association_is_itself_waiting(client, make_association):
    pending = make_association("Uusi Yhdistys ry", status="pending")
    client.force_login(make_contact(pending, email="uusi@example.fi"))
    text = client.get(INDEX).content.decode()
    assert "ei vielä näy yleisölle" in text
    assert reverse("admin:directory_association_change", args=[pending.pk]) in text


def test_no_filter_sidebar_for_contacts(client, contact, coordinator):
    changelist = reverse("admin:directory_association_changelist")
    client.force_login(contact)
    assert 'id="changelist-filter"' not in client.get(changelist).content.decode()
    client.force_login(coordinator)
    assert 'id="changelist-filter"' in client.get(changelist).content.decode()


def test_dashboard_queries_do_not_grow_with_associations(
    client, contact, own, make_association, make_service, make_event, django_assert_num_queries
):
    make_service("Odottava", association=own, status="pending")
    ModerationNote.objects.create(association=own, subject="x", action="hide", message="Viesti")
    client.force_login(contact)
    client.get(INDEX)  # the session is warm
    # Session, user, 2FA devices ×2, permissions (user's, groups'), "is a coordinator?", the
    # associations with their checklist, waiting items of each association-owned type (news,
    # services, events, premises, partner notices), messages.
    expected = 14
    with django_assert_num_queries(expected):
        assert client.get(INDEX).status_code == 200
    for number in range(3):
        second = make_association(f"Toinen {number} ry")
        from directory.models import Membership

        Membership.objects.create(user=contact, association=second, confirmed=True)
        make_service(f"Odottava {number}", association=second, status="pending")
        make_event(f"Tuleva {number}", association=second)
        ModerationNote.objects.create(association=second, subject="y", action="hide", message="M")
    with django_assert_num_queries(expected):
        text = client.get(INDEX).content.decode()
    assert "<h1>Omat yhdistykset</h1>" in text
    assert text.count('class="dashboard-card"') == 4


def test_the_add_buttons_open_their_forms(client, contact, own):
    client.force_login(contact)
    for name in ("events_event", "services_service", "news_newsitem"):
        url = reverse(f"admin:{name}_add") + f"?association={own.pk}"
        assert url in client.get(INDEX).content.decode()
        assert client.get(url).status_code == 200


def test_a_contacts_admin_pages_show_no_stock_english(client, contact, own, make_service):
    import re

    from tests.browser.test_arrival import STOCK_ENGLISH

    service = make_service(association=own)
    client.force_login(contact)
    for url in (
        INDEX,
        reverse("admin:directory_association_changelist"),
        reverse("admin:directory_association_change", args=[own.pk]),
        reverse("admin:directory_association_history", args=[own.pk]),
        reverse("admin:services_service_change", args=[service.pk]),
        reverse("admin:password_change"),
    ):
        html = client.get(url).content.decode()
        text = re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style|svg).*?</\1>", "", html, flags=re.S))
        assert not [phrase for phrase in STOCK_ENGLISH if phrase in text], url


def test_a_contact_without_associations_gets_a_plain_answer(client, make_user):
    from django.contrib.auth.models import Group

    from accounts.roles import CONTACTS

    user = make_user(email="ilman@example.fi", is_staff=True)
    user.groups.add(Group.objects.get(name=CONTACTS))
    client.force_login(user)
    text = client.get(INDEX).content.decode()
    assert "Et ole vielä minkään yhdistyksen yhteyshenkilö" in text
