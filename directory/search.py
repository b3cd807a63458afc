"""Finding associations by what a resident types.

On PostgreSQL: Finnish full-text search (a copy of the `finnish` configuration that also strips
accents, so `karkola` finds Kärkölä) over a weighted, generated `search_vector` column, with
prefix matching on each word's stem so that a compound's first part finds the compound
(`mielenterveys` → Mielenterveysyhdistys) and inflected forms find each other
(`nuorisoseurojen` → Nuorisoseura), plus trigram word similarity on the name for typos
(`mielenterveis`). The column, configuration, functions and indexes come from migration
`directory/0002_search`. On SQLite a case-insensitive substring search is enough.
"""

import re

from django.db import connection
from django.db.models import BooleanField, FloatField, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils import translation

from taxonomy.models import Term

MAX_QUERY_LENGTH = 200
MAX_WORDS = 8
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


def query_words(text: str) -> list[str]:
    """The words of a search, capped so that a 10 kB query costs no more than a short one."""
    return WORD_RE.findall((text or "")[:MAX_QUERY_LENGTH].lower())[:MAX_WORDS]


def uses_postgres_search() -> bool:
    return connection.vendor == "postgresql"


def search_associations(queryset: QuerySet, text: str) -> QuerySet:
    """Filter to the associations matching every word of `text`, annotated with a `rank`."""
    words = query_words(text)
    if not words:
        return queryset
    if not uses_postgres_search():
        for word in words:
            queryset = queryset.filter(
                Q(name__icontains=word)
                | Q(short_description__icontains=word)
                | Q(search_terms__icontains=word)
                | Q(description__icontains=word)
            )
        return queryset.annotate(rank=RawSQL("0", [], output_field=FloatField()))

    table = queryset.model._meta.db_table
    prefix_query = " && ".join(["directory_prefix_tsquery(%s)"] * len(words))
    phrase = " ".join(words)
    full_text = RawSQL(
        f'"{table}"."search_vector" @@ ({prefix_query})', words, output_field=BooleanField()
    )
    # `<%` (doubled for the driver) is pg_trgm's word-similarity operator, true at a similarity
    # of 0.6 or more; it uses the trigram index on the name.
    typo = RawSQL(
        f'directory_unaccent(%s) <%% directory_unaccent(lower("{table}"."name"))',
        [phrase],
        output_field=BooleanField(),
    )
    rank = RawSQL(
        f'ts_rank("{table}"."search_vector", ({prefix_query}))'
        f' + word_similarity(directory_unaccent(%s), directory_unaccent(lower("{table}"."name")))',
        [*words, phrase],
        output_field=FloatField(),
    )
    return queryset.filter(Q(full_text) | Q(typo)).annotate(rank=rank)


def search_terms_for(association) -> str:
    """The labels of everything the association is tagged with, in every language."""
    terms: list[Term] = [association.home_municipality]
    for field in ("operating_municipalities", "themes", "spearheads", "target_groups",
                  "fields", "languages"):  # fmt: skip
        terms.extend(getattr(association, field).all())
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
