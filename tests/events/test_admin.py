"""Events in the admin: a contact of association A against association B's events at every
admin URL, GET and POST; publication on save; the copy action."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.roles import CONTACTS
from directory.models import Membership
from events.models import Event
from taxonomy.models import Municipality, Theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def own(make_association):
    return make_association("Oma Yhdistys ry")


@pytest.fixture
def other(make_association):
    return make_association("Toinen Yhdistys ry")


@pytest.fixture
def own_event(make_event, own):
    return make_event("Oma tapahtuma", association=own)


@pytest.fixture
def other_event(make_event, other):
    return make_event("Toisen salainen tapahtuma", association=other, status="draft")


@pytest.fixture
def forum_event(make_event):
    return make_event("Foorumin tapahtuma", association=None)


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
    return reverse(f"admin:events_event_{name}", args=args)


def form_data(association, **changes):
    data = {
        "association": association.pk if association else "",
        "title": "Uusi tapahtuma",
        "slug": "uusi-tapahtuma",
        "summary": "Tervetuloa!",
        "description": "",
        "start_0": "2026-12-05",
        "start_1": "18:00",
        "end_0": "2026-12-05",
        "end_1": "20:00",
        "attendance_mode": "place",
        "place_name": "Seurantalo",
        "municipality": Municipality.objects.get(slug="lahti").pk,
        "is_free": "on",
        "event_status": "scheduled",
        "themes": [Theme.objects.get(slug="mielen-hyvinvointi").pk],
    }
    data.update(changes)
    return data


def test_contact_lists_only_their_own_events(contact_client, own_event, other_event, forum_event):
    page = contact_client.get(admin_url("changelist")).content.decode()
    assert own_event.title in page
    assert other_event.title not in page and forum_event.title not in page


@pytest.mark.parametrize("view", ["change", "delete", "history"])
def test_contact_cannot_open_another_associations_event(contact_client, other_event, forum_event,
                                                        view):  # fmt: skip
    for event in (other_event, forum_event):
        response = contact_client.get(admin_url(view, event.pk))
        assert response.status_code in (302, 403, 404)
        if response.status_code == 302:
            page = contact_client.get(response["Location"]).content.decode()
            assert event.title not in page


def test_contact_cannot_change_or_delete_another_associations_event_by_post(
    contact_client, other, other_event
):
    contact_client.post(admin_url("change", other_event.pk), form_data(other, title="Kaapattu"))
    contact_client.post(admin_url("delete", other_event.pk), {"post": "yes"})
    contact_client.post(
        admin_url("changelist"),
        {"action": "delete_selected", "_selected_action": [other_event.pk], "post": "yes"},
    )
    other_event.refresh_from_db()
    assert other_event.title == "Toisen salainen tapahtuma"


def test_contact_cannot_copy_another_associations_event(contact_client, other_event):
    contact_client.post(
        admin_url("changelist"), {"action": "copy_events", "_selected_action": [other_event.pk]}
    )
    assert Event.objects.count() == 1


def test_association_choices_are_the_contacts_own(contact_client, own, other):
    form = contact_client.get(admin_url("add")).context["adminform"].form
    assert list(form.fields["association"].queryset) == [own]
    assert form.fields["association"].required


def test_tampering_the_association_id_is_refused(contact_client, other):
    response = contact_client.post(admin_url("add"), form_data(other))
    assert response.status_code == 200
    assert "association" in response.context["adminform"].form.errors
    assert not Event.objects.exists()
    # Nor may a contact make a forum event by leaving the organiser out.
    response = contact_client.post(admin_url("add"), form_data(None))
    assert "association" in response.context["adminform"].form.errors
    assert not Event.objects.exists()


def test_contacts_event_of_a_published_association_publishes_at_once(contact_client, own):
    response = contact_client.post(admin_url("add"), form_data(own, status="draft"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    event = Event.objects.get()
    assert event.association == own
    assert event.status == Event.Status.PUBLISHED
    assert event.is_published()


def test_contacts_event_of_an_unpublished_association_waits(contact_client, own):
    own.status = "pending"
    own.save()
    contact_client.post(admin_url("add"), form_data(own))
    assert Event.objects.get().status == Event.Status.PENDING


def test_contact_cannot_unhide_by_tampering(contact_client, own, make_event):
    hidden = make_event("Piilotettu", association=own, status="hidden")
    data = form_data(own, title="Muokattu", slug=hidden.slug, status="published")
    assert contact_client.post(admin_url("change", hidden.pk), data).status_code == 302
    hidden.refresh_from_db()
    assert hidden.title == "Muokattu" and hidden.status == Event.Status.HIDDEN


def test_end_before_start_is_an_error_in_the_form(contact_client, own):
    response = contact_client.post(admin_url("add"), form_data(own, end_1="17:00"))
    assert "end" in response.context["adminform"].form.errors


def test_coordinator_sees_all_hides_and_makes_forum_events(client, coordinator, own_event,
                                                           other_event):  # fmt: skip
    client.force_login(coordinator)
    page = client.get(admin_url("changelist")).content.decode()
    assert own_event.title in page and other_event.title in page
    data = form_data(own_event.association, title=own_event.title, slug=own_event.slug,
                     status="hidden")  # fmt: skip
    assert client.post(admin_url("change", own_event.pk), data).status_code == 302
    own_event.refresh_from_db()
    assert own_event.status == Event.Status.HIDDEN
    response = client.post(admin_url("add"), form_data(None, slug="foorumi", status="published"))
    assert response.status_code == 302
    assert Event.objects.get(slug="foorumi").association is None


def test_copy_action_repeats_an_event_a_week_later(contact_client, own_event):
    own_event.themes.add(Theme.objects.get(slug="arjen-turvallisuus"))
    response = contact_client.post(
        admin_url("changelist"), {"action": "copy_events", "_selected_action": [own_event.pk]}
    )
    assert response.status_code == 302
    copy = Event.objects.exclude(pk=own_event.pk).get()
    assert copy.start - own_event.start == __import__("datetime").timedelta(days=7)
    assert copy.association == own_event.association
    assert list(copy.themes.all()) == list(own_event.themes.all())
    assert copy.slug != own_event.slug and copy.sequence == 0
    assert copy.status == Event.Status.PUBLISHED
