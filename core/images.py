"""Uploaded images made safe: checked with Pillow, re-encoded, stored under a random name.

An upload is never stored as sent. Pillow reads the header first, so oversized images (decompression
bombs) are refused before a single pixel is decoded; the format is the one Pillow detects, not the
file name or the browser's content type; and re-encoding the decoded pixels drops EXIF (GPS
coordinates included), ICC and text chunks and anything appended to the file (PNG + HTML
polyglots). Thumbnails are drawn when the file is saved, next to it, so pages only build URLs.

Decoding is bounded: a JPEG is decoded at a reduced scale (`draft`) when it is larger than the
site ever shows, other formats are refused when their decoded pixels would take more than
`MAX_DECODED_BYTES`, and what is stored is at most `MAX_SIDE` pixels on its longer side. A
40-megapixel RGBA PNG used to take 400–600 MB of a worker's memory.

Every form that sets such a field gets the cleaning through `SafeImageModelField.formfield()`;
events and news reuse the same field for their images. A replaced or cleared image is deleted
from storage, with its thumbnails, once the change is committed.
"""

from __future__ import annotations

import io
import logging
import math
import posixpath
import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.core.files.storage import Storage
from django.core.validators import FileExtensionValidator
from django.db import models, transaction
from django.db.models import signals
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

logger = logging.getLogger(__name__)

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000
# Pillow keeps 4 bytes a pixel for every mode but 1-bit and grey: 64 MB is 4000 × 4000 RGBA.
MAX_DECODED_BYTES = 64 * 1024 * 1024
# The longest side stored; logos and news images are never shown larger.
MAX_SIDE = 2560
# Pillow's format name -> the extension the stored file gets.
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
ALLOWED_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
# Square boxes the thumbnails fit in: 96 px for cards and the profile header, 192 px for 2× screens.
THUMBNAIL_SIZES = (96, 192)
JPEG_QUALITY = 85
WEBP_QUALITY = 85

MESSAGES = {
    "too_large": _("The image is too large (%(size)s). The largest allowed is %(limit)s."),
    "too_many_pixels": _(
        "The image has too many pixels. The largest allowed is %(megapixels)s megapixels, "
        "e.g. 8000 × 5000."
    ),
    "too_large_to_decode": _(
        "The image is too large to process (%(width)s × %(height)s pixels). Make it smaller, "
        "e.g. 4000 × 4000 pixels at most, and upload it again."
    ),
    "invalid_format": _("Upload a JPEG, PNG or WebP image."),
    "broken": _("The image file is damaged or incomplete. Save it again and upload it anew."),
}


def clean_image(file: File) -> ContentFile:
    """The upload re-encoded in its own format under a random name, or a ValidationError."""
    if file.size is not None and file.size > MAX_BYTES:
        raise ValidationError(
            MESSAGES["too_large"],
            code="too_large",
            params={"size": filesizeformat(file.size), "limit": filesizeformat(MAX_BYTES)},
        )
    try:
        file.seek(0)
        # Lazy: only the header is read here. Pillow itself refuses anything over twice its own
        # MAX_IMAGE_PIXELS with DecompressionBombError; our lower limit is checked next.
        with Image.open(file, formats=list(FORMATS)) as image:
            _check_pixels(image)
            image.verify()
        file.seek(0)
        with Image.open(file, formats=list(FORMATS)) as image:
            _check_pixels(image)
            image_format = image.format
            if image_format == "JPEG":
                # Decode at 1/2, 1/4 or 1/8 scale when that still covers MAX_SIDE.
                image.draft(image.mode, _fit(image.size, MAX_SIDE))
            _check_decoded_size(image)
            image.load()
            if max(image.size) > MAX_SIDE:
                image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
            ImageOps.exif_transpose(image, in_place=True)
            content = encode(image, image_format)
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels() from None
    except UnidentifiedImageError:
        raise ValidationError(MESSAGES["invalid_format"], code="invalid_format") from None
    except (OSError, SyntaxError, ValueError, EOFError):
        # Truncated or corrupt data, a failed CRC, a bad header field.
        raise ValidationError(MESSAGES["broken"], code="broken") from None
    return ContentFile(content, name=f"{uuid.uuid4().hex}.{FORMATS[image_format]}")


