"""PostgreSQL search over events, like `directory/0002_search` for associations: a generated
Finnish `search_vector` and a trigram index on the title (see `directory.search.search_text`).

Idempotent, because the browser tests replay migrations made only of RunPython."""

from django.db import migrations

FORWARD = r"""
ALTER TABLE events_event ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('finnish_unaccent'::regconfig, coalesce(title, '')), 'A')
  || setweight(to_tsvector('finnish_unaccent'::regconfig, coalesce(summary, '')), 'B')
  || setweight(to_tsvector('finnish_unaccent'::regconfig, coalesce(place_name, '')), 'B')
  || setweight(to_tsvector('finnish_unaccent'::regconfig, coalesce(description, '')), 'C')
) STORED;

CREATE INDEX IF NOT EXISTS events_event_search_idx ON events_event USING gin (search_vector);
CREATE INDEX IF NOT EXISTS events_event_title_trgm_idx
  ON events_event USING gin (directory_unaccent(lower(title)) gin_trgm_ops);
"""

BACKWARD = r"""
DROP INDEX IF EXISTS events_event_title_trgm_idx;
DROP INDEX IF EXISTS events_event_search_idx;
ALTER TABLE events_event DROP COLUMN IF EXISTS search_vector;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("events", "0001_initial"), ("directory", "0002_search")]

    operations = [migrations.RunPython(forward, backward)]
