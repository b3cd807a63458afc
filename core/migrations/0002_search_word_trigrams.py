"""PostgreSQL: the trigram index typo correction matches query words on (`core.search`)."""

from django.db import migrations

FORWARD = """
CREATE INDEX IF NOT EXISTS core_searchword_plain_trgm_idx
  ON core_searchword USING gin (directory_unaccent(word) gin_trgm_ops);
"""
BACKWARD = "DROP INDEX IF EXISTS core_searchword_plain_trgm_idx;"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial"), ("directory", "0002_search")]

    operations = [migrations.RunPython(forward, backward)]
