"""PostgreSQL search for news: a generated, weighted `search_vector` and a trigram index on the
title, using the configuration and functions of `directory/0002_search` (see `directory/search.py`).

Written to run twice harmlessly: the browser tests replay migrations made only of RunPython.
"""

from django.db import migrations

FORWARD = r"""
ALTER TABLE news_newsitem ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('finnish_unaccent'::regconfig, coalesce(title, '')), 'A')
  || setweight(to_tsvector('finnish_unaccent'::regconfig, coalesce(lead, '')), 'B')
  || setweight(to_tsvector('finnish_unaccent'::regconfig, coalesce(body, '')), 'C')
) STORED;

CREATE INDEX IF NOT EXISTS news_newsitem_search_idx ON news_newsitem USING gin (search_vector);
CREATE INDEX IF NOT EXISTS news_newsitem_title_trgm_idx
  ON news_newsitem USING gin (directory_unaccent(lower(title)) gin_trgm_ops);
"""

BACKWARD = r"""
DROP INDEX IF EXISTS news_newsitem_title_trgm_idx;
DROP INDEX IF EXISTS news_newsitem_search_idx;
ALTER TABLE news_newsitem DROP COLUMN IF EXISTS search_vector;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("news", "0001_initial"), ("directory", "0002_search")]

    operations = [migrations.RunPython(forward, backward)]
