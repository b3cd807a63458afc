"""Recurring schedules ("joka tiistai klo 18–20, 1.9.–31.5., ei 20.10."), one machinery for
events and activities: a `Schedule` built from a simple form, checked, stored as an RFC 5545
RRULE with its exception dates, described in plain words (fi, sv, en) and expanded into
occurrences with python-dateutil, in Helsinki wall-clock time across DST changes.

A model repeats with `RepeatingMixin` (the rule and the exception dates) and says where its
first occurrence is (`first_occurrence()`); its admin form adds `ScheduleFormMixin`.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from dataclasses import dataclass, field

from dateutil import rrule
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import get_text_list
from django.utils.translation import gettext, gettext_lazy, pgettext_lazy

from core.dates import format_as, time_range

WEEKLY, MONTHLY = "weekly", "monthly"
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A schedule covers at most about two years: longer ones are re-entered when they are known.
MAX_SPAN = datetime.timedelta(days=2 * 366)
BYDAY = re.compile(r"^(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$")
UNTIL_FORMAT = "%Y%m%dT%H%M%SZ"

FREQUENCY_CHOICES = [
    ("", gettext_lazy("Does not repeat")),
    (WEEKLY, gettext_lazy("Every week")),
    (MONTHLY, gettext_lazy("Once a month")),
]
WEEKDAY_CHOICES = [
    (0, gettext_lazy("Monday")),
    (1, gettext_lazy("Tuesday")),
    (2, gettext_lazy("Wednesday")),
    (3, gettext_lazy("Thursday")),
    (4, gettext_lazy("Friday")),
    (5, gettext_lazy("Saturday")),
    (6, gettext_lazy("Sunday")),
]
WEEK_CHOICES = [
    (1, gettext_lazy("first")),
    (2, gettext_lazy("second")),
    (3, gettext_lazy("third")),
    (4, gettext_lazy("fourth")),
    (-1, gettext_lazy("last")),
]
# "tiistaisin", "på tisdagar", "Tuesdays": what happens every week on the day.
EVERY_WEEKDAY = (
    pgettext_lazy("every week on", "Mondays"),
    pgettext_lazy("every week on", "Tuesdays"),
    pgettext_lazy("every week on", "Wednesdays"),
    pgettext_lazy("every week on", "Thursdays"),
    pgettext_lazy("every week on", "Fridays"),
    pgettext_lazy("every week on", "Saturdays"),
    pgettext_lazy("every week on", "Sundays"),
)
# "(kuukauden ensimmäisenä) tiistaina", "(den första) tisdagen", "(the first) Tuesday".
MONTH_WEEKDAY = (
    pgettext_lazy("the first … of the month", "Monday"),
    pgettext_lazy("the first … of the month", "Tuesday"),
    pgettext_lazy("the first … of the month", "Wednesday"),
    pgettext_lazy("the first … of the month", "Thursday"),
    pgettext_lazy("the first … of the month", "Friday"),
    pgettext_lazy("the first … of the month", "Saturday"),
    pgettext_lazy("the first … of the month", "Sunday"),
)
MONTH_WEEK = {
    1: pgettext_lazy("the … Tuesday of the month", "first"),
    2: pgettext_lazy("the … Tuesday of the month", "second"),
    3: pgettext_lazy("the … Tuesday of the month", "third"),
    4: pgettext_lazy("the … Tuesday of the month", "fourth"),
    -1: pgettext_lazy("the … Tuesday of the month", "last"),
}


def zone() -> datetime.tzinfo:
    return timezone.get_default_timezone()


def local(day: datetime.date, time: datetime.time) -> datetime.datetime:
    """`day` at `time` on Helsinki's wall clock (the offset of that day, summer or winter)."""
    return datetime.datetime.combine(day, time, tzinfo=zone())


@dataclass(frozen=True)
class Occurrence:
    start: datetime.datetime
    end: datetime.datetime

    @property
    def local_start(self) -> datetime.datetime:
        return timezone.localtime(self.start)

    @property
    def local_end(self) -> datetime.datetime:
        return timezone.localtime(self.end)


