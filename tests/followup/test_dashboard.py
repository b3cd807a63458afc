"""`/seuranta/`: the evaluation dashboard's numbers against a known set of content, its markings,
filters, cache and query counts."""

import datetime
import re
from unittest import mock

import pytest
from django.utils import timezone

from directory.models import Association
from followup.models import MonthlySnapshot, MunicipalPopulation
from followup.snapshots import add_months, current_month

pytestmark = pytest.mark.django_db

URL = "/seuranta/"
MENTAL = "mielen-hyvinvointi"
SAFETY = "arjen-turvallisuus"
HEINOLA_POPULATION = 17829


@pytest.fixture
def region(make_association, make_service, make_event):
    """Mental wellbeing: three associations in Heinola, one in Lahti (thin there), none in
    Sysmä; one service and one upcoming event in Heinola; and what must not count."""
    heinola = [
        make_association(
            f"Heinolan Mieli {n} ry",
            municipality="heinola",
            themes=[MENTAL],
            spearheads=["kumppanuus"],
        )
        for n in range(3)
    ]
    make_association("Lahden Mieli ry", municipality="lahti", themes=[MENTAL])
    make_association("Luonnos ry", municipality="sysma", themes=[MENTAL], status="draft")
    make_service(
        "Vertaisryhmä", association=heinola[0], municipalities=["heinola"], themes=[MENTAL]
    )
    make_event("Mielen ilta", association=heinola[0], municipality="heinola", themes=[MENTAL])
    make_event(
        "Mennyt ilta",
        association=heinola[0],
        municipality="heinola",
        themes=[MENTAL],
        start=timezone.now() - datetime.timedelta(days=3),
    )
    return heinola


def coverage(response, kind="associations"):
    table = next(t for t in response.context["coverage"] if t["kind"] == kind)
    themes = [t.slug for t in response.context["columns"]]
    rows = {
        item["row"].municipality.slug: dict(zip(themes, item["cells"], strict=True))
        for item in table["rows"]
    }
    rows["region"] = dict(zip(themes, table["region"]["cells"], strict=True))
    return rows


def test_populations_come_from_the_migration_with_year_and_source(client):
    assert MunicipalPopulation.objects.count() == 10
    heinola = MunicipalPopulation.objects.get(municipality__slug="heinola")
    assert heinola.population == HEINOLA_POPULATION
    assert heinola.date == datetime.date(2024, 12, 31)
    text = client.get(URL).content.decode()
    assert "Statistics Finland (as republished by citypopulation.de), 31.12.2024" in text


def test_a_new_association_changes_its_cell_by_one(client, region, make_association):
    before = coverage(client.get(URL))
    assert before["heinola"][MENTAL].count == 3
    assert before["lahti"][MENTAL].count == 1
    assert before["sysma"][MENTAL].count == 0  # the draft does not count
    assert before["region"][MENTAL].count == 4

    make_association("Heinolan Uusi Mieli ry", municipality="heinola", themes=[MENTAL])

    after = coverage(client.get(URL))
    assert after["heinola"][MENTAL].count == 4
    assert after["heinola"][SAFETY].count == before["heinola"][SAFETY].count
    assert after["lahti"][MENTAL].count == 1
    assert after["region"][MENTAL].count == 5


def test_services_and_upcoming_events_are_counted(client, region):
    response = client.get(URL)
    assert coverage(response, "services")["heinola"][MENTAL].count == 1
    assert coverage(response, "events")["heinola"][MENTAL].count == 1  # not the past one


def test_rates_per_thousand_inhabitants(client, region):
    response = client.get(URL)
    heinola = coverage(response)["heinola"][MENTAL]
    assert heinola.rate == pytest.approx(3 * 1000 / HEINOLA_POPULATION)
    region_population = sum(MunicipalPopulation.objects.values_list("population", flat=True))
    assert coverage(response)["region"][MENTAL].rate == pytest.approx(4 * 1000 / region_population)
    # Shown with one decimal in Finnish: 3 / 17 829 × 1 000 = 0,168….
    html = response.content.decode()
    table = html.split('id="kattavuus-yhdistykset"')[1].split("</table>")[0]
    heinola_row = table.split('href="/kunnat/heinola/"')[1].split("</tr>")[0]
    assert '<span class="cell-rate">0,2<span class="visually-hidden">' in heinola_row


