"""PostgreSQL search for consultations: a generated, weighted `search_vector` and the indexes
`core.search.search_text` uses, as in `conditions/0002_search` (whose SQL this reuses). Other
databases need nothing (they search with substrings)."""

# Idempotent, because the browser tests replay migrations made only of RunPython.
import importlib

from django.db import migrations

conditions_search = importlib.import_module("conditions.migrations.0002_search")

TABLE = "partnership_consultation"
TITLE = "title"
COLUMNS = [
    ("title", "A"),
    ("summary", "B"),
    ("asker_name", "B"),
    ("search_terms", "B"),
    ("description", "C"),
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(conditions_search.forward_sql(TABLE, TITLE, COLUMNS))


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(conditions_search.backward_sql(TABLE, TITLE))


class Migration(migrations.Migration):
    dependencies = [
        ("partnership", "0003_consultations"),
        ("conditions", "0002_search"),
    ]

    operations = [migrations.RunPython(forward, backward)]
