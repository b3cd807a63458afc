"""VTIMEZONE blocks for iCalendar files, built from the transitions `zoneinfo` itself reports.

icalendar's `add_missing_timezones()` (7.3.2, the newest) finds the transitions by stepping in
wall-clock time, so each spring change lands an hour late: Europe/Helsinki gets
`RDATE:…T040000` with `TZOFFSETFROM:+0200`, i.e. 02:00 UTC, while the clocks go forward at
01:00 UTC (03:00 local). A client that reads the VTIMEZONE instead of its own time zone database
then puts anything in that hour an hour off. Here the transitions are found in UTC, and each onset
is written as RFC 5545 §3.6.5 asks: the local time in the offset *before* the change.
"""

from __future__ import annotations

import datetime
import functools
import zoneinfo

import icalendar

UTC = datetime.UTC
# The offset is sampled at these steps, then each change is narrowed down to the second. Six hours
# is shorter than any stretch between two real transitions.
SCAN_STEP = datetime.timedelta(hours=6)

State = tuple[datetime.timedelta, datetime.timedelta, str]


def _state(zone: zoneinfo.ZoneInfo, moment: datetime.datetime) -> State:
    local = moment.astimezone(zone)
    return local.utcoffset(), local.dst(), local.tzname()


def transitions(
    zone: zoneinfo.ZoneInfo, start: datetime.datetime, end: datetime.datetime
) -> list[tuple[datetime.datetime, State, State]]:
    """[(the UTC instant of a change, the state before, the state after)] between two UTC moments;
    a state is (UTC offset, daylight saving, abbreviation)."""
    found = []
    moment, state = start, _state(zone, start)
    while moment < end:
        following = min(moment + SCAN_STEP, end)
        after = _state(zone, following)
        if after == state:
            moment = following
            continue
        low, high = int(moment.timestamp()), int(following.timestamp())
        while high - low > 1:  # state(low) is the old one, state(high) a new one
            middle = (low + high) // 2
            if _state(zone, datetime.datetime.fromtimestamp(middle, UTC)) == state:
                low = middle
            else:
                high = middle
        instant = datetime.datetime.fromtimestamp(high, UTC)
        after = _state(zone, instant)
        found.append((instant, state, after))
        moment, state = instant, after
    return found


@functools.lru_cache(maxsize=64)
def _observances(zone: zoneinfo.ZoneInfo, first_year: int, last_year: int) -> tuple:
    """((offset before, offset after, abbreviation, daylight saving, local onsets), …)"""
    start = datetime.datetime(first_year, 1, 1, tzinfo=zone).astimezone(UTC)
    end = datetime.datetime(last_year + 1, 1, 1, tzinfo=zone).astimezone(UTC)
    offset, dst, name = _state(zone, start)
    onsets = {(offset, offset, name, bool(dst)): [start.astimezone(zone).replace(tzinfo=None)]}
    for instant, before, after in transitions(zone, start, end):
        key = (before[0], after[0], after[2], bool(after[1]))
        onsets.setdefault(key, []).append((instant + before[0]).replace(tzinfo=None))
    return tuple((*key, tuple(times)) for key, times in onsets.items())


def vtimezone(zone: zoneinfo.ZoneInfo, first_year: int, last_year: int) -> icalendar.Timezone:
    """A VTIMEZONE for `zone` that is right from the start of `first_year` to the end of
    `last_year`: the observance in force at the start, then one STANDARD or DAYLIGHT component per
    kind of change, with its onsets as DTSTART and RDATEs."""
    component = icalendar.Timezone()
    component.add("tzid", zone.key)
    for offset_from, offset_to, name, is_daylight, times in _observances(
        zone, first_year, last_year
    ):
        observance = icalendar.TimezoneDaylight() if is_daylight else icalendar.TimezoneStandard()
        observance.add("dtstart", times[0])
        if times[1:]:
            observance.add("rdate", list(times[1:]))
        observance.add("tzoffsetfrom", offset_from)
        observance.add("tzoffsetto", offset_to)
        observance.add("tzname", name)
        component.add_component(observance)
    return component


def _add_repeat_years(component, years: dict[str, set[int]]) -> None:
    """A repeating component's time zone must also cover the year its RRULE ends in."""
    rule, start = component.get("RRULE"), component.get("DTSTART")
    tzid = getattr(start, "params", {}).get("TZID") if start is not None else None
    if rule is None or not tzid or not rule.get("UNTIL"):
        return
    until = rule["UNTIL"][0]
    years.setdefault(str(tzid), set()).add(until.year)


def add_timezones(calendar: icalendar.Calendar) -> None:
    """Put a VTIMEZONE first in `calendar` for every TZID its values use, covering the years they
    (and the RRULEs' ends) fall in (instead of icalendar's `add_missing_timezones()`, see the
    module docstring)."""
    years: dict[str, set[int]] = {}
    for component in calendar.walk():
        for value in component.values():
            for item in value if isinstance(value, list) else [value]:
                tzid = getattr(item, "params", {}).get("TZID")
                moment = getattr(item, "dt", None)
                if tzid and isinstance(moment, datetime.datetime):
                    years.setdefault(str(tzid), set()).add(moment.year)
        _add_repeat_years(component, years)
    present = {str(block["TZID"]) for block in calendar.walk("VTIMEZONE")}
    calendar.subcomponents[:0] = [
        vtimezone(zoneinfo.ZoneInfo(tzid), min(found), max(found))
        for tzid, found in sorted(years.items())
        if tzid not in present
    ]
