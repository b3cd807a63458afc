import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

STANDARD = Path(__file__).resolve().parents[3] / "shared" / "standards" / "hsds-3.0"
if not STANDARD.is_dir():  # a worktree under /work/wt/<name>
    STANDARD = Path("/work/shared/standards/hsds-3.0")


def load_schema(name: str) -> dict:
    return json.loads((STANDARD / f"{name}.json").read_text(encoding="utf-8"))


def page_schema(item: str) -> dict:
    """The OpenAPI document's Page envelope with `contents` of the standard's `item` schema."""
    openapi = load_schema("openapi")
    page = openapi["components"]["schemas"]["Page"]
    return {
        **page,
        "required": [*page["properties"]],
        "properties": {
            **page["properties"],
            "contents": {"type": "array", "items": load_schema(item)},
        },
    }


def assert_valid(data, schema: dict) -> None:
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(data), key=lambda error: list(error.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


@pytest.fixture(autouse=True)
def _no_api_limit(settings):
    """Tests make many requests; the throttling test sets its own limit."""
    settings.API_REQUESTS_PER_MINUTE = 0
