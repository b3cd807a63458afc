import datetime
import io
import json
import re

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from PIL import Image

pytestmark = pytest.mark.django_db

HOSTILE = """## Otsikko

<script>alert("body")</script>
<img src=x onerror="alert(1)">
<iframe src="https://evil.example/"></iframe>

- [turvallinen](https://example.fi/)
- [vaarallinen](javascript:alert(2))
- <a href="data:text/html,x" onclick="alert(3)">data</a>
"""


def json_ld(page: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return json.loads(match.group(1))


@pytest.fixture
def item(make_news, make_association):
    association = make_association("Hollolan Kyläyhdistys ry", municipality="hollola")
    return make_news(
        "Kannanotto kirjastoautosta",
        association=association,
        kind="kannanotto",
        lead="Kirjastoauto on kylien elinehto.",
        body="## Miksi\n\nKoska **kylät** tarvitsevat sitä.",
        themes=["osallisuus-ja-yhteisollisyys"],
        municipalities=["hollola"],
        spearheads=["vaikuttaminen-ja-yhdessa-kehittaminen"],
        target_groups=["ikaantyneet"],
    )


def test_the_item_page(client, item):
    response = client.get(item.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert "<h1>Kannanotto kirjastoautosta</h1>" in page
    assert "<h2>Miksi</h2>" in page and "<strong>kylät</strong>" in page
    assert f'href="{item.association.get_absolute_url()}"' in page
    assert "/uutiset/?theme=osallisuus-ja-yhteisollisyys" in page
    assert "/uutiset/?municipality=hollola" in page
    assert "/uutiset/?spearhead=vaikuttaminen-ja-yhdessa-kehittaminen" in page


def test_news_article_json_ld_and_open_graph(client, item):
    page = client.get(item.get_absolute_url()).content.decode()
    data = json_ld(page)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Kannanotto kirjastoautosta"
    assert data["description"] == "Kirjastoauto on kylien elinehto."
    assert data["url"] == f"http://testserver{item.get_absolute_url()}"
    published = datetime.datetime.fromisoformat(data["datePublished"])
    assert published == item.publish_time.replace(microsecond=0)
    assert published.utcoffset() is not None
    assert data["author"] == {
        "@type": "Organization",
        "name": "Hollolan Kyläyhdistys ry",
        "url": "http://testserver/yhdistykset/hollolan-kylayhdistys-ry/",
    }
    assert data["publisher"]["name"] == "Päijäthämäläiset.fi"
    assert '<meta property="og:type" content="article">' in page
    assert '<meta property="og:title" content="Kannanotto kirjastoautosta">' in page
    assert f'<meta property="og:url" content="http://testserver{item.get_absolute_url()}">' in page


def test_json_ld_cannot_be_broken_out_of(client, make_news):
    item = make_news('</script><script>alert("x")</script>', slug="paha")
    page = client.get(item.get_absolute_url()).content.decode()
    assert '<script>alert("x")' not in page
    assert json_ld(page)["headline"] == '</script><script>alert("x")</script>'


def test_hostile_markdown_is_sanitised(client, make_news):
    item = make_news("Vihamielinen", body=HOSTILE)
    page = client.get(item.get_absolute_url()).content.decode()
    body = page.split('id="news-body">', 1)[1].split("</div>", 1)[0]
    assert "<h2>Otsikko</h2>" in body
    assert 'href="https://example.fi/"' in body
    for bad in ("<script", "onerror", "<iframe", "javascript:", "data:text", "onclick", "<img"):
        assert bad not in body, bad


def test_related_items(client, item, make_news):
    same_association = make_news("Saman yhdistyksen uutinen", association=item.association)
    same_theme = make_news("Saman teeman uutinen", themes=["osallisuus-ja-yhteisollisyys"])
    make_news("Muu uutinen", themes=["arjen-turvallisuus"])
    related = list(client.get(item.get_absolute_url()).context["related"])
    assert set(related) == {same_association, same_theme}


def test_unknown_slug_is_404(client):
    assert client.get(reverse("news:newsitem-detail", args=["ei-ole"])).status_code == 404


def test_latest_news_on_home_profile_theme_and_municipality(client, item, make_news):
    other = make_news("Toisen uutinen", themes=["arjen-turvallisuus"], municipalities=["lahti"])
    from taxonomy.models import Municipality, Theme

    home = client.get(reverse("portal:home")).content.decode()
    assert item.title in home and other.title in home
    profile = client.get(item.association.get_absolute_url()).content.decode()
    assert item.title in profile and other.title not in profile
    theme = Theme.objects.get(slug="osallisuus-ja-yhteisollisyys")
    page = client.get(theme.get_absolute_url()).content.decode()
    assert item.title in page and other.title not in page
    page = client.get(Municipality.objects.get(slug="lahti").get_absolute_url()).content.decode()
    assert other.title in page and item.title not in page


def test_strategy_links_the_advocacy_spearhead_to_statements(client):
    page = client.get(reverse("portal:strategy")).content.decode()
    assert 'href="/uutiset/?kind=kannanotto&amp;kind=lausunto"' in page


def test_sitemap_lists_public_news(client, item):
    page = client.get("/sitemap-uutiset.xml").content.decode()
    assert f"http://testserver{item.get_absolute_url()}" in page


def test_news_article_json_ld_has_the_image(client, make_news):
    output = io.BytesIO()
    Image.new("RGB", (64, 48), "#1d5e3a").save(output, format="PNG")
    item = make_news(image=ContentFile(output.getvalue(), name="kuva.png"), image_alt="Kahvila")
    data = json_ld(client.get(item.get_absolute_url()).content.decode())
    assert data["image"] == f"http://testserver{item.image.url}"
    assert data["author"]["name"] == "Päijät-Hämeen Yhdistysfoorumi"  # the forum's own item