def _too_many_pixels() -> ValidationError:
    return ValidationError(
        MESSAGES["too_many_pixels"],
        code="too_many_pixels",
        params={"megapixels": MAX_PIXELS // 1_000_000},
    )


def _fit(size: tuple[int, int], longest: int) -> tuple[int, int]:
    """`size` scaled so that its longer side is `longest` (never enlarged)."""
    width, height = size
    factor = min(1.0, longest / max(width, height, 1))
    return max(1, math.ceil(width * factor)), max(1, math.ceil(height * factor))


def decoded_bytes(image: Image.Image) -> int:
    width, height = image.size
    return width * height * (1 if image.mode in ("1", "L") else 4)


def _check_decoded_size(image: Image.Image) -> None:
    if decoded_bytes(image) > MAX_DECODED_BYTES:
        width, height = image.size
        raise ValidationError(
            MESSAGES["too_large_to_decode"],
            code="too_large_to_decode",
            params={"width": width, "height": height},
        )


def _check_pixels(image: Image.Image) -> None:
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise _too_many_pixels()


def encode(image: Image.Image, image_format: str) -> bytes:
    """Fresh file bytes for decoded pixels; no metadata but PNG/WebP transparency survives."""
    # Pillow copies some of `info` (ICC profile, PNG text, EXIF) into what it writes.
    image.info = {key: image.info[key] for key in ("transparency",) if key in image.info}
    options: dict = {}
    if image_format == "JPEG":
        if image.mode not in ("L", "RGB", "CMYK"):
            image = image.convert("RGB")
        options = {"quality": JPEG_QUALITY, "optimize": True}
    elif image_format == "PNG":
        options = {"optimize": True}
    elif image_format == "WEBP":
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA" if image.has_transparency_data else "RGB")
        options = {"quality": WEBP_QUALITY}
    output = io.BytesIO()
    image.save(output, format=image_format, **options)
    return output.getvalue()


# --- Thumbnails --------------------------------------------------------------------------------


def thumbnail_name(name: str, size: int) -> str:
    """`logos/2025/abc.png` -> `logos/2025/abc-96.png`: derived from the name, found without I/O."""
    stem, extension = posixpath.splitext(name)
    return f"{stem}-{size}{extension}"


def thumbnail_url(file: FieldFile | None, size: int) -> str:
    if not file:
        return ""
    return file.storage.url(thumbnail_name(file.name, size))


def save_thumbnails(file: File, storage: Storage, name: str) -> None:
    """Draw each thumbnail of the stored image `name` from its (already clean) content."""
    file.seek(0)
    with Image.open(file, formats=list(FORMATS)) as image:
        image_format = image.format
        image.load()
        if image.mode not in ("RGB", "RGBA", "L", "LA", "CMYK"):
            image = image.convert("RGBA" if image.has_transparency_data else "RGB")
        for size in THUMBNAIL_SIZES:
            thumbnail = image.copy()
            thumbnail.thumbnail((size, size), Image.Resampling.LANCZOS)  # only ever shrinks
            target = thumbnail_name(name, size)
            if storage.exists(target):  # only when redrawing under a fixed name (demo data)
                storage.delete(target)
            storage.save(target, ContentFile(encode(thumbnail, image_format)))


# --- Form and model fields ---------------------------------------------------------------------


class SafeImageField(forms.ImageField):
    """A form image field whose cleaned value is the re-encoded file (see `clean_image`)."""

    default_validators = []  # the cleaned file's name is ours; its format is Pillow's finding

    def to_python(self, data):
        file = forms.FileField.to_python(self, data)  # empty and name checks, no Pillow yet
        if file is None:
            return None
        return clean_image(file)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.FileInput) and "accept" not in widget.attrs:
            attrs["accept"] = "image/jpeg,image/png,image/webp"
        return attrs


class SafeImageModelField(models.ImageField):
    """An ImageField whose forms clean uploads with `SafeImageField` and which draws thumbnails
    when a new file is saved; the extension check is a second line of defence for other paths."""

    default_validators = [FileExtensionValidator(ALLOWED_EXTENSIONS)]

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": SafeImageField, **kwargs})

    def contribute_to_class(self, cls, name, **kwargs):
        super().contribute_to_class(cls, name, **kwargs)
        if not cls._meta.abstract:
            signals.post_init.connect(self._remember_stored_name, sender=cls, weak=False)

    def _remember_stored_name(self, instance, **kwargs):
        if self.attname in instance.__dict__:  # not when the field was deferred
            value = instance.__dict__[self.attname]
            instance.__dict__.setdefault("_stored_images", {})[self.attname] = str(
                getattr(value, "name", value) or ""
            )

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        fresh = bool(file) and not file._committed
        file = super().pre_save(model_instance, add)
        if fresh:
            save_thumbnails(file, file.storage, file.name)
        stored = model_instance.__dict__.setdefault("_stored_images", {})
        previous, current = stored.get(self.attname, ""), file.name if file else ""
        if previous and previous != current:
            # Replaced or cleared: the old file goes once the change is committed (not if the
            # save fails and rolls back, nor while another row still uses the same file).
            model = type(model_instance)
            transaction.on_commit(
                lambda: self._delete_unused(model, previous), using=model_instance._state.db
            )
        stored[self.attname] = current
        return file

    def _delete_unused(self, model, name: str) -> None:
        if model._default_manager.filter(**{self.attname: name}).exists():
            return
        for path in [name, *(thumbnail_name(name, size) for size in THUMBNAIL_SIZES)]:
            try:
                self.storage.delete(path)
            except OSError:
                logger.warning("Could not delete the replaced image %s", path, exc_info=True)


def image_fields(upload_to: str) -> tuple[models.Field, models.Field]:
    """An optional image and its alt text (`image, image_alt = image_fields("events/%Y/")`);
    `ImageAltMixin` requires the text with an image."""
    return (
        SafeImageModelField(
            _("image"),
            upload_to=upload_to,
            blank=True,
            help_text=_("JPEG, PNG or WebP, at most 5 MB and 40 megapixels."),
        ),
        models.CharField(
            _("image alt text"),
            max_length=200,
            blank=True,
            help_text=_("What the image shows, for screen readers. Required with an image."),
        ),
    )


class ImageAltMixin:
    """For a model with `image_fields()`: no image without words for those who cannot see it."""

    def clean(self):
        super().clean()
        if self.image and not self.image_alt.strip():
            raise ValidationError(
                {"image_alt": _("Describe the image in a few words for those who cannot see it.")}
            )

    @property
    def image_alt_text(self) -> str:
        return self.image_alt or str(self)
