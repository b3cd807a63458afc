"""`core.schedules`: the rule stored, read back, checked, described in fi/sv/en and expanded in
Helsinki wall-clock time across the DST changes."""

import dataclasses
import datetime

import pytest
from dateutil import rrule
from django.utils import translation

from core.schedules import MONTHLY, WEEKLY, DateListField, Schedule
from tests.factories import helsinki

TODAY = datetime.date(2026, 8, 20)
TUESDAY, THURSDAY, SUNDAY = 1, 3, 6


def weekly(**changes) -> Schedule:
    fields = {
        "frequency": WEEKLY,
        "weekdays": (TUESDAY,),
        "first_day": datetime.date(2026, 9, 1),
        "last_day": datetime.date(2027, 5, 31),
        "starts": datetime.time(18),
        "ends": datetime.time(20),
        "exceptions": (datetime.date(2026, 10, 20), datetime.date(2026, 12, 29)),
    }
    return Schedule(**{**fields, **changes})


def test_the_rule_is_rfc_5545_with_until_in_utc():
    # 31.5.2027 23:59:59 summer time is 20:59:59 UTC.
    assert weekly().rule() == "FREQ=WEEKLY;UNTIL=20270531T205959Z;BYDAY=TU"
    assert weekly(weekdays=(THURSDAY, TUESDAY)).rule().endswith("BYDAY=TU,TH")
    monthly = weekly(frequency=MONTHLY, week=1, exceptions=())
    assert monthly.rule() == "FREQ=MONTHLY;UNTIL=20270531T205959Z;BYDAY=1TU"
    assert weekly(frequency=MONTHLY, week=-1).rule().endswith("BYDAY=-1TU")


@pytest.mark.parametrize(
    "schedule",
    [weekly(), weekly(weekdays=(TUESDAY, THURSDAY)), weekly(frequency=MONTHLY, week=-1,
                                                           exceptions=())],
)  # fmt: skip
def test_the_stored_rule_reads_back_as_the_same_schedule(schedule):
    first = schedule.first()
    again = Schedule.from_rule(
        schedule.rule(), start=first.start, end=first.end, exceptions=schedule.stored_exceptions()
    )
    # Read back from its first meeting day (the last Tuesday of September is the 29th).
    assert again == dataclasses.replace(schedule, first_day=first.start.date())
    assert again.dates() == schedule.dates()


def test_the_rule_agrees_with_dateutils_own_reading():
    schedule = weekly(weekdays=(TUESDAY, THURSDAY), exceptions=())
    first = schedule.first()
    parsed = rrule.rrulestr(schedule.rule(), dtstart=first.start)
    assert [moment.date() for moment in parsed] == schedule.dates()


def test_exceptions_are_skipped():
    dates = weekly().dates()
    assert datetime.date(2026, 10, 13) in dates
    assert datetime.date(2026, 10, 20) not in dates
    assert datetime.date(2026, 12, 29) not in dates
    assert dates[0] == datetime.date(2026, 9, 1) and dates[-1] == datetime.date(2027, 5, 25)
    assert len(dates) == 39 - 2


def test_the_first_tuesday_of_each_month():
    schedule = weekly(frequency=MONTHLY, week=1, exceptions=())
    assert schedule.dates()[:4] == [
        datetime.date(2026, 9, 1),
        datetime.date(2026, 10, 6),
        datetime.date(2026, 11, 3),
        datetime.date(2026, 12, 1),
    ]
    last = weekly(frequency=MONTHLY, week=-1, exceptions=()).dates()
    assert last[0] == datetime.date(2026, 9, 29)


def test_occurrences_keep_the_wall_clock_time_across_both_dst_changes():
    # Sundays: summer time ends on 25.10.2026 and starts again on 28.3.2027.
    schedule = weekly(weekdays=(SUNDAY,), exceptions=(), first_day=datetime.date(2026, 10, 18),
                      last_day=datetime.date(2027, 4, 4))  # fmt: skip
    occurrences = {o.start.date(): o for o in schedule.occurrences()}
    for day in (datetime.date(2026, 10, 18), datetime.date(2026, 10, 25),
                datetime.date(2027, 3, 21), datetime.date(2027, 3, 28)):  # fmt: skip
        local = occurrences[day].local_start
        assert (local.hour, local.minute) == (18, 0)
        assert occurrences[day].local_end.hour == 20
    utc = {day: o.start.astimezone(datetime.UTC).hour for day, o in occurrences.items()}
    assert utc[datetime.date(2026, 10, 18)] == 15  # summer time, UTC+3
    assert utc[datetime.date(2026, 10, 25)] == 16  # winter time, UTC+2
    assert utc[datetime.date(2027, 3, 21)] == 16
    assert utc[datetime.date(2027, 3, 28)] == 15
    assert occurrences[datetime.date(2026, 10, 25)].start == helsinki(2026, 10, 25, 18)


