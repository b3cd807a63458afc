"""Finding services by what a resident types: the directory's search (`directory.search`) over
the service's own `search_vector`, made by migration `services/0002_search`."""

from collections.abc import Iterable

from django.db.models import QuerySet
from django.utils import translation

from core.search import search_text
from taxonomy.models import Term

TAGGING_FIELDS = ["municipalities", "themes", "spearheads", "target_groups", "languages"]


def search_services(queryset: QuerySet, text: str) -> QuerySet:
    """Filter to the services matching every word of `text`, annotated with a `rank`."""
    return search_text(
        queryset,
        text,
        name_field="title",
        text_fields=["title", "short_description", "search_terms", "description"],
    )


def search_terms_text(service, terms: Iterable[Term], provider_name: str) -> str:
    """`search_terms` from the given terms, the kind and the provider, without touching the
    database, so that bulk inserts can fill it (see `demo.services`)."""
    words = [provider_name]
    for term in terms:
        words.extend(name for name in (term.name_fi, term.name_sv, term.name_en) if name)
    for language in ("fi", "sv", "en"):
        with translation.override(language):
            words.append(str(service.get_kind_display()))
    return " ".join(dict.fromkeys(word for word in words if word))


def refresh_search_terms(queryset: QuerySet) -> None:
    """Recompute `search_terms` for the given services."""
    services = queryset.select_related("association").prefetch_related(*TAGGING_FIELDS)
    changed = []
    for service in services.iterator(chunk_size=2000):
        terms = [term for field in TAGGING_FIELDS for term in getattr(service, field).all()]
        text = search_terms_text(service, terms, service.association.name)
        if text != service.search_terms:
            service.search_terms = text
            changed.append(service)
    queryset.model.objects.bulk_update(changed, ["search_terms"], batch_size=2000)
