"""The full round trip: `seed_demo` at its default size, as `make run` loads it."""

import datetime
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.db.models.functions import Lower
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from accounts.roles import CONTACTS, COORDINATORS
from demo.contact import DEMO_CONTACT_EMAIL, DEMO_CONTACT_PASSWORD
from demo.management.commands.seed_demo import DEMO_COORDINATOR_EMAIL, DEMO_COORDINATOR_PASSWORD
from directory.models import Association, Membership
from events.models import Event
from followup.models import Measure, MonthlySnapshot, ProgressNote
from followup.snapshots import MEASURE_KEYS, add_months, current_month
from news.models import NewsItem
from services.models import Service
from taxonomy.models import Spearhead, Theme

CONTENT = {
    "associations": Association.objects.published,
    "services": Service.objects.published,
    "events": Event.objects.published,
    "news": NewsItem.objects.published,
}


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker, tmp_path_factory):
    """One `seed_demo` for the module, in a transaction rolled back after the module's tests
    (each of which runs in a savepoint of it, as in Django's `TestCase.setUpClass`)."""
    media = tmp_path_factory.mktemp("media")
    output = StringIO()
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        with override_settings(MEDIA_ROOT=media):
            call_command("seed_demo", force=True, stdout=output)
    yield output.getvalue()
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


def log_in(client, email, password):
    response = client.post(
        "/hallinta/login/?next=/hallinta/", {"username": email, "password": password}
    )
    assert response.status_code == 302, response.content.decode()[:500]


def test_seed_demo_refuses_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="refuses to run with DEBUG off"):
        call_command("seed_demo")


def test_seed_demo_if_empty_leaves_a_used_database_alone(make_user, django_user_model):
    make_user(email="real@example.fi")
    call_command("seed_demo", force=True, if_empty=True, stdout=StringIO())
    assert not django_user_model.objects.filter(email=DEMO_COORDINATOR_EMAIL).exists()
    assert not Association.objects.exists()


@pytest.mark.django_db
def test_it_prints_both_logins(seeded):
    assert f"{DEMO_COORDINATOR_EMAIL} / {DEMO_COORDINATOR_PASSWORD}" in seeded
    assert f"{DEMO_CONTACT_EMAIL} / {DEMO_CONTACT_PASSWORD}" in seeded
    output = StringIO()
    call_command("seed_demo", force=True, if_empty=True, stdout=output)
    assert "not loaded again" in output.getvalue()
    assert DEMO_CONTACT_PASSWORD in output.getvalue()


@pytest.mark.django_db
def test_running_again_adds_nothing(seeded):
    counts = [model.objects.count() for model in (Association, Service, Event, NewsItem)]
    notes = ProgressNote.objects.count()
    output = StringIO()
    call_command("seed_demo", force=True, stdout=output)
    assert [model.objects.count() for model in (Association, Service, Event, NewsItem)] == counts
    reports = [line for line in output.getvalue().splitlines() if " created, " in line]
    # associations, services, events, news, premises, grants, contacts, monthly snapshots,
    # partner notices, strategy measures, consultations
    assert len(reports) == 11
    assert MonthlySnapshot.objects.count() == 12
    assert ProgressNote.objects.count() == notes
    assert all(": 0 created, " in line for line in reports)
    assert get_user_model().objects.count() == 2
    assert Membership.objects.count() == 1


@pytest.mark.django_db
def test_the_coordinator_logs_in(seeded, client):
    coordinator = get_user_model().objects.get(email=DEMO_COORDINATOR_EMAIL)
    assert coordinator.groups.filter(name=COORDINATORS).exists()
    log_in(client, DEMO_COORDINATOR_EMAIL, DEMO_COORDINATOR_PASSWORD)
    assert client.get("/hallinta/").status_code == 200


