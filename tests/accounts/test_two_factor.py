"""Issue #15: two-step login (TOTP) for coordinators and superusers, opt-in for contacts,
with one-time recovery codes."""

import re
import time

import pytest
from django.contrib.auth.models import Group
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.roles import CONTACTS

pytestmark = pytest.mark.django_db

LOGIN = "/hallinta/login/?next=/hallinta/"
SETUP = "/hallinta/kaksivaiheinen/kayttoonotto/"
VERIFY = "/hallinta/kaksivaiheinen/"


@pytest.fixture(autouse=True)
def _required(settings):
    settings.TWO_FACTOR_REQUIRED = True


def code_for(device: TOTPDevice, *, later: int = 0) -> str:
    return (
        f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift + later):06d}"
    )


def unthrottle(device: TOTPDevice) -> None:
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_count=0, throttling_failure_timestamp=None
    )
    device.refresh_from_db()


def password_login(client, email="coordinator@example.fi"):
    response = client.post(LOGIN, {"username": email, "password": "correct horse battery"})
    assert response.status_code == 302
    return response


def set_up(client) -> list[str]:
    """Set up the authenticator through the pages; the recovery codes shown."""
    page = client.get(SETUP)
    assert page.status_code == 200
    device = TOTPDevice.objects.get(confirmed=False)
    response = client.post(SETUP, {"code": code_for(device), "next": "/hallinta/"})
    assert response.status_code == 200
    return re.findall(r"<li><code>([a-z0-9]+)</code></li>", response.content.decode())


def test_a_coordinator_must_set_up_the_second_step_before_the_admin_opens(client, coordinator):
    password_login(client)
    response = client.get("/hallinta/")
    assert response.status_code == 302
    assert response["Location"].startswith(SETUP)
    for path in ["/hallinta/directory/association/", "/hallinta/accounts/user/"]:
        assert client.get(path)["Location"].startswith(SETUP)
    page = client.get(SETUP).content.decode()
    assert "data:image/svg+xml" in page  # the QR code
    codes = set_up(client)
    assert len(codes) == 10 and len(set(codes)) == 10
    assert client.get("/hallinta/").status_code == 200


def test_a_wrong_code_does_not_turn_it_on(client, coordinator):
    password_login(client)
    client.get(SETUP)
    response = client.post(SETUP, {"code": "000000"})
    assert response.status_code == 200 and "ei ole oikein" in response.content.decode()
    assert not TOTPDevice.objects.filter(confirmed=True).exists()
    assert client.get("/hallinta/").status_code == 302


def test_later_logins_ask_for_the_code(client, coordinator):
    password_login(client)
    set_up(client)
    client.post("/hallinta/logout/")
    password_login(client)
    response = client.get("/hallinta/directory/association/")
    assert response["Location"] == f"{VERIFY}?next=/hallinta/directory/association/"
    # Knowing the password is not enough to replace the owner's authenticator.
    assert client.get(SETUP)["Location"].startswith(VERIFY)
    wrong = client.post(VERIFY, {"code": "123456", "next": "/hallinta/"})
    assert wrong.status_code == 200 and "ei ole oikein" in wrong.content.decode()
    device = TOTPDevice.objects.get(user=coordinator)
    unthrottle(device)  # each failed try throttles the next for a while
    # The next time step's code (a used one cannot be replayed; one step of drift is allowed).
    next_step = code_for(device, later=1)
    response = client.post(VERIFY, {"code": next_step, "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == "/hallinta/"
    assert client.get("/hallinta/directory/association/").status_code == 200


def test_a_recovery_code_works_once(client, coordinator):
    password_login(client)
    codes = set_up(client)
    for attempt in range(2):
        client.post("/hallinta/logout/")
        password_login(client)
        response = client.post(VERIFY, {"code": codes[0], "next": "/hallinta/"})
        if attempt == 0:
            assert response.status_code == 302
            assert client.get("/hallinta/").status_code == 200
        else:
            assert response.status_code == 200  # used up
            assert client.get("/hallinta/").status_code == 302


def test_superusers_need_it_too(client, django_user_model):
    django_user_model.objects.create_superuser(email="root@example.fi", password="x" * 20)
    client.post(LOGIN, {"username": "root@example.fi", "password": "x" * 20})
    assert client.get("/hallinta/")["Location"].startswith(SETUP)


@pytest.fixture
def contact(make_user, make_association):
    from directory.models import Membership

    user = make_user(email="yhteys@example.fi", is_staff=True)
    user.groups.add(Group.objects.get(name=CONTACTS))
    Membership.objects.create(user=user, association=make_association())
    return user


def test_contacts_may_opt_in_and_are_then_asked(client, contact):
    password_login(client, "yhteys@example.fi")
    assert client.get("/hallinta/").status_code == 200  # not required
    set_up(client)
    client.post("/hallinta/logout/")
    password_login(client, "yhteys@example.fi")
    assert client.get("/hallinta/")["Location"].startswith(VERIFY)


def test_the_pages_need_a_staff_login(client):
    for path in [SETUP, VERIFY]:
        assert "/hallinta/login/" in client.get(path)["Location"]


def test_time_drift_of_one_step_is_accepted(client, coordinator):
    password_login(client)
    client.get(SETUP)
    device = TOTPDevice.objects.get(confirmed=False)
    late = code_for(device, later=-1) if time.time() % 30 > 1 else code_for(device)
    assert client.post(SETUP, {"code": late}).status_code == 200
    assert TOTPDevice.objects.filter(confirmed=True).exists()
