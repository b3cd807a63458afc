"""Finding associations: `core.search` over the association's own `search_vector` (migration
`directory/0002_search`), and the `search_terms` that hold the labels of its tags."""

from collections.abc import Iterable

from django.db.models import QuerySet
from django.utils import translation

from core.search import search_text
from taxonomy.models import Term


def search_associations(queryset: QuerySet, text: str) -> QuerySet:
    """Filter to the associations matching every word of `text`, annotated with a `rank`."""
    return search_text(
        queryset,
        text,
        name_field="name",
        text_fields=["name", "short_description", "search_terms", "description"],
    )


def search_terms_for(association) -> str:
    """The labels of everything the association is tagged with, in every language."""
    terms: list[Term] = [association.home_municipality]
    for field in ("operating_municipalities", "themes", "spearheads", "target_groups",
                  "fields", "languages"):  # fmt: skip
        terms.extend(getattr(association, field).all())
    return search_terms_text(association, terms)


def search_terms_text(association, terms: Iterable[Term]) -> str:
    """`search_terms` from the given terms and the association's kind, without touching the
    database, so that bulk imports can fill it before inserting (see `demo.associations`)."""
    words = []
    for term in terms:
        words.extend(name for name in (term.name_fi, term.name_sv, term.name_en) if name)
    for language in ("fi", "sv", "en"):
        with translation.override(language):
            words.append(str(association.get_kind_display()))
    return " ".join(dict.fromkeys(words))


def refresh_search_terms(queryset: QuerySet) -> None:
    """Recompute `search_terms` for the given associations (in batches, for bulk imports)."""
    associations = queryset.select_related("home_municipality").prefetch_related(
        "operating_municipalities", "themes", "spearheads", "target_groups", "fields", "languages"
    )
    changed = []
    for association in associations.iterator(chunk_size=2000):
        terms = search_terms_for(association)
        if terms != association.search_terms:
            association.search_terms = terms
            changed.append(association)
    queryset.model.objects.bulk_update(changed, ["search_terms"], batch_size=2000)
