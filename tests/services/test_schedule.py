"""An activity's regular meetings (`core.schedules`): entered by a contact in the admin, shown
in plain Finnish on the public page with the exceptions and the next dates; bad entries are
field errors; a contact of A cannot put a schedule on B's activity."""

import dataclasses
import datetime

import pytest
from django.utils import timezone, translation

from services.models import Service
from tests.factories import helsinki
from tests.services.test_admin_scoping import admin_url, form_data
from tests.validators import assert_valid_calendar

pytestmark = pytest.mark.django_db

# Tuesdays from 1.9.2026 to 25.5.2027, except the autumn and Christmas holidays' Tuesdays.
SCHEDULE = {
    "repeat": "weekly",
    "repeat_weekdays": ["1"],
    "repeat_week": "",
    "repeat_from": "2026-09-01",
    "repeat_until": "2027-05-31",
    "repeat_starts": "18:00",
    "repeat_ends": "20:00",
    "repeat_except": "20.10.2026\n29.12.2026",
}


@pytest.fixture
def contact_client(client, make_user, own):
    from django.contrib.auth.models import Group

    from accounts.roles import CONTACTS
    from directory.models import Membership

    user = make_user(email="yhteys@oma.example.fi", is_staff=True)
    user.groups.add(Group.objects.get(name=CONTACTS))
    Membership.objects.create(user=user, association=own)
    client.force_login(user)
    return client


@pytest.fixture
def own(make_association):
    return make_association("Oma Yhdistys ry")


def test_a_contact_adds_a_weekly_activity_with_two_exception_dates(contact_client, own, client):
    response = contact_client.post(admin_url("add"), form_data(association=own.pk, **SCHEDULE))
    assert response.status_code == 302, response.context["adminform"].form.errors
    service = Service.objects.get(slug="uusi-ryhma")
    assert service.repeat_rule == "FREQ=WEEKLY;UNTIL=20270531T205959Z;BYDAY=TU"
    assert service.repeat_exceptions == ["2026-10-20", "2026-12-29"]
    assert service.first_start == helsinki(2026, 9, 1, 18)
    assert service.first_end == helsinki(2026, 9, 1, 20)
    schedule = service.recurrence
    assert len(schedule.dates()) == 39 - 2
    with translation.override("fi"):
        assert schedule.describe(datetime.date(2026, 8, 1)) == (
            "tiistaisin klo 18.00–20.00, 1.9.–31.5."
        )
    # The form shows what was saved.
    form = contact_client.get(admin_url("change", service.pk)).context["adminform"].form
    assert form["repeat"].value() == "weekly"
    assert form["repeat_weekdays"].value() == [1]
    assert str(form["repeat_from"].value()) == "2026-09-01"
    assert "20.10.2026, 29.12.2026" in str(form["repeat_except"])
    # A coordinator publishes it; the public page shows it in plain Finnish.
    service.status = Service.Status.PUBLISHED
    service.save()
    page = client.get(service.get_absolute_url()).content.decode()
    assert f'<span id="service-schedule">{schedule.describe()[:1].upper()}' in page
    assert schedule.describe()[1:] in page
    if timezone.localdate() <= datetime.date(2026, 10, 20):
        assert "Paitsi 20.10. ja 29.12." in page


def test_the_page_lists_the_next_meetings(make_association, make_service, client):
    service = make_service("Lukupiiri", association=make_association("Kirjaston ystävät ry"))
    today = timezone.localdate()
    service.set_schedule(
        _schedule(first=today + datetime.timedelta(days=1), exception=None, days=60)
    )
    service.save()
    html = client.get(service.get_absolute_url()).content.decode()
    assert 'id="service-next-dates"' in html and html.count("klo 18.00–20.00</li>") == 5
    assert f'href="{service.get_absolute_url()}kalenteri.ics" download' in html
    card = client.get("/palvelut/").content.decode()
    assert service.recurrence.describe().capitalize()[:20] in card


