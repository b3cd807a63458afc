"""Control characters (issue #15, findings 3–5): refused in every text field and form, stripped
from feeds and calendars, so one bad title cannot take a feed or calendar down."""

import feedparser
import pytest
from django.core.exceptions import ValidationError
from django.db import models

from core.text import NoControlCharactersValidator, project_models
from directory.models import Association
from events.models import Event
from news.models import NewsItem

BAD = "Nimi\x0bjossa\x08ohjausmerkki"


def text_fields():
    return [
        (model, field)
        for model in project_models()
        for field in model._meta.get_fields()
        if isinstance(field, models.CharField | models.TextField)
    ]


def test_every_text_field_of_every_project_model_refuses_control_characters():
    fields = text_fields()
    labels = {f"{model._meta.label}.{field.name}" for model, field in fields}
    # The walk reaches the content types and their audit history, not only a fixed list.
    assert {"directory.Association.name", "news.NewsItem.title", "events.Event.title"} <= labels
    assert "directory.HistoricalAssociation.name" in labels
    for _model, field in fields:
        for value in ("a\x00b", "a\x0bb", "a\x1fb", "a\x7fb", "a\ufffeb"):
            with pytest.raises(ValidationError):
                field.run_validators(value)
        (check,) = [v for v in field.validators if isinstance(v, NoControlCharactersValidator)]
        check("Tavallinen teksti – äöå, עברית, e\u0301")


def test_line_breaks_are_allowed_in_long_text_only():
    description = Association._meta.get_field("description")
    name = Association._meta.get_field("name")
    description.run_validators("Rivi\nToinen rivi\r\n\tsisennetty")
    with pytest.raises(ValidationError):
        name.run_validators("Rivi\nToinen")


def test_text_fields_keep_their_migrations():
    """The check lives outside `validators=`, so makemigrations sees no change."""
    name = Association._meta.get_field("name")
    assert "validators" not in name.deconstruct()[3]


@pytest.mark.django_db
def test_model_validation_names_the_field(make_association):
    association = make_association()
    association.name = BAD
    with pytest.raises(ValidationError) as error:
        association.full_clean()
    assert "name" in error.value.message_dict


@pytest.mark.django_db
def test_news_feeds_survive_control_characters_in_stored_text(client, make_association, make_news):
    association = make_association(name="Yhdistys")
    # Rows written before the check (or by raw SQL) still hold them.
    Association.objects.filter(pk=association.pk).update(name="Yhdistys\x0bry")
    make_news("Otsikko\x0bjossa merkki", association=association, lead="Ingressi\x08 tässä")
    for url in ("/uutiset/syote/", "/uutiset/atom/", "/sv/uutiset/syote/", "/en/uutiset/atom/"):
        response = client.get(url)
        assert response.status_code == 200, url
        feed = feedparser.parse(response.content)
        assert not feed.bozo, (url, feed.bozo_exception)
        assert feed.entries[0].title == "Otsikkojossa merkki"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        {"association": "\x08"},
        {"association": "abc\x1fdef"},
        {"q": "\x1f"},
        {"q": "rivi\r\nrivi"},
        {"sort": "\x0d"},
        {"start": "\x0a"},
        {"theme": "\x00"},
        {"q\x1f": "x"},
    ],
)
def test_feeds_survive_control_characters_in_the_query(client, query):
    for url in ("/uutiset/syote/", "/uutiset/atom/", "/en/uutiset/syote/"):
        response = client.get(url, query)
        assert response.status_code == 200, (url, query)
        assert not feedparser.parse(response.content).bozo


@pytest.mark.django_db
def test_an_event_calendar_survives_a_line_break_in_the_title(client, make_event):
    event = make_event("Tapahtuma", slug="tapahtuma")
    Event.objects.filter(pk=event.pk).update(
        title="Kaksi\nriviä\x0b", summary="Kuvaus\x08", place_name="Paikka\r\n"
    )
    response = client.get("/tapahtumat/tapahtuma/kalenteri.ics")
    assert response.status_code == 200
    body = response.content.decode()
    assert "\x0b" not in body and "\x08" not in body
    assert "X-WR-CALNAME:Kaksi riviä" in body
    assert client.get("/tapahtumat/kalenteri.ics").status_code == 200


@pytest.mark.django_db
def test_the_admin_refuses_a_news_title_with_a_control_character(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        "/hallinta/news/newsitem/add/",
        {"title": BAD, "lead": "Ingressi", "kind": "uutinen", "body": ""},
    )
    assert response.status_code == 200  # the form again, with the error
    assert not NewsItem.objects.exists()
    assert "ohjausmerkit" in response.content.decode()
