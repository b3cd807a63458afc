"""What real clients and validators accept, as reusable checks for the tests.

- `assert_valid_feed`: an RSS 2.0 or Atom feed that feedparser reads without complaint, with the
  elements readers need on the feed and on every entry.
- `assert_valid_calendar`: an iCalendar file that icalendar parses, with UID, DTSTAMP, DTSTART and
  SUMMARY on every event and a VTIMEZONE for every TZID, whose changes fall where `zoneinfo`
  says, as read by an independent parser (dateutil's `tzical`).
- `structured_data_problems`: what is missing or empty in a page's schema.org JSON-LD blocks.
  A new schema.org type is one more line in `SCHEMA_TYPES`.
- `nu_html_errors`: the errors the Nu Html Checker (vnu.jar, the W3C's HTML validator) finds in
  many pages, in one run of Java.

A new feed or calendar (grants, consultations, partner notices) gets the same checks by calling
these in its tests.
"""

from __future__ import annotations

import datetime
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import zoneinfo
from collections.abc import Mapping
from pathlib import Path

import feedparser
import icalendar
from dateutil import rrule as dateutil_rrule
from dateutil import tz as dateutil_tz
from django.conf import settings

# Feeds ------------------------------------------------------------------------------------------

# feedparser's names: an RSS <description> is `subtitle` on the feed and `summary` on an item.
FEED_REQUIRED = {
    "rss20": {
        "feed": ("title", "link", "subtitle"),
        "entry": ("title", "link", "id", "published", "summary"),
    },
    "atom10": {
        "feed": ("title", "link", "id", "updated"),
        "entry": ("title", "link", "id", "updated", "summary"),
    },
}


def assert_valid_feed(content: bytes, version: str) -> feedparser.FeedParserDict:
    """`content` parsed by feedparser, which must find it well-formed (no "bozo" flag) and of
    `version` ("rss20" or "atom10"), with the elements readers need on the feed and each entry."""
    feed = feedparser.parse(content)
    assert not feed.bozo, f"feedparser: {feed.bozo_exception}"
    assert feed.version == version, f"a {feed.version or 'unknown'} feed, not {version}"
    required = FEED_REQUIRED[version]
    problems = [
        f"feed: no {name}" for name in required["feed"] if not str(feed.feed.get(name, "")).strip()
    ]
    ids = [entry.get("id") for entry in feed.entries]
    for number, entry in enumerate(feed.entries):
        problems += [
            f"entry {number} ({entry.get('title', '?')}): no {name}"
            for name in required["entry"]
            if not str(entry.get(name, "")).strip()
        ]
    if len(set(ids)) != len(ids):
        problems.append("entries share an id")
    assert not problems, "\n".join(problems)
    return feed


# Calendars --------------------------------------------------------------------------------------

EVENT_REQUIRED = ("UID", "DTSTAMP", "DTSTART", "SUMMARY")
ONE_SECOND = datetime.timedelta(seconds=1)


def assert_valid_calendar(content: bytes) -> icalendar.Calendar:
    """`content` parsed by icalendar: a VERSION 2.0 calendar with a PRODID, every VEVENT with
    UID, DTSTAMP, DTSTART and SUMMARY (UIDs unique, no end before the start), and a VTIMEZONE for
    every TZID used, whose changes happen when zoneinfo says they do and which gives every
    time (a repeating event's occurrences too) its right UTC offset."""
    calendar = icalendar.Calendar.from_ical(content)
    problems = []
    if str(calendar.get("VERSION")) != "2.0":
        problems.append("VERSION is not 2.0")
    if not str(calendar.get("PRODID", "")).strip():
        problems.append("no PRODID")
    uids = []
    for event in calendar.walk("VEVENT"):
        label = str(event.get("SUMMARY") or event.get("UID") or "?")
        problems += [
            f"{label}: no {name}" for name in EVENT_REQUIRED if not str(event.get(name, "")).strip()
        ]
        uids.append(str(event.get("UID")))
        if "DTEND" in event and "DTSTART" in event:
            start, end = event.decoded("DTSTART"), event.decoded("DTEND")
            if type(start) is type(end) and end < start:
                problems.append(f"{label}: DTEND before DTSTART")
    if len(set(uids)) != len(uids):
        problems.append("events share a UID")
    problems += _timezone_problems(calendar, content)
    assert not problems, "\n".join(problems)
    return calendar


