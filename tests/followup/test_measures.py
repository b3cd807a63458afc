"""Measures and responsibilities (`/strategia/toimenpiteet/`): the model's rules, the seeded
measures, the pages with their filters and query counts, the strategy page and who may edit."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError

from followup.models import Measure, ProgressNote
from taxonomy.models import Municipality, Spearhead
from tests.factories import make_contact

pytestmark = pytest.mark.django_db

URL = "/strategia/toimenpiteet/"
seed = importlib.import_module("followup.migrations.0004_seed_measures")


def day(text):
    return datetime.date.fromisoformat(text)


@pytest.fixture
def measure(make_association):
    """The grants measure, under way, with an association, a municipality, the forum and two
    notes; the association's draft sister is responsible too but never shown."""
    measure = Measure.objects.get(title="Tilat, avustukset, yhteyshenkilö, vuoropuhelu")
    measure.status = Measure.Status.UNDER_WAY
    measure.other_parties = "Päijät-Hämeen Yhdistysfoorumi"
    measure.starts_on, measure.ends_on = day("2026-01-01"), day("2026-12-31")
    measure.content_path = "/toimintaedellytykset/"
    measure.save()
    measure.associations.add(
        make_association("Lahden Järjestöt ry"), make_association("Luonnos ry", status="draft")
    )
    measure.municipalities.add(Municipality.objects.get(slug="hollola"))
    ProgressNote.objects.create(measure=measure, date=day("2026-03-01"), text="Vanha muistiinpano")
    ProgressNote.objects.create(measure=measure, date=day("2026-09-15"), text="Uusin muistiinpano")
    return measure


# --- Model rules and the seeded measures -------------------------------------------------------


def test_every_spearhead_measure_is_seeded_once_as_planned():
    for spearhead in Spearhead.objects.all():
        titles = list(spearhead.strategy_measures.values_list("title", flat=True))
        assert titles == [line.strip() for line in spearhead.measures_fi.splitlines()]
    assert set(Measure.objects.values_list("status", flat=True)) == {"suunniteltu"}
    assert Measure.objects.filter(title="Järjestöneuvottelukunta yhteistyöelimenä").exists()
    grants = Measure.objects.get(title="Tilat, avustukset, yhteyshenkilö, vuoropuhelu")
    assert grants.spearhead.slug == "toimintaedellytykset"
    assert grants.title_sv == "Lokaler, understöd, kontaktperson, dialog"
    assert grants.content_path == "/toimintaedellytykset/"
    count = Measure.objects.count()
    seed.seed_measures(apps, None)
    assert Measure.objects.count() == count == 13


def test_the_end_cannot_be_before_the_start():
    measure = Measure.objects.first()
    measure.starts_on, measure.ends_on = day("2026-05-01"), day("2026-04-30")
    with pytest.raises(ValidationError) as error:
        measure.full_clean()
    assert "ends_on" in error.value.message_dict
    measure.ends_on = day("2026-05-01")
    measure.full_clean()


@pytest.mark.parametrize(
    "path, valid",
    [("/toimintaedellytykset/", True), ("/uutiset/?kind=kannanotto", True),
     ("https://example.fi/", False), ("//example.fi/", False), ("toimintaedellytykset", False),
     ("/a b/", False)],
)  # fmt: skip
def test_content_link_is_a_path_on_this_site(path, valid):
    measure = Measure.objects.first()
    measure.content_path = path
    if valid:
        measure.full_clean()
    else:
        with pytest.raises(ValidationError) as error:
            measure.full_clean()
        assert "content_path" in error.value.message_dict


def test_history_is_kept(measure):
    measure.status = Measure.Status.DONE
    measure.save()
    assert [h.status for h in measure.history.all()[:2]] == ["valmis", "kaynnissa"]


# --- Pages ------------------------------------------------------------------------------------


def test_list_groups_by_spearhead_with_parties_status_and_latest_note(client, measure):
    response = client.get(URL)
    page = response.content.decode()
    assert response.status_code == 200
    assert [s.number for s, _m in response.context["groups"]] == [1, 2, 3, 4, 5]
    assert "Käynnissä" in page and "Suunniteltu" in page
    assert 'href="/yhdistykset/lahden-jarjestot-ry/"' in page
    assert "Luonnos ry" not in page
    assert 'href="/kunnat/hollola/"' in page
    assert "Päijät-Hämeen Yhdistysfoorumi" in page
    assert "Uusin muistiinpano" in page and "Vanha muistiinpano" not in page
    assert "1.1.2026–31.12.2026" in page
    assert 'href="/toimintaedellytykset/"' in page


def test_filters_and_bad_values(client, measure):
    response = client.get(URL, {"status": "kaynnissa"})
    assert [m for _s, ms in response.context["groups"] for m in ms] == [measure]
    response = client.get(URL, {"spearhead": "kumppanuus"})
    groups = response.context["groups"]
    assert [s.slug for s, _m in groups] == ["kumppanuus"] and len(groups[0][1]) == 3
    response = client.get(URL, {"spearhead": "kumppanuus", "status": "valmis"})
    assert response.context["count"] == 0
    assert "Ei hakuehtoja vastaavia toimenpiteitä" in response.content.decode()
    response = client.get(URL, {"status": "<script>", "spearhead": ["x", "y"]})
    assert response.status_code == 200
    assert response.context["count"] == 13
    assert 'id="ignored-filters"' in response.content.decode()


