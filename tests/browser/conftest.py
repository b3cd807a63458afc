"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server.

Playwright's own browser download is never used (it cannot be fetched here); under CI=true a
missing Chromium fails the run instead of skipping it.
"""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

# The live server runs in a thread beside Playwright's event loop.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def pytest_collection_modifyitems(items):
    for item in items:
        if item.path.is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)


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
