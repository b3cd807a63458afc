"""Finding content by what a resident types: shared by every searchable list.

On PostgreSQL: Finnish full-text search (a copy of the `finnish` configuration that also strips
accents, so `karkola` finds Kärkölä) over a weighted, generated `search_vector` column, with
prefix matching on each word's stem so that a compound's first part finds the compound
(`mielenterveys` → Mielenterveysyhdistys) and inflected forms find each other
(`nuorisoseurojen` → Nuorisoseura), plus trigram word similarity on the name for typos
(`mielenterveis`). The column, configuration, functions and indexes come from migration
`directory/0002_search`. On SQLite a case-insensitive substring search is enough.

Before searching, the words typed are analysed (`analyse`, remembered per content version):

- a word or phrase in a group of the residents' vocabulary (`core.models.SearchSynonym`) may
  also be any other member of the group (`vpk` → "vapaaehtoinen palokunta");
- on PostgreSQL, a word that occurs nowhere in published content (`core.models.SearchWord`) may
  also be the nearest words that do, by trigram similarity (`mielenteveys` → mielenterveys),
  which is also the "did you mean" suggestion.
"""

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import connection
from django.db.models import (
    BooleanField,
    Expression,
    F,
    FloatField,
    Func,
    Q,
    QuerySet,
    TextField,
    Value,
)
from django.db.models.functions import Lower

from core.caching import content_version

MAX_QUERY_LENGTH = 200
MAX_WORDS = 8
# The longest Finnish compounds are about 40 letters; a longer "word" only makes trigram matching
# and stemming slow (a 200-letter word took seconds on the service menu at 4,000 associations).
MAX_WORD_LENGTH = 40
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
# A synonym group's word matches a query word that starts with its stem, so its stem keeps at
# least this many letters; shorter words (abbreviations) only match themselves.
MIN_STEM = 4
# Finnish endings a synonym's stem drops, so that it matches the inflected forms: a plural t
# and the vowels before it (eläkeläiset → eläkeläis, nuoret → nuor), or a final vowel-s
# (masennus → masenn, diabetes → diabet).
STRIPPED_ENDINGS = re.compile(r"(?:[aeiouyäö]*t|[aeiouyäö]+|[aeiouyäö]s)$")
# What may follow a synonym's stem in a typed word: an inflection ending, not another word of
# a compound (eläkeläis|ille matches, kylä|talo does not).
INFLECTION = re.compile(
    r"(?:[uy]?ks)?[aeiouyäöjt]*"
    r"(?:n|t|lla|llä|lle|lta|ltä|ssa|ssä|sta|stä|ksi|na|nä|ta|tä|en|den|tten|in|hin|seen|ne|ineen)?"
)
# Misspelt words corrected to at most this many words of the content.
MAX_CORRECTIONS = 3
MIN_CORRECTED_LENGTH = 4


def query_words(text: str) -> list[str]:
    """The words of a search, capped so that a 10 kB query costs no more than a short one."""
    words = WORD_RE.findall((text or "")[:MAX_QUERY_LENGTH].lower())
    # Each word once (a repeated word adds cost, not precision), at most MAX_WORDS of them.
    return list(dict.fromkeys(word[:MAX_WORD_LENGTH] for word in words))[:MAX_WORDS]


def uses_postgres_search() -> bool:
    return connection.vendor == "postgresql"


def plain(word: str) -> str:
    """Lower case without diacritics, as the database's `directory_unaccent(lower(…))`."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def synonym_stem(word: str) -> str:
    """What a query word must start with to match this vocabulary word (lower case, with its
    diacritics): the word without its endings, or the word itself if short."""
    word = word.lower()
    if len(word) <= 3:
        return word
    stem = STRIPPED_ENDINGS.sub("", word)
    return stem if len(stem) >= MIN_STEM else word[:MIN_STEM]


def synonym_matches(typed: str, synonym_word: str) -> bool:
    """Whether a typed word is a form of the vocabulary's word (abbreviations exactly)."""
    target, typed = plain(synonym_word), plain(typed)
    if len(target) <= 3:
        return typed == target
    return any(
        typed.startswith(start) and INFLECTION.fullmatch(typed[len(start) :]) is not None
        for start in (target, plain(synonym_stem(synonym_word)))
    )


