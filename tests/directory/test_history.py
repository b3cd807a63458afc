"""The audit trail (django-simple-history), scoped per object like the rest of the admin."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.roles import CONTACTS
from directory.models import Association, Membership

pytestmark = pytest.mark.django_db


@pytest.fixture
def own(make_association):
    return make_association("Oma Yhdistys ry", email="vanha@oma.example.fi")


@pytest.fixture
def other(make_association):
    return make_association("Toinen Yhdistys ry", status="draft")


@pytest.fixture
def contact(make_user, own):
    user = make_user(email="yhteys@oma.example.fi", is_staff=True)
    user.groups.add(Group.objects.get(name=CONTACTS))
    Membership.objects.create(user=user, association=own)
    return user


def change_form(association, **changes):
    data = {
        "name": association.name,
        "kind": association.kind,
        "short_description": association.short_description,
        "home_municipality": association.home_municipality_id,
        "operating_municipalities": list(
            association.operating_municipalities.values_list("pk", flat=True)
        ),
        "email": association.email,
        "memberships-TOTAL_FORMS": 0,
        "memberships-INITIAL_FORMS": 0,
    }
    return {**data, **changes}


def history_url(association_or_pk):
    pk = getattr(association_or_pk, "pk", association_or_pk)
    return reverse("admin:directory_association_history", args=[pk])


def test_every_change_is_recorded_with_who_and_what(client, contact, own):
    client.force_login(contact)
    url = reverse("admin:directory_association_change", args=[own.pk])
    response = client.post(url, change_form(own, email="uusi@oma.example.fi"))
    assert response.status_code == 302
    latest = own.history.latest()
    assert latest.history_user == contact
    previous = latest.prev_record
    changed = {change.field for change in latest.diff_against(previous).changes}
    assert "email" in changed
    page = client.get(history_url(own)).content.decode()
    assert "uusi@oma.example.fi" in page or "email" in page.lower()
    assert contact.email in page


def test_contact_sees_only_their_own_history(client, contact, own, other):
    client.force_login(contact)
    assert client.get(history_url(own)).status_code == 200
    hidden = client.get(history_url(other))
    missing = client.get(history_url(999_999))
    assert hidden.status_code == missing.status_code == 404
    version = other.history.latest().history_id
    url = reverse("admin:directory_association_simple_history", args=[other.pk, version])
    assert client.get(url).status_code == 404
    assert client.post(url, change_form(other, name="Kaapattu")).status_code == 404
    other.refresh_from_db()
    assert other.name == "Toinen Yhdistys ry"


def test_only_coordinators_revert(client, contact, coordinator, own):
    own.email = "muutettu@oma.example.fi"
    own.save()
    first = own.history.earliest()
    url = reverse("admin:directory_association_simple_history", args=[own.pk, first.history_id])

    client.force_login(contact)
    assert client.post(url, change_form(own, email=first.email)).status_code == 403
    own.refresh_from_db()
    assert own.email == "muutettu@oma.example.fi"

    client.force_login(coordinator)
    assert client.get(url).status_code == 200
    response = client.post(url, change_form(own, email=first.email, status="published",
                                            slug=own.slug))  # fmt: skip
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.email == "vanha@oma.example.fi"
    assert Association.objects.get(pk=own.pk).history.count() >= 3
