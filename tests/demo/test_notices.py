"""Demo partner notices: fitting their association, current, repeatable, never duplicated."""

import datetime

import pytest

from demo.notices import create_demo_notices
from partnership.models import PartnerNotice, add_months

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 2)


def test_notices_fit_their_association_and_run_within_six_months(make_association):
    for number in range(12):
        make_association(f"Kylä {number} Kyläyhdistys ry" if number % 2 else
                         f"Mielenterveysyhdistys Tuki {number} ry")  # fmt: skip
    make_association("Piilossa Kyläyhdistys ry", status="hidden")
    first = create_demo_notices(seed=1, today=TODAY)
    assert first.created == 4 and first.skipped == 0
    notices = PartnerNotice.objects.select_related("association")
    assert notices.public(datetime.datetime(2026, 12, 2, 12, tzinfo=datetime.UTC)).count() == 4
    for notice in notices:
        assert TODAY < notice.valid_until <= add_months(TODAY, 6)
        assert notice.municipalities.exists() and notice.themes.exists()
        assert notice.spearheads.filter(slug="kumppanuus").exists()
        if "Mielenterveys" in notice.association.name:
            assert notice.themes.filter(slug="mielen-hyvinvointi").exists()
        notice.full_clean(exclude=["valid_until"])
    again = create_demo_notices(seed=1, today=TODAY)
    assert again.created == 0 and again.skipped == 4
