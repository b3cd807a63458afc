from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.i18n import localized


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
