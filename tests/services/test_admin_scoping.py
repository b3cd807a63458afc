"""The permission matrix for services: a contact of association A against association B's
services at every admin URL; coordinators see and publish everything."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.roles import CONTACTS
from directory.models import Membership
from services.models import Service

pytestmark = pytest.mark.django_db


@pytest.fixture
def own(make_association):
    return make_association("Oma Yhdistys ry")


@pytest.fixture
def other(make_association):
    return make_association("Toinen Yhdistys ry")


@pytest.fixture
def own_service(make_service, own):
    return make_service("Oma ryhmä", association=own, status="draft")


@pytest.fixture
def other_service(make_service, other):
    return make_service(
        "Toisen ryhmä",
        association=other,
        status="draft",
        contact_email="salainen@toinen.example.fi",
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
    return reverse(f"admin:services_service_{name}", args=args)


def form_data(service=None, **changes):
    data = {
        "title": "Uusi ryhmä",
        "slug": "uusi-ryhma",
        "kind": "vertaistuki",
        "short_description": "Kokoontuu tiistaisin.",
        "description": "",
        "joining": "tule-paikalle",
    }
    if service is not None:
        data.update(
            association=service.association_id,
            title=service.title,
            slug=service.slug,
            kind=service.kind,
            short_description=service.short_description,
            joining=service.joining,
        )
    data.update(changes)
    return data


def test_contact_lists_only_their_own_services(contact_client, own_service, other_service):
    response = contact_client.get(admin_url("changelist"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Oma ryhmä" in page and "Toisen ryhmä" not in page


@pytest.mark.parametrize("view", ["change", "history", "delete"])
def test_another_associations_service_answers_as_a_missing_one(contact_client, other_service, view):
    hidden = contact_client.get(admin_url(view, other_service.pk))
    missing = contact_client.get(admin_url(view, 999_999))
    assert hidden.status_code == missing.status_code
    assert hidden.status_code in {302, 403, 404}
    if hidden.status_code == 302:
        assert hidden["Location"] == missing["Location"]
    assert "salainen@" not in hidden.content.decode()


def test_contact_cannot_change_or_delete_another_associations_service(
    contact_client, other_service
):
    data = form_data(other_service, title="Kaapattu")
    contact_client.post(admin_url("change", other_service.pk), data)
    contact_client.post(admin_url("delete", other_service.pk), {"post": "yes"})
    contact_client.post(
        admin_url("changelist"),
        {"action": "delete_selected", "_selected_action": [other_service.pk], "post": "yes"},
    )
    other_service.refresh_from_db()
    assert other_service.title == "Toisen ryhmä"


def test_contact_cannot_add_a_service_to_another_association(contact_client, other):
    response = contact_client.post(admin_url("add"), form_data(association=other.pk))
    assert response.status_code == 200  # the form again, with an error
    assert response.context["adminform"].form.errors["association"]
    assert not Service.objects.filter(slug="uusi-ryhma").exists()


def test_association_choices_are_only_their_own(contact_client, own, other):
    form = contact_client.get(admin_url("add")).context["adminform"].form
    assert list(form.fields["association"].queryset) == [own]


def test_contact_adds_a_service_which_awaits_review(contact_client, own):
    response = contact_client.post(
        admin_url("add"), form_data(association=own.pk, status="published")
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    service = Service.objects.get(slug="uusi-ryhma")
    assert service.association == own
    assert service.status == "pending"


def test_contact_edits_their_own_service_but_not_its_status(contact_client, own_service):
    data = form_data(own_service, schedule="tiistaisin klo 18", status="published")
    response = contact_client.post(admin_url("change", own_service.pk), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    own_service.refresh_from_db()
    assert own_service.schedule == "tiistaisin klo 18"
    assert own_service.status == "draft"


def test_contact_cannot_move_their_service_to_another_association(
    contact_client, own_service, other
):
    data = form_data(own_service, association=other.pk)
    response = contact_client.post(admin_url("change", own_service.pk), data)
    assert response.status_code == 200
    own_service.refresh_from_db()
    assert own_service.association_id != other.pk


def test_contact_deletes_their_own_service(contact_client, own_service):
    response = contact_client.post(admin_url("delete", own_service.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not Service.objects.filter(pk=own_service.pk).exists()


def test_contact_has_no_publish_action(contact_client, own_service):
    response = contact_client.post(
        admin_url("changelist"),
        {"action": "moderate_publish", "_selected_action": [own_service.pk], "apply": "1"},
    )
    own_service.refresh_from_db()
    assert own_service.status == "draft"
    assert response.status_code in {200, 302}


def test_unconfirmed_membership_gives_no_rights(client, contact, own_service):
    Membership.objects.filter(user=contact).update(confirmed=False)
    client.force_login(contact)
    assert "Oma ryhmä" not in client.get(admin_url("changelist")).content.decode()
    assert client.get(admin_url("change", own_service.pk)).status_code == 302


def test_coordinator_sees_filters_and_publishes(client, coordinator, own_service, other_service):
    client.force_login(coordinator)
    response = client.get(admin_url("changelist"))
    page = response.content.decode()
    assert "Oma ryhmä" in page and "Toisen ryhmä" in page
    filters = {getattr(spec, "field_path", None) for spec in response.context["cl"].filter_specs}
    assert {"kind", "themes", "municipalities"} <= filters
    client.post(
        admin_url("changelist"),
        {
            "action": "moderate_publish",
            "_selected_action": [own_service.pk, other_service.pk],
            "apply": "1",
        },
    )
    assert set(Service.objects.values_list("status", flat=True)) == {"published"}


def test_coordinator_must_name_a_provider(client, coordinator):
    client.force_login(coordinator)
    response = client.post(admin_url("add"), form_data(association=""))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["association"]


def test_editable_by_is_the_single_rule(contact, coordinator, own_service, other_service):
    assert list(Service.objects.editable_by(contact)) == [own_service]
    assert set(Service.objects.editable_by(coordinator)) == {own_service, other_service}
