"""Demo events for `seed_demo` and load tests: clearly fictional, deterministic for a seed and a
day, spread evenly over the last three months and the next six and so over every weekday.

Each event is one its organiser would hold in that month: a template of the organiser's kind or of
every association (`demo/data/`) whose months include the day — spring meetings in March–May,
autumn meetings in September–November, summer festivals in summer — and which serves the
organiser's target groups; an annual meeting at most once an organiser; fairs, competitions and
talkoot at a weekend. Every ninth event is the association forum's own (network meetings, grant
information), with no association. Some are cancelled or postponed, some online, some last
several days; an organiser's first club evening, language café or chair exercise repeats weekly
for some weeks (`demo.schedules`).

Slugs end in the event's date and number, so running again on the same day adds nothing; on a
later day the window has moved and the new days get events of their own.
"""

import datetime
import random
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils import timezone
from django.utils.text import slugify

from core.prices import euro_amount
from demo.associations import Author
from demo.bulk import SeedResult, Terms, bulk_create_tagged
from demo.content import VISIBILITY, Context, audience, fill, pick, spearheads, suits, venue
from demo.schedules import weekly
from demo.vocabulary import EventTemplate, vocabulary
from events.models import Event, EventOccurrence
from taxonomy.models import Municipality

DEFAULT_COUNT = 240
PAST_DAYS = 91
FUTURE_DAYS = 183
FORUM_EVERY = 9  # every ninth event is the forum's own
TAGGING = ("themes", "spearheads", "target_groups")


@dataclass
class PlannedEvent:
    event: Event
    municipality: str | None
    tags: dict[str, tuple[str, ...]]

    def row(self, terms: Terms) -> tuple[Event, dict]:
        """The event with its municipality, and its tags, for `bulk_create_tagged()`."""
        if self.municipality:
            self.event.municipality = terms.get(Municipality, self.municipality)
        return self.event, terms.tags(Event, self.tags)


def weekend(rng: random.Random, day: datetime.date) -> datetime.date:
    """`day` if it is a Saturday or Sunday, else one of the weekend after it, or of the weekend
    before it when that would fall in another month (the month decides the season)."""
    if day.weekday() >= 5:
        return day
    after = day + datetime.timedelta(days=5 - day.weekday() + rng.randint(0, 1))
    if after.month == day.month:
        return after
    return day - datetime.timedelta(days=day.weekday() + 1 + rng.randint(0, 1))


def choose_template(
    rng: random.Random, author: Author | None, day: datetime.date, once: set
) -> tuple[Author | None, EventTemplate]:
    """What `author` holds on `day`: an event of its kind in season that serves its people, not a
    second annual meeting; the forum's own event when the author has nothing then."""
    if author is not None:
        in_season = [t for t in author.templates.events if day.month in t.months]
        fitting = [t for t in in_season if suits(t, author.record)]
        fresh = [t for t in fitting if not (t.once and (author.pk, t.title) in once)]
        candidates = fresh or fitting or in_season
        if candidates:
            template = pick(rng, candidates, author.kind.events)
            if template.once:
                once.add((author.pk, template.title))
            return author, template
    return None, rng.choice([t for t in vocabulary().forum.events if day.month in t.months])


