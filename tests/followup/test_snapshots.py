"""`manage.py take_snapshot`: one row a month however often it runs, and history kept."""

import datetime

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from directory.models import Association
from events.models import Event
from followup.models import MonthlySnapshot
from followup.snapshots import add_months, current_month, take_snapshot
from tests.factories import helsinki

pytestmark = pytest.mark.django_db

MENTAL = "mielen-hyvinvointi"


@pytest.fixture
def last_month(make_association, make_event, make_news):
    """Last month: a new association in Heinola, two events held there (and one cancelled),
    a statement and a plain news item; and something from this month that must not count."""
    month = add_months(current_month(), -1)
    middle = helsinki(month.year, month.month, 15, 12)
    association = make_association("Heinolan Uusi ry", municipality="heinola", themes=[MENTAL])
    Association.objects.filter(pk=association.pk).update(created_at=middle)
    make_association("Tämän kuun ry", municipality="heinola", themes=[MENTAL])
    for title in ("Kevätkokous", "Syyskokous"):
        make_event(title, association=association, municipality="heinola", start=middle,
                   themes=[MENTAL])  # fmt: skip
    make_event("Peruttu", association=association, municipality="heinola", start=middle,
               themes=[MENTAL], event_status=Event.EventStatus.CANCELLED)  # fmt: skip
    statement = make_news(association=association, kind="kannanotto", themes=[MENTAL],
                          municipalities=["heinola", "lahti"])  # fmt: skip
    plain = make_news(association=association, kind="uutinen", themes=[MENTAL])
    type(statement).objects.filter(pk__in=[statement.pk, plain.pk]).update(publish_time=middle)
    return month


def test_counts_the_last_month_by_municipality_and_theme(last_month):
    snapshot, written = take_snapshot()
    assert written and snapshot.month == last_month
    assert snapshot.count("new_associations") == 1
    assert snapshot.count("new_associations", municipality="heinola", theme=MENTAL) == 1
    assert snapshot.count("events_held") == 2
    assert snapshot.count("events_held", municipality="heinola") == 2
    assert snapshot.count("events_held", municipality="lahti") == 0
    assert snapshot.count("statements_published") == 1
    assert snapshot.count("statements_published", municipality="lahti", theme=MENTAL) == 1
    assert snapshot.count("statements_published", theme="arjen-turvallisuus") == 0


def test_running_twice_in_a_month_gives_one_row_and_keeps_history(last_month, capsys):
    call_command("take_snapshot")
    Event.objects.filter(title="Kevätkokous").delete()
    call_command("take_snapshot")
    assert MonthlySnapshot.objects.count() == 1
    snapshot = MonthlySnapshot.objects.get()
    assert snapshot.count("events_held") == 2  # later edits do not rewrite the past
    assert "exists already" in capsys.readouterr().out
    call_command("take_snapshot", "--replace")
    snapshot.refresh_from_db()
    assert snapshot.count("events_held") == 1
    assert MonthlySnapshot.objects.count() == 1


def test_a_chosen_month_and_bad_months(last_month):
    earlier = add_months(last_month, -3)
    call_command("take_snapshot", "--month", f"{earlier:%Y-%m}")
    assert MonthlySnapshot.objects.get().month == earlier
    assert MonthlySnapshot.objects.get().count("events_held") == 0
    with pytest.raises(CommandError, match="has not ended"):
        call_command("take_snapshot", "--month", f"{current_month():%Y-%m}")
    with pytest.raises(CommandError, match="YYYY-MM"):
        call_command("take_snapshot", "--month", "2025-13")
    assert MonthlySnapshot.objects.count() == 1


def test_month_boundaries_are_helsinki_time(make_association, make_event):
    """An event at 00:30 on the 1st in Helsinki (22:30 UTC the day before) is that month's."""
    month = add_months(current_month(), -2)
    association = make_association()
    start = helsinki(month.year, month.month, 1, 0, 30)
    make_event("Yötapahtuma", association=association, start=start)
    before = take_snapshot(add_months(month, -1))[0]
    this = take_snapshot(month)[0]
    assert (before.count("events_held"), this.count("events_held")) == (0, 1)
    assert start.astimezone(datetime.UTC).day != 1
    assert this.taken_at <= timezone.now()
