"""The contacts' admin forms (issue 11): checkbox groups, no slug, the association chosen for
them, the formatting guide and text preview, the full-page preview without saving, and what
changed since publication for coordinators."""

import pytest
from django.core import mail
from django.urls import reverse

from core.admin_forms import ChoiceGrid, FormattedTextarea
from directory.models import Association
from events.models import Event
from news.models import NewsItem
from services.models import Service
from taxonomy.models import Municipality, Theme
from tests.factories import make_contact

pytestmark = pytest.mark.django_db

# Django's stock English help of the two-box and multiple-select pickers, in any language.
PICKER_HELP = ["Hold down", "Control", "Command", "Choose all", "filter_horizontal", "SelectBox"]


@pytest.fixture
def own(make_association):
    return make_association(
        "Oma Yhdistys ry",
        email="info@oma.example.fi",
        phone="03 123 4567",
        description="Vanha kuvaus.",
        themes=["mielen-hyvinvointi"],
    )


@pytest.fixture
def other(make_association):
    return make_association("Toinen Yhdistys ry", email="info@toinen.example.fi")


@pytest.fixture
def contact(own):
    return make_contact(own, email="yhteys@oma.example.fi")


@pytest.fixture
def contact_client(client, contact):
    client.force_login(contact)
    return client


def association_data(association, **changes):
    data = {
        "name": association.name,
        "kind": association.kind,
        "short_description": association.short_description,
        "description": association.description,
        "home_municipality": association.home_municipality_id,
        "operating_municipalities": list(
            association.operating_municipalities.values_list("pk", flat=True)
        ),
        "themes": list(association.themes.values_list("pk", flat=True)),
        "email": association.email,
        "phone": association.phone,
        "memberships-TOTAL_FORMS": 0,
        "memberships-INITIAL_FORMS": 0,
    }
    return {**data, **changes}


def event_data(association, **changes):
    data = {
        "association": association.pk,
        "title": "Syysretki",
        "summary": "Retki luontoon.",
        "description": "Lähdemme **yhdessä** metsään.",
        "start_0": "2026-12-05",
        "start_1": "10:00",
        "end_0": "2026-12-05",
        "end_1": "14:00",
        "attendance_mode": "place",
        "place_name": "Seurantalo",
        "municipality": Municipality.objects.get(slug="lahti").pk,
        "is_free": "on",
        "event_status": "scheduled",
        "themes": [Theme.objects.get(slug="mielen-hyvinvointi").pk],
    }
    return {**data, **changes}


def change_url(association):
    return reverse("admin:directory_association_change", args=[association.pk])


def widget(field):
    return getattr(field.widget, "widget", field.widget)  # inside the admin's wrapper


FORMS = [
    ("admin:events_event_add", ["themes", "spearheads", "target_groups"]),
    ("admin:news_newsitem_add", ["themes", "spearheads", "target_groups", "municipalities"]),
    ("admin:services_service_add", ["municipalities", "themes", "target_groups", "languages"]),
]


@pytest.mark.parametrize(("url_name", "tags"), FORMS)
def test_short_taxonomies_are_checkbox_groups_without_picker_help(contact_client, url_name,
                                                                   tags):  # fmt: skip
    response = contact_client.get(reverse(url_name))
    form = response.context["adminform"].form
    for name in tags:
        assert isinstance(widget(form.fields[name]), ChoiceGrid), name
    page = response.content.decode()
    assert 'type="checkbox" name="themes"' in page and 'role="group"' in page
    assert not [text for text in PICKER_HELP if text in page]


def test_association_form_has_checkboxes_fieldsets_and_no_markdown(contact_client, own):
    response = contact_client.get(change_url(own))
    form = response.context["adminform"].form
    for name in ["operating_municipalities", "themes", "spearheads", "target_groups", "fields",
                 "languages"]:  # fmt: skip
        assert isinstance(widget(form.fields[name]), ChoiceGrid), name
    assert isinstance(form.fields["description"].widget, FormattedTextarea)
    page = response.content.decode()
    assert "Markdown" not in page
    assert not [text for text in PICKER_HELP if text in page]
    headings = [name for name, _options in response.context["adminform"].fieldsets if name]
    assert [str(name) for name in headings[:5]] == [
        "Perustiedot", "Yhteystiedot", "Mitä teemme", "Missä toimimme", "Kuva",
    ]  # fmt: skip
    assert "Näin muotoilet tekstiä" in page and "Esikatsele" in page


@pytest.mark.parametrize(
    "url_name",
    ["admin:events_event_add", "admin:news_newsitem_add", "admin:services_service_add"],
)
def test_contacts_get_no_slug_field(contact_client, url_name):
    response = contact_client.get(reverse(url_name))
    assert "slug" not in response.context["adminform"].form.fields
    assert 'name="slug"' not in response.content.decode()