def plan_event(
    rng: random.Random,
    author: Author | None,
    template: EventTemplate,
    day: datetime.date,
    number: int,
    *,
    status: str = Event.Status.PUBLISHED,
) -> "PlannedEvent":
    """An unsaved event of `template` on `day` (or the weekend nearest to it in the same month),
    with its municipality and tags as slugs."""
    vocab = vocabulary()
    if template.weekend:
        day = weekend(rng, day)
    settings = vocab.general_settings["event_settings"]
    words = settings["swedish" if author and author.kind.swedish else "finnish"]
    context = author.context if author else Context(settings["forum_context"])
    zone = timezone.get_default_timezone()
    title = fill(template.title, context)
    summary = fill(template.summary, context)
    slug = f"{slugify(title)[:80]}-{day.isoformat()}-{number}"
    all_day = template.days > 1
    if all_day:
        start = datetime.datetime.combine(day, datetime.time.min, tzinfo=zone)
        last = day + datetime.timedelta(days=template.days - 1)
        end = datetime.datetime.combine(last, datetime.time(23, 59, 59), tzinfo=zone)
    else:
        start = datetime.datetime.combine(
            day, datetime.time(rng.choice(template.hours)), tzinfo=zone
        )
        end = start + datetime.timedelta(hours=rng.choice([1, 1.5, 2, 3]))
    mode = template.attendance
    on_site = mode != Event.AttendanceMode.ONLINE
    if author is None:
        municipality = rng.choice(list(vocab.towns))
    elif rng.random() < 0.8:
        municipality = author.record.home_municipality
    else:
        municipality = rng.choice(author.record.operating_municipalities)
    town = vocab.towns[municipality]
    streets = vocab.city_streets if town.city else vocab.roads
    free = not template.price and rng.random() < 0.7
    roll = rng.random()
    event_status = (
        Event.EventStatus.CANCELLED if roll < 0.06
        else Event.EventStatus.POSTPONED if roll < 0.08
        else Event.EventStatus.SCHEDULED
    )  # fmt: skip
    event = Event(
        association_id=author.pk if author else None,
        title=title,
        slug=slug,
        summary=summary,
        description=f"{summary}\n\n{words['fictional']}",
        start=start,
        end=end,
        all_day=all_day,
        attendance_mode=mode,
        place_name=venue(rng, template.venues, author, words["places"]) if on_site else "",
        street_address=f"{rng.choice(streets)} {rng.randint(1, 40)}" if on_site else "",
        online_url=f"https://tapahtumat.example.fi/{slug}" if mode != "place" else "",
        is_free=free,
        price=(price := "" if free else (template.price or rng.choice(words["prices"]))),
        price_amount=euro_amount(price),
        registration_url=f"https://ilmo.example.fi/{slug}" if rng.random() < 0.3 else "",
        accessibility=rng.choice(["", *words["accessibility"]]),
        status=status,
        event_status=event_status,
    )
    served = author.record.target_groups if author else template.target_groups
    tags = {
        "themes": template.themes or (author.record.themes[:1] if author else ()),
        "target_groups": audience(template.target_groups, served),
        "spearheads": spearheads(rng, template.spearheads, author, VISIBILITY),
    }
    return PlannedEvent(event, municipality if on_site else None, tags)


def create_demo_events(
    authors: Sequence[Author],
    *,
    count: int = DEFAULT_COUNT,
    seed: int,
    terms: Terms,
    now: datetime.datetime | None = None,
) -> SeedResult:
    """Insert `count` demo events around `now` for `authors` and the forum, skipping slugs that
    exist. Call inside a transaction, after the associations."""
    today = timezone.localdate(now or timezone.now())
    existing = set(Event.objects.values_list("slug", flat=True))
    span = PAST_DAYS + FUTURE_DAYS
    once: set = set()
    weekly_ones: set = set()  # (organiser, template) already repeating
    rows = []
    result = SeedResult()
    for number in range(count):
        rng = random.Random(f"{seed}-{number}")  # each event its own draws, whatever is skipped
        offset = -PAST_DAYS + (number * span) // max(count, 1) + rng.randint(0, 2)
        day = today + datetime.timedelta(days=offset)
        author = rng.choice(authors) if authors and number % FORUM_EVERY else None
        author, template = choose_template(rng, author, day, once)
        planned = plan_event(rng, author, template, day, number)
        if planned.event.slug in existing:
            result.skipped += 1
            continue
        if template.weekly and author and (author.pk, template.title) not in weekly_ones:
            weekly_ones.add((author.pk, template.title))
            repeat_weekly(rng, planned.event)
        rows.append(planned.row(terms))
    events = bulk_create_tagged(Event, rows)
    EventOccurrence.objects.bulk_create(
        EventOccurrence(event=event, start=occurrence.start, end=occurrence.end)
        for event in events
        if event.repeat_rule
        for occurrence in event.occurrences()
    )
    result.created = len(rows)
    return result


def repeat_weekly(rng: random.Random, event: Event) -> None:
    """The organiser's weekly meeting: the event repeats for eight to fourteen weeks within
    its season, not in the school holidays."""
    if event.all_day or event.event_status != Event.EventStatus.SCHEDULED:
        return
    start, end = timezone.localtime(event.start), timezone.localtime(event.end)
    last_day = start.date() + datetime.timedelta(weeks=rng.randint(8, 14))
    if start.month in (1, 2, 3, 4, 5):
        last_day = min(last_day, datetime.date(start.year, 5, 31))
    schedule = weekly(
        rng,
        first_day=start.date(),
        last_day=last_day,
        weekday=start.weekday(),
        starts=start.time().replace(tzinfo=None),
        hours=(end - start).total_seconds() / 3600,
    )
    if schedule is not None:
        event.set_schedule(schedule)
