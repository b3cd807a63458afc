"""Issue #15, findings 12 and 17: image decoding has a memory bound, and a replaced or cleared
image leaves no file behind."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from core.images import MAX_SIDE, THUMBNAIL_SIZES, clean_image, thumbnail_name

ROOT = Path(__file__).resolve().parents[2]

# Peak memory of cleaning one image, in a fresh interpreter, over what it had before.
MEASURE = """
import json, resource, sys
import django
django.setup()
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from core.images import clean_image
data = open(sys.argv[1], "rb").read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    cleaned = clean_image(ContentFile(data, name="upload"))
    outcome = "ok"
except ValidationError as error:
    outcome = error.code
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"outcome": outcome, "peak_mb": (after - before) / 1024}))
"""


def measure(path: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path)],
        cwd=ROOT,
        env={**__import__("os").environ, "DJANGO_SETTINGS_MODULE": "paijat.settings"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def write(tmp_path, name, size, mode, image_format, **options) -> Path:
    image = Image.new(mode, size, (40, 110, 150, 200)[: len(mode)] if mode != "L" else 90)
    path = tmp_path / name
    image.save(path, format=image_format, **options)
    return path


def test_a_huge_rgba_png_is_refused_before_it_is_decoded(tmp_path):
    """6,300 × 6,300 RGBA is under the 40-megapixel cap, and used to cost 400–600 MB."""
    result = measure(write(tmp_path, "big.png", (6300, 6300), "RGBA", "PNG"))
    assert result["outcome"] == "too_large_to_decode"
    assert result["peak_mb"] < 20


def test_the_largest_accepted_png_stays_within_the_memory_bound(tmp_path):
    result = measure(write(tmp_path, "ok.png", (4000, 4000), "RGBA", "PNG"))
    assert result["outcome"] == "ok"
    assert result["peak_mb"] < 150, result


def test_a_40_megapixel_jpeg_is_decoded_at_a_reduced_scale(tmp_path):
    result = measure(write(tmp_path, "photo.jpg", (8000, 5000), "RGB", "JPEG", quality=70))
    assert result["outcome"] == "ok"
    assert result["peak_mb"] < 100, result


def test_stored_images_are_at_most_max_side(tmp_path):
    data = (write(tmp_path, "wide.jpg", (6000, 3000), "RGB", "JPEG")).read_bytes()
    with Image.open(clean_image(ContentFile(data, name="wide.jpg"))) as image:
        assert max(image.size) == MAX_SIDE and image.size[1] == MAX_SIDE // 2


def test_the_refusal_is_a_readable_form_error(tmp_path):
    data = write(tmp_path, "big.png", (5000, 5000), "RGBA", "PNG").read_bytes()
    with pytest.raises(ValidationError) as raised:
        clean_image(ContentFile(data, name="big.png"))
    assert "5000 × 5000" in raised.value.messages[0]


# --- Replaced and cleared logos (finding 17) ---------------------------------------------------


def png(colour="#2a6f97") -> bytes:
    output = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(output, format="PNG")
    return output.getvalue()


def files_of(name: str) -> list[str]:
    return [name, *(thumbnail_name(name, size) for size in THUMBNAIL_SIZES)]


def admin_data(association, **changes):
    return {
        "name": association.name,
        "slug": association.slug,
        "status": association.status,
        "kind": association.kind,
        "short_description": association.short_description,
        "description": association.description,
        "home_municipality": association.home_municipality_id,
        "logo_alt": association.logo_alt or "Logo",
        "memberships-TOTAL_FORMS": 0,
        "memberships-INITIAL_FORMS": 0,
        **changes,
    }


@pytest.fixture
def with_logo(make_association):
    association = make_association("Kuvayhdistys ry")
    association.logo = clean_image(ContentFile(png(), name="logo.png"))
    association.logo_alt = "Logo"
    association.save()
    association.refresh_from_db()
    assert all(default_storage.exists(path) for path in files_of(association.logo.name))
    return association


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run what waits for the commit as it is scheduled (each test is one transaction)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.mark.django_db
def test_a_replaced_logo_is_deleted_with_its_thumbnails(client, coordinator, with_logo, on_commit):
    old = with_logo.logo.name
    client.force_login(coordinator)
    upload = SimpleUploadedFile("uusi.png", png("#ff0000"), content_type="image/png")
    url = reverse("admin:directory_association_change", args=[with_logo.pk])
    with on_commit():
        assert client.post(url, admin_data(with_logo, logo=upload)).status_code == 302
    with_logo.refresh_from_db()
    assert with_logo.logo.name != old
    assert not any(default_storage.exists(path) for path in files_of(old))
    assert all(default_storage.exists(path) for path in files_of(with_logo.logo.name))


@pytest.mark.django_db
def test_a_cleared_logo_is_deleted(client, coordinator, with_logo, on_commit):
    old = with_logo.logo.name
    client.force_login(coordinator)
    url = reverse("admin:directory_association_change", args=[with_logo.pk])
    with on_commit():
        assert client.post(url, admin_data(with_logo, **{"logo-clear": "on"})).status_code == 302
    assert not any(default_storage.exists(path) for path in files_of(old))


@pytest.mark.django_db
def test_a_save_without_a_new_logo_keeps_the_file(with_logo, on_commit):
    with_logo.name = "Uusi nimi ry"
    with on_commit():
        with_logo.save()
    assert all(default_storage.exists(path) for path in files_of(with_logo.logo.name))


@pytest.mark.django_db
def test_a_file_another_row_still_uses_is_kept(make_association, with_logo, on_commit):
    other = make_association("Toinen ry", logo=with_logo.logo.name, logo_alt="Logo")
    shared = with_logo.logo.name
    with_logo.logo = clean_image(ContentFile(png("#00ff00"), name="new.png"))
    with on_commit():
        with_logo.save()
    assert default_storage.exists(shared)
    other.refresh_from_db()
    assert other.logo.name == shared
