"""The admin ownership matrix for partner notices and their replies: a contact of association A
against association B's notices and replies at every admin URL, GET and POST; coordinators see,
edit and moderate all."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from partnership.models import NoticeReply, PartnerNotice
from tests import factories

pytestmark = pytest.mark.django_db

SECRET = "salainen@toinen.example.fi"


@pytest.fixture
def world(make_association, make_partner_notice):
    own = make_association("Oma Kyläyhdistys ry")
    other = make_association("Toinen Kyläyhdistys ry")
    own_notice = make_partner_notice("Oma ilmoitus", association=own, status="draft")
    other_notice = make_partner_notice("Toinen ilmoitus", association=other)
    return {
        "own": own,
        "other": other,
        "own_notice": own_notice,
        "other_notice": other_notice,
        "own_reply": NoticeReply.objects.create(notice=own_notice, message="Oma vastaus",
                                                sender_name="Olli", sender_email="olli@example.fi"),
        "other_reply": NoticeReply.objects.create(notice=other_notice, message="Toinen vastaus",
                                                  sender_name="Tiina", sender_email=SECRET),
    }  # fmt: skip


@pytest.fixture
def contact_client(client, world):
    client.force_login(factories.make_contact(world["own"], email="yhteys@oma.example.fi"))
    return client


def url(name, *args, model="partnernotice"):
    return reverse(f"admin:partnership_{model}_{name}", args=args)


def form_data(notice=None, **changes):
    lahti = factories.Municipality.objects.get(slug="lahti").pk
    data = {
        "title": "Uusi ilmoitus",
        "direction": "etsitaan",
        "kind": "vapaaehtoiset",
        "summary": "Etsimme vapaaehtoisia.",
        "description": "Tarvitsemme viisi vapaaehtoista.",
        "valid_until": (timezone.localdate() + datetime.timedelta(days=20)).strftime("%d.%m.%Y"),
        "municipalities": [lahti],
    }
    if notice is not None:
        data.update(title=notice.title, association=notice.association_id, kind=notice.kind)
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.mark.parametrize(("target", "model"), [("other_notice", "partnernotice"),
                                               ("other_reply", "noticereply")])  # fmt: skip
@pytest.mark.parametrize("view", ["change", "history", "delete"])
def test_others_notices_and_replies_answer_as_missing_ones(contact_client, world, target, model,
                                                           view):  # fmt: skip
    hidden = contact_client.get(url(view, world[target].pk, model=model))
    missing = contact_client.get(url(view, 999_999, model=model))
    assert hidden.status_code == missing.status_code
    assert hidden.status_code in {302, 403, 404}
    if hidden.status_code == 302:
        assert hidden["Location"] == missing["Location"]
    assert SECRET not in hidden.content.decode()


@pytest.mark.parametrize(
    "attempt",
    [
        lambda client, obj: client.post(url("change", obj.pk), form_data(obj, title="Kaapattu")),
        lambda client, obj: client.post(url("delete", obj.pk), {"post": "yes"}),
        lambda client, obj: client.post(
            url("changelist"),
            {"action": "delete_selected", "_selected_action": [obj.pk], "post": "yes"},
        ),
        lambda client, obj: client.post(
            url("changelist"),
            {"action": "moderate_hide", "_selected_action": [obj.pk], "apply": "1"},
        ),
    ],
    ids=["change", "delete", "bulk-delete", "hide"],
)
def test_contact_cannot_touch_others_notices(contact_client, world, attempt):
    obj = world["other_notice"]
    before = PartnerNotice.objects.filter(pk=obj.pk).values().get()
    attempt(contact_client, obj)
    assert PartnerNotice.objects.filter(pk=obj.pk).values().get() == before


def test_contact_cannot_delete_others_replies(contact_client, world):
    reply = world["other_reply"]
    contact_client.post(url("delete", reply.pk, model="noticereply"), {"post": "yes"})
    contact_client.post(url("changelist", model="noticereply"),
                        {"action": "delete_selected", "_selected_action": [reply.pk],
                         "post": "yes"})  # fmt: skip
    assert NoticeReply.objects.filter(pk=reply.pk).exists()


def test_contact_lists_only_their_own(contact_client, world):
    page = contact_client.get(url("changelist")).content.decode()
    assert "Oma ilmoitus" in page and "Toinen ilmoitus" not in page
    replies = contact_client.get(url("changelist", model="noticereply")).content.decode()
    assert "Olli" in replies and "Tiina" not in replies and SECRET not in replies
    assert contact_client.get(url("change", world["own_reply"].pk,
                                  model="noticereply")).status_code == 200  # fmt: skip


def test_contact_cannot_add_a_notice_for_another_association_or_without_one(contact_client,
                                                                           world):  # fmt: skip
    for association in (world["other"].pk, ""):
        response = contact_client.post(url("add"), form_data(association=association))
        assert response.status_code == 200
        assert response.context["adminform"].form.errors["association"]
    assert not PartnerNotice.objects.filter(title="Uusi ilmoitus").exists()


def test_contact_adds_their_own_notice_published_with_their_association(contact_client, world):
    form = contact_client.get(url("add")).context["adminform"].form
    assert list(form.fields["association"].queryset) == [world["own"]]
    assert "slug" not in form.fields
    assert form.initial["valid_until"] > timezone.localdate()
    response = contact_client.post(url("add"), form_data(association=world["own"].pk,
                                                         status="hidden"))  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:3000]
    notice = PartnerNotice.objects.get(title="Uusi ilmoitus")
    assert notice.association == world["own"] and notice.status == "published"


@pytest.mark.parametrize("days", [-1, 200])
def test_the_admin_refuses_a_last_day_out_of_bounds(contact_client, world, days):
    day = timezone.localdate() + datetime.timedelta(days=days)
    data = form_data(association=world["own"].pk, valid_until=day.strftime("%d.%m.%Y"))
    response = contact_client.post(url("add"), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["valid_until"]


def test_contact_edits_their_own_but_not_its_status_nor_moves_it(contact_client, world):
    own = world["own_notice"]
    data = form_data(own, summary="Uusi tiivistelmä", status="published")
    response = contact_client.post(url("change", own.pk), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    own.refresh_from_db()
    assert own.summary == "Uusi tiivistelmä" and own.status == "draft"
    response = contact_client.post(url("change", own.pk),
                                   form_data(own, association=world["other"].pk))  # fmt: skip
    assert response.status_code == 200
    own.refresh_from_db()
    assert own.association == world["own"]


def test_contacts_cannot_add_or_change_replies(contact_client, world):
    assert contact_client.get(url("add", model="noticereply")).status_code == 403
    reply = world["own_reply"]
    contact_client.post(url("change", reply.pk, model="noticereply"),
                        {"message": "Muutettu"})  # fmt: skip
    reply.refresh_from_db()
    assert reply.message == "Oma vastaus"


def test_coordinator_sees_all_and_moderates(client, coordinator, world):
    client.force_login(coordinator)
    page = client.get(url("changelist")).content.decode()
    assert "Oma ilmoitus" in page and "Toinen ilmoitus" in page
    replies = client.get(url("changelist", model="noticereply")).content.decode()
    assert "Olli" in replies and "Tiina" in replies
    other = world["other_notice"]
    client.post(url("changelist"), {"action": "moderate_hide", "_selected_action": [other.pk],
                                    "apply": "1"})  # fmt: skip
    other.refresh_from_db()
    assert other.status == "hidden"
    assert client.get(url("changelist"), {"validity": "expired"}).status_code == 200
