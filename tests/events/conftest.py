import datetime

import pytest
from django.utils import timezone
from django.utils.text import slugify

HELSINKI = timezone.get_default_timezone()


def helsinki(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=HELSINKI)


@pytest.fixture
def make_event(db):
    """An event with sensible defaults, a week from now unless told; taxonomy given by slug."""
    from events.models import Event
    from taxonomy.models import Municipality, Spearhead, TargetGroup, Theme

    tagging = {"themes": Theme, "spearheads": Spearhead, "target_groups": TargetGroup}

    def make(title="Testitapahtuma", *, start=None, end=None, municipality="lahti",
             status="published", **fields):  # fmt: skip
        tags = {key: fields.pop(key) for key in list(fields) if key in tagging}
        start = start or timezone.now() + datetime.timedelta(days=7)
        event = Event.objects.create(
            title=title,
            slug=fields.pop("slug", None) or slugify(title),
            summary=fields.pop("summary", f"{title} Päijät-Hämeessä."),
            start=start,
            end=end or start + datetime.timedelta(hours=2),
            place_name=fields.pop("place_name", "Kansalaisopisto"),
            municipality=Municipality.objects.get(slug=municipality) if municipality else None,
            status=status,
            **fields,
        )
        for key, slugs in tags.items():
            getattr(event, key).add(*tagging[key].objects.filter(slug__in=slugs))
        return event

    return make
