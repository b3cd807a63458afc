"""What search knows beyond the content itself (`core.search`): the residents' vocabulary of
equivalent words, which coordinators edit, and the words that occur in published content,
which `core.content` keeps current for typo correction."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class SearchSynonym(models.Model):
    """Words and abbreviations that mean the same to a resident: a search for any of them also
    finds the others (`vpk` finds "vapaaehtoinen palokunta", `ikäihmiset` finds "eläkeläiset")."""

    words = models.TextField(
        _("words"),
        help_text=_(
            "One word, phrase or abbreviation a line, in any language. A search for any of them "
            "also finds the others. A word also matches its inflected forms (eläkeläiset → "
            "eläkeläisille); abbreviations of three letters or fewer only match themselves."
        ),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords(user_related_name="+")

    class Meta:
        verbose_name = _("search synonym group")
        verbose_name_plural = _("search synonyms")
        ordering = ["words"]

    def __str__(self):
        return ", ".join(self.word_list()[:4])

    def word_list(self) -> list[str]:
        """The group's words and phrases, lower-case, each once."""
        lines = (" ".join(line.split()).lower() for line in self.words.splitlines())
        return list(dict.fromkeys(line for line in lines if line))


class SearchWord(models.Model):
    """A word occurring in published content, which a misspelt query word is corrected to
    (with pg_trgm on PostgreSQL). Words are added as content is saved; never removed, because
    a word no longer used only makes a suggestion that finds nothing more, and is then not
    shown."""

    word = models.CharField(max_length=40, unique=True)

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")

    def __str__(self):
        return self.word
