from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.content import SearchIndex
from core.i18n import current_language, localized
from core.slugs import SLUG_HELP, SlugFromTitleMixin


class Page(models.Model):
    """A coordinator-edited page with a fixed address, such as the accessibility statement.

    The pages themselves come from data migrations because their URLs are part of the public URL
    map; coordinators edit their text in Finnish, Swedish and English (Markdown).
    """

    slug = models.SlugField(_("slug"), max_length=80, unique=True, editable=False)
    title_fi = models.CharField(_("title (Finnish)"), max_length=200)
    title_sv = models.CharField(_("title (Swedish)"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    summary_fi = models.CharField(
        _("summary (Finnish)"),
        max_length=300,
        help_text=_("One or two sentences for search engines and link previews."),
    )
    summary_sv = models.CharField(_("summary (Swedish)"), max_length=300, blank=True)
    summary_en = models.CharField(_("summary (English)"), max_length=300, blank=True)
    body_fi = models.TextField(_("text (Finnish)"), help_text=_("Markdown."))
    body_sv = models.TextField(_("text (Swedish)"), blank=True, help_text=_("Markdown."))
    body_en = models.TextField(_("text (English)"), blank=True, help_text=_("Markdown."))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ["slug"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(f"pages:{self.slug}")

    @property
    def title(self) -> str:
        return localized(self, "title")

    @property
    def summary(self) -> str:
        return localized(self, "summary")

    @property
    def body(self) -> str:
        return localized(self, "body")


class GuideQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)


class Guide(SlugFromTitleMixin, models.Model):
    """A coordinator-written guide for associations (/ohjeet/<slug>/), in Finnish and, where
    written, Swedish and English; it may name the admin form it helps with, which then links to
    it ("Ohje")."""

    class AdminForm(models.TextChoices):
        # app_label.model_name of the admin change form that shows a link to the guide.
        ASSOCIATION = "directory.association", _("association")
        EVENT = "events.event", _("event")
        SERVICE = "services.service", _("activity or service")
        NEWS = "news.newsitem", _("news, statement or consultation response")
        PREMISES = "conditions.premises", _("premises")
        PARTNER_NOTICE = "partnership.partnernotice", _("partner notice")

    slug_source = "title_fi"
    slug_fallback = "ohje"

    slug = models.SlugField(_("slug"), max_length=100, unique=True, blank=True, help_text=SLUG_HELP)
    title_fi = models.CharField(_("title (Finnish)"), max_length=200)
    title_sv = models.CharField(_("title (Swedish)"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    summary_fi = models.CharField(
        _("summary (Finnish)"),
        max_length=300,
        help_text=_("One or two sentences for the list of guides and link previews."),
    )
    summary_sv = models.CharField(_("summary (Swedish)"), max_length=300, blank=True)
    summary_en = models.CharField(_("summary (English)"), max_length=300, blank=True)
    body_fi = models.TextField(_("text (Finnish)"), help_text=_("Markdown."))
    body_sv = models.TextField(_("text (Swedish)"), blank=True, help_text=_("Markdown."))
    body_en = models.TextField(_("text (English)"), blank=True, help_text=_("Markdown."))
    admin_form = models.CharField(
        _("helps with the admin form"),
        max_length=40,
        choices=AdminForm,
        blank=True,
        db_index=True,
        help_text=_("The admin form that shows a link to this guide next to it."),
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Smaller numbers come first in the list of guides.")
    )
    published = models.BooleanField(
        _("published"), default=False, help_text=_("Drafts are seen only in the admin.")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = GuideQuerySet.as_manager()
    search_index = SearchIndex(
        title_field="title_fi",
        text_fields=[
            f"{name}_{code}" for name in ("title", "summary", "body") for code in ("fi", "sv", "en")
        ],
    )
    history = HistoricalRecords(user_related_name="+")

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")
        ordering = ["order", "title_fi"]

    def __str__(self):
        return self.title_fi

    def get_absolute_url(self):
        return reverse("pages:guide-detail", args=[self.slug])

    def clean(self):
        super().clean()
        errors = {}
        for code in ("sv", "en"):
            names = [f"{name}_{code}" for name in ("title", "summary", "body")]
            missing = [name for name in names if not getattr(self, name)]
            if missing and len(missing) < len(names):
                message = _("Write the title, summary and text of a translation, or none of them.")
                errors.update(dict.fromkeys(missing, message))
        if errors:
            raise ValidationError(errors)

    @property
    def language(self) -> str:
        """The language the guide is shown in: the reader's when it is written in it (title,
        summary and text), otherwise Finnish; the template marks it with `lang` when it differs."""
        code = current_language()
        if all(getattr(self, f"{name}_{code}") for name in ("title", "summary", "body")):
            return code
        return settings.LANGUAGE_CODE

    @property
    def title(self) -> str:
        return getattr(self, f"title_{self.language}")

    @property
    def summary(self) -> str:
        return getattr(self, f"summary_{self.language}")

    @property
    def body(self) -> str:
        return getattr(self, f"body_{self.language}")
