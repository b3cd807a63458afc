import pytest
from django.urls import reverse

from taxonomy.models import TargetGroup, Theme

pytestmark = pytest.mark.django_db


def test_coordinator_edits_a_theme_label_but_not_its_slug(client, coordinator):
    client.force_login(coordinator)
    theme = Theme.objects.get(slug="arjen-turvallisuus")
    url = reverse("admin:taxonomy_theme_change", args=[theme.pk])
    response = client.post(
        url,
        {
            "slug": "hacked",
            "position": 3,
            "name_fi": "Arjen turvallisuus ja varautuminen",
            "name_sv": theme.name_sv,
            "name_en": theme.name_en,
            "description_fi": "Uusi kuvaus.",
        },
    )
    assert response.status_code == 302
    theme.refresh_from_db()
    assert theme.slug == "arjen-turvallisuus"
    assert theme.name_fi == "Arjen turvallisuus ja varautuminen"
    assert "Arjen turvallisuus ja varautuminen" in client.get("/").content.decode()


def test_fixed_vocabularies_cannot_grow_or_shrink(client, coordinator):
    client.force_login(coordinator)
    theme = Theme.objects.first()
    assert client.get(reverse("admin:taxonomy_theme_add")).status_code == 403
    assert client.post(reverse("admin:taxonomy_theme_delete", args=[theme.pk])).status_code == 403
    assert Theme.objects.count() == 4


def test_coordinator_adds_and_deletes_an_unused_target_group(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        reverse("admin:taxonomy_targetgroup_add"),
        {"slug": "opiskelijat", "position": 11, "name_fi": "Opiskelijat", "name_sv": "Studerande"},
    )
    assert response.status_code == 302
    group = TargetGroup.objects.get(slug="opiskelijat")
    response = client.post(
        reverse("admin:taxonomy_targetgroup_delete", args=[group.pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert not TargetGroup.objects.filter(slug="opiskelijat").exists()


def test_admin_has_a_finnish_header(client, coordinator):
    client.force_login(coordinator)
    assert "Päijäthämäläiset.fi – hallinta" in client.get("/hallinta/").content.decode()


def test_staff_without_the_coordinator_role_cannot_edit_taxonomy(client, make_user):
    client.force_login(make_user(email="contact@example.fi", is_staff=True))
    theme = Theme.objects.first()
    assert client.get(reverse("admin:taxonomy_theme_change", args=[theme.pk])).status_code == 403
    assert client.get(reverse("admin:taxonomy_theme_changelist")).status_code == 403