def test_empty_and_thin_cells_are_marked_in_words(client, region):
    response = client.get(URL)
    cells = coverage(response)
    # Lahti: 1 / 121 337 inhabitants is under half the region's 4 / 204 635.
    assert cells["lahti"][MENTAL].state == "thin"
    assert cells["heinola"][MENTAL].state == ""
    assert cells["sysma"][MENTAL].state == "empty"
    html = response.content.decode()
    table = html.split('id="kattavuus-yhdistykset"')[1].split("</table>")[0]
    lahti = table.split('href="/kunnat/lahti/"')[1].split("</tr>")[0]
    sysma = table.split('href="/kunnat/sysma/"')[1].split("</tr>")[0]
    assert 'coverage-thin"' in lahti and 'class="cell-mark">ohut<' in lahti
    assert 'coverage-empty"' in sysma and 'class="cell-mark">tyhjä<' in sysma


def test_freshness_by_home_municipality_and_the_oldest_profiles(client, make_association):
    now = timezone.now()
    stale = make_association(
        "Vanha ry", municipality="heinola", verified_at=now - datetime.timedelta(days=400)
    )
    make_association(
        "Tuore ry", municipality="heinola", verified_at=now - datetime.timedelta(days=30)
    )
    make_association("Uusi ry", municipality="heinola")  # never confirmed, created now
    never = make_association("Ikivanha ry", municipality="lahti")
    Association.objects.filter(pk=never.pk).update(created_at=now - datetime.timedelta(days=900))

    response = client.get(URL)
    rows = {r.municipality.slug: r for r in response.context["freshness"]}
    assert (rows["heinola"].published, rows["heinola"].confirmed) == (3, 2)
    assert rows["heinola"].share == pytest.approx(200 / 3)
    assert (rows["lahti"].published, rows["lahti"].confirmed) == (1, 0)
    assert rows["sysma"].share is None
    region = response.context["data"].freshness_region
    assert (region.published, region.confirmed) == (4, 2)
    oldest = [a.name for a in response.context["data"].oldest]
    assert oldest[:2] == ["Ikivanha ry", "Vanha ry"]
    html = response.content.decode()
    assert f'href="{stale.get_absolute_url()}"' in html
    assert "67 %" in html


def test_spearheads_count_within_the_filters(client, region):
    response = client.get(URL)
    partnership = next(
        r for r in response.context["data"].spearheads if r.spearhead.slug == "kumppanuus"
    )
    assert partnership.counts["associations"] == 3
    response = client.get(URL, {"municipality": "lahti"})
    partnership = next(
        r for r in response.context["data"].spearheads if r.spearhead.slug == "kumppanuus"
    )
    assert partnership.counts["associations"] == 0


def test_filters_narrow_the_tables(client, region):
    response = client.get(URL, {"municipality": "heinola", "theme": MENTAL, "period": "6"})
    assert response.status_code == 200
    assert [t.slug for t in response.context["columns"]] == [MENTAL]
    table = response.context["coverage"][0]
    assert [item["row"].municipality.slug for item in table["rows"]] == ["heinola"]
    assert [r.municipality.slug for r in response.context["freshness"]] == ["heinola"]
    assert len(response.context["data"].months) == 6
    assert "ignored_filters" not in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"municipality": "atlantis"},
        {"theme": "<script>alert(1)</script>"},
        {"period": "999"},
        {"period": "-1"},
        {"period": "abc", "municipality": ["lahti", "x" * 5000]},
        {"municipality": "\x00"},
    ],
)
def test_bad_filter_values_are_ignored_and_said(client, region, query):
    response = client.get(URL, query)
    assert response.status_code == 200
    assert 'id="ignored-filters"' in response.content.decode()
    assert len(response.context["data"].months) == 24
    download = client.get(f"{URL}kattavuus-yhdistykset.csv", query)
    assert download.status_code == 200


