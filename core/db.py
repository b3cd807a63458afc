"""A Finnish collation named `fi` on SQLite, matching the ICU one migrations create on PostgreSQL,
so `Collate("name", "fi")` sorts å, ä and ö after z on both."""

import unicodedata
from functools import lru_cache

from django.db.backends.signals import connection_created
from django.dispatch import receiver

# Finnish letters after z, in alphabet order; the ASCII characters after "z" keep that order.
FINNISH_AFTER_Z = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"})


@lru_cache(maxsize=65_536)  # sorting compares each name many times
def finnish_sort_key(text: str) -> str:
    folded = text.casefold().translate(FINNISH_AFTER_Z)
    # Other accents (é, ü…) sort with their base letter, as in Finnish dictionaries.
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def finnish_collation(a: str, b: str) -> int:
    key_a, key_b = finnish_sort_key(a), finnish_sort_key(b)
    return (key_a > key_b) - (key_a < key_b)


@receiver(connection_created)
def register_finnish_collation(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.create_collation("fi", finnish_collation)
