import datetime
import functools

from django.utils import timezone

from demo.associations import Author, generate_associations

NOW = datetime.datetime(2026, 12, 2, 12, tzinfo=timezone.get_default_timezone())


@functools.cache
def records(count: int, seed: int = 2026) -> tuple:
    """Generated associations, without the database (cached: the generator is pure)."""
    return tuple(generate_associations(count, seed))


def authors(count: int, seed: int = 2026) -> list[Author]:
    """The published ones as authors of content, with made-up primary keys."""
    return [
        Author(pk=index + 1, record=record)
        for index, record in enumerate(records(count, seed))
        if record.status == "published"
    ]
