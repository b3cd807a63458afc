"""Arrival: the invitation (create a password and be logged in) and the e-mail login link."""

import datetime
import re
from unittest import mock

import pytest
from django.core import mail
from django.urls import reverse

from directory.onboarding import contact_invite
from tests.factories import make_contact, make_coordinator

pytestmark = pytest.mark.django_db

PASSWORD = "kesällä mökille Sysmään"
REQUEST = "/hallinta/kirjautumislinkki/"
SENT = "/hallinta/kirjautumislinkki/lahetetty/"


def link_in(message) -> str:
    url = re.search(r"https?://\S+", message.body).group(0)
    return re.sub(r"^https?://[^/]+", "", url)


def logged_in_user(client):
    return client.get("/hallinta/").wsgi_request.user


# --- The invitation ---------------------------------------------------------------------------


def test_invitation_creates_a_password_logs_in_and_lands_on_the_dashboard(client, make_association):
    association = make_association("Sysmän Seniorit ry")
    contact_invite(association=association, email="uusi@example.fi", name="Uusi Ihminen")
    message = mail.outbox[-1]
    assert "Luo salasana ja kirjaudu" in message.body
    link = link_in(message)
    assert link.startswith("/hallinta/tervetuloa/")

    page = client.get(link, follow=True)
    text = page.content.decode()
    assert "Luo salasana ja kirjaudu" in text
    assert "Päijäthämäläiset.fi" in text and "Django" not in text
    assert "nollaus" not in text.lower()
    form_url = page.redirect_chain[-1][0]

    response = client.post(form_url, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert response.status_code == 302 and response["Location"] == reverse("admin:index")
    dashboard = client.get(response["Location"])
    assert dashboard.status_code == 200
    assert dashboard.wsgi_request.user.email == "uusi@example.fi"
    assert "Sysmän Seniorit ry" in dashboard.content.decode()
    assert 'id="contact-dashboard"' in dashboard.content.decode()

    # Used: the link now says so, and offers the e-mail link instead.
    client.logout()
    again = client.get(link, follow=True).content.decode()
    assert 'name="new_password1"' not in again
    assert REQUEST in again


def test_invitation_keeps_a_mismatched_password_on_the_page(client, make_association):
    contact_invite(association=make_association(), email="uusi@example.fi")
    form_url = client.get(link_in(mail.outbox[-1]), follow=True).redirect_chain[-1][0]
    response = client.post(form_url, {"new_password1": PASSWORD, "new_password2": "toinen"})
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    assert not logged_in_user(client).is_authenticated


def test_password_reset_pages_carry_the_sites_name(client):
    text = client.get(reverse("admin_password_reset")).content.decode()
    assert "Päijäthämäläiset.fi" in text and "Django" not in text


# --- The e-mail login link --------------------------------------------------------------------


@pytest.fixture
def contact(make_association):
    return make_contact(make_association("Hartolan Kyläyhdistys ry"), email="maija@example.fi")


def ask_for_link(client, email):
    return client.post(REQUEST, {"email": email})


def test_login_page_offers_the_email_link(client):
    text = client.get("/hallinta/login/").content.decode()
    assert REQUEST in text
    assert "Forgotten" not in text


def test_email_link_logs_in_once(client, contact):
    response = ask_for_link(client, "Maija@Example.fi ")
    assert response.status_code == 302 and response["Location"] == SENT
    link = link_in(mail.outbox[-1])
    # Opening the link only shows a button: mail scanners that follow links log nobody in.
    page = client.get(link)
    assert page.status_code == 200 and not page.wsgi_request.user.is_authenticated
    token = link.split("sesame=")[1]
    response = client.post(link.split("?")[0], {"sesame": token})
    assert response.status_code == 302 and response["Location"] == reverse("admin:index")
    assert logged_in_user(client) == contact

    client.logout()
    response = client.post(link.split("?")[0], {"sesame": token})
    assert response.status_code == 400
    assert REQUEST in response.content.decode()
    assert not logged_in_user(client).is_authenticated


def test_email_link_expires_after_15_minutes(client, contact):
    ask_for_link(client, "maija@example.fi")
    link = link_in(mail.outbox[-1])
    token = link.split("sesame=")[1]
    later = datetime.datetime.now().timestamp() + 15 * 60 + 1
    with mock.patch("sesame.tokens_v2.time.time", return_value=later):
        response = client.post(link.split("?")[0], {"sesame": token})
    assert response.status_code == 400
    assert not logged_in_user(client).is_authenticated
    # Within the 15 minutes it works.
    soon = datetime.datetime.now().timestamp() + 14 * 60
    with mock.patch("sesame.tokens_v2.time.time", return_value=soon):
        response = client.post(link.split("?")[0], {"sesame": token})
    assert response.status_code == 302


def test_a_password_login_revokes_an_unused_link(client, contact):
    ask_for_link(client, "maija@example.fi")
    link = link_in(mail.outbox[-1])
    client.post("/hallinta/login/", {"username": "maija@example.fi", "password": PASSWORD})
    client.force_login(contact)  # a login by any means updates last_login
    client.logout()
    response = client.post(link.split("?")[0], {"sesame": link.split("sesame=")[1]})
    assert response.status_code == 400


def test_unknown_address_gets_the_same_answer_and_no_mail(client, contact):
    known = ask_for_link(client, "maija@example.fi")
    unknown = ask_for_link(client, "ei-ole@example.fi")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert [m.to for m in mail.outbox] == [["maija@example.fi"]]
    text = client.get(SENT).content.decode()
    assert "Jos osoite" in text


@pytest.mark.parametrize("who", ["coordinator", "inactive", "not-staff"])
def test_no_links_for_coordinators_or_people_without_admin_access(client, make_user, who):
    if who == "coordinator":
        make_coordinator(email="x@example.fi")
    else:
        make_user(email="x@example.fi", is_staff=who != "not-staff", is_active=who != "inactive")
    response = ask_for_link(client, "x@example.fi")
    assert response["Location"] == SENT
    assert mail.outbox == []


def test_a_coordinator_token_does_not_log_in(client):
    from sesame.utils import get_token

    coordinator = make_coordinator()
    response = client.post(reverse("email-login"), {"sesame": get_token(coordinator)})
    assert response.status_code == 400
    assert not logged_in_user(client).is_authenticated


def test_links_to_one_address_are_rate_limited_silently(client, contact):
    for _ in range(5):
        assert ask_for_link(client, "maija@example.fi")["Location"] == SENT
    assert len(mail.outbox) == 3


def test_link_requests_from_one_client_are_rate_limited(client, contact):
    for number in range(10):
        assert ask_for_link(client, f"muu{number}@example.fi").status_code == 302
    response = ask_for_link(client, "maija@example.fi")
    assert response.status_code == 429
    assert mail.outbox == []


def test_rate_limit_store_down_is_a_503_not_a_500(client, contact):
    from core.ratelimit import RateLimitUnavailable

    with mock.patch("accounts.email_login.hit", side_effect=RateLimitUnavailable):
        assert ask_for_link(client, "maija@example.fi").status_code == 503


@pytest.mark.parametrize("token", ["", "rubbish", "A" * 300, "ä"])
def test_bad_tokens_are_a_400(client, token):
    assert client.post(reverse("email-login"), {"sesame": token}).status_code == 400
    assert client.get(reverse("email-login"), {"sesame": token}).status_code == 200


def test_invalid_address_is_shown_next_to_the_field(client):
    response = client.post(REQUEST, {"email": "ei osoite"})
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()


def test_two_factor_still_applies_after_a_link(client, contact, settings):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=contact, name="puhelin", confirmed=True)
    ask_for_link(client, "maija@example.fi")
    link = link_in(mail.outbox[-1])
    client.post(link.split("?")[0], {"sesame": link.split("sesame=")[1]})
    response = client.get("/hallinta/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("two-factor-verify"))


def test_the_two_step_page_logs_out_with_a_post(client, contact):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=contact, name="puhelin", confirmed=True)
    client.force_login(contact)
    text = client.get(reverse("two-factor-verify")).content.decode()
    assert '<form method="post" action="/hallinta/logout/">' in text
