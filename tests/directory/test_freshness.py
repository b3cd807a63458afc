"""Keeping information current: the confirm button, the public notice and the reminders."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts.roles import CONTACTS
from directory.models import Association, Membership

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - days * DAY


def age(association: Association, *, created: int, verified: int | None = None) -> Association:
    """Set when the association was created and confirmed, `created`/`verified` days ago."""
    Association.objects.filter(pk=association.pk).update(
        created_at=days_ago(created),
        verified_at=days_ago(verified) if verified is not None else None,
    )
    association.refresh_from_db()
    return association


@pytest.fixture
def own(make_association):
    return make_association("Oma Yhdistys ry")


@pytest.fixture
def other(make_association):
    return make_association("Toinen Yhdistys ry")


@pytest.fixture
def make_contact(make_user):
    def make(association, email, *, confirmed=True):
        user = make_user(email=email, is_staff=True)
        user.groups.add(Group.objects.get(name=CONTACTS))
        Membership.objects.create(user=user, association=association, confirmed=confirmed)
        return user

    return make


@pytest.fixture
def contact(make_contact, own):
    return make_contact(own, "yhteys@oma.example.fi")


def confirm_url(association_or_pk) -> str:
    pk = getattr(association_or_pk, "pk", association_or_pk)
    return reverse("admin:directory_association_confirm", args=[pk])


def change_url(association) -> str:
    return reverse("admin:directory_association_change", args=[association.pk])


# --- The confirm button ---------------------------------------------------------------------


def test_change_form_shows_the_confirm_button(client, contact, own):
    client.force_login(contact)
    page = client.get(change_url(own)).content.decode()
    assert f'action="{confirm_url(own)}"' in page
    assert 'id="confirm-current"' in page


def test_contact_confirms_their_association(client, contact, own):
    age(own, created=400)
    updated_at = own.updated_at
    client.force_login(contact)
    response = client.post(confirm_url(own), follow=True)
    assert response.redirect_chain == [(change_url(own), 302)]
    own.refresh_from_db()
    assert own.verified_by == contact
    assert timezone.now() - own.verified_at < datetime.timedelta(minutes=1)
    assert own.updated_at == updated_at  # nothing else changed
    assert [m.level_tag for m in response.context["messages"]] == ["success"]
    # The public profile shows the date at once.
    profile = client.get(own.get_absolute_url()).content.decode()
    assert timezone.localdate().strftime("%-d.%-m.%Y") in profile
    assert 'id="stale-notice"' not in profile


def test_coordinator_confirms_any_association(client, coordinator, other):
    client.force_login(coordinator)
    assert client.post(confirm_url(other)).status_code == 302
    other.refresh_from_db()
    assert other.verified_by == coordinator


def test_another_association_answers_as_a_missing_one(client, contact, own, other):
    client.force_login(contact)
    missing = client.post(confirm_url(999_999))
    hidden = client.post(confirm_url(other))
    assert missing.status_code == hidden.status_code == 302
    assert missing["Location"] == hidden["Location"] == reverse("admin:index")
    other.refresh_from_db()
    assert other.verified_at is None and other.verified_by is None
    assert other.name not in client.get(hidden["Location"]).content.decode()


def test_unconfirmed_membership_cannot_confirm(client, make_contact, own):
    user = make_contact(own, "odottaa@oma.example.fi", confirmed=False)
    client.force_login(user)
    assert client.post(confirm_url(own))["Location"] == reverse("admin:index")
    own.refresh_from_db()
    assert own.verified_at is None


def test_confirm_is_post_only(client, contact, own):
    client.force_login(contact)
    assert client.get(confirm_url(own)).status_code == 405
    own.refresh_from_db()
    assert own.verified_at is None


def test_confirm_needs_a_csrf_token(contact, own):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(contact)
    assert client.post(confirm_url(own)).status_code == 403
    own.refresh_from_db()
    assert own.verified_at is None


def test_anonymous_visitor_is_sent_to_the_login(client, own):
    response = client.post(confirm_url(own))
    assert response.status_code == 302 and "/login/" in response["Location"]
    own.refresh_from_db()
    assert own.verified_at is None


# --- The public notice ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("created", "verified", "shown"),
    [
        (10, None, False),  # new
        (400, 30, False),  # confirmed recently
        (400, None, True),  # never confirmed, created over a year ago
        (800, 366, True),  # last confirmed over a year ago
        (800, 364, False),
    ],
)
def test_notice_on_a_profile_not_confirmed_for_a_year(client, own, created, verified, shown):
    age(own, created=created, verified=verified)
    page = client.get(own.get_absolute_url()).content.decode()
    assert ('id="stale-notice"' in page) is shown
    assert own.confirmation_overdue is shown


# --- Reminders ------------------------------------------------------------------------------


def send_reminders(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("send_freshness_reminders", *args, stdout=out)
    return out.getvalue()


def test_reminder_at_eleven_months_then_twelve_each_once(own, contact):
    age(own, created=500, verified=340)
    send_reminders()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["yhteys@oma.example.fi"]
    assert "Oma Yhdistys ry" in message.subject
    assert f"http://127.0.0.1:8000{change_url(own)}" in message.body
    own.refresh_from_db()
    assert own.freshness_reminder_level == 11

    send_reminders()  # the next day's run
    assert len(mail.outbox) == 1

    age(own, created=500, verified=370)  # a month later
    send_reminders()
    assert len(mail.outbox) == 2
    assert mail.outbox[1].subject != mail.outbox[0].subject
    own.refresh_from_db()
    assert own.freshness_reminder_level == 12

    send_reminders()
    assert len(mail.outbox) == 2


def test_reminder_counts_from_creation_when_never_confirmed(own, contact):
    age(own, created=366)
    output = send_reminders()
    assert len(mail.outbox) == 1  # only the 12-month one, not both at once
    own.refresh_from_db()
    assert own.freshness_reminder_level == 12
    assert "Reminders: 1 sent (0 at 11 months, 1 at 12 months), 0 failed" in output


def test_reminder_links_to_the_configured_site(settings, own, contact):
    settings.SITE_URL = "https://paijathamalaiset.fi/"
    age(own, created=400)
    send_reminders()
    assert f"https://paijathamalaiset.fi{change_url(own)}" in mail.outbox[0].body


def test_recently_confirmed_gets_nothing(own, contact):
    age(own, created=800, verified=300)
    send_reminders()
    assert mail.outbox == []


@pytest.mark.parametrize("status", ["draft", "pending", "hidden"])
def test_unpublished_association_gets_nothing(make_association, make_contact, status):
    association = make_association("Piilossa ry", status=status)
    make_contact(association, "piilo@example.fi")
    age(association, created=800)
    send_reminders()
    assert mail.outbox == []


def test_only_confirmed_active_contacts_are_reminded(make_contact, make_user, own):
    make_contact(own, "yhteys@oma.example.fi")
    make_contact(own, "odottaa@oma.example.fi", confirmed=False)
    gone = make_contact(own, "lahtenyt@oma.example.fi")
    gone.is_active = False
    gone.save()
    age(own, created=800)
    send_reminders()
    assert [message.to for message in mail.outbox] == [["yhteys@oma.example.fi"]]


def test_unconfirmed_membership_only_gets_nothing(make_contact, own):
    make_contact(own, "odottaa@oma.example.fi", confirmed=False)
    age(own, created=800)
    output = send_reminders()
    assert mail.outbox == []
    assert "due without contacts: 1." in output
    own.refresh_from_db()
    assert own.freshness_reminder_level == 0  # a contact added later is still reminded


def test_confirming_resets_the_reminders(client, own, contact):
    age(own, created=800, verified=370)
    send_reminders()
    assert len(mail.outbox) == 1
    client.force_login(contact)
    client.post(confirm_url(own))
    own.refresh_from_db()
    assert own.freshness_reminder_level == 0 and own.freshness_reminded_at is None

    send_reminders()  # freshly confirmed: nothing due
    assert len(mail.outbox) == 1

    # A year on, the reminders come again.
    Association.objects.filter(pk=own.pk).update(verified_at=days_ago(340))
    send_reminders()
    assert len(mail.outbox) == 2


def test_confirmation_set_elsewhere_also_restarts_the_reminders(own, contact):
    # The 12-month reminder went out 345 days ago; five days later a coordinator set the
    # confirmation date in the admin form, which leaves the reminder level as it was.
    age(own, created=800, verified=340)
    Association.objects.filter(pk=own.pk).update(
        freshness_reminder_level=12, freshness_reminded_at=days_ago(345)
    )
    send_reminders()
    assert len(mail.outbox) == 1
    own.refresh_from_db()
    assert own.freshness_reminder_level == 11


def test_dry_run_lists_and_sends_nothing(own, contact):
    age(own, created=800)
    output = send_reminders("--dry-run")
    assert "12-month reminder" in output and "yhteys@oma.example.fi" in output
    assert mail.outbox == []
    own.refresh_from_db()
    assert own.freshness_reminder_level == 0


def test_failed_reminder_is_retried_next_time(monkeypatch, own, contact):
    from django.core.mail import EmailMessage
    from django.core.management.base import CommandError

    age(own, created=800)

    def fail(self, fail_silently=False):
        raise OSError("SMTP down")

    with monkeypatch.context() as patched:
        patched.setattr(EmailMessage, "send", fail)
        with pytest.raises(CommandError, match="1 failed"):
            send_reminders()
    own.refresh_from_db()
    assert own.freshness_reminder_level == 0
    send_reminders()
    assert len(mail.outbox) == 1
