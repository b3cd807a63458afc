import datetime
import re

from django.utils import timezone

from core.copying import copy_object
from core.slugs import unique_slug
from events.models import Event

DATE_SUFFIX = re.compile(r"-\d{4}-\d{2}-\d{2}(-\d+)?$")


def event_copy(*, event: Event, shift: datetime.timedelta, status: str) -> Event:
    """A copy of `event` moved by `shift`, with its tags and the given publication status, for
    repeating events; the copy's slug ends in its own date."""
    start, end = event.start + shift, event.end + shift
    base = DATE_SUFFIX.sub("", event.slug)
    slug = unique_slug(
        Event,
        f"{base}-{timezone.localtime(start):%Y-%m-%d}",
        fallback=Event.slug_fallback,
        reserved=Event.reserved_slugs,
    )
    deadline = event.registration_deadline
    return copy_object(
        event,
        m2m=("themes", "spearheads", "target_groups"),
        start=start,
        end=end,
        registration_deadline=deadline + shift if deadline else None,
        slug=slug,
        status=status,
        event_status=Event.EventStatus.SCHEDULED,
        sequence=0,
    )