def _timezone_problems(calendar: icalendar.Calendar, content: bytes) -> list[str]:
    defined = {str(tz["TZID"]): tz for tz in calendar.walk("VTIMEZONE")}
    used = {
        str(item.params["TZID"])
        for component in calendar.walk()
        for value in component.values()
        for item in (value if isinstance(value, list) else [value])
        if "TZID" in getattr(item, "params", {})
    }
    problems = [f"TZID {tzid} has no VTIMEZONE" for tzid in sorted(used - set(defined))]
    parsed = dateutil_tz.tzical(io.StringIO(content.decode())) if defined else None
    for tzid, component in defined.items():
        zone = zoneinfo.ZoneInfo(tzid)
        for observance in component.walk():
            if observance.name not in ("STANDARD", "DAYLIGHT"):
                continue
            offset_from = observance.decoded("TZOFFSETFROM")
            offset_to = observance.decoded("TZOFFSETTO")
            onsets = [observance.decoded("DTSTART")]
            rdates = observance.get("RDATE", [])
            for rdate in rdates if isinstance(rdates, list) else [rdates]:
                onsets += [item.dt for item in rdate.dts]
            for onset in onsets:
                instant = (onset - offset_from).replace(tzinfo=datetime.UTC)
                before = (instant - ONE_SECOND).astimezone(zone).utcoffset()
                after = instant.astimezone(zone).utcoffset()
                if after != offset_to or (offset_from != offset_to and before != offset_from):
                    problems.append(
                        f"{tzid}: the change at {onset:%Y-%m-%d %H:%M} (UTC {instant:%H:%M}) from "
                        f"{offset_from} to {offset_to} is not when {tzid} changes"
                    )
        # An independent parser reads the VTIMEZONE alone; each event time must keep its offset.
        vtimezone_zone = parsed.get(tzid)
        for event in calendar.walk("VEVENT"):
            moments = [
                (name, event.decoded(name)) for name in ("DTSTART", "DTEND") if name in event
            ]
            moments += [("an occurrence", moment) for moment in _occurrences(event)]
            for name, moment in moments:
                if not isinstance(moment, datetime.datetime) or moment.tzinfo is None:
                    continue
                if getattr(moment.tzinfo, "key", None) != tzid:
                    continue
                wall = moment.replace(tzinfo=None)
                if vtimezone_zone.utcoffset(wall) != moment.utcoffset():
                    problems.append(f"{event.get('SUMMARY')}: {name} gets a wrong UTC offset")
    return problems


def _occurrences(event) -> list[datetime.datetime]:
    """A repeating VEVENT's occurrences (its RRULE expanded by dateutil) and EXDATEs."""
    if "RRULE" not in event:
        return []
    start = event.decoded("DTSTART")
    moments = list(dateutil_rrule.rrulestr(event["RRULE"].to_ical().decode(), dtstart=start))
    exdates = event.get("EXDATE", [])
    for exdate in exdates if isinstance(exdates, list) else [exdates]:
        moments += [item.dt for item in exdate.dts]
    return moments


# schema.org JSON-LD -----------------------------------------------------------------------------

# What each type needs, for schema.org's meaning and the search engines' rich results: one line a
# type, its properties separated by spaces; "a|b" means either will do. A block with a type not
# listed here fails, so a new content type has to say what its structured data needs.
SCHEMA_TYPES: dict[str, str] = {
    "Organization": "name",
    "NGO": "name",
    "GovernmentOrganization": "name",
    "Event": "name description startDate endDate eventStatus eventAttendanceMode location "
    "organizer offers",
    "NewsArticle": "headline description datePublished dateModified author publisher "
    "mainEntityOfPage",
    "Service": "name description provider serviceType",
    "Place": "name address",
    "PostalAddress": "addressCountry streetAddress|addressLocality",
    "VirtualLocation": "url",
    "Offer": "priceCurrency price|description",
    "City": "name",
    "Audience": "audienceType",
    "PeopleAudience": "suggestedMinAge|suggestedMaxAge",
    "ServiceChannel": "serviceUrl|servicePhone|serviceLocation",
    "ContactPoint": "telephone|email",
    "ItemList": "numberOfItems",
    "ListItem": "position item",
    "Schedule": "repeatFrequency startDate endDate startTime endTime scheduleTimezone",
}
# Every block's top level: the page's own thing, with its canonical address.
TOP_LEVEL = ("@context", "@type", "url")
ABSOLUTE_URL = re.compile(r"^https?://[^\s/]+/\S*$")
# Values checked wherever the property appears.
FORMATS = {
    "url": ABSOLUTE_URL,
    "image": ABSOLUTE_URL,
    "logo": ABSOLUTE_URL,
    "sameAs": ABSOLUTE_URL,
    "serviceUrl": ABSOLUTE_URL,
    "mainEntityOfPage": ABSOLUTE_URL,
    "eventStatus": re.compile(r"^https://schema\.org/Event(Scheduled|Cancelled|Postponed|MovedOnline|Rescheduled)$"),
    "eventAttendanceMode": re.compile(r"^https://schema\.org/(Offline|Online|Mixed)EventAttendanceMode$"),
    # schema.org: digits with "." for decimals, the currency in priceCurrency, not in the price.
    "price": re.compile(r"^\d+(\.\d{1,2})?$"),
    "priceCurrency": re.compile(r"^[A-Z]{3}$"),
    "addressCountry": re.compile(r"^[A-Z]{2}$"),
    "postalCode": re.compile(r"^\d{5}$"),
}  # fmt: skip
DATE_PROPERTIES = {"startDate", "endDate", "datePublished", "dateModified"}
JSON_LD = re.compile(
    r'<script type="application/ld\+json">(?P<json>.*?)</script>', re.DOTALL | re.IGNORECASE
)


