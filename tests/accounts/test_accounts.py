import pytest
from django.contrib.auth.models import Group

from accounts.roles import CONTACTS, COORDINATORS

pytestmark = pytest.mark.django_db


def test_users_are_identified_by_a_lowercased_email(django_user_model):
    user = django_user_model.objects.create_user(email="Maija.Meikalainen@Example.FI", password="x")
    assert user.email == "maija.meikalainen@example.fi"
    assert django_user_model.USERNAME_FIELD == "email"
    with pytest.raises(ValueError):
        django_user_model.objects.create_user(email="", password="x")


def test_admin_login_by_email_is_case_insensitive(client, coordinator):
    response = client.post(
        "/hallinta/login/?next=/hallinta/",
        {"username": "Coordinator@Example.fi", "password": "correct horse battery"},
    )
    assert response.status_code == 302
    assert client.get("/hallinta/").status_code == 200


def test_wrong_password_does_not_log_in(client, coordinator):
    response = client.post(
        "/hallinta/login/", {"username": "coordinator@example.fi", "password": "wrong"}
    )
    assert response.status_code == 200
    assert client.get("/hallinta/").status_code == 302


def test_role_groups_exist_and_coordinators_may_edit_taxonomy_and_pages(coordinator):
    assert Group.objects.filter(name__in=[COORDINATORS, CONTACTS]).count() == 2
    assert coordinator.has_perms(
        [
            "taxonomy.change_theme",
            "taxonomy.add_targetgroup",
            "pages.change_page",
            "accounts.change_user",
        ]
    )
    assert not coordinator.has_perm("taxonomy.add_theme")
    contact_permissions = Group.objects.get(name=CONTACTS).permissions.values_list(
        "codename", flat=True
    )
    assert {"view_association", "change_association"} <= set(contact_permissions)
    assert not {"add_association", "delete_association"} & set(contact_permissions)


def test_coordinator_cannot_make_anyone_superuser(client, coordinator, make_user):
    target = make_user(email="contact@example.fi")
    client.force_login(coordinator)
    url = f"/hallinta/accounts/user/{target.pk}/change/"
    response = client.post(
        url,
        {
            "email": target.email,
            "is_active": "on",
            "is_staff": "on",
            "is_superuser": "on",
            "user_permissions": [1],
        },
    )
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.is_staff and not target.is_superuser
    assert not target.user_permissions.exists()
