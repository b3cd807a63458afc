"""Issue #15: a person's data can be exported and erased, audit history included."""

import io
import json

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command

from accounts.personal_data import person_erase, person_export
from directory.models import Association, ErrorReport, Membership, Registration

pytestmark = pytest.mark.django_db


@pytest.fixture
def person(make_user, make_association):
    """A contact who registered an association, edited it, confirmed it and sent a report."""
    user = make_user(email="maija@example.fi", first_name="Maija", last_name="Meikäläinen")
    association = make_association("Padasjoen Pelimannit ry", email="maija@example.fi")
    Membership.objects.create(user=user, association=association)
    Registration.objects.create(
        association=association,
        contact_name="Maija Meikäläinen",
        contact_email="maija@example.fi",
        consent_at="2026-01-01T10:00:00Z",
    )
    other = make_association("Toinen ry")
    ErrorReport.objects.create(
        association=other, message="Puhelinnumero vaihtunut", reporter_email="Maija@Example.fi"
    )
    association.short_description = "Maijan muokkaama kuvaus."
    association._history_user = user
    association.verified_by = user
    association.verified_at = "2026-02-01T10:00:00Z"
    association.save()
    AccessAttempt.objects.create(
        username="maija@example.fi", ip_address="192.0.2.1", user_agent="x", failures_since_start=1
    )
    return user


def test_export_has_everything_stored_about_the_person(person):
    data = person_export(email="MAIJA@example.fi")
    assert data["account"]["first_name"] == "Maija"
    assert [m["association"] for m in data["memberships"]] == ["Padasjoen Pelimannit ry"]
    assert data["registrations"][0]["contact_name"] == "Maija Meikäläinen"
    assert data["error_reports"][0]["message"] == "Puhelinnumero vaihtunut"
    assert any(entry["change"] == "changed" for entry in data["history"])
    assert data["confirmed_associations"][0]["association"] == "Padasjoen Pelimannit ry"
    assert data["logins"][0]["ip_address"] == "192.0.2.1"
    assert data["public_contact_address_of"] == ["association: Padasjoen Pelimannit ry"]
    json.dumps(data)  # JSON-ready


def test_erase_forgets_the_person_and_keeps_the_associations_records(person):
    association = Association.objects.get(name="Padasjoen Pelimannit ry")
    history_before = association.history.count()

    result = person_erase(email="maija@example.fi")

    assert result.account_deleted and result.memberships == 1 and result.history_entries >= 1
    assert not Membership.objects.exists()
    registration = Registration.objects.get()
    assert registration.contact_email == "" and registration.contact_name == ""
    assert ErrorReport.objects.get().reporter_email == ""
    assert not AccessAttempt.objects.exists()
    # The association and its history stay; the history no longer names the person.
    association.refresh_from_db()
    assert association.verified_by is None and association.verified_at is not None
    assert association.history.count() == history_before
    assert not association.history.filter(history_user__isnull=False).exists()
    assert not association.history.filter(verified_by_id__isnull=False).exists()
    # What is left is only what the association publishes, listed for a coordinator.
    assert result.still_public == ["association: Padasjoen Pelimannit ry"]
    after = person_export(email="maija@example.fi")
    assert "account" not in after and not after["registrations"] and not after["error_reports"]


def test_the_command_exports_and_erases(person):
    out = io.StringIO()
    call_command("personal_data", "export", "maija@example.fi", stdout=out)
    assert json.loads(out.getvalue())["account"]["email"] == "maija@example.fi"
    call_command("personal_data", "erase", "maija@example.fi", "--yes", stdout=io.StringIO())
    assert not Membership.objects.exists()


def test_a_coordinator_exports_and_erases_in_the_admin(client, coordinator, person):
    client.force_login(coordinator)
    changelist = "/hallinta/accounts/user/"
    response = client.post(
        changelist, {"action": "export_personal_data", "_selected_action": [person.pk]}
    )
    assert response.status_code == 200
    assert json.loads(response.content)["maija@example.fi"]["account"]["last_name"] == "Meikäläinen"
    confirm = client.post(
        changelist, {"action": "erase_personal_data", "_selected_action": [person.pk]}
    )
    assert confirm.status_code == 200 and "maija@example.fi" in confirm.content.decode()
    assert Membership.objects.exists()  # nothing yet
    response = client.post(
        changelist,
        {"action": "erase_personal_data", "_selected_action": [person.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert not Membership.objects.exists()
    assert Registration.objects.get().contact_email == ""


def test_a_coordinator_cannot_erase_a_superuser(client, coordinator, django_user_model):
    root = django_user_model.objects.create_superuser(email="root@example.fi", password="x" * 20)
    client.force_login(coordinator)
    response = client.post(
        "/hallinta/accounts/user/",
        {"action": "erase_personal_data", "_selected_action": [root.pk], "post": "yes"},
    )
    assert response.status_code == 403
    assert django_user_model.objects.filter(pk=root.pk).exists()


def test_the_privacy_notice_states_the_retention_of_backups_and_history(client):
    page = client.get("/tietosuoja/").content.decode()
    assert "Varmuuskopiot" in page and "Muutoshistoria" in page
    assert "Backups" in client.get("/en/tietosuoja/").content.decode()