@dataclass(frozen=True)
class Schedule:
    """Every week on `weekdays` (0 = Monday), or every month on the `week`th (1–4, -1 the
    last) of those weekdays, from `starts` to `ends` o'clock, `first_day` to `last_day`,
    except on `exceptions`."""

    frequency: str
    weekdays: tuple[int, ...]
    first_day: datetime.date
    last_day: datetime.date
    starts: datetime.time
    ends: datetime.time
    exceptions: tuple[datetime.date, ...] = ()
    week: int | None = None
    _cache: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    # Storing and reading back

    def rule(self) -> str:
        """The RFC 5545 RRULE value. UNTIL is in UTC, as §3.3.10 asks when DTSTART has a TZID."""
        until = local(self.last_day, datetime.time(23, 59, 59)).astimezone(datetime.UTC)
        prefix = str(self.week) if self.frequency == MONTHLY else ""
        days = ",".join(prefix + DAY_CODES[day] for day in sorted(self.weekdays))
        freq = "MONTHLY" if self.frequency == MONTHLY else "WEEKLY"
        return f"FREQ={freq};UNTIL={until.strftime(UNTIL_FORMAT)};BYDAY={days}"

    @classmethod
    def from_rule(cls, rule: str, *, start: datetime.datetime, end: datetime.datetime,
                  exceptions=()) -> Schedule:  # fmt: skip
        """The schedule stored as `rule` (written by `rule()`), whose first occurrence runs
        from `start` to `end`."""
        parts = dict(part.split("=", 1) for part in rule.split(";") if "=" in part)
        until = datetime.datetime.strptime(parts["UNTIL"], UNTIL_FORMAT).replace(
            tzinfo=datetime.UTC
        )
        weekdays, week = [], None
        for code in parts.get("BYDAY", "").split(","):
            match = BYDAY.match(code)
            if match:
                weekdays.append(DAY_CODES.index(match[2]))
                week = int(match[1]) if match[1] else week
        start, end = timezone.localtime(start), timezone.localtime(end)
        return cls(
            frequency=MONTHLY if parts.get("FREQ") == "MONTHLY" else WEEKLY,
            weekdays=tuple(weekdays),
            first_day=start.date(),
            last_day=timezone.localtime(until).date(),
            starts=start.time().replace(tzinfo=None),
            ends=end.time().replace(tzinfo=None),
            exceptions=tuple(sorted(datetime.date.fromisoformat(day) for day in exceptions)),
            week=week,
        )

    def stored_exceptions(self) -> list[str]:
        return [day.isoformat() for day in self.exceptions]

    # Checking

    def errors(self) -> dict[str, str]:
        """What is wrong, by the form field it concerns (see `ScheduleFormMixin`)."""
        errors = {}
        if not self.weekdays:
            errors["repeat_weekdays"] = gettext("Choose at least one weekday.")
        if self.frequency == MONTHLY and self.week not in MONTH_WEEK:
            errors["repeat_week"] = gettext("Choose which week of the month.")
        if self.ends < self.starts:
            errors["repeat_ends"] = gettext("The time must end after it starts, on the same day.")
        if self.last_day < self.first_day:
            errors["repeat_until"] = gettext("The last date cannot be before the first date.")
        elif (
            self.last_day - self.first_day > MAX_SPAN and self.first_day.year < datetime.MAXYEAR - 3
        ):
            errors["repeat_until"] = gettext(
                "A schedule can cover at most two years: the last date can be %(day)s at the "
                "latest."
            ) % {"day": format_as(self.first_day + MAX_SPAN, "date")}
        if self.last_day.year >= datetime.MAXYEAR:
            errors["repeat_until"] = gettext("Give a last date within the next two years.")
        if errors:
            return errors
        days = {day for day in self._days()}
        outside = [day for day in self.exceptions if day not in days]
        if outside:
            errors["repeat_except"] = gettext(
                "These dates are not meeting days of the schedule: %(days)s."
            ) % {"days": ", ".join(format_as(day, "date") for day in outside)}
        elif not self.dates():
            errors["repeat_weekdays"] = gettext(
                "No meeting day falls between the first and the last date."
            )
        return errors

    # Expanding

    def _days(self) -> list[datetime.date]:
        """Every meeting day of the rule, exceptions included."""
        if "days" not in self._cache:
            if self.frequency == MONTHLY:
                byweekday = [rrule.weekday(day, self.week) for day in self.weekdays]
                freq = rrule.MONTHLY
            else:
                byweekday, freq = list(self.weekdays), rrule.WEEKLY
            rule = rrule.rrule(
                freq,
                dtstart=datetime.datetime.combine(self.first_day, datetime.time.min),
                until=datetime.datetime.combine(self.last_day, datetime.time.min),
                byweekday=byweekday,
            )
            self._cache["days"] = [moment.date() for moment in rule]
        return self._cache["days"]

    def dates(self) -> list[datetime.date]:
        """The meeting days, without the exceptions."""
        skipped = set(self.exceptions)
        return [day for day in self._days() if day not in skipped]

    def occurrences(self, since: datetime.datetime | None = None,
                    until: datetime.datetime | None = None) -> list[Occurrence]:  # fmt: skip
        """The occurrences that have not ended by `since` and begin before `until`; each at
        the same wall-clock time, whatever the UTC offset of its day."""
        found = []
        for day in self.dates():
            occurrence = Occurrence(local(day, self.starts), local(day, self.ends))
            if until is not None and occurrence.start >= until:
                break
            if since is None or occurrence.end >= since:
                found.append(occurrence)
        return found

    def from_first_meeting(self) -> Schedule:
        """The same schedule from its first meeting day on (as it is stored, the first
        occurrence being the item's own): the exceptions before that day are gone."""
        first = self.first()
        if first is None:
            return self
        day = first.start.date()
        exceptions = tuple(exception for exception in self.exceptions if exception > day)
        return dataclasses.replace(self, first_day=day, exceptions=exceptions)

    def first(self) -> Occurrence | None:
        dates = self.dates()
        if not dates:
            return None
        return Occurrence(local(dates[0], self.starts), local(dates[0], self.ends))

    def structured_data(self) -> dict:
        """schema.org Schedule, for an event's `eventSchedule`."""
        days = [f"https://schema.org/{DAY_NAMES[day]}" for day in sorted(self.weekdays)]
        data = {
            "@type": "Schedule",
            "repeatFrequency": "P1M" if self.frequency == MONTHLY else "P1W",
            "byDay": days,
            "startDate": self.first_day.isoformat(),
            "endDate": self.last_day.isoformat(),
            "startTime": self.starts.strftime("%H:%M"),
            "endTime": self.ends.strftime("%H:%M"),
            "scheduleTimezone": str(zone()),
        }
        if self.frequency == MONTHLY:
            data["byMonthWeek"] = self.week
        if self.exceptions:
            data["exceptDate"] = [day.isoformat() for day in self.exceptions]
        return data

    # Describing

    def _years_shown(self, today: datetime.date | None) -> bool:
        """ "1.9.–31.5." while the schedule is this season's; years when it is further off."""
        today = today or timezone.localdate()
        year = datetime.timedelta(days=366)
        return not (today - year <= self.first_day and self.last_day <= today + year)

    def _day(self, day: datetime.date, years: bool) -> str:
        return format_as(day, "date" if years else "day_month")

    def describe(self, today: datetime.date | None = None) -> str:
        """ "tiistaisin klo 18.00–20.00, 1.9.–31.5.", "kuukauden ensimmäisenä tiistaina klo
        18.00–20.00, 1.9.2026–31.5.2027"."""
        weekdays = sorted(self.weekdays)
        if self.frequency == MONTHLY:
            names = [str(MONTH_WEEKDAY[day]) for day in weekdays]
            days = gettext("the %(week)s %(weekdays)s of the month") % {
                "week": MONTH_WEEK[self.week],
                "weekdays": get_text_list(names, gettext("and")),
            }
        else:
            days = get_text_list([str(EVERY_WEEKDAY[d]) for d in weekdays], gettext("and"))
        times = time_range(local(self.first_day, self.starts), local(self.first_day, self.ends))
        years = self._years_shown(today)
        dash = "–" if format_as(self.first_day, "day_month").endswith(".") else " – "
        span = f"{self._day(self.first_day, years)}{dash}{self._day(self.last_day, years)}"
        return f"{days} {times}, {span}"

    def exceptions_text(self, today: datetime.date | None = None) -> str:
        """ "Paitsi 20.10. ja 29.12.": the exception days still to come."""
        today_ = today or timezone.localdate()
        coming = [day for day in self.exceptions if day >= today_]
        if not coming:
            return ""
        years = self._years_shown(today)
        return gettext("Except %(days)s") % {
            "days": get_text_list([self._day(day, years) for day in coming], gettext("and"))
        }