def test_contacts_slug_is_made_from_the_title_whatever_is_posted(contact_client, own):
    response = contact_client.post(
        reverse("admin:events_event_add"), event_data(own, slug="kaapattu-osoite")
    )
    assert response.status_code == 302
    assert Event.objects.get().slug == "syysretki"


def test_association_slug_stays_for_contacts(contact_client, own):
    response = contact_client.get(change_url(own))
    assert "slug" not in response.context["adminform"].form.fields
    data = association_data(own, slug="uusi-osoite", name="Oma Yhdistys ry (uusi nimi)")
    assert contact_client.post(change_url(own), data).status_code == 302
    own.refresh_from_db()
    assert own.slug == "oma-yhdistys-ry" and own.name.endswith("(uusi nimi)")


def test_coordinators_keep_and_set_the_slug(client, coordinator, own):
    client.force_login(coordinator)
    response = client.get(reverse("admin:events_event_add"))
    assert "slug" in response.context["adminform"].form.fields
    response = client.post(
        reverse("admin:events_event_add"),
        event_data(own, slug="oma-osoite", status="published"),
    )
    assert response.status_code == 302
    assert Event.objects.get().slug == "oma-osoite"
    assert "slug" in client.get(change_url(own)).context["adminform"].form.fields


def test_the_only_association_is_chosen_and_hidden(contact_client, own):
    response = contact_client.get(reverse("admin:events_event_add"))
    field = response.context["adminform"].form["association"]
    assert field.is_hidden and field.value() == own.pk
    assert f'type="hidden" name="association" value="{own.pk}"' in response.content.decode()


def test_a_contact_of_two_associations_chooses(client, contact, own, make_association):
    second = make_association("Kolmas Yhdistys ry")
    contact.memberships.create(association=second, confirmed=True)
    client.force_login(contact)
    field = client.get(reverse("admin:events_event_add")).context["adminform"].form["association"]
    assert not field.is_hidden
    assert set(field.field.queryset) == {own, second}


@pytest.mark.parametrize(
    ("url_name", "model"),
    [("admin:events_event_add", Event), ("admin:news_newsitem_add", NewsItem),
     ("admin:services_service_add", Service)],
)  # fmt: skip
def test_tampering_the_hidden_association_is_refused(contact_client, other, url_name, model):
    data = {**event_data(other), "kind": "tiedote", "lead": "Lyhyesti.", "body": "Teksti.",
            "short_description": "Lyhyesti.", "joining": "tule-paikalle",
            "publish_time_0": "1.12.2026", "publish_time_1": "10:00:00"}  # fmt: skip
    response = contact_client.post(reverse(url_name), data)
    assert response.status_code == 200
    assert "association" in response.context["adminform"].form.errors
    assert not model.objects.exists()


# The text preview beside a description.
def text_preview_url():
    return reverse("admin:directory_association_text_preview")


def test_text_preview_renders_formatting_and_strips_scripts(contact_client):
    text = "## Kokoontumiset\n\n- **tiistaisin**\n\n<script>alert(1)</script>"
    response = contact_client.post(text_preview_url(), {"text": text})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h2>Kokoontumiset</h2>" in html and "<strong>tiistaisin</strong>" in html
    assert "script" not in html


def test_text_preview_refuses_what_it_should(contact_client):
    assert contact_client.get(text_preview_url()).status_code == 405
    assert contact_client.post(text_preview_url(), {"text": "x" * 50_001}).status_code == 400


def test_text_preview_needs_a_login(client):
    response = client.post(text_preview_url(), {"text": "Hei"})
    assert response.status_code == 302 and "/login/" in response["Location"]


# The whole page before saving.
def counts():
    return (
        Association.objects.count(),
        Association.history.count(),
        Event.objects.count(),
        NewsItem.objects.count(),
    )


