import pytest
from django.urls import reverse

from taxonomy.models import Spearhead

pytestmark = pytest.mark.django_db


def test_strategy_page_presents_the_whole_strategy_with_structure(client):
    response = client.get("/strategia/")
    assert response.status_code == 200
    page = response.content.decode()
    for heading in [
        "Tausta",
        "Tarve",
        "Visio",
        "Tarkoitus",
        "Strategian kärjet",
        "Päijät-Hämeen HYTE-kärjet",
        "Jatko",
    ]:
        assert f">{heading}</h2>" in page, heading
    assert "toimivan toiminta- ja palveluvalikon" in page
    assert "hajalliseksi ja haasteelliseksi hahmottaa" in page
    for spearhead in Spearhead.objects.all():
        assert f'id="{spearhead.slug}"' in page
        assert f"{spearhead.number}. {spearhead.name_fi}".replace("&", "&amp;") in page
        assert spearhead.goal_fi in page
        for measure in spearhead.measures_fi.splitlines():
            assert f">{measure}</a>" in page
    assert 'href="/teemat/mielen-hyvinvointi/"' in page


def test_coordinator_edits_reach_the_strategy_page(client):
    from followup.models import Measure

    spearhead = Spearhead.objects.get(number=2)
    Measure.objects.create(spearhead=spearhead, title="Yhteiset koulutukset", position=9)
    assert ">Yhteiset koulutukset</a>" in client.get("/strategia/").content.decode()


def test_theme_page(client):
    response = client.get(reverse("portal:theme-detail", kwargs={"slug": "arjen-turvallisuus"}))
    assert response.status_code == 200
    page = response.content.decode()
    assert "<h1>Arjen turvallisuus</h1>" in page
    assert page.count('<a class="chip" href="/teemat/') == 3  # the other themes
    assert "<title>Arjen turvallisuus · Päijäthämäläiset.fi</title>" in page


def test_municipality_page_in_swedish(client):
    response = client.get("/sv/kunnat/hartola/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "<h1>Gustav Adolfs</h1>" in page
    assert '<a href="/sv/kunnat/">Kommuner</a>' in page


@pytest.mark.parametrize(
    "path", ["/teemat/ei-ole/", "/kunnat/tampere/", "/kunnat/%C3%A4%00/", "/sv/teemat/x/"]
)
def test_unknown_slugs_are_404(client, path):
    assert client.get(path).status_code == 404