@dataclass(frozen=True)
class Slot:
    """One thing the resident asked for: a word typed, or a phrase of the vocabulary."""

    typed: tuple[str, ...]
    #: Every way to say it, the typed words first; each alternative's words must all match.
    alternatives: tuple[tuple[str, ...], ...]
    #: For a word that occurs nowhere in published content, the nearest word that does.
    correction: str = ""


@dataclass(frozen=True)
class Analysis:
    slots: tuple[Slot, ...]

    @property
    def words(self) -> list[str]:
        return [word for slot in self.slots for word in slot.typed]

    @property
    def suggestion(self) -> str:
        """The query with its misspelt words corrected, or "" when nothing was corrected."""
        if not any(slot.correction for slot in self.slots):
            return ""
        return " ".join(slot.correction or " ".join(slot.typed) for slot in self.slots)


_synonym_cache: dict = {}
_analysis_cache: dict = {}
ANALYSIS_CACHE_SIZE = 500


def synonym_groups() -> list[list[tuple[str, ...]]]:
    """The vocabulary's groups, each a list of phrases (tuples of words); read once per content
    version, which a change to the vocabulary bumps."""
    from core.models import SearchSynonym

    key = (connection.alias, content_version())
    if key not in _synonym_cache:
        groups = []
        for synonym in SearchSynonym.objects.only("words"):
            phrases = [tuple(query_words(line)) for line in synonym.word_list()]
            groups.append([phrase for phrase in dict.fromkeys(phrases) if phrase])
        _synonym_cache.clear()
        _synonym_cache[key] = groups
    return _synonym_cache[key]


def analyse(text: str) -> Analysis:
    """The typed words as slots with their synonyms and corrections (remembered per content
    version, so a page's facet counts and results analyse a query once)."""
    words = tuple(query_words(text))
    key = (connection.alias, content_version(), words)
    if key not in _analysis_cache:
        if len(_analysis_cache) >= ANALYSIS_CACHE_SIZE:
            _analysis_cache.clear()
        _analysis_cache[key] = _analyse(words)
    return _analysis_cache[key]


def _analyse(words: tuple[str, ...]) -> Analysis:
    groups = synonym_groups() if words else []
    slots: list[Slot] = []
    position = 0
    while position < len(words):
        slot = None
        for length in range(min(4, len(words) - position), 0, -1):
            typed = words[position : position + length]
            matching = [
                group
                for group in groups
                if any(
                    len(phrase) == length
                    and all(synonym_matches(*pair) for pair in zip(typed, phrase, strict=True))
                    for phrase in group
                )
            ]
            if matching:
                others = [phrase for group in matching for phrase in group if phrase != typed]
                slot = Slot(typed, covered_dropped([typed, *others]))
                break
        slot = slot or Slot(words[position : position + 1], (words[position : position + 1],))
        slots.append(slot)
        position += len(slot.typed)
    return Analysis(tuple(_corrected(slots)))