def test_preview_shows_the_unsaved_association_and_writes_nothing(contact_client, own):
    before = counts()
    data = association_data(
        own, _preview="1", phone="044 765 4321", description="Uusi **kuvaus** tässä."
    )
    response = contact_client.post(change_url(own), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "044 765 4321" in page and "<strong>kuvaus</strong>" in page
    assert "Esikatselu: ei vielä tallennettu." in page
    assert 'name="robots" content="noindex"' in page
    assert response["X-Robots-Tag"] == "noindex"
    assert counts() == before
    own.refresh_from_db()
    assert own.phone == "03 123 4567" and own.description == "Vanha kuvaus."


def test_preview_of_a_new_event_writes_nothing(contact_client, own):
    before = counts()
    response = contact_client.post(reverse("admin:events_event_add"), event_data(own, _preview="1"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Syysretki" in page and "<strong>yhdessä</strong>" in page
    assert counts() == before


@pytest.mark.parametrize("kind", ["news", "service"])
def test_preview_of_news_and_services(contact_client, own, make_news, make_service, kind):
    if kind == "news":
        item = make_news("Kevätuutinen", association=own)
        url = reverse("admin:news_newsitem_change", args=[item.pk])
        data = {"kind": item.kind, "association": own.pk, "title": "Kesäuutinen",
                "lead": "Lyhyesti.", "body": "Uusi *teksti*.", "publish_time_0": "1.12.2026",
                "publish_time_1": "10:00:00"}  # fmt: skip
    else:
        item = make_service("Kerho", association=own)
        url = reverse("admin:services_service_change", args=[item.pk])
        data = {"association": own.pk, "title": "Kesäuutinen", "kind": item.kind,
                "short_description": "Lyhyesti.", "description": "Uusi *teksti*.",
                "joining": item.joining}  # fmt: skip
    response = contact_client.post(url, {**data, "_preview": "1"})
    assert response.status_code == 200
    assert "Kesäuutinen" in response.content.decode()
    item.refresh_from_db()
    assert item.title != "Kesäuutinen"


def test_preview_with_errors_shows_the_form_and_saves_nothing(contact_client, own):
    response = contact_client.post(change_url(own), association_data(own, _preview="1", name=""))
    assert response.status_code == 200
    assert "name" in response.context["adminform"].form.errors
    own.refresh_from_db()
    assert own.name == "Oma Yhdistys ry"


def test_no_preview_of_another_associations_items(contact_client, own, other, make_event):
    hidden = contact_client.post(change_url(other), association_data(other, _preview="1"))
    assert hidden.status_code == 404
    theirs = make_event("Toisen tapahtuma", association=other)
    url = reverse("admin:events_event_change", args=[theirs.pk])
    assert contact_client.post(url, event_data(own, _preview="1")).status_code == 404
    # A new event for B: refused as an invalid choice, shown as a form error.
    response = contact_client.post(
        reverse("admin:events_event_add"), event_data(other, _preview="1")
    )
    assert response.status_code == 200
    assert "association" in response.context["adminform"].form.errors
    assert "Toinen Yhdistys ry" not in response.content.decode()


# What changed since the last published version.
def test_coordinator_sees_what_a_contact_changed_since_publication(client, contact, coordinator,
                                                                   own):  # fmt: skip
    client.force_login(contact)
    data = association_data(
        own,
        phone="044 765 4321",
        themes=[Theme.objects.get(slug="osallisuus-ja-yhteisollisyys").pk],
    )
    assert client.post(change_url(own), data).status_code == 302
    page = client.get(change_url(own)).content.decode()
    assert "Muutokset viimeksi julkaistuun versioon" not in page  # contacts do not review

    client.force_login(coordinator)
    response = client.get(change_url(own))
    rows = response.context["published_changes"]
    changes = {label.lower(): (before, now) for label, before, now in rows}
    assert changes["puhelin"] == ("03 123 4567", "044 765 4321")
    assert changes["hyte-teemat"] == ("Mielen hyvinvointi", "Osallisuus ja yhteisöllisyys")
    assert "sähköposti" not in changes
    page = response.content.decode()
    assert "Muutokset viimeksi julkaistuun versioon" in page and "044 765 4321" in page


def test_no_comparison_for_what_was_never_published(client, coordinator, make_association):
    draft = make_association("Luonnos ry", status="draft")
    client.force_login(coordinator)
    response = client.get(change_url(draft))
    assert response.context.get("published_base") is None
    assert "Muutokset viimeksi julkaistuun versioon" not in response.content.decode()


# Moderation tells the contacts, with the coordinator's message, for every content type.
@pytest.mark.parametrize(
    ("url_name", "kind"),
    [
        ("admin:events_event_changelist", "event"),
        ("admin:news_newsitem_changelist", "news"),
        ("admin:services_service_changelist", "service"),
        ("admin:conditions_premises_changelist", "premises"),
        ("admin:directory_association_changelist", "association"),
    ],
)
@pytest.mark.parametrize("action", ["hide", "return_to_draft", "publish"])
def test_moderation_mails_the_contacts_with_the_message(client, coordinator, own, contact,
                                                       make_event, make_news, make_service,
                                                       make_premises, url_name, kind,
                                                       action):  # fmt: skip
    makers = {"event": make_event, "news": make_news, "service": make_service,
              "premises": make_premises}  # fmt: skip
    obj = own if kind == "association" else makers[kind]("Kohde", association=own)
    if action == "publish":
        type(obj).objects.filter(pk=obj.pk).update(status="pending")
    client.force_login(coordinator)
    mail.outbox.clear()
    response = client.post(
        reverse(url_name) + ("?status=all" if obj == own else ""),  # coordinators: pending
        {
            "action": f"moderate_{action}",
            "_selected_action": [obj.pk],
            "apply": "1",
            "message": "Kiitos, tarkistakaa osoite.",
        },
    )
    assert response.status_code == 302
    to_contact = [m for m in mail.outbox if contact.email in m.to]
    assert to_contact, [m.to for m in mail.outbox]
    assert "Kiitos, tarkistakaa osoite." in to_contact[-1].body
