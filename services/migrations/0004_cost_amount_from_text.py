"""Fill the new amount from the cost text wherever that clearly holds one amount in euros."""

from django.db import migrations

from core.prices import euro_amount


def amounts_from_text(apps, schema_editor):
    Service = apps.get_model("services", "Service")
    rows = Service.objects.filter(is_free=False, cost_amount__isnull=True).exclude(cost="")
    changed = []
    for row in rows.only("pk", "cost").iterator(chunk_size=2000):
        row.cost_amount = euro_amount(row.cost)
        if row.cost_amount is not None:
            changed.append(row)
    Service.objects.bulk_update(changed, ["cost_amount"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("services", "0003_cost_amount")]

    operations = [migrations.RunPython(amounts_from_text, migrations.RunPython.noop)]