def _schedule(*, first, exception, days):
    from core.schedules import WEEKLY, Schedule

    return Schedule(
        frequency=WEEKLY,
        weekdays=(first.weekday(),),
        first_day=first,
        last_day=first + datetime.timedelta(days=days),
        starts=datetime.time(18),
        ends=datetime.time(20),
        exceptions=(exception,) if exception else (),
    )


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"repeat_from": ""}, "repeat_from", "Anna ensimmäinen päivä."),
        ({"repeat_starts": ""}, "repeat_starts", "Anna alkamisaika."),
        ({"repeat_ends": "17:00"}, "repeat_ends",
         "Päättymisajan pitää olla alkamisajan jälkeen samana päivänä."),
        ({"repeat_until": "2026-08-01"}, "repeat_until",
         "Viimeinen päivä ei voi olla ennen ensimmäistä päivää."),
        ({"repeat_until": "2029-01-01"}, "repeat_until",
         "Aikataulu voi kattaa enintään kaksi vuotta: viimeinen päivä voi olla enintään "
         "2.9.2028."),
        ({"repeat_except": "21.10.2026"}, "repeat_except",
         "Nämä päivät eivät ole aikataulun kokoontumispäiviä: 21.10.2026."),
        ({"repeat_except": "1.6.2027"}, "repeat_except",
         "Nämä päivät eivät ole aikataulun kokoontumispäiviä: 1.6.2027."),
        ({"repeat": "monthly"}, "repeat_week", "Valitse, monesko viikko kuukaudesta."),
        ({"repeat_from": "1.9."}, "repeat_from", None),
        ({"repeat_starts": "25:00"}, "repeat_starts", None),
    ],
)  # fmt: skip
def test_a_bad_schedule_is_a_field_error(contact_client, own, changes, field, message):
    data = form_data(association=own.pk, **{**SCHEDULE, **changes})
    response = contact_client.post(admin_url("add"), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert field in errors, errors
    if message:
        assert errors[field] == [message]
    assert not Service.objects.exists()


def test_a_monthly_activity(contact_client, own):
    data = form_data(association=own.pk, **{**SCHEDULE, "repeat": "monthly", "repeat_week": "-1",
                                             "repeat_except": ""})  # fmt: skip
    response = contact_client.post(admin_url("add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    service = Service.objects.get()
    assert service.repeat_rule == "FREQ=MONTHLY;UNTIL=20270531T205959Z;BYDAY=-1TU"
    assert service.first_start == helsinki(2026, 9, 29, 18)  # the last Tuesday of September
    with translation.override("fi"):
        assert service.recurrence.describe(datetime.date(2026, 8, 1)).startswith(
            "kuukauden viimeisenä tiistaina klo 18.00–20.00"
        )


def test_a_contact_cannot_schedule_another_associations_activity(
    contact_client, make_association, make_service
):
    other = make_service("Toisen ryhmä", association=make_association("Toinen ry"))
    data = form_data(other, **SCHEDULE)
    response = contact_client.post(admin_url("change", other.pk), data)
    assert response.status_code in (302, 403, 404)
    other.refresh_from_db()
    assert other.repeat_rule == "" and other.first_start is None


def test_add_to_calendar_gives_the_meetings_as_rrule_and_exdate(make_association, make_service,
                                                                client):  # fmt: skip
    from dateutil import rrule

    service = make_service("Lukupiiri", association=make_association("Kirjaston ystävät ry"),
                           place="Kirjasto")  # fmt: skip
    service.set_schedule(_schedule(first=datetime.date(2026, 9, 1), exception=None, days=270))
    schedule = dataclasses.replace(
        service.recurrence, exceptions=(datetime.date(2026, 10, 20), datetime.date(2026, 12, 29))
    )
    service.set_schedule(schedule)
    service.save()
    response = client.get(f"{service.get_absolute_url()}kalenteri.ics")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="lukupiiri.ics"'
    (vevent,) = assert_valid_calendar(response.content).walk("VEVENT")
    start = vevent.decoded("DTSTART")
    assert start == helsinki(2026, 9, 1, 18) and vevent.decoded("DTEND") == helsinki(2026, 9, 1, 20)
    assert vevent["LOCATION"] == "Kirjasto"
    rules = rrule.rruleset()
    rules.rrule(rrule.rrulestr(vevent["RRULE"].to_ical().decode(), dtstart=start))
    for value in vevent["EXDATE"].dts:
        rules.exdate(value.dt)
    assert [moment.date() for moment in rules] == schedule.dates()
    assert {moment.hour for moment in rules} == {18}


def test_an_activity_without_a_schedule_has_no_calendar_file(make_association, make_service,
                                                             client):  # fmt: skip
    service = make_service("Neuvonta", association=make_association("Neuvojat ry"))
    assert client.get(f"{service.get_absolute_url()}kalenteri.ics").status_code == 404