@pytest.mark.django_db
def test_the_contact_logs_in_and_sees_only_their_association(seeded, client):
    contact = get_user_model().objects.get(email=DEMO_CONTACT_EMAIL)
    assert contact.groups.filter(name=CONTACTS).exists()
    membership = Membership.objects.get(user=contact)
    assert membership.confirmed and membership.role == Membership.Role.CONTACT
    own = membership.association
    other = Association.objects.exclude(pk=own.pk).first()

    log_in(client, DEMO_CONTACT_EMAIL, DEMO_CONTACT_PASSWORD)
    assert client.get("/hallinta/").status_code == 200
    page = client.get(reverse("admin:directory_association_changelist")).content.decode()
    assert own.name in page and other.name not in page
    assert (
        client.get(reverse("admin:directory_association_change", args=[own.pk])).status_code == 200
    )
    hidden = client.get(reverse("admin:directory_association_change", args=[other.pk]))
    assert hidden.status_code == 302
    services = client.get(reverse("admin:services_service_changelist")).content.decode()
    assert own.services.first().title in services


@pytest.mark.django_db
def test_the_contact_association_has_every_part_of_the_dashboard(seeded):
    association = Membership.objects.get(user__email=DEMO_CONTACT_EMAIL).association
    now = timezone.now()
    assert association.is_published()
    assert association.description and association.short_description
    assert association.logo and association.logo_alt
    assert association.email
    assert association.themes.exists() and association.target_groups.exists()
    assert association.operating_municipalities.exists()
    assert association.services.filter(status=Service.Status.PUBLISHED).exists()
    assert association.services.filter(status=Service.Status.PENDING).exists()
    soon = Event.objects.published().filter(
        association=association, start__gte=now, start__lt=now + datetime.timedelta(days=90)
    )
    assert soon.count() >= 2
    age = now - association.verified_at
    assert datetime.timedelta(days=330) < age < datetime.timedelta(days=350)


@pytest.mark.django_db
def test_no_two_associations_share_a_name_in_a_municipality(seeded):
    pairs = list(Association.objects.values_list(Lower("name"), "home_municipality_id"))
    assert len(pairs) == 120 and len(set(pairs)) == len(pairs)


@pytest.mark.django_db
@pytest.mark.parametrize("content", CONTENT)
def test_every_spearhead_and_theme_has_published_content(seeded, content):
    published = CONTENT[content]()
    for term in (*Spearhead.objects.all(), *Theme.objects.all()):
        relation = "spearheads" if isinstance(term, Spearhead) else "themes"
        assert published.filter(**{relation: term}).exists(), (content, term.slug)


@pytest.mark.django_db
def test_a_year_of_snapshots_for_the_dashboard(seeded, client):
    """Each of the twelve months before this one has a snapshot with every measure, spread over
    municipalities and themes, and the dashboard's charts show them."""
    this_month = current_month()
    snapshots = list(MonthlySnapshot.objects.all())
    assert [s.month for s in snapshots] == [add_months(this_month, -n) for n in range(12, 0, -1)]
    for snapshot in snapshots:
        assert set(MEASURE_KEYS) <= set(snapshot.figures)
        assert snapshot.count("events_held") > 0
        assert snapshot.figures["events_held"]["municipality"]
        assert snapshot.figures["events_held"]["theme"]
    assert sum(s.count("new_associations") for s in snapshots) > 0
    assert sum(s.count("statements_published") for s in snapshots) > 0
    months = client.get("/seuranta/").context["data"].months
    assert [m.counts["events_held"] is not None for m in months] == [False] * 12 + [True] * 12


@pytest.mark.django_db
def test_measures_have_owners_and_a_year_of_notes(seeded, client):
    assert "Demo strategy measures: 8 created" in seeded
    grants = Measure.objects.get(title="Tilat, avustukset, yhteyshenkilö, vuoropuhelu")
    assert grants.status == Measure.Status.UNDER_WAY
    assert grants.associations.count() == 2 and grants.municipalities.count() == 4
    dates = sorted(grants.notes.values_list("date", flat=True))
    today = timezone.localdate()
    assert (today - dates[0]).days >= 340 and (today - dates[-1]).days < 14
    page = client.get("/strategia/toimenpiteet/").content.decode()
    assert grants.associations.first().get_absolute_url() in page
