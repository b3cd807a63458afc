"""The RSS 2.0 and Atom feeds, read with a real feed parser."""

import pytest
from django.urls import reverse

from news.models import NewsItem
from tests.validators import assert_valid_feed

pytestmark = pytest.mark.django_db

RSS = reverse("news:feed-rss")
ATOM = reverse("news:feed-atom")


def parse(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200
    return response, assert_valid_feed(response.content, "rss20" if url == RSS else "atom10")


@pytest.fixture
def news(make_news, make_association):
    lahti = make_association("Lahden Omaishoitajat ry")
    make_news(
        "Kannanotto lähipalveluista",
        association=lahti,
        kind="kannanotto",
        ago=3,
        themes=["mielen-hyvinvointi"],
        body="## Otsikko\n\nTeksti [linkki](https://example.fi/).",
    )
    make_news("Liikuntauutinen", kind="uutinen", ago=2, themes=["arjen-turvallisuus"])
    make_news("Ajastettu", association=lahti, ago=-2)
    return lahti


def test_rss_is_rss_2_with_the_public_items_newest_first(client, news):
    response, feed = parse(client, RSS)
    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    assert [entry.title for entry in feed.entries] == [
        "Liikuntauutinen",
        "Kannanotto lähipalveluista",
    ]
    entry = feed.entries[1]
    item = NewsItem.objects.get(title="Kannanotto lähipalveluista")
    assert entry.link == f"http://testserver{item.get_absolute_url()}"
    assert entry.author == "Lahden Omaishoitajat ry"
    assert {tag.term for tag in entry.tags} == {
        str(NewsItem.Kind.STATEMENT.label),
        "Mielen hyvinvointi",
    }
    assert "<h2>Otsikko</h2>" in entry.summary
    assert entry.published_parsed is not None


def test_atom_takes_the_same_filters(client, news):
    response, feed = parse(client, ATOM, {"kind": "kannanotto"})
    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.version == "atom10"
    assert [entry.title for entry in feed.entries] == ["Kannanotto lähipalveluista"]
    assert feed.entries[0].author == "Lahden Omaishoitajat ry"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"theme": "arjen-turvallisuus"}, ["Liikuntauutinen"]),
        ({"association": "lahden-omaishoitajat-ry"}, ["Kannanotto lähipalveluista"]),
        ({"q": "liikunta"}, ["Liikuntauutinen"]),
        ({"kind": "lausunto"}, []),
    ],
)
def test_rss_filters(client, news, params, expected):
    _response, feed = parse(client, RSS, params)
    assert [entry.title for entry in feed.entries] == expected


def test_feed_title_names_the_filter(client, news):
    _response, feed = parse(client, RSS, {"theme": "mielen-hyvinvointi"})
    assert "Mielen hyvinvointi" in feed.feed.title


def test_pages_advertise_their_feeds(client, news):
    from taxonomy.models import Municipality, Theme

    pages = {
        news.get_absolute_url(): f"{RSS}?association={news.slug}",
        Theme.objects.get(
            slug="mielen-hyvinvointi"
        ).get_absolute_url(): f"{RSS}?theme=mielen-hyvinvointi",
        Municipality.objects.get(slug="lahti").get_absolute_url(): f"{RSS}?municipality=lahti",
        reverse("news:newsitem-list"): RSS,
    }
    for url, feed_url in pages.items():
        page = client.get(url).content.decode()
        assert '<link rel="alternate" type="application/rss+xml"' in page, url
        assert f'href="{feed_url}"' in page, url


@pytest.mark.parametrize("url", [RSS, ATOM])
def test_the_lead_is_written_once_even_when_the_body_starts_with_it(client, make_news, url):
    lead = "Yhdistys kutsuu uusia jäseniä mukaan."
    make_news("Toistaa", ago=2, lead=lead, body=f"## Mistä on kyse\n\n{lead}\n\nLisää tekstiä.")
    make_news("Ei toista", ago=3, lead=lead, body="Toinen kappale.\n\nJa kolmas.")
    _response, feed = parse(client, url)
    summaries = {entry.title: entry.summary for entry in feed.entries}
    assert summaries["Toistaa"].count(lead) == 1
    assert summaries["Toistaa"].startswith("<h2>Mistä on kyse</h2>")
    assert summaries["Ei toista"] == f"<p>{lead}</p><p>Toinen kappale.</p>\n<p>Ja kolmas.</p>"


def test_hostile_markdown_is_sanitised_in_the_feed(client, make_news):
    make_news(
        "Paha",
        lead="<script>alert(1)</script>",
        body="<script>alert(2)</script>\n\n[x](javascript:alert(3)) <img src=x onerror=alert(4)>",
    )
    raw = client.get(RSS).content.decode()
    assert "<script" not in raw and "onerror" not in raw and "javascript:" not in raw


def test_feed_runs_a_fixed_number_of_queries(client, make_news, django_assert_num_queries):
    for number in range(10):
        make_news(themes=["mielen-hyvinvointi", "arjen-turvallisuus"], ago=number + 1)
    # Terms, the items, their themes: no facet counts.
    with django_assert_num_queries(3):
        client.get(RSS, {"theme": "mielen-hyvinvointi"})
