"""The "Kysy tai ehdota" form: stored first, then mailed to the contact person and the
coordinators; spam, floods and bad input never lose or duplicate anything."""

import pytest
from django.core import mail
from django.core.mail import EmailMessage

from conditions.models import DialogueMessage

pytestmark = pytest.mark.django_db

GENERAL = "/toimintaedellytykset/kysy/"
THANKS = "/toimintaedellytykset/kysy/kiitos/"


@pytest.fixture
def person(make_contact_person):
    return make_contact_person("Anni Kokeilu", email="anni.kokeilu@lahti.example.fi")


def personal_url(person):
    return f"/yhteyshenkilot/{person.slug}/kysy/"


def data(**changes):
    return {
        "kind": "ehdotus",
        "message": "Voisiko kunnan tiloja saada yhdistyksille maksutta iltaisin?",
        "sender_name": "Outi Esimerkki",
        "association_name": "Herralan Kyläyhdistys ry",
        "sender_email": "outi@example.fi",
        **changes,
    }


def test_a_proposal_to_a_contact_person_is_stored_and_mailed(client, person, coordinator):
    page = client.get(personal_url(person)).content.decode()
    assert "Anni Kokeilu" in page and 'name="contact_person"' not in page
    response = client.post(personal_url(person), data())
    assert response.status_code == 302 and response["Location"] == THANKS
    message = DialogueMessage.objects.get()
    assert message.contact_person == person and message.kind == "ehdotus"
    assert not message.email_failed
    recipients = sorted(tuple(sent.to) for sent in mail.outbox)
    assert recipients == [("anni.kokeilu@lahti.example.fi",), ("coordinator@example.fi",)]
    for sent in mail.outbox:
        assert sent.reply_to == ["outi@example.fi"]
        assert "maksutta iltaisin" in sent.body
    assert "Ehdotus" in mail.outbox[0].subject
    assert client.get(THANKS).status_code == 200


def test_the_general_form_chooses_a_person_or_the_forum(client, person, coordinator):
    page = client.get(GENERAL).content.decode()
    assert "Anni Kokeilu, järjestökoordinaattori (Lahti)" in page
    client.post(GENERAL, data(contact_person=person.pk))
    client.post(GENERAL, data(contact_person="", kind="kysymys"))
    to_forum = DialogueMessage.objects.get(contact_person__isnull=True)
    assert to_forum.kind == "kysymys"
    assert [tuple(sent.to) for sent in mail.outbox[-1:]] == [("coordinator@example.fi",)]


def test_a_failed_mail_keeps_the_message_and_flags_it(client, person, coordinator, monkeypatch):
    def fail(self, fail_silently=False):
        raise ConnectionRefusedError("SMTP down")

    monkeypatch.setattr(EmailMessage, "send", fail)
    response = client.post(personal_url(person), data())
    assert response["Location"] == THANKS
    assert DialogueMessage.objects.get().email_failed


def test_the_honeypot_stores_and_sends_nothing(client, person, coordinator):
    response = client.post(personal_url(person), data(fax="http://spam.example"))
    assert response["Location"] == THANKS
    assert not DialogueMessage.objects.exists() and not mail.outbox


@pytest.mark.parametrize(
    "changes",
    [{"message": ""}, {"sender_email": "ei-osoite"}, {"sender_name": ""}, {"kind": "vaatimus"},
     {"message": "x" * 3001}, {"contact_person": "999999"}, {"contact_person": "abc"}],
)  # fmt: skip
def test_bad_input_shows_the_form_again(client, person, changes):
    response = client.post(GENERAL, data(**changes))
    assert response.status_code == 200
    assert 'id="error-summary"' in response.content.decode()
    assert not DialogueMessage.objects.exists()


def test_an_unpublished_or_unconsenting_person_cannot_be_written_to(client, make_contact_person):
    draft = make_contact_person("Luonnos Henkilö", status="draft")
    no_consent = make_contact_person("Ei Suostumusta", consent=False)
    for hidden in (draft, no_consent):
        assert client.get(personal_url(hidden)).status_code == 404
        assert client.post(personal_url(hidden), data()).status_code == 404
        response = client.post(GENERAL, data(contact_person=hidden.pk))
        assert response.status_code == 200  # not a valid choice
    assert not DialogueMessage.objects.exists()


def test_five_an_hour_from_one_address(client, person):
    for _ in range(5):
        assert client.post(GENERAL, data(contact_person="")).status_code == 302
    response = client.post(GENERAL, data(contact_person=""))
    assert response.status_code == 429
    assert "Liian monta viestiä" in response.content.decode()
    assert DialogueMessage.objects.count() == 5


def test_twenty_an_hour_to_one_person_from_any_address(client, person):
    for number in range(20):
        response = client.post(personal_url(person), data(), REMOTE_ADDR=f"10.0.0.{number}")
        assert response.status_code == 302
    response = client.post(personal_url(person), data(), REMOTE_ADDR="10.0.1.1")
    assert response.status_code == 429
    assert DialogueMessage.objects.count() == 20


def test_a_sender_can_see_and_erase_their_questions(person):
    from accounts.personal_data import person_erase, person_export

    DialogueMessage.objects.create(contact_person=person, message="Mistä saisi tilan?",
                                   sender_name="Outi", sender_email="Outi@Example.fi")  # fmt: skip
    data = person_export(email="outi@example.fi")
    assert data["dialogue_messages"][0]["message"] == "Mistä saisi tilan?"
    assert data["dialogue_messages"][0]["to"] == str(person)
    assert person_erase(email="outi@example.fi").dialogue_messages == 1
    assert not DialogueMessage.objects.exists()
    assert not person_export(email="outi@example.fi")["dialogue_messages"]