def test_list_query_count_is_fixed(client, measure, make_association, django_assert_num_queries):
    # Spearheads, measures with their latest notes, associations, municipalities.
    with django_assert_num_queries(4):
        client.get(URL)
    for number in range(5):
        other = Measure.objects.create(
            spearhead=measure.spearhead, title=f"Lisätoimenpide {number}"
        )
        other.associations.add(make_association(f"Vastuu {number} ry"))
        other.municipalities.add(*Municipality.objects.all()[:3])
        for month in range(1, 4):
            ProgressNote.objects.create(measure=other, date=day(f"2026-0{month}-01"), text="x")
    with django_assert_num_queries(4):
        client.get(URL, {"status": "suunniteltu"})


def test_detail_shows_all_notes_newest_first(client, measure, django_assert_num_queries):
    # The measure, its associations, municipalities and notes.
    with django_assert_num_queries(4):
        response = client.get(measure.get_absolute_url())
    page = response.content.decode()
    assert measure.get_absolute_url() == f"{URL}tilat-avustukset-yhteyshenkilo-vuoropuhelu/"
    assert page.index("Uusin muistiinpano") < page.index("Vanha muistiinpano")
    assert client.get(f"{URL}ei-tallaista/").status_code == 404


def test_languages(client, measure):
    assert "Lokaler, understöd, kontaktperson, dialog" in client.get(f"/sv{URL}").content.decode()
    page = client.get(f"/en{URL}").content.decode()
    assert "Premises, grants, a contact person, dialogue" in page and "Under way" in page


def test_strategy_page_shows_measures_with_latest_note(client, measure, django_assert_num_queries):
    page = client.get("/strategia/").content.decode()
    assert measure.get_absolute_url() in page
    assert "Uusin muistiinpano" in page and "Vanha muistiinpano" not in page
    assert f"{URL}?spearhead=toimintaedellytykset" in page
    assert "Järjestöneuvottelukunta yhteistyöelimenä" in page
    # The spearheads with their counts, the measures with their latest notes, the themes.
    with django_assert_num_queries(3):
        client.get("/strategia/")
    ProgressNote.objects.create(measure=measure, date=day("2026-10-01"), text="Lisää")
    for number in range(3):
        Measure.objects.create(spearhead=measure.spearhead, title=f"Uusi toimenpide {number}")
    with django_assert_num_queries(3):
        page = client.get("/strategia/").content.decode()
    assert "Lisää" in page and "Uusi toimenpide 2" in page


def test_sitemap_lists_measures(client, measure):
    index = client.get("/sitemap.xml").content.decode()
    assert "toimenpiteet" in index
    page = client.get("/sitemap-toimenpiteet.xml").content.decode()
    assert measure.get_absolute_url() in page


# --- Who may edit ------------------------------------------------------------------------------


ADMIN = "/hallinta/followup/measure/"


def test_contact_cannot_add_or_change_measures(client, measure, make_association):
    contact = make_contact(measure.associations.first())
    client.force_login(contact)
    assert client.get(f"{ADMIN}add/").status_code == 403
    assert client.get(f"{ADMIN}{measure.pk}/change/").status_code in (302, 403)
    response = client.post(
        f"{ADMIN}{measure.pk}/change/",
        {"title": "Muutettu", "notes-TOTAL_FORMS": 1, "notes-INITIAL_FORMS": 0,
         "notes-0-date": "2026-11-01", "notes-0-text": "Luvaton"},
    )  # fmt: skip
    assert response.status_code in (302, 403)
    measure.refresh_from_db()
    assert measure.title == "Tilat, avustukset, yhteyshenkilö, vuoropuhelu"
    assert not measure.notes.filter(text="Luvaton").exists()
    assert "followup" not in client.get("/hallinta/").content.decode()


def test_coordinator_edits_measures_and_notes(client, coordinator, measure):
    client.force_login(coordinator)
    assert client.get(f"{ADMIN}add/").status_code == 200
    form = {
        "spearhead": measure.spearhead.pk, "title": measure.title, "slug": measure.slug,
        "position": 0, "status": "valmis", "starts_on": "2026-01-01", "ends_on": "2025-12-31",
        "content_path": "/toimintaedellytykset/",
        "notes-TOTAL_FORMS": 1, "notes-INITIAL_FORMS": 0,
        "notes-0-date": "2026-11-01", "notes-0-text": "Valmistui",
    }  # fmt: skip
    response = client.post(f"{ADMIN}{measure.pk}/change/", form)
    assert response.status_code == 200  # the end before the start: a field error
    assert "ends_on" in response.context["adminform"].form.errors
    form["ends_on"] = "2026-12-31"
    response = client.post(f"{ADMIN}{measure.pk}/change/", form)
    assert response.status_code == 302
    measure.refresh_from_db()
    assert measure.status == "valmis"
    note = measure.notes.get(text="Valmistui")
    assert note.author == coordinator
    assert measure.history.first().history_user == coordinator
