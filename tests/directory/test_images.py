"""Image uploads: attacks that must end as form errors, and what a good upload becomes."""

import functools
import io
import re
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image, ImageFile, features

from core.images import (
    MAX_PIXELS,
    THUMBNAIL_SIZES,
    SafeImageField,
    clean_image,
    thumbnail_name,
)
from directory.models import Association

GPS_IFD = 0x8825
ORIENTATION = 0x0112
RANDOM_NAME = re.compile(r"^[0-9a-f]{32}\.(jpg|png|webp)$")
PAYLOAD = b"<html><script>alert(document.cookie)</script></html>"


def image_bytes(image_format="PNG", size=(64, 48), mode="RGB", **options) -> bytes:
    image = Image.new(mode, size, "#2a6f97" if mode != "1" else 1)
    output = io.BytesIO()
    image.save(output, format=image_format, **options)
    return output.getvalue()


def jpeg_with_gps() -> bytes:
    exif = Image.Exif()
    exif[ORIENTATION] = 6  # stored landscape, shown rotated 90° clockwise
    exif[GPS_IFD] = {1: "N", 2: (60.0, 59.0, 1.5), 3: "E", 4: (25.0, 39.0, 42.0)}
    return image_bytes("JPEG", size=(64, 32), exif=exif.tobytes())


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@functools.cache
def huge_png(width=20_000, height=20_000) -> bytes:
    """A valid 1-bit PNG of width × height pixels: all zeros, so a few tens of kilobytes."""
    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte + packed bits
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", data)
        + png_chunk(b"IEND", b"")
    )


def reopen(file) -> Image.Image:
    file.seek(0)
    return Image.open(io.BytesIO(file.read()))


def error_code(content: bytes, name: str) -> str:
    with pytest.raises(ValidationError) as raised:
        clean_image(ContentFile(content, name=name))
    return raised.value.code


# --- The cleaner -------------------------------------------------------------------------------


def test_jpeg_loses_exif_and_gps_and_keeps_its_orientation():
    source = jpeg_with_gps()
    assert Image.open(io.BytesIO(source)).getexif().get_ifd(GPS_IFD)  # the test has GPS to lose

    cleaned = clean_image(ContentFile(source, name="IMG_1234 kotona.jpg"))

    assert RANDOM_NAME.match(cleaned.name) and cleaned.name.endswith(".jpg")
    image = reopen(cleaned)
    assert image.format == "JPEG"
    assert not image.getexif()
    assert not image.getexif().get_ifd(GPS_IFD)
    assert "exif" not in image.info
    assert image.size == (32, 64)  # turned upright before the orientation tag was dropped


def test_png_polyglot_loses_its_html_payload():
    source = image_bytes("PNG") + PAYLOAD
    cleaned = clean_image(ContentFile(source, name="logo.png"))
    cleaned.seek(0)
    content = cleaned.read()
    assert b"<script" not in content and b"<html" not in content
    assert reopen(cleaned).format == "PNG" and cleaned.name.endswith(".png")


def test_png_text_chunks_and_transparency():
    from PIL.PngImagePlugin import PngInfo

    text = PngInfo()
    text.add_text("Comment", PAYLOAD.decode())
    source = image_bytes("PNG", mode="RGBA", pnginfo=text)
    cleaned = clean_image(ContentFile(source, name="logo.png"))
    cleaned.seek(0)
    assert b"<script" not in cleaned.read()
    assert reopen(cleaned).mode == "RGBA"


@pytest.mark.skipif(not features.check("webp"), reason="Pillow built without WebP")
def test_webp_stays_webp():
    cleaned = clean_image(ContentFile(image_bytes("WEBP"), name="logo.png"))
    assert cleaned.name.endswith(".webp") and reopen(cleaned).format == "WEBP"


def test_names_are_random():
    names = {clean_image(ContentFile(image_bytes(), name="logo.png")).name for _ in range(3)}
    assert len(names) == 3


