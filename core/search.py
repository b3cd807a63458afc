"""Finding content by what a resident types: shared by every searchable list.

On PostgreSQL: Finnish full-text search (a copy of the `finnish` configuration that also strips
accents, so `karkola` finds Kärkölä) over a weighted, generated `search_vector` column, with
prefix matching on each word's stem so that a compound's first part finds the compound
(`mielenterveys` → Mielenterveysyhdistys) and inflected forms find each other
(`nuorisoseurojen` → Nuorisoseura), plus trigram word similarity on the name for typos
(`mielenterveis`). The column, configuration, functions and indexes come from migration
`directory/0002_search`. On SQLite a case-insensitive substring search is enough.
"""

import re
from collections.abc import Iterable

from django.db import connection
from django.db.models import (
    BooleanField,
    Expression,
    F,
    FloatField,
    Func,
    Q,
    QuerySet,
    TextField,
    Value,
)
from django.db.models.functions import Lower

MAX_QUERY_LENGTH = 200
MAX_WORDS = 8
# The longest Finnish compounds are about 40 letters; a longer "word" only makes trigram matching
# and stemming slow (a 200-letter word took seconds on the service menu at 4,000 associations).
MAX_WORD_LENGTH = 40
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


def query_words(text: str) -> list[str]:
    """The words of a search, capped so that a 10 kB query costs no more than a short one."""
    words = WORD_RE.findall((text or "")[:MAX_QUERY_LENGTH].lower())
    # Each word once (a repeated word adds cost, not precision), at most MAX_WORDS of them.
    return list(dict.fromkeys(word[:MAX_WORD_LENGTH] for word in words))[:MAX_WORDS]


def uses_postgres_search() -> bool:
    return connection.vendor == "postgresql"


class TableColumn(Expression):
    """A column of the model's own table that the model does not declare (the PostgreSQL-only
    `search_vector`), qualified with the table's alias so it also works inside subqueries."""

    def __init__(self, column: str, output_field):
        super().__init__(output_field=output_field)
        self.column = column
        self.anchor = F("pk")

    def get_source_expressions(self):
        return [self.anchor]

    def set_source_expressions(self, expressions):
        (self.anchor,) = expressions

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(self.anchor.alias)
        return f"{table}.{connection.ops.quote_name(self.column)}", []


def unaccented(expression):
    return Func(expression, function="directory_unaccent", output_field=TextField())


def search_text(
    queryset: QuerySet, text: str, *, name_field: str, text_fields: Iterable[str]
) -> QuerySet:
    """Filter to the rows matching every word of `text`, annotated with a `rank`.

    On PostgreSQL the model's table needs a generated `search_vector` column (`finnish_unaccent`
    configuration) and a trigram index on `directory_unaccent(lower(<name_field>))`, as
    migration `directory/0002_search` makes for associations; `name_field` is the title that
    typos are forgiven in. On SQLite every word must occur in one of `text_fields`.
    """
    words = query_words(text)
    if not words:
        return queryset
    if not uses_postgres_search():
        for word in words:
            matches = Q()
            for field_name in text_fields:
                matches |= Q(**{f"{field_name}__icontains": word})
            queryset = queryset.filter(matches)
        return queryset.annotate(rank=Value(0.0, output_field=FloatField()))

    vector = TableColumn("search_vector", output_field=TextField())
    prefix_query = Func(
        *(Func(Value(word), function="directory_prefix_tsquery") for word in words),
        template="(%(expressions)s)",
        arg_joiner=" && ",
        output_field=TextField(),
    )
    full_text = Func(
        vector, prefix_query, template="%(expressions)s", arg_joiner=" @@ ",
        output_field=BooleanField(),
    )  # fmt: skip
    phrase = unaccented(Value(" ".join(words)))
    name = unaccented(Lower(name_field))
    # `<%` (doubled for the driver) is pg_trgm's word-similarity operator, true at a similarity
    # of 0.6 or more; it uses the trigram index on the name.
    typo = Func(
        phrase, name, template="%(expressions)s", arg_joiner=" <%% ", output_field=BooleanField()
    )
    rank = Func(vector, prefix_query, function="ts_rank", output_field=FloatField()) + Func(
        phrase, name, function="word_similarity", output_field=FloatField()
    )
    return queryset.filter(Q(full_text) | Q(typo)).annotate(rank=rank)
