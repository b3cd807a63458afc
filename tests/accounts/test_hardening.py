"""Issue #15: the lockout ignores the address's spelling, coordinators cannot take over
superusers, password resets are rate limited, and logins land in the admin."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from accounts.roles import COORDINATORS

pytestmark = pytest.mark.django_db

LOGIN = "/hallinta/login/?next=/hallinta/"


def login(client, email, password, **extra):
    return client.post(LOGIN, {"username": email, "password": password}, **extra)


@pytest.mark.parametrize("spelling", ["Coordinator@Example.fi", " COORDINATOR@example.fi "])
def test_a_locked_out_address_stays_locked_in_any_letter_case(client, coordinator, spelling):
    for _ in range(5):
        login(client, "coordinator@example.fi", "väärä")
    response = login(client, spelling, "correct horse battery")
    assert response.status_code == 429
    assert client.get("/hallinta/").status_code == 302  # not logged in


def test_failures_in_different_spellings_add_up(client, coordinator):
    for spelling in ["a", "b", "c", "d", "e"]:
        email = "coordinator@example.fi" if spelling in "ace" else "COORDINATOR@EXAMPLE.FI"
        login(client, email, f"väärä-{spelling}")
    assert login(client, "coordinator@example.fi", "correct horse battery").status_code == 429


def test_login_works_in_any_letter_case(client, coordinator):
    response = login(client, "Coordinator@EXAMPLE.fi", "correct horse battery")
    assert response.status_code == 302


def test_an_unsafe_next_lands_in_the_admin(client, coordinator):
    response = client.post(
        "/hallinta/login/?next=https://evil.example/",
        {"username": "coordinator@example.fi", "password": "correct horse battery"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/hallinta/"


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(
        email="root@example.fi", password="superuser password 2026"
    )


def test_a_coordinator_cannot_change_or_delete_a_superuser(client, coordinator, superuser):
    client.force_login(coordinator)
    change = f"/hallinta/accounts/user/{superuser.pk}/change/"
    page = client.get(change)
    assert page.status_code == 200  # they may look
    assert 'name="email"' not in page.content.decode()  # but the form is read-only
    response = client.post(
        change, {"email": "attacker@example.fi", "is_active": "", "first_name": "", "last_name": ""}
    )
    assert response.status_code == 403
    password = f"/hallinta/accounts/user/{superuser.pk}/password/"
    assert client.get(password).status_code == 403
    response = client.post(
        password, {"password1": "taken over 2026!", "password2": "taken over 2026!"}
    )
    assert response.status_code == 403
    assert (
        client.post(f"/hallinta/accounts/user/{superuser.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
    response = client.post(
        "/hallinta/accounts/user/",
        {"action": "delete_selected", "_selected_action": [superuser.pk], "post": "yes"},
    )
    assert response.status_code == 403
    superuser.refresh_from_db()
    assert superuser.email == "root@example.fi" and superuser.is_active
    assert superuser.check_password("superuser password 2026")


def test_a_coordinator_cannot_set_another_coordinators_password(client, coordinator, make_user):
    other = make_user(email="toinen@example.fi", is_staff=True)
    other.groups.add(Group.objects.get(name=COORDINATORS))
    contact = make_user(email="yhteys@example.fi", is_staff=True)
    client.force_login(coordinator)
    data = {"password1": "taken over 2026!", "password2": "taken over 2026!"}
    assert client.post(f"/hallinta/accounts/user/{other.pk}/password/", data).status_code == 403
    # A contact's password (e.g. for someone without e-mail) and their own still work.
    assert client.post(f"/hallinta/accounts/user/{contact.pk}/password/", data).status_code == 302
    own = client.post(f"/hallinta/accounts/user/{coordinator.pk}/password/", data)
    assert own.status_code == 302


def test_a_superuser_can_still_change_a_superuser(client, superuser, django_user_model):
    other = django_user_model.objects.create_superuser(email="root2@example.fi", password="x" * 20)
    client.force_login(superuser)
    data = {"password1": "new super pass 2026", "password2": "new super pass 2026"}
    assert client.post(f"/hallinta/accounts/user/{other.pk}/password/", data).status_code == 302


def test_password_reset_is_rate_limited_per_address(client, coordinator):
    statuses = [
        client.post("/hallinta/salasana/", {"email": "coordinator@example.fi"}).status_code
        for _ in range(9)
    ]
    assert len(mail.outbox) == 3  # at most three links an hour to one address
    assert statuses[:5] == [302] * 5  # the visitor cannot tell sent from held back
    assert statuses[5:] == [429] * 4  # and one client may ask five times an hour
    other_client = client.post(
        "/hallinta/salasana/", {"email": "coordinator@example.fi"}, REMOTE_ADDR="192.0.2.7"
    )
    assert other_client.status_code == 302
    assert len(mail.outbox) == 3


def test_password_reset_rate_limit_ignores_letter_case(client, coordinator):
    for spelling in ["coordinator@example.fi", "Coordinator@example.fi", "COORDINATOR@example.fi"]:
        client.post("/hallinta/salasana/", {"email": spelling}, REMOTE_ADDR="192.0.2.8")
    client.post("/hallinta/salasana/", {"email": "Coordinator@Example.FI"}, REMOTE_ADDR="192.0.2.9")
    assert len(mail.outbox) == 3