def covered_dropped(alternatives: list[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """The alternatives without repeats and without single words that begin with another
    single word (prefix matching finds `mielenterveysseura` through `mielenterveys` already,
    and each prefix costs the index a scan)."""
    unique = list(dict.fromkeys(alternatives))
    singles = [plain(words[0]) for words in unique if len(words) == 1]
    return tuple(
        words
        for words in unique
        if len(words) > 1
        or words == unique[0]
        or not any(
            plain(words[0]).startswith(single) and plain(words[0]) != single for single in singles
        )
    )


def _corrected(slots: list[Slot]) -> list[Slot]:
    """Slots whose single word occurs nowhere in published content, with its nearest words."""
    candidates = [
        slot.typed[0]
        for slot in slots
        if len(slot.alternatives) == 1
        and len(slot.typed) == 1
        and len(slot.typed[0]) >= MIN_CORRECTED_LENGTH
        and not slot.typed[0].isdigit()
    ]
    if not candidates:
        return slots
    corrections = nearest_words(candidates) if uses_postgres_search() else similar_words(candidates)
    result = []
    for slot in slots:
        nearest = corrections.get(slot.typed[0], []) if len(slot.typed) == 1 else []
        if nearest:
            alternatives = (slot.typed, *((word,) for word in nearest))
            slot = Slot(slot.typed, alternatives, correction=nearest[0])
        result.append(slot)
    return result


NEAREST_TERMS = 4
NEAREST_CUTOFF = 0.8


def nearest_facet_terms(text: str, terms: dict[str, list]) -> list[tuple[str, object]]:
    """The terms ({facet: [FacetTerm]}) nearest to what was asked for, best first, as (facet,
    term): a label word that is a form of a typed word, a synonym or a correction, or spelt
    nearly like one."""
    asked = {
        plain(word)
        for slot in analyse(text).slots
        for alternative in slot.alternatives
        for word in alternative
    }
    scored = []
    for facet, facet_terms in terms.items():
        for term in facet_terms:
            score = max(
                (
                    1.0 if synonym_matches(word, label_word) else
                    difflib.SequenceMatcher(None, word, plain(label_word)).ratio()
                    for word in asked
                    for label_word in query_words(term.name)
                ),
                default=0.0,
            )  # fmt: skip
            if score >= NEAREST_CUTOFF:
                scored.append((score, facet, term))
    scored.sort(key=lambda entry: -entry[0])
    return [(facet, term) for _score, facet, term in scored[:NEAREST_TERMS]]


# For each word: nothing when its stem occurs in some word of the content (as a part of a
# compound too), else the words most like it. `<%` is pg_trgm's word similarity (≥ 0.6), on
# the trigram index of `core_searchword`.
NEAREST_WORDS_SQL = """
SELECT q.word, ARRAY(
  SELECT s.word FROM core_searchword s
  WHERE q.plain <%% directory_unaccent(s.word)
  ORDER BY similarity(q.plain, directory_unaccent(s.word)) DESC, length(s.word), s.word
  LIMIT %s)
FROM (
  SELECT word, directory_unaccent(word) AS plain,
    coalesce((ts_lexize('finnish_stem', directory_unaccent(word)))[1], word) AS stem
  FROM unnest(%s::text[]) AS t(word)
) AS q
WHERE NOT EXISTS (
  SELECT 1 FROM core_searchword s
  WHERE directory_unaccent(s.word) LIKE '%%' ||
    CASE WHEN length(q.stem) >= 7 THEN left(q.stem, -1) ELSE q.stem END || '%%')
"""


def similar_words(words: list[str]) -> dict[str, list[str]]:
    """SQLite's stand-in for `nearest_words`, in one query too: the words of the content that
    begin as the typed word does, compared with difflib."""
    from core.models import SearchWord

    starts = Q()
    for word in words:
        starts |= Q(word__startswith=word[:2])
    content = list(SearchWord.objects.filter(starts).values_list("word", flat=True)[:5000])
    result = {}
    for word in words:
        if not any(word in known for known in content):
            close = difflib.get_close_matches(word, content, n=MAX_CORRECTIONS, cutoff=0.8)
            if close:
                result[word] = close
    return result


def nearest_words(words: list[str]) -> dict[str, list[str]]:
    """{misspelt word: the nearest words of published content} in one query (PostgreSQL)."""
    with connection.cursor() as cursor:
        cursor.execute(NEAREST_WORDS_SQL, [MAX_CORRECTIONS, words])
        return {word: nearest for word, nearest in cursor.fetchall() if nearest}


class TableColumn(Expression):
    """A column of the model's own table that the model does not declare (the PostgreSQL-only
    `search_vector`), qualified with the table's alias so it also works inside subqueries."""

    def __init__(self, column: str, output_field):
        super().__init__(output_field=output_field)
        self.column = column
        self.anchor = F("pk")

    def get_source_expressions(self):
        return [self.anchor]

    def set_source_expressions(self, expressions):
        (self.anchor,) = expressions

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(self.anchor.alias)
        return f"{table}.{connection.ops.quote_name(self.column)}", []


def unaccented(expression):
    return Func(expression, function="directory_unaccent", output_field=TextField())


def _joined(expressions: list, operator: str):
    if len(expressions) == 1:
        return expressions[0]
    return Func(
        *expressions,
        template="(%(expressions)s)",
        arg_joiner=f" {operator} ",
        output_field=TextField(),
    )


def tsquery(analysis: Analysis):
    """Every slot must match (&&); a slot matches any of its alternatives (||), an alternative
    all of its words, each as a prefix of its stem (`directory_prefix_tsquery`)."""
    return _joined(
        [
            _joined(
                [
                    _joined(
                        [Func(Value(word), function="directory_prefix_tsquery") for word in words],
                        "&&",
                    )
                    for words in slot.alternatives
                ],
                "||",
            )
            for slot in analysis.slots
        ],
        "&&",
    )


def substring_stem(word: str) -> str:
    """What SQLite looks for of a vocabulary's word: its stem, so inflected forms match too."""
    return synonym_stem(word) if len(word) > 3 else word


def search_text(
    queryset: QuerySet, text: str, *, name_field: str, text_fields: Iterable[str]
) -> QuerySet:
    """Filter to the rows matching every word of `text`, annotated with a `rank`.

    On PostgreSQL the model's table needs a generated `search_vector` column (`finnish_unaccent`
    configuration) and a trigram index on `directory_unaccent(lower(<name_field>))`, as
    migration `directory/0002_search` makes for associations; `name_field` is the title that
    typos are forgiven in. On SQLite every slot must occur in one of `text_fields` (a typed word
    as typed, the vocabulary's other words by their stems).
    """
    analysis = analyse(text)
    if not analysis.slots:
        return queryset
    if not uses_postgres_search():
        for slot in analysis.slots:
            slot_matches = Q()
            for number, words in enumerate(slot.alternatives):
                alternative = Q()
                for word in words:
                    # The typed words as typed, unless the vocabulary knows them.
                    typed = number == 0 and len(slot.alternatives) == 1
                    needle = word if typed else substring_stem(word)
                    word_matches = Q()
                    for field_name in text_fields:
                        word_matches |= Q(**{f"{field_name}__icontains": needle})
                    alternative &= word_matches
                slot_matches |= alternative
            queryset = queryset.filter(slot_matches)
        return queryset.annotate(rank=Value(0.0, output_field=FloatField()))

    vector = TableColumn("search_vector", output_field=TextField())
    prefix_query = tsquery(analysis)
    full_text = Func(
        vector, prefix_query, template="%(expressions)s", arg_joiner=" @@ ",
        output_field=BooleanField(),
    )  # fmt: skip
    phrase = unaccented(Value(" ".join(analysis.words)))
    name = unaccented(Lower(name_field))
    # `<%` (doubled for the driver) is pg_trgm's word-similarity operator, true at a similarity
    # of 0.6 or more; it uses the trigram index on the name.
    typo = Func(
        phrase, name, template="%(expressions)s", arg_joiner=" <%% ", output_field=BooleanField()
    )
    rank = Func(vector, prefix_query, function="ts_rank", output_field=FloatField()) + Func(
        phrase, name, function="word_similarity", output_field=FloatField()
    )
    if any(len(slot.alternatives) > 1 for slot in analysis.slots):
        # What was typed ranks above what synonyms and corrections add.
        typed = Analysis(tuple(Slot(slot.typed, (slot.typed,)) for slot in analysis.slots))
        rank = rank + Func(vector, tsquery(typed), function="ts_rank", output_field=FloatField())
    return queryset.filter(Q(full_text) | Q(typo)).annotate(rank=rank)
