import csv
import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from directory.importing import COLUMNS
from directory.models import Association
from taxonomy.models import Municipality, Theme

pytestmark = pytest.mark.django_db

EXAMPLE_FILE = Path(settings.BASE_DIR) / "docs" / "import_example.csv"


def row(**values) -> dict[str, str]:
    """A valid row of a fictional association; keyword arguments override its cells."""
    return {
        "name": "Vesijärven Vertaistuki ry",
        "business_id": "2345678-0",
        "municipality": "lahti",
        "themes": "mielen-hyvinvointi",
        "short_description": "Vertaistukiryhmiä Lahdessa.",
        "phone": "03 0000 1201",
        **values,
    }


def write_csv(tmp_path, rows, *, columns=COLUMNS, delimiter=",", encoding="utf-8") -> Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / "yhdistykset.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def run(path, *args) -> str:
    stdout = io.StringIO()
    call_command("import_associations", str(path), *args, stdout=stdout)
    return stdout.getvalue()


def run_failing(path, *args) -> tuple[str, str]:
    """The report and the error message of a run that must fail."""
    stdout = io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("import_associations", str(path), *args, stdout=stdout)
    return stdout.getvalue(), str(error.value)


def test_good_file_creates_associations_with_their_taxonomy(tmp_path):
    path = write_csv(
        tmp_path,
        [
            row(
                kind="",
                operating_municipalities="Hollola; ASIKKALA ",
                themes="mielen-hyvinvointi;Arjen turvallisuus",
                spearheads="Kumppanuus",
                target_groups="työikäiset;Omaishoitajat",
                fields="Mielenterveys- ja päihdetyö",
                languages="fi;ruotsi",
                website="www.vertaistuki.example",
            ),
            row(
                name="Sysmän Kulttuuripiiri",
                business_id="",
                kind="säätiö",
                municipality="781",
                operating_municipalities="16",  # Asikkala's code 016, as Excel writes it
                themes="Osallisuus ja yhteisöllisyys",
                short_description="Lukupiiri ja teatterimatkoja.",
            ),
        ],
    )

    output = run(path)

    assert "2 created, 0 updated, 0 unchanged, 0 invalid" in output
    peer_support = Association.objects.get(business_id="2345678-0")
    assert peer_support.slug == "vesijarven-vertaistuki-ry"
    assert peer_support.status == Association.Status.DRAFT
    assert peer_support.kind == Association.Kind.REGISTERED
    assert peer_support.home_municipality.slug == "lahti"
    assert peer_support.website == "https://www.vertaistuki.example"
    assert {m.slug for m in peer_support.operating_municipalities.all()} == {
        "lahti", "hollola", "asikkala"
    }  # fmt: skip
    assert {t.slug for t in peer_support.themes.all()} == {
        "mielen-hyvinvointi", "arjen-turvallisuus"
    }  # fmt: skip
    assert [s.slug for s in peer_support.spearheads.all()] == ["kumppanuus"]
    assert {g.slug for g in peer_support.target_groups.all()} == {"tyoikaiset", "omaishoitajat"}
    assert [f.slug for f in peer_support.fields.all()] == ["mielenterveys-ja-paihdetyo"]
    assert {language.slug for language in peer_support.languages.all()} == {"fi", "sv"}

    culture = Association.objects.get(name="Sysmän Kulttuuripiiri")
    assert culture.kind == Association.Kind.FOUNDATION
    assert culture.home_municipality.name_fi == "Sysmä"
    assert {m.slug for m in culture.operating_municipalities.all()} == {"sysma", "asikkala"}


def test_second_run_changes_nothing_and_a_changed_phone_updates_one(tmp_path):
    rows = [row(), row(name="Heinolan Kylätalkoot ry", business_id="2468135-7", municipality="111")]
    path = write_csv(tmp_path, rows)
    run(path)

    assert "0 created, 0 updated, 2 unchanged" in run(path)

    rows[1]["phone"] = "044 000 0000"
    path = write_csv(tmp_path, rows)
    assert "0 created, 1 updated, 1 unchanged" in run(path)
    assert Association.objects.get(business_id="2468135-7").phone == "044 000 0000"
    assert Association.objects.count() == 2


def test_rows_match_existing_associations_by_business_id(tmp_path):
    lahti = Municipality.objects.get(slug="lahti")
    existing = Association.objects.create(
        name="Vanha nimi ry",
        slug="vanha-nimi-ry",
        business_id="2345678-0",
        home_municipality=lahti,
        short_description="Vanha kuvaus.",
        status=Association.Status.PUBLISHED,
    )

    output = run(write_csv(tmp_path, [row()]), "--status", "draft")

    assert "0 created, 1 updated" in output
    existing.refresh_from_db()
    assert existing.name == "Vesijärven Vertaistuki ry"
    assert existing.slug == "vanha-nimi-ry"  # URLs stay stable
    assert existing.status == Association.Status.PUBLISHED  # the import never changes status
    assert [t.slug for t in existing.themes.all()] == ["mielen-hyvinvointi"]


def test_rows_without_a_match_by_business_id_match_by_name_and_home_municipality(tmp_path):
    lahti = Municipality.objects.get(slug="lahti")
    existing = Association.objects.create(
        name="VESIJÄRVEN VERTAISTUKI RY",
        slug="vesijarven-vertaistuki-ry",
        home_municipality=lahti,
        short_description="Vertaistukiryhmiä Lahdessa.",
    )

    output = run(write_csv(tmp_path, [row(), row(municipality="Hollola", business_id="")]))

    assert "1 created, 1 updated" in output
    existing.refresh_from_db()
    assert existing.business_id == "2345678-0"
    # The same name in another municipality is another association, with its own slug.
    other = Association.objects.get(home_municipality__slug="hollola")
    assert other.slug == "vesijarven-vertaistuki-ry-2"


