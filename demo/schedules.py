"""Demo schedules (`core.schedules`): weekly meetings that skip the school holidays of
Päijät-Häme (the autumn holiday in week 42, Christmas, the winter holiday in week 8), the way
the associations' groups really meet."""

import datetime
import random

from core.schedules import WEEKLY, Schedule

HOURS = ((10, 0), (13, 0), (17, 30), (18, 0))


def school_holiday(day: datetime.date) -> bool:
    week = day.isocalendar().week
    christmas = (day.month, day.day) >= (12, 22) or (day.month, day.day) <= (1, 6)
    return week in (8, 42) or christmas


def season(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The season of group activities that `today` is in, or the next: September to May."""
    autumn = today.year if today.month >= 6 else today.year - 1
    return datetime.date(autumn, 9, 1), datetime.date(autumn + 1, 5, 31)


def weekly(rng: random.Random, *, first_day: datetime.date, last_day: datetime.date,
           weekday: int | None = None, starts: datetime.time | None = None,
           hours: float = 2) -> Schedule | None:  # fmt: skip
    """A weekly schedule from `first_day` to `last_day` that skips the school holidays; None
    when hardly a meeting day is left."""
    weekday = rng.randrange(5) if weekday is None else weekday
    starts = starts or datetime.time(*rng.choice(HOURS))
    start = datetime.datetime.combine(first_day, starts)
    ends = (start + datetime.timedelta(hours=hours)).time()
    if ends < starts:
        return None
    plain = Schedule(frequency=WEEKLY, weekdays=(weekday,), first_day=first_day,
                     last_day=last_day, starts=starts, ends=ends)  # fmt: skip
    dates = plain.dates()
    holidays = [day for day in dates if school_holiday(day)]
    if len(dates) <= len(holidays) + 1:
        return None
    schedule = Schedule(frequency=WEEKLY, weekdays=(weekday,), first_day=first_day,
                        last_day=last_day, starts=starts, ends=ends,
                        exceptions=tuple(holidays))  # fmt: skip
    return schedule if not schedule.errors() else None
