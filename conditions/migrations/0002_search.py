"""PostgreSQL search for premises, grant calls and contact people: a generated, weighted
`search_vector` on each and the indexes `core.search.search_text` uses, with the configuration
and functions of `directory/0002_search`. Other databases need nothing (they search with
substrings)."""

# Idempotent, because the browser tests replay migrations made only of RunPython.
from django.db import migrations

# table -> (title column, [(column, weight)])
TABLES = {
    "conditions_premises": (
        "name",
        [("name", "A"), ("short_description", "B"), ("owner_name", "B"),
         ("street_address", "B"), ("search_terms", "B"), ("description", "C")],
    ),
    "conditions_grantcall": (
        "title",
        [("title", "A"), ("summary", "B"), ("funder_name", "B"), ("search_terms", "B"),
         ("purpose", "C"), ("eligibility", "C"), ("description", "C")],
    ),
    "conditions_contactperson": (
        "name",
        [("name", "A"), ("job_title", "B"), ("organisation", "B"), ("topics", "B"),
         ("search_terms", "B")],
    ),
}  # fmt: skip


def forward_sql(table: str, title: str, columns: list[tuple[str, str]]) -> str:
    vector = "\n  || ".join(
        f"setweight(to_tsvector('finnish_unaccent'::regconfig, coalesce({column}, '')), '{weight}')"
        for column, weight in columns
    )
    return f"""
ALTER TABLE {table} ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS (
  {vector}
) STORED;
CREATE INDEX IF NOT EXISTS {table}_search_idx ON {table} USING gin (search_vector);
CREATE INDEX IF NOT EXISTS {table}_{title}_trgm_idx
  ON {table} USING gin (directory_unaccent(lower({title})) gin_trgm_ops);
CREATE INDEX IF NOT EXISTS {table}_{title}_fi_idx
  ON {table} ({title} COLLATE fi) WHERE status = 'published';
"""


def backward_sql(table: str, title: str) -> str:
    return f"""
DROP INDEX IF EXISTS {table}_{title}_fi_idx;
DROP INDEX IF EXISTS {table}_{title}_trgm_idx;
DROP INDEX IF EXISTS {table}_search_idx;
ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for table, (title, columns) in TABLES.items():
            schema_editor.execute(forward_sql(table, title, columns))


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for table, (title, _columns) in TABLES.items():
            schema_editor.execute(backward_sql(table, title))


class Migration(migrations.Migration):
    dependencies = [
        ("conditions", "0001_premises_grants_contact_people"),
        ("directory", "0002_search"),
    ]

    operations = [migrations.RunPython(forward, backward)]
