import re
from unittest import mock

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from directory.models import Association, Membership, Registration
from taxonomy.models import Municipality, Theme

pytestmark = pytest.mark.django_db

URL = "/ilmoita-yhdistys/"


@pytest.fixture
def valid_data():
    return {
        "name": "Padasjoen Pelimannit ry",
        "business_id": "0737546-2",
        "home_municipality": Municipality.objects.get(slug="padasjoki").pk,
        "themes": [Theme.objects.get(slug="osallisuus-ja-yhteisollisyys").pk],
        "short_description": "Kansanmusiikkia ja tansseja Padasjoella.",
        "website": "pelimannit.example.fi",
        "contact_name": "Maija Meikäläinen",
        "contact_email": "Maija@Example.fi",
        "consent": "on",
        "fax": "",
    }


def test_form_page(client):
    response = client.get(URL)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'name="consent"' in page and 'href="/tietosuoja/"' in page
    assert 'tabindex="-1"' in page  # the honeypot is out of the keyboard's way


def test_registration_creates_a_pending_association_and_tells_the_coordinators(
    client, valid_data, coordinator
):
    response = client.post(URL, valid_data)
    assert response.status_code == 302
    assert response["Location"] == reverse("directory:registration-thanks")
    association = Association.objects.get(name="Padasjoen Pelimannit ry")
    assert association.status == Association.Status.PENDING
    assert association.website == "https://pelimannit.example.fi"
    assert list(association.themes.values_list("slug", flat=True)) == [
        "osallisuus-ja-yhteisollisyys"
    ]
    membership = Membership.objects.get(association=association)
    assert membership.user.email == "maija@example.fi" and not membership.confirmed
    assert not membership.user.is_staff and not membership.user.has_usable_password()
    registration = Registration.objects.get(association=association)
    assert registration.contact_name == "Maija Meikäläinen" and not registration.email_failed
    assert [message.to for message in mail.outbox] == [[coordinator.email]]
    assert "Padasjoen Pelimannit ry" in mail.outbox[0].subject
    admin_path = f"/hallinta/directory/association/{association.pk}/change/"
    assert f"{settings.SITE_URL}{admin_path}" in mail.outbox[0].body
    # Pending means not public.
    assert client.get(association.get_absolute_url()).status_code == 404
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200


@pytest.mark.parametrize(
    "duplicate",
    [
        {"business_id": "0737546-2", "name": "Eri nimi ry"},
        {"business_id": "", "name": "padasjoen pelimannit RY"},
    ],
)
def test_an_existing_association_is_not_registered_twice(
    client, valid_data, make_association, duplicate
):
    make_association("Padasjoen Pelimannit ry", municipality="padasjoki", business_id="0737546-2")
    response = client.post(URL, {**valid_data, **duplicate})
    assert response.status_code == 200
    assert "yhdistysfoorumi@paijathamalaiset.fi" in response.content.decode()
    assert Association.objects.count() == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("business_id", "1234567-8"),
        ("contact_email", "ei-osoite"),
        ("consent", ""),
        ("name", ""),
        ("short_description", "x" * 201),
        ("home_municipality", "999999"),
        ("name", "nul\x00tavu"),
    ],
)
def test_invalid_input_is_a_form_error(client, valid_data, field, value):
    response = client.post(URL, {**valid_data, field: value})
    assert response.status_code == 200
    assert 'class="error-summary"' in response.content.decode()
    assert not Association.objects.exists()


def test_honeypot_saves_nothing_but_looks_normal(client, valid_data):
    response = client.post(URL, {**valid_data, "fax": "http://spam.example"})
    assert response.status_code == 302
    assert not Association.objects.exists() and mail.outbox == []


def test_rate_limit_per_address(client, valid_data):
    for number in range(5):
        client.post(URL, {**valid_data, "name": f"Yhdistys {number} ry", "business_id": ""})
    response = client.post(URL, {**valid_data, "name": "Kuudes ry", "business_id": ""})
    assert response.status_code == 429
    assert Association.objects.count() == 5
    other_address = client.post(
        URL, {**valid_data, "name": "Toinen ry", "business_id": ""}, REMOTE_ADDR="10.0.0.9"
    )
    assert other_address.status_code == 302


def test_a_mail_failure_never_loses_the_registration(client, valid_data, coordinator):
    with mock.patch("core.mail.EmailMessage.send", side_effect=OSError("SMTP down")):
        response = client.post(URL, valid_data)
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.email_failed
    client.force_login(coordinator)
    page = client.get("/hallinta/directory/registration/?email_failed__exact=1").content.decode()
    assert "Padasjoen Pelimannit ry" in page


def test_registration_page_in_swedish(client):
    assert client.get(f"/sv{URL}").status_code == 200


def link_in(message) -> str:
    return re.search(r"https?://[^/\s]+(/hallinta/tervetuloa/\S+/)", message.body).group(1)


