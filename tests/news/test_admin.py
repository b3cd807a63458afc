"""Contacts write news only for their own associations; coordinators see and moderate all."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from accounts.roles import CONTACTS
from directory.models import Membership
from news.models import NewsItem
from tests.directory.test_images import image_bytes

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"admin:news_newsitem_{name}", args=args)


@pytest.fixture
def own(make_association):
    return make_association("Oma Yhdistys ry")


@pytest.fixture
def other(make_association):
    return make_association("Toinen Yhdistys ry")


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


@pytest.fixture
def own_item(make_news, own):
    return make_news("Oma uutinen", association=own)


@pytest.fixture
def other_item(make_news, other):
    return make_news("Toisen salainen luonnos", association=other, status="draft")


@pytest.fixture
def forum_item(make_news):
    return make_news("Foorumin uutinen")


def form_data(association, **changes):
    now = timezone.localtime()
    data = {
        "kind": "tiedote",
        "association": association.pk if association else "",
        "title": "Uusi tiedote",
        "slug": "uusi-tiedote",
        "lead": "Lyhyesti.",
        "body": "Teksti.",
        "publish_time_0": now.strftime("%d.%m.%Y"),
        "publish_time_1": now.strftime("%H:%M:%S"),
        "image_alt": "",
    }
    data.update(changes)
    return data


def test_contact_lists_only_their_own_news(contact_client, own_item, other_item, forum_item):
    page = contact_client.get(url("changelist")).content.decode()
    assert own_item.title in page
    assert other_item.title not in page and forum_item.title not in page
    assert "Toinen Yhdistys ry" not in page  # not even in the association filter


@pytest.mark.parametrize("view", ["change", "history", "delete"])
def test_contact_cannot_open_others_news(contact_client, other_item, forum_item, view):
    for item in (other_item, forum_item):
        response = contact_client.get(url(view, item.pk))
        missing = contact_client.get(url(view, 999_999))
        assert response.status_code == missing.status_code
        assert response.status_code in {302, 403}
        assert item.title not in response.content.decode()


def test_contact_writes_news_for_their_association(contact_client, own):
    response = contact_client.post(url("add"), form_data(own))
    assert response.status_code == 302, response.content.decode()[:3000]
    item = NewsItem.objects.get(slug="uusi-tiedote")
    assert item.association == own
    assert item.status == "published"  # publishes at its publish time, no review needed
    assert item.is_published()


def test_contact_cannot_write_for_another_association(contact_client, other):
    response = contact_client.post(url("add"), form_data(other))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["association"]
    assert not NewsItem.objects.filter(slug="uusi-tiedote").exists()


def test_contact_cannot_write_forum_news(contact_client):
    response = contact_client.post(url("add"), form_data(None))
    assert response.status_code == 200
    assert "association" in response.context["adminform"].form.errors
    assert not NewsItem.objects.exists()


def test_contact_cannot_move_their_item_to_another_association(contact_client, own_item, other):
    data = form_data(other, title="Siirretty", slug=own_item.slug)
    response = contact_client.post(url("change", own_item.pk), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["association"]
    own_item.refresh_from_db()
    assert own_item.association_id != other.pk and own_item.title == "Oma uutinen"


def test_contact_cannot_change_others_news_by_post(contact_client, own, other_item):
    contact_client.post(url("change", other_item.pk), form_data(own, title="Kaapattu"))
    contact_client.post(url("delete", other_item.pk), {"post": "yes"})
    other_item.refresh_from_db()
    assert other_item.title == "Toisen salainen luonnos"


def test_contact_cannot_change_the_status(contact_client, own, own_item):
    data = form_data(own, slug=own_item.slug, status="hidden", title="Muokattu")
    assert contact_client.post(url("change", own_item.pk), data).status_code == 302
    own_item.refresh_from_db()
    assert own_item.title == "Muokattu" and own_item.status == "published"


def test_contact_has_no_hide_action(contact_client, own_item):
    response = contact_client.post(
        url("changelist"),
        {"action": "moderate_hide", "_selected_action": [own_item.pk], "apply": "1"},
    )
    own_item.refresh_from_db()
    assert own_item.status == "published"
    assert response.status_code in {200, 302}


def test_image_needs_alt_text(client, coordinator, own):
    client.force_login(coordinator)
    upload = SimpleUploadedFile("kuva.png", image_bytes(), content_type="image/png")
    response = client.post(url("add"), {**form_data(own), "image": upload})
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["image_alt"]


def test_coordinator_sees_everything_filters_and_hides(
    client, coordinator, own_item, other_item, forum_item
):
    client.force_login(coordinator)
    page = client.get(url("changelist")).content.decode()
    assert all(item.title in page for item in (own_item, other_item, forum_item))
    filtered = client.get(
        url("changelist"),
        {"kind__exact": "uutinen", "association__id__exact": own_item.association_id},
    )
    assert filtered.status_code == 200
    assert list(filtered.context["cl"].result_list) == [own_item]
    client.post(
        url("changelist"),
        {"action": "moderate_hide", "_selected_action": [own_item.pk], "apply": "1"},
    )
    own_item.refresh_from_db()
    assert own_item.status == "hidden" and not own_item.is_published()


def test_coordinator_writes_forum_news(client, coordinator):
    client.force_login(coordinator)
    response = client.post(url("add"), form_data(None, status="published"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert NewsItem.objects.get(slug="uusi-tiedote").association is None


def test_contact_writes_a_joint_statement_answering_a_consultation(contact_client, own, other,
                                                                   make_consultation):  # fmt: skip
    consultation = make_consultation("Liikuntaohjelma")
    data = form_data(own, kind="lausunto", answers=consultation.pk, co_signers=[other.pk])
    response = contact_client.post(url("add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    item = NewsItem.objects.get(slug="uusi-tiedote")
    assert item.answers == consultation and list(item.co_signers.all()) == [other]


@pytest.mark.parametrize("field", ["answers", "co_signers"])
def test_only_statements_answer_consultations_and_have_co_signers(
    contact_client, own, other, make_consultation, field
):
    consultation = make_consultation("Liikuntaohjelma")
    value = consultation.pk if field == "answers" else [other.pk]
    response = contact_client.post(url("add"), form_data(own, kind="tiedote", **{field: value}))
    assert response.status_code == 200
    assert field in response.context["adminform"].form.errors
    assert not NewsItem.objects.exists()


def test_contact_cannot_link_an_unpublished_consultation(contact_client, own, make_consultation):
    draft = make_consultation("Luonnos", status="draft")
    response = contact_client.post(url("add"), form_data(own, kind="lausunto", answers=draft.pk))
    assert response.status_code == 200
    assert "answers" in response.context["adminform"].form.errors
