import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.content import SearchIndex
from core.images import SafeImageModelField
from core.publication import Status, status_constraint, status_field
from directory.models import Association
from directory.ownership import AssociationOwnedQuerySet
from taxonomy.models import Municipality, Spearhead, TargetGroup, Theme

# Paths under /uutiset/ that are not news items.
RESERVED_SLUGS = {"syote", "atom"}

# The author of news that no association wrote.
FORUM_NAME = _("The association forum of Päijät-Häme")


class NewsItemQuerySet(AssociationOwnedQuerySet):
    def published(self, now: datetime.datetime | None = None):
        """The single rule for what the public sees: the item is published, its association
        (if any) is published, and its publish time has come (a later one schedules it)."""
        return self.of_published_associations().filter(
            status=NewsItem.Status.PUBLISHED, publish_time__lte=now or timezone.now()
        )

    def advocacy(self):
        """Statements and consultation responses, which the advocacy spearhead asks for."""
        return self.filter(kind__in=NewsItem.ADVOCACY_KINDS)

    def for_cards(self):
        """What a list of news cards shows, fetched in a fixed number of queries."""
        return self.select_related("association").prefetch_related("themes")

    def newest_first(self):
        return self.order_by("-publish_time", "-pk")


class NewsItem(models.Model):
    class Kind(models.TextChoices):
        NEWS = "uutinen", _("news")
        BULLETIN = "tiedote", _("bulletin")
        STATEMENT = "kannanotto", _("statement")
        CONSULTATION_RESPONSE = "lausunto", _("consultation response")
        OPINION = "mielipidekirjoitus", _("opinion piece")

    # The same life cycle as associations; contacts cannot change it (the admin's moderation
    # field), so what they write publishes at its publish time unless a coordinator hides it.
    Status = Status
    ADVOCACY_KINDS = (Kind.STATEMENT, Kind.CONSULTATION_RESPONSE)

    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.NEWS)
    association = models.ForeignKey(
        Association,
        verbose_name=_("association"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="news_items",
        help_text=_("Leave empty for the association forum's own news."),
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    lead = models.TextField(
        _("lead paragraph"),
        max_length=600,
        help_text=_("One or two sentences for lists, feeds and link previews."),
    )
    body = models.TextField(
        _("body"), blank=True, help_text=_("Markdown: headings, lists and links.")
    )
    image = SafeImageModelField(
        _("image"),
        upload_to="news/%Y/",
        blank=True,
        help_text=_("JPEG, PNG or WebP, at most 5 MB and 40 megapixels."),
    )
    image_alt = models.CharField(
        _("image alt text"),
        max_length=200,
        blank=True,
        help_text=_("What the image shows, for screen readers. Required with an image."),
    )
    publish_time = models.DateTimeField(
        _("publish time"),
        default=timezone.now,
        db_index=True,
        help_text=_("A time in the future schedules the item: it is not shown before then."),
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("HYTE themes"), related_name="news_items", blank=True
    )
    spearheads = models.ManyToManyField(
        Spearhead, verbose_name=_("spearheads"), related_name="news_items", blank=True
    )
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("target groups"), related_name="news_items", blank=True
    )
    municipalities = models.ManyToManyField(
        Municipality, verbose_name=_("municipalities"), related_name="news_items", blank=True
    )
    status = status_field(default=Status.PUBLISHED)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = NewsItemQuerySet.as_manager()
    search_index = SearchIndex(title_field="title", text_fields=["title", "lead", "body"])

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        ordering = ["-publish_time", "-pk"]
        constraints = [
            status_constraint("newsitem"),
            models.CheckConstraint(
                condition=models.Q(
                    kind__in=["uutinen", "tiedote", "kannanotto", "lausunto", "mielipidekirjoitus"]
                ),
                name="newsitem_kind_valid",
            ),
        ]
        indexes = [models.Index(fields=["status", "publish_time"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:newsitem-detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        errors = {}
        if self.image and not self.image_alt.strip():
            errors["image_alt"] = _(
                "Describe the image in a few words for those who cannot see it."
            )
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("This address is taken by the site; choose another.")
        if errors:
            raise ValidationError(errors)

    def is_published(self, now: datetime.datetime | None = None) -> bool:
        return NewsItem.objects.published(now).filter(pk=self.pk).exists()

    @property
    def author_name(self) -> str:
        if self.association_id:
            return self.association.name
        return str(FORUM_NAME)