def test_dry_run_reports_but_writes_nothing(tmp_path):
    output = run(write_csv(tmp_path, [row()]), "--dry-run")

    assert "Dry run, nothing was written: 1 created" in output
    assert not Association.objects.exists()


def test_invalid_rows_are_reported_by_line_and_nothing_is_imported(tmp_path):
    rows = [
        row(description="Kaksi riviä\nkuvausta."),  # lines 2–3
        row(name="Teematon ry", business_id="", themes="mielen-hyvinvointi;x"),
        row(name="Väärä tunnus ry", business_id="1234567-8"),
        row(name="", business_id=""),
        row(name="Pitkä ry", business_id="", short_description="a" * 201),
        row(
            name="Posti ry", business_id="", email="info@", website="ei osoite", postal_code="1510"
        ),
        row(name="Toinen ry"),  # the business ID of line 2 again
        row(name="Outo ry", business_id="", kind="kerho", municipality="Helsinki"),
    ]

    output, error = run_failing(write_csv(tmp_path, rows))

    assert "Line 4: unknown theme 'x'" in output
    assert "Line 5: business_id '1234567-8': The check digit of this business ID" in output
    assert "Line 6: missing name" in output
    assert "Line 7: short_description: Ensure this value has at most 200 characters" in output
    assert "Line 8: email 'info@': Enter a valid email address." in output
    assert "Line 8: website 'ei osoite': Enter a valid URL." in output
    assert "Line 8: postal_code '1510': A postal code is five digits." in output
    assert "Line 9: duplicate: business ID 2345678-0 is on line 2 too" in output
    assert "Line 10: unknown kind 'kerho'" in output
    assert "Line 10: unknown municipality 'Helsinki'" in output
    assert "exists already" not in output  # the duplicate is reported once
    assert "Line 2:" not in output and "Line 3:" not in output
    assert "7 invalid row(s): nothing was imported" in error
    assert not Association.objects.exists()


def test_skip_invalid_imports_the_valid_rows(tmp_path):
    rows = [row(), row(name="Teematon ry", business_id="", themes="ei-ole")]

    output = run(write_csv(tmp_path, rows), "--skip-invalid")

    assert "Line 3: unknown theme 'ei-ole'" in output
    assert "1 created, 0 updated, 0 unchanged, 1 invalid" in output
    assert list(Association.objects.values_list("name", flat=True)) == ["Vesijärven Vertaistuki ry"]


def test_unknown_column_is_reported_on_line_1(tmp_path):
    path = write_csv(tmp_path, [row(teemat="x")], columns=[*COLUMNS, "teemat"])

    output, _error = run_failing(path)

    assert "Line 1: unknown column 'teemat' in the header" in output
    assert not Association.objects.exists()
    assert "1 created" in run(path, "--skip-invalid")


def test_imported_with_status_published_is_public_and_found_by_its_themes(tmp_path):
    run(
        write_csv(tmp_path, [row(themes="mielen-hyvinvointi;arjen-turvallisuus")]),
        "--status",
        "published",
    )

    association = Association.objects.published().get(business_id="2345678-0")
    for theme in Theme.objects.filter(slug__in=["mielen-hyvinvointi", "arjen-turvallisuus"]):
        assert theme.name_fi in association.search_terms
        assert theme.name_en in association.search_terms
    assert "Lahti" in association.search_terms


def test_semicolon_delimited_file_with_a_bom_is_read(tmp_path):
    rows = [row(themes="mielen-hyvinvointi;Arjen turvallisuus", operating_municipalities="398;098")]
    path = write_csv(tmp_path, rows, delimiter=";", encoding="utf-8-sig")

    assert "1 created" in run(path)
    association = Association.objects.get()
    assert association.themes.count() == 2
    assert {m.slug for m in association.operating_municipalities.all()} == {"lahti", "hollola"}


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    path = write_csv(tmp_path, [row()], encoding="cp1252")

    _output, error = run_failing(path)

    assert "not UTF-8" in error
    assert not Association.objects.exists()


def test_missing_required_columns_are_listed(tmp_path):
    path = write_csv(tmp_path, [{"name": "Nimi ry"}], columns=["name", "themes"])

    _output, error = run_failing(path)

    assert "lacks the required column(s): municipality, short_description" in error


def test_example_file_imports_cleanly():
    output = run(EXAMPLE_FILE, "--dry-run")
    assert "7 created, 0 updated, 0 unchanged, 0 invalid" in output

    run(EXAMPLE_FILE)
    foundation = Association.objects.get(business_id="2900401-3")
    assert foundation.kind == Association.Kind.FOUNDATION
    assert foundation.operating_municipalities.count() == Municipality.objects.count() == 10
    assert "0 created, 0 updated, 7 unchanged" in run(EXAMPLE_FILE)


def test_a_control_character_makes_the_row_invalid(tmp_path):
    path = write_csv(tmp_path, [row(name="Vesijärven\x0bVertaistuki ry")])
    report, error = run_failing(path)
    assert "Line 2" in report + error
    assert not Association.objects.exists()