def test_occurrences_within_a_window():
    schedule = weekly()
    found = schedule.occurrences(helsinki(2026, 10, 13, 19), helsinki(2026, 11, 4))
    # The 13th is still going on at 19; the 20th is an exception.
    assert [o.start.date().day for o in found] == [13, 27, 3]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"weekdays": ()}, "repeat_weekdays", "Valitse vähintään yksi viikonpäivä."),
        ({"last_day": datetime.date(2026, 8, 31)}, "repeat_until",
         "Viimeinen päivä ei voi olla ennen ensimmäistä päivää."),
        ({"last_day": datetime.date(2028, 9, 30)}, "repeat_until",
         "Aikataulu voi kattaa enintään kaksi vuotta: viimeinen päivä voi olla enintään 2.9.2028."),
        ({"ends": datetime.time(17)}, "repeat_ends",
         "Päättymisajan pitää olla alkamisajan jälkeen samana päivänä."),
        ({"exceptions": (datetime.date(2027, 6, 1),)}, "repeat_except",
         "Nämä päivät eivät ole aikataulun kokoontumispäiviä: 1.6.2027."),
        ({"exceptions": (datetime.date(2026, 10, 21),)}, "repeat_except",
         "Nämä päivät eivät ole aikataulun kokoontumispäiviä: 21.10.2026."),
        ({"frequency": MONTHLY, "week": None}, "repeat_week",
         "Valitse, monesko viikko kuukaudesta."),
        ({"last_day": datetime.date(2026, 9, 5), "first_day": datetime.date(2026, 9, 2),
          "exceptions": ()}, "repeat_weekdays",
         "Ensimmäisen ja viimeisen päivän väliin ei osu yhtään kokoontumispäivää."),
    ],
)  # fmt: skip
def test_checks_say_what_is_wrong_in_finnish(changes, field, message):
    with translation.override("fi"):
        assert weekly(**changes).errors() == {field: message}


def test_a_good_schedule_has_no_errors():
    assert weekly().errors() == {}
    assert weekly(last_day=datetime.date(2028, 9, 1)).errors() == {}  # just under two years


@pytest.mark.parametrize(
    ("language", "text", "exceptions"),
    [
        ("fi", "tiistaisin klo 18.00–20.00, 1.9.–31.5.", "Paitsi 20.10. ja 29.12."),
        ("sv", "tisdagar kl. 18.00–20.00, 1.9.–31.5.", "Utom 20.10. och 29.12."),
        ("en", "Tuesdays 18:00–20:00, 1 September – 31 May", "Except 20 October and 29 December"),
    ],
)
def test_described_in_plain_words(language, text, exceptions):
    with translation.override(language):
        assert weekly().describe(TODAY) == text
        assert weekly().exceptions_text(TODAY) == exceptions


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "tiistaisin ja torstaisin klo 18.00–20.00, 1.9.2026–31.5.2027"),
        ("sv", "tisdagar och torsdagar kl. 18.00–20.00, 1.9.2026–31.5.2027"),
        ("en", "Tuesdays and Thursdays 18:00–20:00, 1 September 2026 – 31 May 2027"),
    ],
)
def test_years_are_shown_when_the_schedule_is_far_off(language, text):
    with translation.override(language):
        schedule = weekly(weekdays=(THURSDAY, TUESDAY))
        assert schedule.describe(datetime.date(2025, 1, 1)) == text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "kuukauden ensimmäisenä tiistaina klo 18.00–20.00, 1.9.–31.5."),
        ("sv", "den första tisdagen i månaden kl. 18.00–20.00, 1.9.–31.5."),
        ("en", "the first Tuesday of the month 18:00–20:00, 1 September – 31 May"),
    ],
)
def test_a_monthly_schedule_in_plain_words(language, text):
    with translation.override(language):
        assert weekly(frequency=MONTHLY, week=1, exceptions=()).describe(TODAY) == text


def test_only_coming_exceptions_are_listed():
    with translation.override("fi"):
        assert weekly().exceptions_text(datetime.date(2026, 11, 1)) == "Paitsi 29.12."
        assert weekly().exceptions_text(datetime.date(2027, 1, 1)) == ""


def test_exception_dates_are_read_in_finnish_or_iso_form():
    field = DateListField(required=False)
    assert field.clean("20.10.2026, 2026-12-29\n20.10.2026") == [
        datetime.date(2026, 10, 20),
        datetime.date(2026, 12, 29),
    ]
    assert field.clean("") == []
    with translation.override("fi"), pytest.raises(Exception) as error:
        field.clean("20.10.2026, 31.2.2026, huomenna")
    assert "Ei päivämäärä: 31.2.2026, huomenna." in str(error.value)
