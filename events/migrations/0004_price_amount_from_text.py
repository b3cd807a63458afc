"""Fill the new amount from the price text wherever that clearly holds one amount in euros."""

from django.db import migrations

from core.prices import euro_amount


def amounts_from_text(apps, schema_editor):
    Event = apps.get_model("events", "Event")
    rows = Event.objects.filter(is_free=False, price_amount__isnull=True).exclude(price="")
    changed = []
    for row in rows.only("pk", "price").iterator(chunk_size=2000):
        row.price_amount = euro_amount(row.price)
        if row.price_amount is not None:
            changed.append(row)
    Event.objects.bulk_update(changed, ["price_amount"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("events", "0003_price_amount")]

    operations = [migrations.RunPython(amounts_from_text, migrations.RunPython.noop)]
