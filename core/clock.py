"""The moment a page is cut at: lists whose contents move with the clock (upcoming events, open
grant calls) show, count and cache what holds at the current minute, so their cached counts can
be keyed by it and a test can fix it."""

import datetime

from django.utils import timezone


def current_minute() -> datetime.datetime:
    """Now, to the minute."""
    return timezone.now().replace(second=0, microsecond=0)
