"""A stable UUID for each association (open data): added empty, filled row by row so each one
differs, then made unique and required. The history rows get their association's."""

import uuid

from django.db import migrations, models


def fill(apps, schema_editor):
    Association = apps.get_model("directory", "Association")
    History = apps.get_model("directory", "HistoricalAssociation")
    for pk in Association.objects.filter(uuid__isnull=True).values_list("pk", flat=True):
        value = uuid.uuid4()
        Association.objects.filter(pk=pk).update(uuid=value)
        History.objects.filter(id=pk).update(uuid=value)
    # History of associations deleted since: any value will do, they are never public.
    for pk in History.objects.filter(uuid__isnull=True).values_list("pk", flat=True):
        History.objects.filter(pk=pk).update(uuid=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [("directory", "0011_moderation_note")]

    operations = [
        migrations.AddField(
            model_name="association",
            name="uuid",
            field=models.UUIDField(editable=False, null=True, verbose_name="identifier"),
        ),
        migrations.AddField(
            model_name="historicalassociation",
            name="uuid",
            field=models.UUIDField(editable=False, null=True, verbose_name="identifier"),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="association",
            name="uuid",
            field=models.UUIDField(
                default=uuid.uuid4, editable=False, unique=True, verbose_name="identifier"
            ),
        ),
        migrations.AlterField(
            model_name="historicalassociation",
            name="uuid",
            field=models.UUIDField(
                db_index=True, default=uuid.uuid4, editable=False, verbose_name="identifier"
            ),
        ),
    ]
