"""The strategy's measures as records: each spearhead's measures (one a line in its
`measures_fi`, with the Swedish and English lines in the same order), planned, linked to the
content that serves them. Run again, it adds only what is missing."""

from django.db import migrations
from django.utils.text import slugify

# The site's content that serves a measure, where the strategy names it.
CONTENT = {
    "Päijäthämäläiset.fi": "/yhdistykset/",
    "Tilat, avustukset, yhteyshenkilö, vuoropuhelu": "/toimintaedellytykset/",
    "Kannanotot, lausunnot ja mielipidekirjoitukset": "/uutiset/?kind=kannanotto&kind=lausunto",
}


def lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def seed_measures(apps, schema_editor):
    Spearhead = apps.get_model("taxonomy", "Spearhead")
    Measure = apps.get_model("followup", "Measure")
    for spearhead in Spearhead.objects.order_by("number"):
        swedish, english = lines(spearhead.measures_sv), lines(spearhead.measures_en)
        for position, title in enumerate(lines(spearhead.measures_fi)):
            if Measure.objects.filter(spearhead=spearhead, title=title).exists():
                continue
            base = slugify(title)[:200].strip("-") or "toimenpide"
            slug, number = base, 1
            while Measure.objects.filter(slug=slug).exists():
                number += 1
                slug = f"{base}-{number}"
            Measure.objects.create(
                spearhead=spearhead,
                title=title,
                title_sv=swedish[position] if position < len(swedish) else "",
                title_en=english[position] if position < len(english) else "",
                slug=slug,
                content_path=CONTENT.get(title, ""),
                status="suunniteltu",
                position=position,
            )


class Migration(migrations.Migration):
    dependencies = [
        ("followup", "0003_measures"),
        ("taxonomy", "0002_terms"),
    ]

    operations = [migrations.RunPython(seed_measures, migrations.RunPython.noop)]
