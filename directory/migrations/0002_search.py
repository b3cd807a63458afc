"""PostgreSQL search: accent-blind Finnish full-text search, prefix and trigram matching, and a
Finnish collation for sorting by name. See `directory/search.py` for how queries use them.

On other databases only the collation matters, and `core.db` registers one on SQLite.
"""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

FORWARD = r"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'finnish_unaccent') THEN
    CREATE TEXT SEARCH CONFIGURATION finnish_unaccent (COPY = finnish);
    ALTER TEXT SEARCH CONFIGURATION finnish_unaccent
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, finnish_stem;
  END IF;
END $$;

-- unaccent() is only STABLE; indexes and generated columns need an IMMUTABLE wrapper.
CREATE OR REPLACE FUNCTION directory_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $f$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $f$;

-- One typed word as a prefix query on its Finnish stem. Stems of seven letters or more lose
-- their last letter, because inflection changes it: nuorisoseura -> nuorisoseur, but
-- nuorisoseurojen -> nuorisoseuro. A stop word gives an empty query, which && ignores.
CREATE OR REPLACE FUNCTION directory_prefix_tsquery(word text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $f$
    SELECT CASE
      WHEN stem IS NULL THEN ''::tsquery
      ELSE to_tsquery('simple', quote_literal(
        CASE WHEN length(stem) >= 7 THEN left(stem, -1) ELSE stem END) || ':*')
    END
    FROM (SELECT (ts_lexize('finnish_stem', directory_unaccent(lower(word))))[1] AS stem) AS s
  $f$;

ALTER TABLE directory_association ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('finnish_unaccent'::regconfig, coalesce(name, '')), 'A')
  || setweight(to_tsvector('finnish_unaccent'::regconfig, coalesce(short_description, '')), 'B')
  || setweight(to_tsvector('finnish_unaccent'::regconfig, coalesce(search_terms, '')), 'B')
  || setweight(to_tsvector('finnish_unaccent'::regconfig, coalesce(description, '')), 'C')
) STORED;

CREATE INDEX directory_association_search_idx
  ON directory_association USING gin (search_vector);
CREATE INDEX directory_association_name_trgm_idx
  ON directory_association USING gin (directory_unaccent(lower(name)) gin_trgm_ops);

CREATE COLLATION IF NOT EXISTS fi (provider = icu, locale = 'fi');
CREATE INDEX directory_association_name_fi_idx
  ON directory_association (name COLLATE fi) WHERE status = 'published';
"""

BACKWARD = r"""
DROP INDEX IF EXISTS directory_association_name_fi_idx;
DROP INDEX IF EXISTS directory_association_name_trgm_idx;
DROP INDEX IF EXISTS directory_association_search_idx;
ALTER TABLE directory_association DROP COLUMN IF EXISTS search_vector;
DROP FUNCTION IF EXISTS directory_prefix_tsquery(text);
DROP FUNCTION IF EXISTS directory_unaccent(text);
DROP TEXT SEARCH CONFIGURATION IF EXISTS finnish_unaccent;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [
        UnaccentExtension(),
        TrigramExtension(),
        migrations.RunPython(forward, backward),
    ]