def json_ld_blocks(page: str) -> list:
    """Every JSON-LD block of an HTML page, parsed (a block that is not JSON fails here)."""
    return [json.loads(match["json"]) for match in JSON_LD.finditer(page)]


def structured_data_problems(page: str) -> list[str]:
    """What is wrong with the page's JSON-LD: a type not in SCHEMA_TYPES, a required property
    missing, an empty value anywhere (string, list or object), or a malformed URL, date or price."""
    problems = []
    for number, block in enumerate(json_ld_blocks(page)):
        for item in block if isinstance(block, list) else [block]:
            where = f"block {number} {item.get('@type', '?') if isinstance(item, dict) else ''}"
            if not isinstance(item, dict):
                problems.append(f"{where}: not an object")
                continue
            problems += [f"{where}: no {name}" for name in TOP_LEVEL if name not in item]
            if item.get("@context") not in (None, "https://schema.org"):
                problems.append(f"{where}: @context is not https://schema.org")
            problems += _node_problems(item, where)
    return problems


def _node_problems(value, path: str) -> list[str]:
    if isinstance(value, list):
        if not value:
            return [f"{path}: empty list"]
        return [problem for item in value for problem in _node_problems(item, path)]
    if isinstance(value, str):
        return [f"{path}: empty string"] if not value.strip() else []
    if value is None:
        return [f"{path}: null"]
    if not isinstance(value, dict):
        return []
    if not value:
        return [f"{path}: empty object"]
    problems = []
    kind = value.get("@type")
    if kind is not None:
        if kind not in SCHEMA_TYPES:
            problems.append(f"{path}: type {kind} is not in SCHEMA_TYPES (add what it needs)")
        for required in SCHEMA_TYPES.get(kind, "").split():
            if not any(name in value for name in required.split("|")):
                problems.append(f"{path}: {kind} has no {required.replace('|', ' or ')}")
    for name, item in value.items():
        where = f"{path}.{name}"
        problems += _node_problems(item, where)
        for text in item if isinstance(item, list) else [item]:
            if not isinstance(text, str | int | float) or not str(text).strip():
                continue
            pattern = FORMATS.get(name)
            if pattern and not pattern.match(str(text)):
                problems.append(f"{where}: malformed {text!r}")
            if name in DATE_PROPERTIES and not _is_iso_date(str(text)):
                problems.append(f"{where}: not an ISO 8601 date or date-time with offset: {text!r}")
    return problems


def _is_iso_date(text: str) -> bool:
    try:
        if len(text) == 10:
            datetime.date.fromisoformat(text)
            return True
        return datetime.datetime.fromisoformat(text).tzinfo is not None
    except ValueError:
        return False


# The Nu Html Checker ----------------------------------------------------------------------------

VNU_JAR = Path(
    os.environ.get(
        "VNU_JAR", Path(settings.BASE_DIR) / ".venv/vnu/node_modules/vnu-jar/build/dist/vnu.jar"
    )
)


def nu_checker_missing() -> str | None:
    """Why the Nu Html Checker cannot run here, or None when it can."""
    if not shutil.which("java"):
        return "java not found (apt-get install -y default-jre-headless)"
    if not VNU_JAR.exists():
        return f"vnu.jar not found at {VNU_JAR} (make vnu, or set VNU_JAR)"
    return None


def nu_html_errors(pages: Mapping[str, str | bytes]) -> list[str]:
    """The Nu Html Checker's errors in `pages` (name -> HTML), as "name line:column: message";
    all pages are checked in one run, so Java starts once."""
    with tempfile.TemporaryDirectory() as folder:
        names = {}
        for number, (name, html) in enumerate(pages.items()):
            path = Path(folder) / f"{number:04d}.html"
            path.write_bytes(html.encode() if isinstance(html, str) else html)
            names[path.name] = name
        # The checker's schema needs a deeper stack than Java's default.
        result = subprocess.run(
            ["java", "-Xss4m", "-jar", str(VNU_JAR), "--errors-only", "--format", "json",
             "--stdout", *(str(Path(folder) / file_name) for file_name in names)],
            capture_output=True, text=True, timeout=900, check=False,
        )  # fmt: skip
    try:
        messages = json.loads(result.stdout)["messages"]
    except (ValueError, KeyError) as error:
        raise AssertionError(
            f"the Nu Html Checker failed:\n{result.stdout}\n{result.stderr}"
        ) from error
    return [
        f"{names.get(message.get('url', '').rsplit('/', 1)[-1], message.get('url'))} "
        f"{message.get('lastLine', '?')}:{message.get('firstColumn', '?')}: {message['message']}"
        + (f"\n    {message['extract'].strip()}" if message.get("extract") else "")
        for message in messages
        if message.get("type") in ("error", "non-document-error")
    ]