def test_decompression_bomb_is_refused_from_the_header(monkeypatch):
    def no_decoding(self):
        raise AssertionError("pixels were decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    bomb = huge_png(20_000, 20_000)
    assert len(bomb) < 200_000
    assert error_code(bomb, "logo.png") == "too_many_pixels"
    # Under Pillow's own limit but over ours: our check, still before decoding.
    assert MAX_PIXELS < 8000 * 6000 < Image.MAX_IMAGE_PIXELS
    assert error_code(huge_png(8000, 6000), "logo.png") == "too_many_pixels"


def test_svg_is_not_an_image():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    assert error_code(svg, "logo.svg") == "invalid_format"
    assert error_code(svg, "logo.png") == "invalid_format"  # the name decides nothing


def test_html_is_not_an_image():
    assert error_code(PAYLOAD, "logo.jpg") == "invalid_format"


def test_gif_is_not_allowed():
    assert error_code(image_bytes("GIF"), "logo.gif") == "invalid_format"


def test_files_over_5_mb_are_refused():
    assert error_code(b"\x89PNG\r\n\x1a\n" + bytes(6 * 1024 * 1024), "logo.png") == "too_large"


def test_truncated_jpeg_is_an_error_not_a_crash():
    noise = Image.effect_noise((256, 256), 64).convert("RGB")
    output = io.BytesIO()
    noise.save(output, format="JPEG", quality=95)
    truncated = output.getvalue()[: len(output.getvalue()) // 2]
    assert error_code(truncated, "logo.jpg") == "broken"


def test_form_field_returns_the_clean_file_and_a_readable_error():
    field = SafeImageField()
    upload = SimpleUploadedFile("logo.jpg", jpeg_with_gps(), content_type="image/jpeg")
    cleaned = field.clean(upload)
    assert RANDOM_NAME.match(cleaned.name)
    assert not reopen(cleaned).getexif()
    with pytest.raises(ValidationError) as raised:
        field.clean(SimpleUploadedFile("logo.png", b"<svg/>", content_type="image/png"))
    message = raised.value.messages[0]  # in the active language (Finnish in tests)
    assert all(kind in message for kind in ("JPEG", "PNG", "WebP"))


# --- The model and the admin -------------------------------------------------------------------


@pytest.fixture
def association(make_association):
    return make_association("Kuvayhdistys ry", status="published")


def admin_url(association):
    return reverse("admin:directory_association_change", args=[association.pk])


def admin_data(association, **changes):
    """What the change form posts for an association, as a coordinator sees it."""
    data = {
        "name": association.name,
        "slug": association.slug,
        "status": association.status,
        "kind": association.kind,
        "short_description": association.short_description,
        "description": association.description,
        "home_municipality": association.home_municipality_id,
        "logo_alt": association.logo_alt,
        "memberships-TOTAL_FORMS": 0,
        "memberships-INITIAL_FORMS": 0,
    }
    data.update(changes)
    return data


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.mark.django_db
def test_alt_text_is_required_with_a_logo(association):
    association.logo = clean_image(ContentFile(image_bytes(), name="logo.png"))
    with pytest.raises(ValidationError) as raised:
        association.full_clean()
    assert "logo_alt" in raised.value.message_dict
    association.logo_alt = "Sininen neliö"
    association.full_clean()


@pytest.mark.django_db
def test_good_upload_saves_thumbnails_and_the_profile_shows_them(
    coordinator_client, association, client
):
    upload = SimpleUploadedFile("kuva.jpg", jpeg_with_gps(), content_type="image/jpeg")
    data = admin_data(association, logo=upload, logo_alt="Sininen neliö ja teksti Kuva")
    response = coordinator_client.post(admin_url(association), data)
    assert response.status_code == 302, response.context["adminform"].form.errors

    association.refresh_from_db()
    name = association.logo.name
    assert name.startswith("logos/") and RANDOM_NAME.match(name.rsplit("/", 1)[1])
    with association.logo.open("rb") as file, Image.open(file) as image:
        assert not image.getexif()
    for size in THUMBNAIL_SIZES:
        with default_storage.open(thumbnail_name(name, size)) as file, Image.open(file) as image:
            assert max(image.size) <= size and not image.getexif()

    page = client.get(association.get_absolute_url()).content.decode()
    small = default_storage.url(thumbnail_name(name, 96))
    assert f'src="{small}"' in page
    assert 'alt="Sininen neliö ja teksti Kuva"' in page
    cards = client.get(reverse("directory:association-list")).content.decode()
    assert f'class="card-logo" src="{small}"' in cards


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.png", image_bytes("PNG") + PAYLOAD),  # the control: this one is accepted
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>'),
        ("logo.gif", image_bytes("GIF")),
        ("logo.png", huge_png()),
        ("logo.png", b"\x89PNG\r\n\x1a\n" + bytes(6 * 1024 * 1024)),
        ("logo.jpg", jpeg_with_gps()[:300]),
    ],
)
def test_bad_upload_is_a_form_error_and_keeps_the_saved_logo(
    coordinator_client, association, name, content
):
    association.logo = clean_image(ContentFile(image_bytes(), name="old.png"))
    association.logo_alt = "Vanha logo"
    association.save()
    old_name = association.logo.name

    upload = SimpleUploadedFile(name, content, content_type="image/png")
    response = coordinator_client.post(admin_url(association), admin_data(association, logo=upload))

    association.refresh_from_db()
    if content.endswith(PAYLOAD):
        assert response.status_code == 302
        assert association.logo.name != old_name
        with association.logo.open("rb") as file:
            assert PAYLOAD not in file.read()
        return
    assert response.status_code == 200
    assert "logo" in response.context["adminform"].form.errors
    assert association.logo.name == old_name


@pytest.mark.django_db
def test_logo_without_alt_text_is_a_form_error(coordinator_client, association):
    upload = SimpleUploadedFile("logo.png", image_bytes(), content_type="image/png")
    response = coordinator_client.post(
        admin_url(association), admin_data(association, logo=upload, logo_alt="")
    )
    assert response.status_code == 200
    assert "logo_alt" in response.context["adminform"].form.errors
    association.refresh_from_db()
    assert not association.logo


@pytest.mark.django_db
def test_clearing_the_logo_leaves_no_broken_image(coordinator_client, association, client):
    association.logo = clean_image(ContentFile(image_bytes(), name="logo.png"))
    association.logo_alt = "Sininen neliö"
    association.save()
    response = coordinator_client.post(
        admin_url(association), admin_data(association, **{"logo-clear": "on"})
    )
    assert response.status_code == 302
    association.refresh_from_db()
    assert not association.logo
    assert "<img" not in client.get(association.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_older_logos_without_alt_text_fall_back_to_the_name(association):
    Association.objects.filter(pk=association.pk).update(logo="logos/2024/vanha.png")
    association.refresh_from_db()
    assert association.logo_alt_text == "Yhdistyksen Kuvayhdistys ry logo"
