"""Replies to a notice: stored first, then mailed to the association's contacts; the poster's
address never shows; spam, floods and failed mail never lose anything or fail the page."""

import pytest
from django.core import mail
from django.core.mail import EmailMessage

from partnership.models import NoticeReply
from tests import factories

pytestmark = pytest.mark.django_db

SECRET = "sihteeri.salainen@herrala.example.fi"


@pytest.fixture
def notice(make_association, make_partner_notice):
    village = make_association("Herralan Kyläyhdistys ry", municipality="hollola",
                               email="")  # fmt: skip
    factories.make_contact(village, email=SECRET)
    return make_partner_notice("Etsimme vapaaehtoisia kyläjuhlaan", association=village)


def url(notice):
    return notice.get_absolute_url()


def data(**changes):
    return {
        "message": "Voisimme tuoda kymmenen vapaaehtoista kyläjuhlaan.",
        "sender_name": "Outi Esimerkki",
        "association_name": "Hollolan Martat ry",
        "sender_email": "outi@example.fi",
        **changes,
    }


def test_a_reply_is_stored_and_mailed_to_the_contacts(client, now, notice):
    page = client.get(url(notice)).content.decode()
    assert SECRET not in page and "salainen" not in page
    response = client.post(url(notice), data())
    assert response.status_code == 302
    assert response["Location"] == f"{url(notice)}kiitos/"
    reply = NoticeReply.objects.get()
    assert reply.notice == notice and not reply.email_failed
    assert [sent.to for sent in mail.outbox] == [[SECRET]]
    sent = mail.outbox[0]
    assert sent.reply_to == ["outi@example.fi"]
    assert "kymmenen vapaaehtoista" in sent.body and "Etsimme vapaaehtoisia" in sent.subject
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Kiitos vastauksestasi" in thanks.content.decode()
    assert SECRET not in thanks.content.decode()


def test_without_contacts_the_coordinators_get_it(client, now, make_association,
                                                  make_partner_notice, coordinator):  # fmt: skip
    lonely = make_partner_notice("Yksinäinen", association=make_association("Tyhjä ry"))
    client.post(url(lonely), data())
    assert [sent.to for sent in mail.outbox] == [["coordinator@example.fi"]]


def test_a_failed_mail_keeps_the_reply_and_flags_it(client, now, notice, monkeypatch):
    def fail(self, fail_silently=False):
        raise ConnectionRefusedError("SMTP down")

    monkeypatch.setattr(EmailMessage, "send", fail)
    response = client.post(url(notice), data())
    assert response["Location"] == f"{url(notice)}kiitos/"
    assert NoticeReply.objects.get().email_failed


def test_the_honeypot_stores_and_sends_nothing(client, now, notice):
    response = client.post(url(notice), data(fax="http://spam.example"))
    assert response["Location"] == f"{url(notice)}kiitos/"
    assert not NoticeReply.objects.exists() and not mail.outbox


@pytest.mark.parametrize(
    "changes",
    [{"message": ""}, {"sender_email": "ei-osoite"}, {"sender_name": "Outi\x00"},
     {"message": "x" * 3001}, {"sender_name": "Rivi\nvaihto"}],
)  # fmt: skip
def test_bad_input_shows_the_errors_and_stores_nothing(client, now, notice, changes):
    response = client.post(url(notice), data(**changes))
    assert response.status_code == 200
    assert 'id="error-summary"' in response.content.decode()
    assert not NoticeReply.objects.exists() and not mail.outbox


def test_the_rate_limit_answers_with_a_message_not_an_error(client, now, notice):
    for _number in range(5):
        assert client.post(url(notice), data()).status_code == 302
    response = client.post(url(notice), data())
    assert response.status_code == 429
    assert "Liian monta viestiä" in response.content.decode()
    assert NoticeReply.objects.count() == 5


def test_replies_to_one_notice_are_limited_from_any_address(client, now, notice):
    for number in range(20):
        response = client.post(url(notice), data(), REMOTE_ADDR=f"10.0.0.{number + 1}")
        assert response.status_code == 302
    assert client.post(url(notice), data(), REMOTE_ADDR="10.0.1.1").status_code == 429
    assert NoticeReply.objects.count() == 20


def test_an_expired_notice_takes_no_replies(client, now, notice):
    from tests.partnership.conftest import NOW

    notice.valid_until = NOW.date()
    notice.save()
    now(NOW.replace(day=3, hour=0, minute=0))
    assert client.post(url(notice), data()).status_code == 410
    assert client.get(f"{url(notice)}kiitos/").status_code == 410
    assert not NoticeReply.objects.exists()


def test_a_replier_can_see_and_erase_their_replies(notice):
    from accounts.personal_data import person_erase, person_export

    NoticeReply.objects.create(notice=notice, message="Tulemme mukaan.", sender_name="Outi",
                               sender_email="Outi@Example.fi")  # fmt: skip
    data = person_export(email="outi@example.fi")
    assert data["notice_replies"][0]["message"] == "Tulemme mukaan."
    assert data["notice_replies"][0]["association"] == "Herralan Kyläyhdistys ry"
    assert person_erase(email="outi@example.fi").notice_replies == 1
    assert not NoticeReply.objects.exists()
    assert not person_export(email="outi@example.fi")["notice_replies"]