class RepeatingMixin(models.Model):
    """A model that may repeat on a schedule: the rule and its exception dates. The model
    says where the first occurrence is with `first_occurrence()`."""

    repeat_rule = models.CharField(
        gettext_lazy("repeat rule"),
        max_length=200,
        blank=True,
        editable=False,
        help_text="RFC 5545 RRULE, e.g. FREQ=WEEKLY;UNTIL=20270531T205959Z;BYDAY=TU",
    )
    repeat_exceptions = models.JSONField(
        gettext_lazy("exception dates"), default=list, blank=True, editable=False
    )

    class Meta:
        abstract = True

    def first_occurrence(self) -> tuple[datetime.datetime, datetime.datetime] | None:
        """Where the item's first occurrence starts and ends (None: not known); each model
        keeps it in its own fields."""
        raise NotImplementedError

    @property
    def recurrence(self) -> Schedule | None:
        """The schedule, or None when the item does not repeat."""
        first = self.first_occurrence() if self.repeat_rule else None
        if first is None:
            return None
        cached = getattr(self, "_schedule_cache", None)
        key = (self.repeat_rule, tuple(self.repeat_exceptions), *first)
        if cached is None or cached[0] != key:
            schedule = Schedule.from_rule(
                self.repeat_rule, start=first[0], end=first[1], exceptions=self.repeat_exceptions
            )
            self._schedule_cache = cached = (key, schedule)
        return cached[1]

    def place_first_occurrence(self, occurrence: Occurrence | None) -> None:
        """Store where the first occurrence is (None: the item no longer repeats)."""
        raise NotImplementedError

    def set_schedule(self, schedule: Schedule | None) -> None:
        """Repeat on `schedule` (None: not at all); the first occurrence moves onto its first
        meeting day."""
        schedule = schedule.from_first_meeting() if schedule else None
        self.repeat_rule = schedule.rule() if schedule else ""
        self.repeat_exceptions = schedule.stored_exceptions() if schedule else []
        self.place_first_occurrence(schedule.first() if schedule else None)


