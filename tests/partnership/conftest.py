import datetime

import pytest

from tests.factories import helsinki

# A Wednesday in December.
NOW = helsinki(2026, 12, 2, 12, 0)


@pytest.fixture
def now(monkeypatch):
    """Fix the minute the notice pages, the feed and the portal counts are cut at; returns a
    setter to move it."""

    def set_now(moment: datetime.datetime) -> None:
        for module in ("partnership.views", "partnership.feeds", "portal.tagged", "core.pagecache"):
            monkeypatch.setattr(f"{module}.current_minute", lambda: moment)

    set_now(NOW)
    return set_now
