"""PostgreSQL search for guides: a generated, weighted `search_vector` over every language and
the trigram index on the Finnish title that `core.search.search_text` uses (configuration and
functions from `directory/0002_search`). Other databases search with substrings."""

# Idempotent, because the browser tests replay migrations made only of RunPython.
from django.db import migrations

FORWARD = r"""
ALTER TABLE pages_guide ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('finnish_unaccent'::regconfig,
    coalesce(title_fi, '') || ' ' || coalesce(title_sv, '') || ' ' || coalesce(title_en, '')), 'A')
  || setweight(to_tsvector('finnish_unaccent'::regconfig,
    coalesce(summary_fi, '') || ' ' || coalesce(summary_sv, '') || ' '
    || coalesce(summary_en, '')), 'B')
  || setweight(to_tsvector('finnish_unaccent'::regconfig,
    coalesce(body_fi, '') || ' ' || coalesce(body_sv, '') || ' ' || coalesce(body_en, '')), 'C')
) STORED;

CREATE INDEX IF NOT EXISTS pages_guide_search_idx ON pages_guide USING gin (search_vector);
CREATE INDEX IF NOT EXISTS pages_guide_title_trgm_idx
  ON pages_guide USING gin (directory_unaccent(lower(title_fi)) gin_trgm_ops);
"""

BACKWARD = r"""
DROP INDEX IF EXISTS pages_guide_title_trgm_idx;
DROP INDEX IF EXISTS pages_guide_search_idx;
ALTER TABLE pages_guide DROP COLUMN IF EXISTS search_vector;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("pages", "0004_guide"), ("directory", "0002_search")]

    operations = [migrations.RunPython(forward, backward)]
