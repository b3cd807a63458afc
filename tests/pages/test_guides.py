import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.urls import reverse
from django.utils import translation

from pages.models import Guide
from tests.factories import make_contact

pytestmark = pytest.mark.django_db

SEEDED = {
    "yhdistyksen-tietojen-paivittaminen": "directory.association",
    "tapahtuman-lisaaminen": "events.event",
    "toiminnan-lisaaminen": "services.service",
    "tilat-ja-avustukset": "conditions.premises",
    "lausunnon-kirjoittaminen": "news.newsitem",
    "tietosuoja-yhdistyksille": "",
}


def make_guide(title="Testiohje", **fields):
    defaults = {
        "summary_fi": "Lyhyesti.",
        "body_fi": "## Vaiheet\n\n1. Avaa hallinta.",
        "published": True,
    }
    return Guide.objects.create(title_fi=title, **{**defaults, **fields})


def test_the_migration_seeds_published_guides_for_the_admin_forms():
    guides = {guide.slug: guide for guide in Guide.objects.all()}
    assert set(SEEDED) <= set(guides)
    for slug, admin_form in SEEDED.items():
        guide = guides[slug]
        assert guide.published and guide.title_fi and guide.summary_fi, slug
        assert guide.admin_form == admin_form, slug
    assert "/toimintaedellytykset/" in guides["tilat-ja-avustukset"].body_fi
    # Every admin label a guide names is one the admin shows.
    assert "Vahvista tiedot ajantasaisiksi" in guides["yhdistyksen-tietojen-paivittaminen"].body_fi
    assert "Kopioi valitut tapahtumat viikkoa" in guides["tapahtuman-lisaaminen"].body_fi
    assert "**Toistuu**" in guides["tapahtuman-lisaaminen"].body_fi
    assert list(Guide.objects.values_list("order", flat=True)) == sorted(
        Guide.objects.values_list("order", flat=True)
    )


def test_a_guide_gets_a_slug_from_its_finnish_title_and_keeps_history():
    guide = make_guide("Näin lisäät jäsenkirjeen")
    assert guide.slug == "nain-lisaat-jasenkirjeen"
    assert guide.get_absolute_url() == "/ohjeet/nain-lisaat-jasenkirjeen/"
    guide.title_fi = "Jäsenkirje"
    guide.save()
    assert [h.title_fi for h in guide.history.all()] == ["Jäsenkirje", "Näin lisäät jäsenkirjeen"]


def test_a_translation_needs_its_title_summary_and_text():
    guide = make_guide(title_sv="Rubrik")
    with pytest.raises(ValidationError) as error:
        guide.full_clean()
    assert set(error.value.message_dict) == {"summary_sv", "body_sv"}
    guide.summary_sv, guide.body_sv = "Kort.", "Text."
    guide.full_clean()


def test_the_index_lists_published_guides_in_order(client, django_assert_num_queries):
    make_guide("Luonnos", published=False)
    with django_assert_num_queries(1):
        response = client.get("/ohjeet/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Ohjeet yhdistyksille</h1>" in html
    assert "Luonnos" not in html
    first, second = "Näin päivität yhdistyksen tiedot", "Näin lisäät tapahtuman"
    assert html.index(first) < html.index(second)
    assert 'href="/ohjeet/tilat-ja-avustukset/"' in html


def test_a_guide_page(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get("/ohjeet/tilat-ja-avustukset/")
    html = response.content.decode()
    assert "<h1>Tilojen ja avustusten hakeminen</h1>" in html
    assert '<a href="/toimintaedellytykset/"' in html
    assert 'href="/ohjeet/">Ohjeet yhdistyksille</a>' in html  # the breadcrumb


def test_a_draft_or_unknown_guide_is_not_found(client):
    draft = make_guide("Keskeneräinen", published=False)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get("/ohjeet/ei-ole/").status_code == 404


def test_markdown_is_sanitised(client):
    guide = make_guide(body_fi="[x](javascript:alert(1)) <script>alert(2)</script> **tärkeää**")
    html = client.get(guide.get_absolute_url()).content.decode()
    assert "javascript:" not in html and "alert(2)" not in html
    assert "<strong>tärkeää</strong>" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("avustus", "tilat-ja-avustukset"),  # the title
        ("diaarinumero", "lausunnon-kirjoittaminen"),  # only in the text
        ("jäsenluetteloita", "tietosuoja-yhdistyksille"),
        ("evenemang", "tapahtuman-lisaaminen"),  # in the Swedish text
    ],
)
def test_search_finds_guides_by_title_summary_and_text(client, query, expected):
    response = client.get("/ohjeet/", {"q": query})
    slugs = [guide.slug for guide in response.context["guides"]]
    assert expected in slugs
    assert len(slugs) < len(SEEDED)


