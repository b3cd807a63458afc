"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server.

Playwright's own browser download is never used (it cannot be fetched here); under CI=true a
missing Chromium fails the run instead of skipping it.
"""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps as django_apps
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.operations import RunPython

from accounts.roles import grant_role_permissions

# The live server runs in a thread beside Playwright's event loop.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def pytest_collection_modifyitems(items):
    for item in items:
        if item.path.is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.engine_independent)
            # The live server needs committed data, so the database is emptied after each test.
            item.add_marker(pytest.mark.django_db(transaction=True))


def replay_data_migrations() -> None:
    """Write again what the data migrations wrote (taxonomy, pages, groups).

    Django's serialized_rollback would do this, but it loses track of the test database's
    serialized contents once Playwright's event loop has run, so the data is rebuilt from the
    migrations themselves: every migration made only of RunPython operations, in order.
    """
    loader = MigrationLoader(connection)
    done = set()
    for leaf in loader.graph.leaf_nodes():
        for key in loader.graph.forwards_plan(leaf):
            migration = loader.graph.nodes[key]
            if key in done or not migration.operations:
                continue
            done.add(key)
            if all(isinstance(op, RunPython) for op in migration.operations):
                with connection.schema_editor() as schema_editor:
                    for operation in migration.operations:
                        operation.code(django_apps, schema_editor)
    grant_role_permissions()


@pytest.fixture(autouse=True)
def _migration_data(transactional_db):
    replay_data_migrations()


@pytest.fixture(autouse=True)
def _require_chromium():
    if CHROMIUM.exists():
        return
    message = f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture
def assert_accessible():
    """Fail with axe-core's report when the page has any WCAG 2.0/2.1 A or AA violation."""
    axe = Axe()

    def check(page):
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"

    return check
