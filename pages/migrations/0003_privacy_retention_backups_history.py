"""The privacy notice learns the retention of backups, audit history and error reports.

Inserted after the logs' retention line where the notice still has it; a notice a coordinator
has rewritten is left alone.
"""

from django.db import migrations

ADDITIONS = {
    "body_fi": (
        "- **Tietoturva- ja virhelokit** säilytetään 90 päivää, minkä jälkeen ne poistetaan.\n",
        "- **Virheilmoitukset** ja niiden lähettäjän sähköpostiosoite säilytetään, kunnes ilmoitus\n"
        "  on käsitelty, kuitenkin enintään 12 kuukautta.\n"
        "- **Muutoshistoria** (kuka muutti yhdistyksen tietoja ja milloin) säilytetään niin kauan\n"
        "  kuin yhdistys on hakemistossa. Kun käyttäjätili poistetaan, historiasta poistetaan\n"
        "  tieto siitä, kuka muutokset teki.\n"
        "- **Varmuuskopiot** säilytetään 30 päivää. Poistetut tiedot häviävät varmuuskopioista\n"
        "  viimeistään silloin.\n",
    ),
    "body_sv": (
        "- **Säkerhets- och felloggar** sparas i 90 dagar och raderas därefter.\n",
        "- **Felanmälningar** och avsändarens e-postadress sparas tills anmälan är behandlad, dock\n"
        "  högst 12 månader.\n"
        "- **Ändringshistoriken** (vem som ändrade föreningens uppgifter och när) sparas så länge\n"
        "  föreningen finns i katalogen. När ett användarkonto raderas tas uppgiften om vem som\n"
        "  gjorde ändringarna bort ur historiken.\n"
        "- **Säkerhetskopior** sparas i 30 dagar. Raderade uppgifter försvinner ur\n"
        "  säkerhetskopiorna senast då.\n",
    ),
    "body_en": (
        "- **Security and error logs** are kept for 90 days and then deleted.\n",
        "- **Error reports** and the sender's e-mail address are kept until the report has been\n"
        "  handled, and for 12 months at most.\n"
        "- **Change history** (who changed an association's information and when) is kept for as\n"
        "  long as the association is listed. When a user account is removed, the history no\n"
        "  longer says who made the changes.\n"
        "- **Backups** are kept for 30 days; removed information disappears from them by then.\n",
    ),
}


def add(apps, schema_editor):
    Page = apps.get_model("pages", "Page")
    page = Page.objects.filter(slug="tietosuoja").first()
    if page is None:
        return
    for field, (anchor, addition) in ADDITIONS.items():
        body = getattr(page, field)
        if anchor in body and addition not in body:
            setattr(page, field, body.replace(anchor, anchor + addition, 1))
    page.save()


def remove(apps, schema_editor):
    Page = apps.get_model("pages", "Page")
    page = Page.objects.filter(slug="tietosuoja").first()
    if page is None:
        return
    for field, (_anchor, addition) in ADDITIONS.items():
        setattr(page, field, getattr(page, field).replace(addition, "", 1))
    page.save()


class Migration(migrations.Migration):
    dependencies = [("pages", "0002_legal_pages")]

    operations = [migrations.RunPython(add, remove)]
