"""The permission matrix: a contact of association A against association B at every admin URL.

A contact's rights come only from a confirmed membership; coordinators see everything.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.roles import CONTACTS
from directory.models import Association, Membership

pytestmark = pytest.mark.django_db


@pytest.fixture
def own(make_association):
    return make_association("Oma Yhdistys ry", status="pending", themes=["arjen-turvallisuus"])


@pytest.fixture
def other(make_association):
    return make_association(
        "Toinen Yhdistys ry", status="draft", email="salainen@toinen.example.fi"
    )


@pytest.fixture
def contact(make_user, own):
    user = make_user(email="yhteys@oma.example.fi", is_staff=True)
    user.groups.add(Group.objects.get(name=CONTACTS))
    Membership.objects.create(user=user, association=own)
    return user


@pytest.fixture
def contact_client(client, contact):
    client.force_login(contact)
    return client


def admin_url(name, *args):
    return reverse(f"admin:directory_association_{name}", args=args)


def form_data(association, **changes):
    """What the change form posts for an association, as a contact sees it."""
    data = {
        "name": association.name,
        "kind": association.kind,
        "short_description": association.short_description,
        "description": association.description,
        "home_municipality": association.home_municipality_id,
        "operating_municipalities": list(
            association.operating_municipalities.values_list("pk", flat=True)
        ),
        "themes": list(association.themes.values_list("pk", flat=True)),
        "email": association.email,
        "memberships-TOTAL_FORMS": 0,
        "memberships-INITIAL_FORMS": 0,
    }
    data.update(changes)
    return data


def test_contact_lists_only_their_own_association(contact_client, own, other):
    response = contact_client.get(admin_url("changelist"))
    assert response.status_code == 200
    page = response.content.decode()
    assert own.name in page and other.name not in page


def test_contact_cannot_open_another_association(contact_client, other):
    response = contact_client.get(admin_url("change", other.pk))
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")
    page = contact_client.get(response["Location"]).content.decode()
    assert other.name not in page and "salainen@" not in page


def test_existence_of_another_association_is_not_revealed(contact_client, own, other):
    missing = contact_client.get(admin_url("change", 999_999))
    hidden = contact_client.get(admin_url("change", other.pk))
    assert missing.status_code == hidden.status_code == 302
    assert missing["Location"] == hidden["Location"]
    # Contacts delete nothing, so every delete page is refused alike.
    for pk in (own.pk, other.pk, 999_999):
        assert contact_client.get(admin_url("delete", pk)).status_code == 403


def test_contact_cannot_change_another_association_by_post(contact_client, other):
    response = contact_client.post(admin_url("change", other.pk), form_data(other, name="Kaapattu"))
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.name == "Toinen Yhdistys ry"


def test_contact_cannot_delete_any_association(contact_client, own, other):
    for association in (own, other):
        contact_client.post(admin_url("delete", association.pk), {"post": "yes"})
    response = contact_client.post(
        admin_url("changelist"),
        {"action": "delete_selected", "_selected_action": [own.pk, other.pk], "post": "yes"},
    )
    assert response.status_code in {200, 302}
    assert Association.objects.filter(pk__in=[own.pk, other.pk]).count() == 2


def test_contact_cannot_add_associations(contact_client):
    assert contact_client.get(admin_url("add")).status_code == 403


def test_contact_edits_their_own_association(contact_client, own):
    response = contact_client.post(
        admin_url("change", own.pk), form_data(own, email="info@oma.example.fi")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    own.refresh_from_db()
    assert own.email == "info@oma.example.fi"


def test_contact_cannot_publish_or_verify_by_tampering(contact_client, own, other):
    data = form_data(
        own,
        status="published",
        slug="uusi-osoite",
        verified_at_0="1.1.2026",
        verified_at_1="12:00:00",
        verified_by=1,
    )
    assert contact_client.post(admin_url("change", own.pk), data).status_code == 302
    own.refresh_from_db()
    assert own.status == "pending" and own.slug == "oma-yhdistys-ry"
    assert own.verified_at is None and own.verified_by is None
    # Moving the form at another association's id does not reach it either.
    contact_client.post(admin_url("change", other.pk), form_data(own, name="Kaapattu"))
    other.refresh_from_db()
    assert other.name == "Toinen Yhdistys ry"


def test_unconfirmed_membership_gives_no_rights(client, contact, own):
    Membership.objects.filter(user=contact).update(confirmed=False)
    client.force_login(contact)
    assert own.name not in client.get(admin_url("changelist")).content.decode()
    assert client.get(admin_url("change", own.pk)).status_code == 302


@pytest.mark.parametrize(
    "url",
    [
        "/hallinta/accounts/user/",
        "/hallinta/accounts/user/add/",
        "/hallinta/auth/group/",
        "/hallinta/taxonomy/theme/",
        "/hallinta/pages/page/",
        "/hallinta/directory/membership/",
        "/hallinta/directory/membership/add/",
    ],
)
def test_contact_cannot_open_other_admins(contact_client, url):
    assert contact_client.get(url).status_code == 403


def test_contact_cannot_grant_themselves_rights(contact_client, contact):
    url = reverse("admin:accounts_user_change", args=[contact.pk])
    response = contact_client.post(url, {"email": contact.email, "is_superuser": "on"})
    assert response.status_code == 403
    contact.refresh_from_db()
    assert not contact.is_superuser


def test_autocomplete_reveals_nothing_to_a_contact(contact_client, own, other):
    # Django answers from the association admin's scoped queryset, so only their own shows.
    response = contact_client.get(
        "/hallinta/autocomplete/",
        {
            "app_label": "directory",
            "model_name": "membership",
            "field_name": "association",
            "term": "Yhdistys",
        },
    )
    assert response.status_code in {200, 403}
    assert "Toinen" not in response.content.decode()


def test_staff_without_membership_sees_no_association(client, make_user, own):
    user = make_user(email="muu@example.fi", is_staff=True)
    user.groups.add(Group.objects.get(name=CONTACTS))
    client.force_login(user)
    assert own.name not in client.get(admin_url("changelist")).content.decode()


def test_non_staff_cannot_enter_the_admin(client, make_user):
    client.force_login(make_user(email="asukas@example.fi"))
    assert client.get(admin_url("changelist")).status_code == 302


def test_coordinator_sees_and_edits_everything(client, coordinator, own, other):
    client.force_login(coordinator)
    page = client.get(admin_url("changelist"), {"status": "all"}).content.decode()
    assert own.name in page and other.name in page
    assert client.get(admin_url("change", other.pk)).status_code == 200
    data = form_data(other, status="published", slug=other.slug)
    assert client.post(admin_url("change", other.pk), data).status_code == 302
    other.refresh_from_db()
    assert other.status == "published"


def test_editable_by_is_the_single_rule(contact, coordinator, own, other, make_user):
    assert list(Association.objects.editable_by(contact)) == [own]
    assert set(Association.objects.editable_by(coordinator)) == {own, other}
    assert not Association.objects.editable_by(make_user(email="x@example.fi")).exists()
    assert own.can_be_edited_by(contact) and not other.can_be_edited_by(contact)
