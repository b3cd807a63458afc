from django.db import migrations

# ISO 639 code, Finnish, Swedish, English: the languages associations of the region work in.
LANGUAGES = [
    ("fi", "suomi", "finska", "Finnish"),
    ("sv", "ruotsi", "svenska", "Swedish"),
    ("en", "englanti", "engelska", "English"),
    ("fse", "suomalainen viittomakieli", "finskt teckenspråk", "Finnish Sign Language"),
    ("se", "saame", "samiska", "Sámi"),
    ("ru", "venäjä", "ryska", "Russian"),
    ("et", "viro", "estniska", "Estonian"),
    ("uk", "ukraina", "ukrainska", "Ukrainian"),
    ("ar", "arabia", "arabiska", "Arabic"),
    ("so", "somali", "somaliska", "Somali"),
    ("fa", "persia", "persiska", "Persian"),
    ("ku", "kurdi", "kurdiska", "Kurdish"),
]


def create_languages(apps, schema_editor):
    Language = apps.get_model("taxonomy", "Language")
    for position, (slug, name_fi, name_sv, name_en) in enumerate(LANGUAGES, start=1):
        Language.objects.update_or_create(
            slug=slug,
            defaults={
                "position": position,
                "name_fi": name_fi,
                "name_sv": name_sv,
                "name_en": name_en,
            },
        )


def remove_languages(apps, schema_editor):
    apps.get_model("taxonomy", "Language").objects.filter(
        slug__in=[row[0] for row in LANGUAGES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0003_language")]

    operations = [migrations.RunPython(create_languages, remove_languages)]