def test_unknown_table_is_not_found(client):
    assert client.get(f"{URL}salaiset.csv").status_code == 404


def test_activity_comes_from_the_snapshots(client, make_association):
    last = add_months(current_month(), -1)
    MonthlySnapshot.objects.create(
        month=last,
        taken_at=timezone.now(),
        figures={
            "events_held": {
                "total": 7,
                "municipality": {"heinola": 3},
                "theme": {MENTAL: 2},
                "cell": {f"heinola {MENTAL}": 1},
            },
        },
    )
    months = client.get(URL).context["data"].months
    assert months[-1].month == last
    assert months[-1].counts == {"new_associations": 0, "events_held": 7, "statements_published": 0}
    assert months[-2].counts["events_held"] is None  # no snapshot: shown as such, not as zero
    assert (
        client.get(URL, {"municipality": "heinola"})
        .context["data"]
        .months[-1]
        .counts["events_held"]
        == 3
    )
    assert client.get(URL, {"theme": MENTAL}).context["data"].months[-1].counts["events_held"] == 2
    both = client.get(URL, {"theme": MENTAL, "municipality": "heinola"})
    assert both.context["data"].months[-1].counts["events_held"] == 1
    assert "ei tilannekuvaa" in both.content.decode()


def test_charts_are_accessible_svg_with_a_table_of_the_same_numbers(client, region):
    html = client.get(URL).content.decode()
    charts = re.findall(r'<svg class="chart[^"]*" role="img" aria-labelledby="([^"]+)"', html)
    assert len(charts) == 6
    for labels in charts:
        title, desc = labels.split()
        assert f'<title id="{title}">' in html and f'<desc id="{desc}">' in html
    # Numbers in SVG attributes are never written with a decimal comma.
    assert not re.search(r'(width|height|x|y)="\d+,\d', html)
    # Each table scrolls in its own focusable, labelled region.
    regions = re.findall(
        r'<div class="table-scroll" role="region" tabindex="0" aria-labelledby="([^"]+)"', html
    )
    assert len(regions) == 7
    for label in regions:
        assert f'<caption id="{label}"' in html


def test_the_strategy_page_and_the_footer_link_here(client):
    html = client.get("/strategia/").content.decode()
    assert '<a id="evaluation-link" href="/seuranta/">Arviointi</a>' in html
    assert html.count('href="/seuranta/"') == 2


def test_the_dashboard_speaks_swedish_and_english(client):
    assert "Utvärdering" in client.get("/sv/seuranta/").content.decode()
    assert "Evaluation" in client.get("/en/seuranta/").content.decode()


def test_exact_query_counts_and_the_cache(client, region, django_assert_num_queries):
    moment = timezone.now().replace(second=0, microsecond=0)
    with mock.patch("followup.dashboard.current_minute", return_value=moment):
        # Themes and municipalities for the filters (2); the themes with the region's counts,
        # every municipality's cells, populations and freshness, the oldest profiles, the
        # spearheads and the snapshots (5).
        with django_assert_num_queries(7):
            client.get(URL)
        with django_assert_num_queries(0):
            client.get(URL)
        with django_assert_num_queries(5):
            client.get(URL, {"municipality": "lahti", "theme": MENTAL, "period": "12"})
        with django_assert_num_queries(0):
            client.get(f"{URL}kattavuus-palvelut.csv", {"municipality": "lahti", "theme": MENTAL})
        for number in range(5):
            make_association_with_many_tags(number)
        with django_assert_num_queries(7):
            client.get(URL)


def make_association_with_many_tags(number):
    from tests.factories import make_association

    make_association(
        f"Monta {number} ry",
        municipality="orimattila",
        themes=[MENTAL, SAFETY],
        operating_municipalities=["lahti", "hollola", "sysma"],
    )


def test_charts_follow_the_filters(client, region):
    charts = client.get(URL, {"municipality": "heinola", "theme": MENTAL}).context["charts"]
    assert [line for bar in charts["coverage"].bars for line, _y in bar.lines] == ["Heinola: 0,2"]
    assert len(charts["freshness"].bars) == 1
    assert "Mielen hyvinvointi" in charts["coverage"].title
