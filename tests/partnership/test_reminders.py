"""The reminder a week before a notice ends (once, however often the command runs) and the
one-click extension its link offers (a confirm page on GET, the change on POST, once)."""

import datetime
import io
import re
import time

import pytest
from django.core import mail, signing
from django.core.mail import EmailMessage
from django.core.management import CommandError, call_command
from django.utils import timezone

from partnership.models import PartnerNotice, add_months
from partnership.services import extend_token
from tests import factories

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
CONTACT = "yhteys@herrala.example.fi"


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def village(make_association):
    village = make_association("Herralan Kyläyhdistys ry", municipality="hollola")
    factories.make_contact(village, email=CONTACT)
    return village


@pytest.fixture
def ending(village, make_partner_notice, today):
    return make_partner_notice("Etsimme puhujaa", association=village, kind="osaaminen",
                               valid_until=today + 7 * DAY)  # fmt: skip


def run():
    call_command("send_notice_reminders", stdout=io.StringIO())


def extend_path(notice) -> str:
    return f"/yhteistyo/jatka/{extend_token(notice)}/"


def test_the_owner_is_reminded_once_a_week_before(ending, village, make_partner_notice, today):
    make_partner_notice("Kauan voimassa", association=village, valid_until=today + 8 * DAY)
    make_partner_notice("Luonnos", association=village, status="draft",
                        valid_until=today + 3 * DAY)  # fmt: skip
    make_partner_notice("Jo päättynyt", association=village, valid_until=today - DAY)
    run()
    run()
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == [CONTACT]
    assert "Etsimme puhujaa" in sent.subject and "viikon" in sent.subject
    link = re.search(r"http://\S+/yhteistyo/jatka/\S+/", sent.body).group(0)
    assert link.startswith("http://")
    ending.refresh_from_db()
    assert ending.reminded_for == ending.valid_until


def test_a_failed_reminder_is_tried_again(ending, monkeypatch):
    def fail(self, fail_silently=False):
        raise ConnectionRefusedError("SMTP down")

    monkeypatch.setattr(EmailMessage, "send", fail)
    with pytest.raises(CommandError):
        run()
    ending.refresh_from_db()
    assert ending.reminded_for is None
    monkeypatch.undo()
    run()
    assert len(mail.outbox) == 1


def test_the_extend_link_confirms_on_get_and_extends_once_on_post(client, ending, today):
    path = extend_path(ending)
    page = client.get(path)
    assert page.status_code == 200
    assert 'id="extend-button"' in page.content.decode()
    ending.refresh_from_db()
    assert ending.valid_until == today + 7 * DAY  # a GET changes nothing
    response = client.post(path)
    assert response.status_code == 200
    ending.refresh_from_db()
    assert ending.valid_until == today + 37 * DAY
    assert "Ilmoitusta jatkettiin" in response.content.decode()
    again = client.post(path)
    assert again.status_code == 409
    assert "Ilmoitusta on jo jatkettu" in again.content.decode()
    ending.refresh_from_db()
    assert ending.valid_until == today + 37 * DAY
    # A new last day brings a new reminder when its week comes.
    assert client.get(path).status_code == 409


def test_an_extension_never_goes_beyond_six_months(client, village, make_partner_notice, today):
    far = make_partner_notice("Pitkä", association=village,
                              valid_until=add_months(today, 6) - 5 * DAY)  # fmt: skip
    client.post(extend_path(far))
    far.refresh_from_db()
    assert far.valid_until == add_months(today, 6)


def test_an_expired_notice_is_extended_from_today(client, village, make_partner_notice, today):
    past = make_partner_notice("Päättynyt", association=village, valid_until=today - 3 * DAY)
    client.post(extend_path(past))
    past.refresh_from_db()
    assert past.valid_until == today + 30 * DAY


def test_an_old_link_is_refused_clearly(client, ending, monkeypatch):
    old = time.time() - 31 * 24 * 3600
    monkeypatch.setattr("django.core.signing.time.time", lambda: old)
    token = extend_token(ending)
    monkeypatch.undo()
    for response in (client.get(f"/yhteistyo/jatka/{token}/"),
                     client.post(f"/yhteistyo/jatka/{token}/")):  # fmt: skip
        assert response.status_code == 410
        assert "Linkki on vanhentunut" in response.content.decode()
    before = ending.valid_until
    ending.refresh_from_db()
    assert ending.valid_until == before


@pytest.mark.parametrize(
    "token",
    ["forged", "eyJuIjoxfQ:1v:abc",
     signing.dumps({"n": 1, "v": "2027-01-01"}, salt="toinen"),
     signing.dumps({"n": "1", "v": "x"}, salt="partnership.extend"),
     signing.dumps({"n": 999999, "v": "2027-01-01"}, salt="partnership.extend")],
    # Signed tokens carry a timestamp: fixed ids keep the parallel workers' collections equal.
    ids=["forged", "broken", "other-salt", "bad-values", "no-such-notice"],
)  # fmt: skip
def test_a_forged_or_broken_link_is_refused_clearly(client, ending, token):
    for response in (client.get(f"/yhteistyo/jatka/{token}/"),
                     client.post(f"/yhteistyo/jatka/{token}/")):  # fmt: skip
        assert response.status_code in {400, 404}
        assert "Linkki ei toimi" in response.content.decode()
    assert PartnerNotice.objects.get(pk=ending.pk).valid_until == ending.valid_until


def test_a_token_for_another_notice_changes_only_that_one(client, ending, village,
                                                          make_partner_notice, today):  # fmt: skip
    other = make_partner_notice("Toinen", association=village, valid_until=today + 2 * DAY)
    client.post(extend_path(other))
    ending.refresh_from_db()
    assert ending.valid_until == today + 7 * DAY