def test_search_counts_and_queries(client, django_assert_num_queries):
    make_guide("Kokousohje", body_fi="Kokouskutsu lähetetään ajoissa.", published=False)
    # The guides, and for the search the vocabulary (1) and the content's words (1).
    with django_assert_num_queries(3):
        response = client.get("/ohjeet/", {"q": "kokouskutsu"})
    assert list(response.context["guides"]) == []
    html = response.content.decode()
    assert "Haullasi ei löytynyt ohjetta" in html and "Näytä kaikki ohjeet" in html


@pytest.mark.parametrize("query", ["", "   ", "%", "x" * 10_000, "<script>", "\x00"])
def test_hostile_queries_never_fail(client, query):
    assert client.get("/ohjeet/", {"q": query}).status_code == 200


def test_a_missing_translation_falls_back_to_finnish_with_a_lang_attribute(client):
    guide = Guide.objects.get(slug="lausunnon-kirjoittaminen")
    assert not guide.title_sv
    html = client.get(f"/sv{guide.get_absolute_url()}").content.decode()
    assert '<html lang="sv">' in html
    assert '<article class="prose" lang="fi">' in html
    assert "<h1>Näin kirjoitat lausunnon tai kannanoton</h1>" in html
    listing = client.get("/sv/ohjeet/").content.decode()
    assert '<li lang="fi">' in listing  # the Finnish-only guide in the Swedish list
    written = client.get("/sv/ohjeet/tilat-ja-avustukset/").content.decode()
    assert "<h1>Att söka lokaler och bidrag</h1>" in written
    assert '<article class="prose">' in written  # no lang attribute: written in Swedish
    english = client.get("/en/ohjeet/tapahtuman-lisaaminen/").content.decode()
    assert "<h1>How to add an event</h1>" in english


def test_language_of_the_guide():
    guide = Guide.objects.get(slug="toiminnan-lisaaminen")
    with translation.override("en"):
        assert guide.language == "en" and guide.title == "How to add an activity or a service"
    with translation.override("sv"):
        assert guide.language == "fi" and guide.title == "Näin lisäät toiminnan tai palvelun"


def test_the_footer_and_sitemap_link_the_guides(client):
    assert 'href="/ohjeet/">Ohjeet yhdistyksille</a>' in client.get("/").content.decode()
    sitemap = client.get("/sitemap-ohjeet.xml").content.decode()
    assert "/ohjeet/tilat-ja-avustukset/" in sitemap
    assert "/sv/ohjeet/tilat-ja-avustukset/" in sitemap
    assert "/ohjeet/</loc>" in client.get("/sitemap-sivut.xml").content.decode()


# --- The admin ----------------------------------------------------------------------------------


