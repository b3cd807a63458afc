"""The admin ownership matrix for operating conditions: a contact of association A against
association B's premises (and the municipality's) at every admin URL, GET and POST; the
coordinators' own types closed to contacts; coordinators see and edit all.

Parametrised like the project's other matrices, so it can join `tests/admin/` when that lands."""

import pytest
from django.urls import reverse

from conditions.models import Premises
from tests import factories

pytestmark = pytest.mark.django_db

SECRET = "salainen@toinen.example.fi"


@pytest.fixture
def world(make_association, make_premises):
    own = make_association("Oma Kyläyhdistys ry")
    other = make_association("Toinen Kyläyhdistys ry")
    return {
        "own": own,
        "other": other,
        "own_premises": make_premises("Oma kylätalo", association=own, status="draft"),
        "other_premises": make_premises(
            "Toinen kylätalo", association=other, status="draft", booking_email=SECRET
        ),
        "municipal_premises": make_premises("Kunnan sali", booking_email=SECRET),
    }


@pytest.fixture
def contact_client(client, world):
    client.force_login(factories.make_contact(world["own"], email="yhteys@oma.example.fi"))
    return client


def url(name, *args, model="premises"):
    return reverse(f"admin:conditions_{model}_{name}", args=args)


def form_data(premises=None, **changes):
    data = {
        "name": "Uusi tila",
        "short_description": "Kokoushuone.",
        "municipality": factories.Municipality.objects.get(slug="lahti").pk,
        "street_address": "Kylätie 2",
        "capacity": "30",
        "is_free": "on",
        "booking_email": "varaus@example.fi",
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "8",
    }
    if premises is not None:
        data.update(
            name=premises.name,
            association=premises.association_id or "",
            street_address=premises.street_address,
            capacity=str(premises.capacity),
        )
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.mark.parametrize("target", ["other_premises", "municipal_premises"])
@pytest.mark.parametrize("view", ["change", "history", "delete"])
def test_others_premises_answer_as_missing_ones(contact_client, world, target, view):
    hidden = contact_client.get(url(view, world[target].pk))
    missing = contact_client.get(url(view, 999_999))
    assert hidden.status_code == missing.status_code
    assert hidden.status_code in {302, 403, 404}
    if hidden.status_code == 302:
        assert hidden["Location"] == missing["Location"]
    assert SECRET not in hidden.content.decode()


@pytest.mark.parametrize("target", ["other_premises", "municipal_premises"])
@pytest.mark.parametrize(
    "attempt",
    [
        lambda client, obj: client.post(url("change", obj.pk), form_data(obj, name="Kaapattu")),
        lambda client, obj: client.post(url("delete", obj.pk), {"post": "yes"}),
        lambda client, obj: client.post(
            url("changelist"),
            {"action": "delete_selected", "_selected_action": [obj.pk], "post": "yes"},
        ),
        lambda client, obj: client.post(
            url("changelist"),
            {"action": "moderate_publish", "_selected_action": [obj.pk], "apply": "1"},
        ),
    ],
    ids=["change", "delete", "bulk-delete", "publish"],
)
def test_contact_cannot_touch_others_premises(contact_client, world, target, attempt):
    obj = world[target]
    before = Premises.objects.filter(pk=obj.pk).values().get()
    attempt(contact_client, obj)
    assert Premises.objects.filter(pk=obj.pk).values().get() == before


def test_contact_lists_only_their_own(contact_client, world):
    page = contact_client.get(url("changelist")).content.decode()
    assert "Oma kylätalo" in page
    assert "Toinen kylätalo" not in page and "Kunnan sali" not in page


def test_contact_cannot_add_premises_for_another_association_or_without_one(contact_client, world):
    for association in (world["other"].pk, ""):
        response = contact_client.post(url("add"), form_data(association=association))
        assert response.status_code == 200
        assert response.context["adminform"].form.errors["association"]
    assert not Premises.objects.filter(name="Uusi tila").exists()


def test_contact_adds_their_own_premises_published_with_their_association(contact_client, world):
    form = contact_client.get(url("add")).context["adminform"].form
    assert list(form.fields["association"].queryset) == [world["own"]]
    assert "owner_kind" not in form.fields and "slug" not in form.fields
    response = contact_client.post(url("add"), form_data(association=world["own"].pk,
                                                         status="hidden"))  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:3000]
    premises = Premises.objects.get(name="Uusi tila")
    assert premises.association == world["own"]
    assert premises.owner_kind == "yhdistys"
    assert premises.status == "published"  # its association is published


def test_contact_edits_their_own_but_not_its_status_nor_moves_it(contact_client, world):
    own = world["own_premises"]
    data = form_data(own, capacity="55", status="published")
    response = contact_client.post(url("change", own.pk), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    own.refresh_from_db()
    assert own.capacity == 55 and own.status == "draft"
    response = contact_client.post(url("change", own.pk),
                                   form_data(own, association=world["other"].pk))  # fmt: skip
    assert response.status_code == 200
    own.refresh_from_db()
    assert own.association == world["own"]


@pytest.mark.parametrize("model", ["grantcall", "contactperson", "dialoguemessage"])
@pytest.mark.parametrize("view", ["changelist", "add"])
def test_contacts_have_no_access_to_the_coordinators_types(contact_client, model, view):
    assert contact_client.get(url(view, model=model)).status_code == 403


def test_unconfirmed_membership_gives_no_rights(client, world):
    user = factories.make_contact(world["own"], email="uusi@oma.example.fi")
    user.memberships.update(confirmed=False)
    client.force_login(user)
    assert "Oma kylätalo" not in client.get(url("changelist")).content.decode()


def test_coordinator_sees_all_and_adds_municipal_premises(client, coordinator, world):
    client.force_login(coordinator)
    page = client.get(url("changelist")).content.decode()
    assert all(name in page for name in ("Oma kylätalo", "Toinen kylätalo", "Kunnan sali"))
    response = client.post(url("add"), form_data(owner_kind="kunta", owner_name="Hollolan kunta",
                                                 slug="uusi-tila", status="published"))  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:3000]
    premises = Premises.objects.get(slug="uusi-tila")
    assert premises.association is None and premises.status == "published"
    for model in ("grantcall", "contactperson", "dialoguemessage"):
        assert client.get(url("changelist", model=model)).status_code == 200