class DateListField(forms.CharField):
    """Dates separated by commas, spaces or lines, written 20.10.2026 or 2026-10-20."""

    widget = forms.Textarea(attrs={"rows": 2})

    def to_python(self, value) -> list[datetime.date]:
        text = super().to_python(value)
        days, wrong = [], []
        for item in re.split(r"[\s,;]+", text.strip()):
            if not item:
                continue
            day = parse_day(item)
            if day is None:
                wrong.append(item[:20])
            elif day not in days:
                days.append(day)
        if wrong:
            raise ValidationError(
                gettext("Not a date: %(items)s. Write dates like 20.10.2026.")
                % {"items": ", ".join(wrong)},
                code="invalid",
            )
        return sorted(days)

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return ", ".join(format_as(day, "date") for day in value)
        return value


def parse_day(text: str) -> datetime.date | None:
    """20.10.2026 or 2026-10-20."""
    try:
        if "." in text:
            day, month, year = (int(part) for part in text.strip(".").split("."))
            return datetime.date(year, month, day)
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


class ScheduleFormMixin(forms.Form):
    """The schedule fields of an admin form ("Repeats"), for any `RepeatingMixin` model. The
    form says where the first occurrence is with `schedule_start_end(cleaned_data)`; saving
    stores the rule and, through `schedule_first_occurrence()`, moves the first occurrence
    onto the first meeting day."""

    schedule_title = gettext_lazy("Repeats")
    schedule_fields = ["repeat", "repeat_weekdays", "repeat_week", "repeat_until", "repeat_except"]
    schedule_description = gettext_lazy(
        "For an event that repeats, e.g. every Tuesday: the start and end above are its first "
        "time, and it repeats until the last date."
    )

    repeat = forms.ChoiceField(
        label=gettext_lazy("Repeats"),
        choices=FREQUENCY_CHOICES,
        required=False,
        widget=forms.RadioSelect,
    )
    repeat_weekdays = forms.TypedMultipleChoiceField(
        label=gettext_lazy("On which weekdays"),
        choices=WEEKDAY_CHOICES,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    repeat_week = forms.TypedChoiceField(
        label=gettext_lazy("Which week of the month"),
        choices=[("", "—"), *WEEK_CHOICES],
        coerce=int,
        empty_value=None,
        required=False,
        help_text=gettext_lazy("Only for a monthly schedule, e.g. “first” Tuesday."),
    )
    repeat_until = forms.DateField(
        label=gettext_lazy("Last date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=gettext_lazy("The last day the group meets, e.g. the end of May."),
    )
    repeat_except = DateListField(
        label=gettext_lazy("Except on"),
        required=False,
        help_text=gettext_lazy(
            "Days with no meeting, e.g. school holidays, separated by commas: 20.10.2026, "
            "29.12.2026."
        ),
    )

    @classmethod
    def schedule_fieldset(cls) -> tuple:
        """The admin fieldset of the schedule fields."""
        return (
            cls.schedule_title,
            {
                "fields": cls.schedule_fields,
                "description": cls.schedule_description,
                "classes": ["schedule-fields"],
            },
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        schedule = self.instance.recurrence if self.instance.pk else None
        if schedule is not None:
            self.initial.update(
                repeat=schedule.frequency,
                repeat_weekdays=list(schedule.weekdays),
                repeat_week=schedule.week,
                repeat_until=schedule.last_day,
                repeat_except=list(schedule.exceptions),
            )

    def schedule_start_end(self, data) -> tuple[datetime.datetime, datetime.datetime] | None:
        """The first occurrence's start and end as entered (None when they have errors)."""
        raise NotImplementedError

    def clean(self):
        data = super().clean()
        self.recurrence = None
        frequency = data.get("repeat")
        if not frequency:
            return data
        if "repeat_except" in self.errors:
            return data
        times = self.schedule_start_end(data)
        if times is None:
            return data
        start, end = (timezone.localtime(moment) for moment in times)
        if not data.get("repeat_until"):
            self.add_error("repeat_until", gettext("Give the last date of the schedule."))
            return data
        if start.date() != end.date():
            self.add_error("repeat", gettext("A repeating event starts and ends on the same day."))
            return data
        schedule = Schedule(
            frequency=frequency,
            weekdays=tuple(data.get("repeat_weekdays") or ()),
            week=data.get("repeat_week") if frequency == MONTHLY else None,
            first_day=start.date(),
            last_day=data["repeat_until"],
            starts=start.time().replace(tzinfo=None),
            ends=end.time().replace(tzinfo=None),
            exceptions=tuple(data.get("repeat_except") or ()),
        )
        errors = schedule.errors()
        for name, message in errors.items():
            self.add_error(name if name in self.fields else None, message)
        if not errors:
            self.recurrence = schedule
        return data

    def _post_clean(self):
        super()._post_clean()
        if not self.errors and ("repeat" in self.changed_data or self.recurrence is not None):
            self.instance.set_schedule(self.recurrence)


class StandaloneScheduleFormMixin(ScheduleFormMixin):
    """The schedule fields for a model with no times of its own (an activity): the first
    date and the times of day come with the rule."""

    schedule_title = gettext_lazy("Regular meetings")
    schedule_fields = [
        "repeat", "repeat_weekdays", "repeat_week", "repeat_from", "repeat_until",
        "repeat_starts", "repeat_ends", "repeat_except",
    ]  # fmt: skip
    schedule_description = gettext_lazy(
        "When the group meets regularly, e.g. every Tuesday 18–20 from September to May. "
        "The page shows it in plain words."
    )

    repeat_from = forms.DateField(
        label=gettext_lazy("First date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    repeat_starts = forms.TimeField(
        label=gettext_lazy("Starts at"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    repeat_ends = forms.TimeField(
        label=gettext_lazy("Ends at"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        first = self.instance.first_occurrence() if self.instance.pk else None
        if first is not None:
            start, end = (timezone.localtime(moment) for moment in first)
            self.initial.update(repeat_from=start.date(), repeat_starts=start.time(),
                                repeat_ends=end.time())  # fmt: skip

    def schedule_start_end(self, data):
        missing = False
        for name, message in (
            ("repeat_from", gettext("Give the first date.")),
            ("repeat_starts", gettext("Give the time it starts.")),
            ("repeat_ends", gettext("Give the time it ends.")),
        ):
            if not data.get(name):
                missing = True
                if name not in self.errors:
                    self.add_error(name, message)
        if missing:
            return None
        day = data["repeat_from"]
        return local(day, data["repeat_starts"]), local(day, data["repeat_ends"])
