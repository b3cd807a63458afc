"""One form of date and time per language, everywhere (core.dates)."""

import datetime

import pytest
from django.utils import timezone, translation

from core import dates

EVENING = datetime.datetime(2026, 11, 17, 19, 0, tzinfo=datetime.UTC) - datetime.timedelta(hours=2)


@pytest.mark.parametrize(
    ("language", "date", "time", "both"),
    [
        ("fi", "17.11.2026", "klo 19.00", "17.11.2026 klo 19.00"),
        ("sv", "17.11.2026", "kl. 19.00", "17.11.2026 kl. 19.00"),
        ("en", "17 November 2026", "19:00", "17 November 2026 at 19:00"),
    ],
)
def test_a_moment_in_helsinki_time(language, date, time, both):
    assert timezone.localtime(EVENING).hour == 19  # 17:00 UTC is 19:00 in Helsinki in November
    with translation.override(language):
        assert dates.local_date(EVENING) == date
        assert dates.local_time(EVENING) == time
        assert dates.local_datetime(EVENING) == both


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", ["3.–5.12.2026", "30.11.–2.12.2026", "30.12.2026–2.1.2027", "klo 18.00–20.30"]),
        ("sv", ["3.–5.12.2026", "30.11.–2.12.2026", "30.12.2026–2.1.2027", "kl. 18.00–20.30"]),
        ("en", ["3–5 December 2026", "30 November – 2 December 2026",
                "30 December 2026 – 2 January 2027", "18:00–20:30"]),
    ],
)  # fmt: skip
def test_ranges(language, expected):
    day = datetime.date
    start = timezone.make_aware(datetime.datetime(2026, 12, 5, 18, 0))
    with translation.override(language):
        assert [
            dates.date_range(day(2026, 12, 3), day(2026, 12, 5)),
            dates.date_range(day(2026, 11, 30), day(2026, 12, 2)),
            dates.date_range(day(2026, 12, 30), day(2027, 1, 2)),
            dates.time_range(start, start + datetime.timedelta(hours=2, minutes=30)),
        ] == expected


def test_nothing_gives_nothing():
    assert dates.local_datetime(None) == "" and dates.local_date("") == ""
