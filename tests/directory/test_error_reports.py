"""Visitors' "report outdated or wrong information" form and the coordinators' admin for it."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.mail import EmailMessage
from django.urls import reverse

from accounts.roles import CONTACTS
from directory.models import ErrorReport, Membership
from directory.views import ERROR_REPORTS_PER_ADDRESS_PER_HOUR

pytestmark = pytest.mark.django_db

MESSAGE = "Puhelinnumero on vaihtunut, uusi on 040 765 4321."


@pytest.fixture
def association(make_association):
    return make_association("Hollolan Kyläyhdistys ry", municipality="hollola")


@pytest.fixture
def contact(make_user, association):
    user = make_user(email="yhteys@kyla.example.fi", is_staff=True)
    user.groups.add(Group.objects.get(name=CONTACTS))
    Membership.objects.create(user=user, association=association)
    return user


def report_url(association) -> str:
    return reverse("directory:error-report", kwargs={"slug": association.slug})


def thanks_url(association) -> str:
    return reverse("directory:error-report-thanks", kwargs={"slug": association.slug})


def test_profile_links_to_the_form(client, association):
    page = client.get(association.get_absolute_url()).content.decode()
    assert f'href="{report_url(association)}"' in page
    assert report_url(association) == "/yhdistykset/hollolan-kylayhdistys-ry/ilmoita-virheesta/"


def test_form_is_accessible_markup(client, association):
    response = client.get(report_url(association))
    assert response.status_code == 200
    page = response.content.decode()
    assert '<label for="id_message"' in page and '<label for="id_reporter_email"' in page
    assert 'aria-describedby="id_message_helptext"' in page
    assert '<div class="visually-hidden" aria-hidden="true">' in page
    assert 'tabindex="-1"' in page and 'autocomplete="off"' in page
    assert "style=" not in page and "<script>" not in page


def test_report_is_stored_and_mailed(client, association, contact, coordinator, make_user):
    make_user(email="eikoordinaattori@example.fi")  # neither contact nor coordinator
    response = client.post(
        report_url(association), {"message": MESSAGE, "reporter_email": "asukas@example.fi"}
    )
    assert response.status_code == 302
    assert response["Location"] == thanks_url(association)
    report = ErrorReport.objects.get()
    assert report.association == association
    assert report.message == MESSAGE
    assert report.reporter_email == "asukas@example.fi"
    assert not report.handled and not report.email_failed

    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == ["coordinator@example.fi", "yhteys@kyla.example.fi"]
    for message in mail.outbox:
        assert MESSAGE in message.body
        assert "Hollolan Kyläyhdistys ry" in message.subject
        assert message.reply_to == ["asukas@example.fi"]
    to_coordinators = next(m for m in mail.outbox if m.to == ["coordinator@example.fi"])
    assert reverse("admin:directory_errorreport_change", args=[report.pk]) in to_coordinators.body

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert association.get_absolute_url() in thanks.content.decode()


def test_reporter_email_is_optional(client, association, contact):
    response = client.post(report_url(association), {"message": MESSAGE})
    assert response.status_code == 302
    assert ErrorReport.objects.get().reporter_email == ""
    assert mail.outbox[0].reply_to == []


def test_honeypot_stores_nothing_but_looks_the_same(client, association, contact):
    response = client.post(
        report_url(association), {"message": MESSAGE, "fax": "https://spam.example"}
    )
    assert response.status_code == 302
    assert response["Location"] == thanks_url(association)
    assert not ErrorReport.objects.exists()
    assert mail.outbox == []


def test_rate_limit_per_address(client, association, make_association):
    for _ in range(ERROR_REPORTS_PER_ADDRESS_PER_HOUR):
        assert client.post(report_url(association), {"message": MESSAGE}).status_code == 302
    response = client.post(report_url(association), {"message": MESSAGE})
    assert response.status_code == 429
    assert "mailto:" in response.content.decode()
    # The limit is the address's, whichever association it reports on.
    elsewhere = make_association("Toinen ry")
    assert client.post(report_url(elsewhere), {"message": MESSAGE}).status_code == 429
    assert ErrorReport.objects.count() == ERROR_REPORTS_PER_ADDRESS_PER_HOUR
    # Another address is not affected.
    other = client.post(report_url(association), {"message": MESSAGE}, REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302


def test_rate_limit_per_association(client, association, monkeypatch):
    import directory.views

    monkeypatch.setattr(directory.views, "ERROR_REPORTS_PER_ASSOCIATION_PER_HOUR", 2)
    for number in range(2):
        address = f"192.0.2.{number + 1}"
        response = client.post(report_url(association), {"message": MESSAGE}, REMOTE_ADDR=address)
        assert response.status_code == 302
    response = client.post(report_url(association), {"message": MESSAGE}, REMOTE_ADDR="192.0.2.9")
    assert response.status_code == 429
    assert ErrorReport.objects.count() == 2


def test_mail_failure_keeps_the_report(
    client, association, contact, coordinator, monkeypatch, caplog
):
    def fail(self, fail_silently=False):
        raise ConnectionRefusedError("SMTP down")

    monkeypatch.setattr(EmailMessage, "send", fail)
    response = client.post(report_url(association), {"message": MESSAGE})
    assert response.status_code == 302
    assert response["Location"] == thanks_url(association)
    report = ErrorReport.objects.get()
    assert report.email_failed
    assert "Could not e-mail error report" in caplog.text


@pytest.mark.parametrize("status", ["draft", "pending", "hidden"])
def test_unpublished_association_is_not_found(client, make_association, status):
    hidden = make_association("Piilossa ry", status=status)
    assert client.get(report_url(hidden)).status_code == 404
    assert client.post(report_url(hidden), {"message": MESSAGE}).status_code == 404
    assert client.get(thanks_url(hidden)).status_code == 404
    assert not ErrorReport.objects.exists()


def test_missing_association_is_not_found(client):
    assert client.get("/yhdistykset/ei-ole/ilmoita-virheesta/").status_code == 404


@pytest.mark.parametrize(
    "data",
    [
        {"message": ""},
        {"message": "   "},
        {"message": "x" * 10_000},
        {"message": "Väärä\x00osoite"},
        {"message": MESSAGE, "reporter_email": "ei-osoite"},
        {"message": MESSAGE, "reporter_email": "a\x00@example.fi"},
        {},
    ],
)
def test_bad_input_is_a_form_error(client, association, data):
    response = client.post(report_url(association), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'aria-invalid="true"' in page
    assert 'id="error-summary"' in page
    assert not ErrorReport.objects.exists()
    assert mail.outbox == []


def test_error_message_is_linked_to_its_field(client, association):
    page = client.post(report_url(association), {"message": ""}).content.decode()
    assert 'id="id_message_error"' in page
    assert 'aria-describedby="id_message_helptext id_message_error"' in page


# --- The admin ------------------------------------------------------------------------------


@pytest.fixture
def report(association):
    return ErrorReport.objects.create(association=association, message=MESSAGE, email_failed=True)


def test_coordinator_sees_and_handles_reports(client, coordinator, report):
    client.force_login(coordinator)
    changelist = reverse("admin:directory_errorreport_changelist")
    page = client.get(changelist, {"email_failed__exact": "1"}).content.decode()
    assert "Hollolan Kyläyhdistys ry" in page
    change = reverse("admin:directory_errorreport_change", args=[report.pk])
    assert client.post(change, {"handled": "on"}).status_code == 302
    report.refresh_from_db()
    assert report.handled and report.message == MESSAGE


def test_contacts_see_no_reports(client, contact, report):
    client.force_login(contact)
    assert client.get(reverse("admin:directory_errorreport_changelist")).status_code == 403
    change = reverse("admin:directory_errorreport_change", args=[report.pk])
    assert client.get(change).status_code == 403
