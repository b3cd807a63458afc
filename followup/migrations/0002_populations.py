"""The municipal populations from `followup/data/population.csv` (Statistics Finland), read
here so that every database has them; a later year is a new file row and a new migration."""

import csv
import datetime
from pathlib import Path

from django.db import migrations

POPULATION_CSV = Path(__file__).resolve().parent.parent / "data" / "population.csv"


def load_populations(apps, schema_editor):
    Municipality = apps.get_model("taxonomy", "Municipality")
    MunicipalPopulation = apps.get_model("followup", "MunicipalPopulation")
    municipalities = {m.code: m for m in Municipality.objects.all()}
    with POPULATION_CSV.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            municipality = municipalities.get(row["municipality_code"])
            if municipality is None:
                continue
            MunicipalPopulation.objects.update_or_create(
                municipality=municipality,
                date=datetime.date.fromisoformat(row["date"]),
                defaults={"population": int(row["population"]), "source": row["source"]},
            )


class Migration(migrations.Migration):
    dependencies = [
        ("followup", "0001_initial"),
        ("taxonomy", "0002_terms"),
    ]

    operations = [migrations.RunPython(load_populations, migrations.RunPython.noop)]
