"""How the public lists sort: by relevance while searching, by title (Finnish collation) or by
the latest update. A list names the field its titles are in."""

from django.db.models import QuerySet
from django.db.models.functions import Collate
from django.utils.translation import gettext_lazy as _

SORT_RELEVANCE, SORT_TITLE, SORT_UPDATED = "relevance", "name", "updated"
SORT_CHOICES = [
    (SORT_RELEVANCE, _("Relevance")),
    (SORT_TITLE, _("Name")),
    (SORT_UPDATED, _("Recently updated")),
]


def chosen_sort(requested: str | None, searching: bool) -> str:
    """The sort asked for when it is valid; relevance only while searching."""
    valid = {SORT_TITLE, SORT_UPDATED} | ({SORT_RELEVANCE} if searching else set())
    if requested in valid:
        return requested
    return SORT_RELEVANCE if searching else SORT_TITLE


def sort_choices(searching: bool) -> list[tuple[str, str]]:
    return [(value, label) for value, label in SORT_CHOICES if value != SORT_RELEVANCE or searching]


def sort_queryset(queryset: QuerySet, sort: str, *, title_field: str, searching: bool) -> QuerySet:
    """`queryset` in the chosen order; the primary key breaks ties, so pages never overlap."""
    by_title = Collate(title_field, "fi")
    if sort == SORT_UPDATED:
        return queryset.order_by("-updated_at", "pk")
    if sort == SORT_RELEVANCE and searching:
        return queryset.order_by("-rank", by_title, "pk")
    return queryset.order_by(by_title, "pk")