def test_publishing_invites_the_registered_contact(client, valid_data, coordinator):
    client.post(URL, valid_data)
    association = Association.objects.get()
    client.force_login(coordinator)
    changelist = reverse("admin:directory_association_changelist")
    # The first POST asks for an optional message; the second applies.
    response = client.post(
        changelist, {"action": "moderate_publish", "_selected_action": [association.pk]}
    )
    assert response.status_code == 200 and 'name="message"' in response.content.decode()
    mail.outbox.clear()
    response = client.post(
        changelist,
        {
            "action": "moderate_publish",
            "_selected_action": [association.pk],
            "apply": "1",
            "message": "Tervetuloa mukaan!",
        },
    )
    assert response.status_code == 302
    association.refresh_from_db()
    assert association.status == Association.Status.PUBLISHED
    membership = Membership.objects.get(association=association)
    assert membership.confirmed and membership.user.is_staff
    invitation = next(m for m in mail.outbox if "/hallinta/tervetuloa/" in m.body)
    published = next(m for m in mail.outbox if "Tervetuloa mukaan!" in m.body)
    assert invitation.to == published.to == ["maija@example.fi"]

    # The contact sets a password with the one-time link, is logged in and sees their own
    # association.
    client.logout()
    link = link_in(invitation)
    form_url = client.get(link)["Location"]
    password = "pelimannit soittavat 2026"
    client.post(form_url, {"new_password1": password, "new_password2": password})
    page = client.get(changelist).content.decode()
    assert "Padasjoen Pelimannit ry" in page
    assert client.get(link).status_code == 200  # used: the form now says the link is invalid
    assert (
        "Padasjoen"
        in client.get(
            reverse("admin:directory_association_change", args=[association.pk])
        ).content.decode()
    )


def test_an_expired_invitation_link_does_not_work(client, settings, make_association):
    from directory.onboarding import contact_invite

    association = make_association()
    contact_invite(association=association, email="uusi@example.fi")
    link = link_in(mail.outbox[-1])
    settings.PASSWORD_RESET_TIMEOUT = -1
    response = client.get(link, follow=True)
    assert 'name="new_password1"' not in response.content.decode()


def test_reinviting_adds_a_membership_not_an_account(make_association, django_user_model):
    from directory.onboarding import contact_invite

    first, second = make_association("Eka ry"), make_association("Toka ry")
    user, _sent = contact_invite(association=first, email="Sama@Example.fi")
    again, _sent = contact_invite(association=second, email="sama@example.fi")
    assert user == again
    assert django_user_model.objects.filter(email="sama@example.fi").count() == 1
    assert set(Association.objects.editable_by(user)) == {first, second}


def test_moderation_follows_the_status_flow(client, coordinator, make_association):
    draft = make_association("Luonnos ry", status="draft")
    published = make_association("Julkinen ry", status="published")
    client.force_login(coordinator)
    # The action posts back to the list as filtered; "all" shows both.
    changelist = reverse("admin:directory_association_changelist") + "?status=all"
    client.post(
        changelist,
        {"action": "moderate_hide", "_selected_action": [draft.pk, published.pk], "apply": "1"},
    )
    draft.refresh_from_db()
    published.refresh_from_db()
    assert draft.status == "draft"  # only a published association can be hidden
    assert published.status == "hidden"
    assert client.get(published.get_absolute_url()).status_code == 404


def test_contacts_have_no_moderation_actions(client, make_user, make_association):
    from django.contrib.auth.models import Group

    from accounts.roles import CONTACTS

    association = make_association(status="pending")
    user = make_user(email="yhteys@example.fi", is_staff=True)
    user.groups.add(Group.objects.get(name=CONTACTS))
    Membership.objects.create(user=user, association=association)
    client.force_login(user)
    changelist = reverse("admin:directory_association_changelist")
    page = client.get(changelist).content.decode()
    assert "moderate_publish" not in page
    client.post(
        changelist,
        {"action": "moderate_publish", "_selected_action": [association.pk], "apply": "1"},
    )
    association.refresh_from_db()
    assert association.status == "pending"


def test_coordinator_changelist_opens_on_awaiting_review(client, coordinator, make_association):
    make_association("Odottava ry", status="pending")
    make_association("Julkaistu ry", status="published")
    client.force_login(coordinator)
    page = client.get(reverse("admin:directory_association_changelist")).content.decode()
    assert "Odottava ry" in page and "Julkaistu ry" not in page
    page = client.get(reverse("admin:directory_association_changelist"), {"status": "all"})
    assert "Julkaistu ry" in page.content.decode()


def test_admin_index_shows_the_moderation_dashboard(client, coordinator, make_association):
    make_association("Odottava ry", status="pending")
    client.force_login(coordinator)
    page = client.get("/hallinta/").content.decode()
    assert 'id="moderation-dashboard"' in page
    assert 'href="/hallinta/directory/association/?status=pending"' in page
    assert (
        client.get("/hallinta/directory/association/?status=published&freshness=stale").status_code
        == 200
    )
    assert (
        client.get(
            "/hallinta/directory/association/?status=all&updated_at__gte=2026-11-21"
        ).status_code
        == 200
    )


def test_the_home_municipality_is_asked_not_preset(client, valid_data):
    page = client.get(URL).content.decode()
    assert '<option value="" selected>Valitse kunta</option>' in page
    response = client.post(URL, {**valid_data, "home_municipality": ""})
    assert response.status_code == 200
    assert "Kotikunta: Tämä kenttä vaaditaan." in response.content.decode()


@pytest.mark.parametrize("field", ["name", "short_description", "contact_name"])
def test_control_characters_are_a_form_error(client, valid_data, field):
    response = client.post(URL, {**valid_data, field: "Teksti\x0bjossa merkki"})
    assert response.status_code == 200
    assert not Association.objects.filter(name__startswith="Teksti").exists()
    assert not Association.objects.filter(slug="padasjoen-pelimannit-ry").exists()


@pytest.mark.parametrize("status", ["draft", "pending", "hidden", "published"])
def test_a_duplicate_does_not_reveal_whether_the_association_is_public(
    client, valid_data, make_association, status
):
    make_association(
        "Padasjoen Pelimannit ry", municipality="padasjoki", business_id="0737546-2", status=status
    )
    page = client.post(URL, valid_data).content.decode()
    assert "jo hakemistossa" not in page
    assert "koordinaattorit tarkistavat" in page.lower()
