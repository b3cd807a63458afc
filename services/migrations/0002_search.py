"""PostgreSQL search for services: a generated, weighted `search_vector` and the indexes that
`directory.search.search_text` uses, with the configuration and functions of
`directory/0002_search`. Other databases need nothing (they search with substrings)."""

# Idempotent, because the browser tests replay migrations made only of RunPython.
from django.db import migrations

FORWARD = r"""
ALTER TABLE services_service ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('finnish_unaccent'::regconfig, coalesce(title, '')), 'A')
  || setweight(to_tsvector('finnish_unaccent'::regconfig, coalesce(short_description, '')), 'B')
  || setweight(to_tsvector('finnish_unaccent'::regconfig, coalesce(search_terms, '')), 'B')
  || setweight(to_tsvector('finnish_unaccent'::regconfig, coalesce(description, '')), 'C')
) STORED;

CREATE INDEX IF NOT EXISTS services_service_search_idx ON services_service USING gin (search_vector);
CREATE INDEX IF NOT EXISTS services_service_title_trgm_idx
  ON services_service USING gin (directory_unaccent(lower(title)) gin_trgm_ops);
CREATE INDEX IF NOT EXISTS services_service_title_fi_idx
  ON services_service (title COLLATE fi) WHERE status = 'published';
"""

BACKWARD = r"""
DROP INDEX IF EXISTS services_service_title_fi_idx;
DROP INDEX IF EXISTS services_service_title_trgm_idx;
DROP INDEX IF EXISTS services_service_search_idx;
ALTER TABLE services_service DROP COLUMN IF EXISTS search_vector;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("services", "0001_initial"), ("directory", "0002_search")]

    operations = [migrations.RunPython(forward, backward)]
