import re

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db

LOGIN = "/hallinta/login/?next=/hallinta/"


def login(client, email, password):
    return client.post(LOGIN, {"username": email, "password": password})


def test_repeated_failed_logins_lock_the_account_out(client, coordinator):
    for _ in range(4):
        assert login(client, "coordinator@example.fi", "väärä").status_code == 200
    assert login(client, "coordinator@example.fi", "väärä").status_code == 429
    response = login(client, "coordinator@example.fi", "correct horse battery")
    assert response.status_code == 429
    assert "Liian monta" in response.content.decode()
    assert client.get("/hallinta/").status_code == 302


def test_lockout_is_per_username(client, coordinator, make_user):
    make_user(email="toinen@example.fi", is_staff=True)
    for _ in range(5):
        login(client, "coordinator@example.fi", "väärä")
    assert login(client, "toinen@example.fi", "correct horse battery").status_code == 302


def test_password_reset_by_email(client, coordinator):
    page = client.get("/hallinta/login/").content.decode()
    assert 'href="/hallinta/salasana/"' in page
    response = client.post("/hallinta/salasana/", {"email": "coordinator@example.fi"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://testserver(/hallinta/salasana/\S+/)", mail.outbox[0].body).group(1)
    response = client.get(link)
    assert response.status_code == 302  # Django swaps the token for a session and redirects
    form_url = response["Location"]
    new_password = "uusi salasana 2026 kevät"
    response = client.post(form_url, {"new_password1": new_password, "new_password2": new_password})
    assert response.status_code == 302
    assert login(client, "coordinator@example.fi", new_password).status_code == 302
    # The link works once.
    assert "set-password" not in client.get(link).get("Location", "")


def test_password_reset_for_unknown_address_sends_nothing(client):
    response = client.post("/hallinta/salasana/", {"email": "ei-ole@example.fi"})
    assert response.status_code == 302
    assert mail.outbox == []
