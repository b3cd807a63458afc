"""A stable UUID for each service (open data): added empty, filled row by row so each one
differs, then made unique and required."""

import uuid

from django.db import migrations, models


def fill(apps, schema_editor):
    Service = apps.get_model("services", "Service")
    for pk in Service.objects.filter(uuid__isnull=True).values_list("pk", flat=True):
        Service.objects.filter(pk=pk).update(uuid=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [("services", "0005_slug_from_title")]

    operations = [
        migrations.AddField(
            model_name="service",
            name="uuid",
            field=models.UUIDField(editable=False, null=True, verbose_name="identifier"),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="service",
            name="uuid",
            field=models.UUIDField(
                default=uuid.uuid4, editable=False, unique=True, verbose_name="identifier"
            ),
        ),
    ]
