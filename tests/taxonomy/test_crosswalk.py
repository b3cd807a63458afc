"""The crosswalk file (docs/crosswalk.md) covers every theme and target group in every scheme and
names only terms that exist."""

import csv
from pathlib import Path

import pytest

from taxonomy.models import TargetGroup, Theme

CROSSWALK = Path(__file__).resolve().parents[2] / "taxonomy" / "data" / "crosswalk.csv"
SCHEMES = {"ptv-palveluluokka", "ptv-kohderyhma", "lahella-teema"}
MATCHES = {"exact", "close", "broader", "partial", "approximate", "none"}
COLUMNS = ["vocabulary", "slug", "name_fi", "scheme", "target_code", "target_name_fi", "match",
           "note"]  # fmt: skip


def rows() -> list[dict]:
    with CROSSWALK.open(encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file)
        assert reader.fieldnames == COLUMNS
        return list(reader)


@pytest.mark.django_db
def test_every_theme_and_target_group_is_mapped():
    terms = {"theme": Theme, "target_group": TargetGroup}
    found = rows()
    for row in found:
        assert row["scheme"] in SCHEMES, row
        assert row["match"] in MATCHES, row
        model = terms[row["vocabulary"]]
        assert model.objects.get(slug=row["slug"]).name_fi == row["name_fi"]
        assert row["target_name_fi"] or row["match"] == "none", row
    for vocabulary, model in terms.items():
        schemes = {"theme": {"ptv-palveluluokka", "lahella-teema"},
                   "target_group": {"ptv-kohderyhma"}}[vocabulary]  # fmt: skip
        for slug in model.objects.values_list("slug", flat=True):
            mapped = {r["scheme"] for r in found if r["vocabulary"] == vocabulary
                      and r["slug"] == slug}  # fmt: skip
            assert schemes <= mapped, (vocabulary, slug)
