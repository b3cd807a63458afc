import pytest
from django.contrib.auth.models import Group
from django.utils import translation

from accounts.roles import COORDINATORS


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    """Production keeps hashed static files from `collectstatic`; tests find them unhashed.

    CI runs `collectstatic` with the production storage separately, so the manifest is proved too.
    """
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _finnish(settings):
    """Each test starts in Finnish; a request in another language leaves it active in the thread."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def make_user(django_user_model):
    def make(email="someone@example.fi", password="correct horse battery", **fields):
        return django_user_model.objects.create_user(email=email, password=password, **fields)

    return make


@pytest.fixture
def coordinator(make_user):
    user = make_user(email="coordinator@example.fi", is_staff=True)
    user.groups.add(Group.objects.get(name=COORDINATORS))
    return user
