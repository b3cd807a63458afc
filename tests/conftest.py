import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import translation
from django.utils.text import slugify

from accounts.roles import COORDINATORS


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


@pytest.fixture
def make_association(db):
    """An association with sensible defaults; taxonomy given by slug."""
    from directory.models import Association
    from taxonomy.models import Field, Language, Municipality, Spearhead, TargetGroup, Theme

    tagging = {
        "themes": Theme,
        "spearheads": Spearhead,
        "target_groups": TargetGroup,
        "fields": Field,
        "languages": Language,
        "operating_municipalities": Municipality,
    }

    def make(name="Testiyhdistys ry", *, municipality="lahti", status="published", **fields):
        tags = {key: fields.pop(key) for key in list(fields) if key in tagging}
        association = Association.objects.create(
            name=name,
            slug=fields.pop("slug", None) or slugify(name),
            short_description=fields.pop("short_description", f"{name} toimii Päijät-Hämeessä."),
            home_municipality=Municipality.objects.get(slug=municipality),
            status=status,
            **fields,
        )
        for key, slugs in tags.items():
            getattr(association, key).add(*tagging[key].objects.filter(slug__in=slugs))
        association.refresh_from_db()
        return association

    return make
