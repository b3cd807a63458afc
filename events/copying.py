import datetime
import re

from core.slugs import unique_slug
from events.models import Event

DATE_SUFFIX = re.compile(r"-\d{4}-\d{2}-\d{2}(-\d+)?$")


def event_copy(*, event: Event, shift: datetime.timedelta, status: str) -> Event:
    """A copy of `event` moved by `shift`, with its tags and the given publication status, for
    repeating events; the copy's slug ends in its own date."""
    tags = {name: list(getattr(event, name).all()) for name in ("themes", "spearheads",
                                                                "target_groups")}  # fmt: skip
    copy = Event.objects.get(pk=event.pk)
    copy.pk = None
    copy._state.adding = True
    copy.start += shift
    copy.end += shift
    if copy.registration_deadline:
        copy.registration_deadline += shift
    base = DATE_SUFFIX.sub("", event.slug)
    copy.slug = unique_slug(
        Event,
        f"{base}-{copy.local_start:%Y-%m-%d}",
        fallback=Event.slug_fallback,
        reserved=Event.reserved_slugs,
    )
    copy.status = status
    copy.event_status = Event.EventStatus.SCHEDULED
    copy.sequence = 0
    copy.save()
    for name, terms in tags.items():
        getattr(copy, name).set(terms)
    return copy
