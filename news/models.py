import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.content import SearchIndex
from core.images import ImageAltMixin, image_fields
from core.publication import Status, status_constraint, status_field
from core.slugs import SLUG_HELP, SlugFromTitleMixin
from directory.models import Association
from directory.ownership import AssociationOwnedQuerySet
from taxonomy.models import Municipality, strategy_tags

# The author of news that no association wrote.
FORUM_NAME = _("The association forum of Päijät-Häme")


class NewsItemQuerySet(AssociationOwnedQuerySet):
    def published(self, now: datetime.datetime | None = None):
        """The single rule for what the public sees: the item is published, its association
        (if any) is published, and its publish time has come (a later one schedules it)."""
        return self.of_published_associations().filter(
            status=NewsItem.Status.PUBLISHED, publish_time__lte=now or timezone.now()
        )

    def for_cards(self):
        """What a list of news cards shows, fetched in a fixed number of queries."""
        return self.select_related("association").prefetch_related("themes")

    def newest_first(self):
        return self.order_by("-publish_time", "-pk")


class NewsItem(ImageAltMixin, SlugFromTitleMixin, models.Model):
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
    # What /vaikuttaminen/ lists: statements, consultation responses and opinion pieces.
    VOICE_KINDS = (*ADVOCACY_KINDS, Kind.OPINION)

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
    slug = models.SlugField(_("slug"), max_length=220, unique=True, blank=True, help_text=SLUG_HELP)
    lead = models.TextField(
        _("lead paragraph"),
        max_length=600,
        help_text=_("One or two sentences for lists, feeds and link previews."),
    )
    body = models.TextField(
        _("body"), blank=True, help_text=_("Markdown: headings, lists and links.")
    )
    image, image_alt = image_fields("news/%Y/")
    publish_time = models.DateTimeField(
        _("publish time"),
        default=timezone.now,
        db_index=True,
        help_text=_("A time in the future schedules the item: it is not shown before then."),
    )
    themes, spearheads, target_groups = strategy_tags("news_items")
    municipalities = models.ManyToManyField(
        Municipality, verbose_name=_("municipalities"), related_name="news_items", blank=True
    )
    answers = models.ForeignKey(
        "partnership.Consultation",
        verbose_name=_("answers the consultation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="answers",
        help_text=_("For a statement or consultation response: the consultation it answers."),
    )
    co_signers = models.ManyToManyField(
        Association,
        verbose_name=_("co-signing associations"),
        related_name="co_signed_news_items",
        blank=True,
        help_text=_("For a joint statement: the other associations that sign it."),
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

    slug_fallback = "uutinen"
    reserved_slugs = frozenset({"syote", "atom"})  # the feeds under /uutiset/

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:newsitem-detail", kwargs={"slug": self.slug})

    def is_published(self, now: datetime.datetime | None = None) -> bool:
        return NewsItem.objects.published(now).filter(pk=self.pk).exists()

    def clean(self):
        super().clean()
        if self.answers_id and self.kind not in self.ADVOCACY_KINDS:
            message = _("Only a statement or a consultation response answers a consultation.")
            raise ValidationError({"answers": message})

    @property
    def author_name(self) -> str:
        if self.association_id:
            return self.association.name
        return str(FORUM_NAME)
