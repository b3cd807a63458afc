"""Writing demo content in bulk: the taxonomy by slug, and one insert for objects with their tags.

`bulk_create()` sends no signals, so whoever uses it does the signals' work: `search_terms` is
filled by the generators (with the functions the signals use), and `bulk_create_tagged()` bumps
the content version (`core.caching`).
"""

import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from django.db import connection, models

from core.caching import content_changed

BATCH_SIZE = 2000

T = TypeVar("T")


@dataclass
class SeedResult:
    created: int = 0
    skipped: int = 0  # generated but left alone because one with its slug exists


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


class Terms:
    """The taxonomy's terms by slug, read once, in each model's default order."""

    def __init__(self):
        self._by_model: dict[type, dict[str, tuple[int, models.Model]]] = {}

    def _terms(self, term_model: type) -> dict[str, tuple[int, models.Model]]:
        if term_model not in self._by_model:
            self._by_model[term_model] = {
                term.slug: (position, term)
                for position, term in enumerate(term_model.objects.all())
            }
        return self._by_model[term_model]

    def get(self, term_model: type, slug: str) -> models.Model:
        return self._terms(term_model)[slug][1]

    def tags(self, model: type, slugs_by_field: Mapping[str, Iterable[str]]) -> dict[str, list]:
        """The terms of each many-to-many field of `model`, from slugs, in the order the model's
        `search_terms` functions read them. An unknown slug is an error in the vocabulary."""
        tags = {}
        for name, slugs in slugs_by_field.items():
            terms = self._terms(model._meta.get_field(name).related_model)
            tags[name] = [term for _position, term in sorted(terms[slug] for slug in set(slugs))]
        return tags


def insert_pairs(through: type, fields: tuple[str, str], pairs: list[tuple[int, int]]) -> None:
    """Insert join rows as plain numbers: building a model instance for each of a million rows
    costs more than inserting them. One statement of two arrays on PostgreSQL; elsewhere
    `executemany`, which SQLite runs in one go."""
    if not pairs:
        return
    meta = through._meta
    columns = [meta.get_field(name) for name in fields]
    quote = connection.ops.quote_name
    insert = f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(c.column) for c in columns)}) "
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            arrays = ", ".join(f"%s::{column.db_type(connection)}[]" for column in columns)
            columns_of_pairs = [list(numbers) for numbers in zip(*pairs, strict=True)]
            cursor.execute(f"{insert} SELECT * FROM UNNEST({arrays})", columns_of_pairs)
        else:
            cursor.executemany(f"{insert} VALUES (%s, %s)", pairs)


def bulk_create_tagged(
    model: type,
    rows: Sequence[tuple[models.Model, Mapping[str, Iterable[models.Model]]]],
    *,
    batch_size: int = BATCH_SIZE,
) -> list[models.Model]:
    """Insert the objects of `rows` and then their many-to-many tags ({field name: terms}), in
    bulk; returns the objects with their primary keys. Every model here has a unique slug, which
    finds the keys on databases whose bulk insert does not return them."""
    objects = [obj for obj, _tags in rows]
    if not objects:
        return objects
    model.objects.bulk_create(objects, batch_size=batch_size)
    if any(obj.pk is None for obj in objects):  # no RETURNING
        pks = dict(
            model.objects.filter(slug__in=[obj.slug for obj in objects]).values_list("slug", "pk")
        )
        for obj in objects:
            obj.pk = pks[obj.slug]
    for name in dict.fromkeys(name for _obj, tags in rows for name in tags):
        relation = model._meta.get_field(name)
        insert_pairs(
            relation.remote_field.through,
            (relation.m2m_field_name(), relation.m2m_reverse_field_name()),
            [(obj.pk, term.pk) for obj, tags in rows for term in tags.get(name, ())],
        )
    content_changed()  # bulk_create sends no signals
    if not connection.force_debug_cursor:  # unless a test is counting queries
        # With DEBUG on, Django keeps the SQL of every query: megabytes for each batch here.
        connection.queries_log.clear()
    return objects
