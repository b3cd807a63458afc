import pytest
from django.core.cache import cache
from django.utils import translation

from tests import factories


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Browser tests last: their live server empties the database after each of them, which
    would leave the tests after them without the data the migrations created."""
    items.sort(key=lambda item: "browser" in item.path.parts)


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
def _no_required_two_factor(settings):
    """Coordinators log in without the second step in tests, unless a test asks for it
    (tests/accounts/test_two_factor.py does); production requires it (TWO_FACTOR_REQUIRED)."""
    settings.TWO_FACTOR_REQUIRED = False


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rolled-back data leaves cached counts behind; every test starts with an empty cache."""
    cache.clear()


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploads (demo logos) go to a temporary folder, not the working tree's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _finnish(settings):
    """Each test starts in Finnish; a request in another language leaves it active in the thread."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


# Thin wrappers around tests/factories.py, which browser tests use directly.
@pytest.fixture
def make_user(db):
    return factories.make_user


@pytest.fixture
def coordinator(db):
    return factories.make_coordinator()


@pytest.fixture
def make_association(db):
    return factories.make_association


@pytest.fixture
def make_service(db):
    return factories.make_service


@pytest.fixture
def make_event(db):
    return factories.make_event


@pytest.fixture
def make_news(db):
    return factories.make_news_item


@pytest.fixture
def make_premises(db):
    return factories.make_premises


@pytest.fixture
def make_grant_call(db):
    return factories.make_grant_call


@pytest.fixture
def make_contact_person(db):
    return factories.make_contact_person


@pytest.fixture
def make_partner_notice(db):
    return factories.make_partner_notice


@pytest.fixture
def make_consultation(db):
    return factories.make_consultation