def test_coordinator_writes_a_guide_with_history(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        reverse("admin:pages_guide_add"),
        {
            "slug": "",
            "admin_form": "events.event",
            "order": 5,
            "published": "on",
            "title_fi": "Tapahtuman peruminen",
            "summary_fi": "Näin perut tapahtuman.",
            "body_fi": "Valitse tapahtuman tilaksi peruttu.",
            "title_sv": "",
            "summary_sv": "",
            "body_sv": "",
            "title_en": "",
            "summary_en": "",
            "body_en": "",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    guide = Guide.objects.get(slug="tapahtuman-peruminen")
    assert guide.history.get().history_user == coordinator
    assert client.get("/ohjeet/tapahtuman-peruminen/").status_code == 200


def test_contacts_read_guides_in_the_admin_but_do_not_change_them(client, make_association):
    contact = make_contact(make_association("Heinolan Omaiset ry"))
    client.force_login(contact)
    guide = Guide.objects.get(slug="tapahtuman-lisaaminen")
    change_url = reverse("admin:pages_guide_change", args=[guide.pk])
    assert client.get(reverse("admin:pages_guide_changelist")).status_code == 200
    page = client.get(change_url)
    assert page.status_code == 200 and "Näin lisäät tapahtuman" in page.content.decode()
    assert client.post(change_url, {"title_fi": "Muutettu"}).status_code == 403
    assert client.get(reverse("admin:pages_guide_add")).status_code == 403
    delete_url = reverse("admin:pages_guide_delete", args=[guide.pk])
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    guide.refresh_from_db()
    assert guide.title_fi == "Näin lisäät tapahtuman"


def test_anonymous_visitors_do_not_reach_the_guide_admin(client):
    response = client.get(reverse("admin:pages_guide_changelist"))
    assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.parametrize(
    ("url_name", "slug"),
    [
        ("admin:events_event_add", "tapahtuman-lisaaminen"),
        ("admin:services_service_add", "toiminnan-lisaaminen"),
        ("admin:news_newsitem_add", "lausunnon-kirjoittaminen"),
        ("admin:conditions_premises_add", "tilat-ja-avustukset"),
    ],
)
def test_the_admin_form_links_its_guide(client, make_association, url_name, slug):
    contact = make_contact(make_association("Heinolan Omaiset ry"))
    client.force_login(contact)
    html = client.get(reverse(url_name)).content.decode()
    assert f'href="/ohjeet/{slug}/"' in html
    others = set(SEEDED) - {slug}
    assert not any(f'href="/ohjeet/{other}/"' in html for other in others)


def test_the_association_form_links_its_guide(client, make_association):
    association = make_association("Heinolan Omaiset ry")
    client.force_login(make_contact(association))
    html = client.get(reverse("admin:directory_association_change", args=[association.pk]))
    html = html.content.decode()
    assert '<div class="admin-guides">' in html
    assert 'href="/ohjeet/yhdistyksen-tietojen-paivittaminen/"' in html
    assert "Näin päivität yhdistyksen tiedot" in html
    assert "Vahvista tiedot ajantasaisiksi" in html  # the model's own template still applies


def test_a_draft_guide_is_not_linked_and_forms_without_guides_show_nothing(client, coordinator):
    Guide.objects.filter(admin_form="events.event").update(published=False)
    client.force_login(coordinator)
    assert "admin-guides" not in client.get(reverse("admin:events_event_add")).content.decode()
    page = client.get(reverse("admin:pages_guide_add")).content.decode()
    assert "admin-guides" not in page


def test_the_admin_guide_link_uses_one_query_only_on_forms_a_guide_can_name():
    from django.template import Context, Template
    from django.test.utils import CaptureQueriesContext

    from events.models import Event
    from pages.models import Page

    template = Template("{% load guide_tags %}{% admin_guides opts %}")
    with CaptureQueriesContext(connection) as queries:
        html = template.render(Context({"opts": Event._meta}))
    assert len(queries) == 1 and "/ohjeet/tapahtuman-lisaaminen/" in html
    with CaptureQueriesContext(connection) as queries:
        assert template.render(Context({"opts": Page._meta})).strip() == ""
    assert len(queries) == 0


def test_coordinators_see_a_guides_history_in_the_admin(client, coordinator):
    guide = Guide.objects.get(slug="tietosuoja-yhdistyksille")
    guide.body_fi += "\nLisätty kappale.\n"
    guide.save()
    client.force_login(coordinator)
    response = client.get(reverse("admin:pages_guide_history", args=[guide.pk]))
    assert response.status_code == 200
    assert list(response.context["page_obj"]) == list(guide.history.all())
    assert guide.history.count() == 2  # the migration's first version and the change
    assert guide.history.earliest().history_type == "+"


def test_the_event_guide_names_labels_the_event_form_shows(client, make_association):
    client.force_login(make_contact(make_association("Heinolan Omaiset ry")))
    form = client.get(reverse("admin:events_event_add")).content.decode()
    body = " ".join(Guide.objects.get(slug="tapahtuman-lisaaminen").body_fi.split())
    for label in ["Toistuu", "Minä viikonpäivinä", "Viimeinen päivä", "Paitsi näinä päivinä"]:
        assert f"**{label}**" in body, label
        assert label in form, label
