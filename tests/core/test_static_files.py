"""Static files in production: hashed names, compressed copies, cached for a year."""

import gzip
import json

import pytest
from django.core.management import call_command
from django.test import Client

YEAR = 365 * 24 * 60 * 60


@pytest.fixture
def collected(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", "--noinput", "-v0")
    return settings.STATIC_ROOT


def test_collected_files_are_hashed_compressed_and_cached_a_year(collected):
    manifest = json.loads((collected / "staticfiles.json").read_text())
    hashed = manifest["paths"]["css/site.css"]
    assert hashed != "css/site.css"
    assert (collected / f"{hashed}.gz").exists()
    response = Client().get(f"/static/{hashed}", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response.headers["Content-Encoding"] == "gzip"
    assert "immutable" in response.headers["Cache-Control"]
    max_age = int(response.headers["Cache-Control"].split("max-age=")[1].split(",")[0])
    assert max_age >= YEAR
    body = gzip.decompress(b"".join(response.streaming_content))
    assert body == (collected / hashed).read_bytes()
