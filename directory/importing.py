"""Bringing associations in from a coordinator's spreadsheet (`manage.py import_associations`).

The file is UTF-8 CSV with a header row. Rows are matched to existing associations by business
ID, else by name and home municipality, so importing the same file twice changes nothing. All
rows are written in one transaction: a file with an invalid row imports nothing unless the
caller asks to skip invalid rows, and a dry run always rolls back.
"""

import csv
import io
from collections.abc import Collection
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import translation
from django.utils.text import slugify

from core.slugs import unique_slug
from directory.models import Association
from taxonomy.models import Municipality

COLUMNS = (
    "name", "business_id", "register_number", "kind", "municipality", "operating_municipalities",
    "themes", "spearheads", "target_groups", "fields", "languages", "short_description",
    "description", "website", "email", "phone", "street_address", "postal_code",
)  # fmt: skip
REQUIRED_COLUMNS = ("name", "municipality", "short_description")
# Columns copied to the model field of the same name.
TEXT_COLUMNS = (
    "name", "business_id", "register_number", "short_description", "description", "website",
    "email", "phone", "street_address", "postal_code",
)  # fmt: skip
# Many-to-many columns and the word an error message uses for one of their values.
TAXONOMY_COLUMNS = {
    "operating_municipalities": "municipality",
    "themes": "theme",
    "spearheads": "spearhead",
    "target_groups": "target group",
    "fields": "field of activity",
    "languages": "language",
}
MULTI_VALUE_SEPARATOR = ";"
ALL_MUNICIPALITIES = {"koko-paijat-hame", "koko päijät-häme"}
# Which CSV column a model field's validation error belongs to, where the names differ.
COLUMN_OF_FIELD = {"home_municipality": "municipality"}


class ImportFileError(Exception):
    """The file as a whole cannot be imported: not UTF-8, empty, or missing required columns."""


@dataclass(frozen=True)
class RowError:
    line: int
    message: str


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    written: bool = False

    @property
    def invalid_lines(self) -> list[int]:
        return sorted({error.line for error in self.errors})


@dataclass
class CsvTable:
    columns: list[str]
    rows: list[tuple[int, dict[str, str]]]
    """(physical line of the row's first line, {column: cell}) for the known columns."""
    errors: list[RowError]
    """Problems found while reading: unknown columns (line 1), rows with too many cells."""


class RowInvalid(Exception):
    def __init__(self, messages: list[str]):
        super().__init__("; ".join(messages))
        self.messages = messages


def normalize(value: str) -> str:
    """The form names are compared in: whitespace collapsed, case folded."""
    return " ".join(value.split()).casefold()


def split_values(cell: str) -> list[str]:
    values = (value.strip() for value in cell.split(MULTI_VALUE_SEPARATOR))
    return list(dict.fromkeys(value for value in values if value))


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFileError(
            f"The file is not UTF-8 (line {line} has the byte 0x{data[error.start]:02x}). "
            "In Excel, save it as “CSV UTF-8 (comma delimited)”."
        ) from None


def detect_delimiter(header_line: str) -> str:
    """The delimiter, "," or ";", judged on the header row alone.

    Data rows cannot tell: ";" also separates the values within a cell.
    """
    try:
        return csv.Sniffer().sniff(header_line, delimiters=",;").delimiter
    except csv.Error:
        return ","


def read_table(data: bytes) -> CsvTable:
    text = decode(data)
    header_line = next(iter(io.StringIO(text, newline="")), "")
    if not header_line.strip():
        raise ImportFileError("The file is empty: the first line must be the header row.")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_delimiter(header_line))
    try:
        return _read_rows(reader)
    except csv.Error as error:
        raise ImportFileError(f"Line {reader.line_num}: the CSV is malformed ({error}).") from None


def _read_rows(reader) -> CsvTable:
    header = [name.strip().lower() for name in next(reader)]
    errors = []
    duplicated = sorted({name for name in header if name and header.count(name) > 1})
    if duplicated:
        raise ImportFileError(f"The header repeats the column(s): {', '.join(duplicated)}.")
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise ImportFileError(
            f"The header lacks the required column(s): {', '.join(missing)}. "
            f"The columns are: {', '.join(COLUMNS)}."
        )
    for name in header:
        if name and name not in COLUMNS:
            errors.append(RowError(1, f"unknown column '{name}' in the header"))
    known = [(index, name) for index, name in enumerate(header) if name in COLUMNS]

    rows = []
    previous_line = reader.line_num
    for cells in reader:
        line = previous_line + 1
        previous_line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if any(cell.strip() for cell in cells[len(header) :]):
            errors.append(
                RowError(
                    line,
                    f"the row has {len(cells)} cells but the header has {len(header)} columns "
                    "(a value containing the delimiter must be in double quotes)",
                )
            )
            continue
        rows.append(
            (line, {name: cells[index] if index < len(cells) else "" for index, name in known})
        )
    return CsvTable(columns=[name for _index, name in known], rows=rows, errors=errors)


def term_index(model: type[models.Model]) -> dict[str, models.Model]:
    """A term by its slug or Finnish name (and a municipality by its code), normalized."""
    index: dict[str, models.Model] = {}
    terms = list(model.objects.all())
    for term in terms:
        index[normalize(term.slug)] = term
    for term in terms:
        index.setdefault(normalize(term.name_fi), term)
        if isinstance(term, Municipality):
            index.setdefault(term.code, term)
    return index


def kind_index() -> dict[str, str]:
    """A kind by its value or its label in any of the site's languages."""
    index: dict[str, str] = {}
    for value, label in Association.Kind.choices:
        index[value] = value
        for language in ("fi", "sv", "en"):
            with translation.override(language):
                index[normalize(str(label))] = value
    return index


def clean_text(column: str, value: str) -> str:
    if column == "description":
        return value.replace("\r\n", "\n").strip()
    value = value.strip()
    if column == "website" and value and "://" not in value and not any(c.isspace() for c in value):
        # Spreadsheets often hold "www.yhdistys.fi"; the model wants a full address.
        return f"https://{value}"
    return value


def import_associations(
    data: bytes,
    *,
    status: str = Association.Status.DRAFT,
    dry_run: bool = False,
    skip_invalid: bool = False,
) -> ImportResult:
    """Create and update associations from CSV `data`; see the module docstring for the rules.

    Raises ImportFileError when the file as a whole is unusable.
    """
    table = read_table(data)
    importer = _Importer(columns=table.columns, status=status)
    result = ImportResult(errors=list(table.errors))
    with transaction.atomic():
        for line, values in table.rows:
            try:
                with transaction.atomic():
                    outcome = importer.import_row(line, values)
            except RowInvalid as invalid:
                result.errors.extend(RowError(line, message) for message in invalid.messages)
                continue
            except IntegrityError as error:
                result.errors.append(RowError(line, f"the database refused the row ({error})"))
                continue
            setattr(result, outcome, getattr(result, outcome) + 1)
        result.written = not dry_run and (skip_invalid or not result.errors)
        if not result.written:
            transaction.set_rollback(True)
    result.errors.sort(key=lambda error: error.line)
    return result


@dataclass
class _Row:
    """One row's values, resolved to model values, and what is wrong with them."""

    line: int
    text: dict[str, str]
    home: Municipality | None = None
    kind: str | None = None
    terms: dict[str, set[int]] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    invalid_columns: set[str] = field(default_factory=set)

    def invalid(self, column: str, message: str) -> None:
        self.messages.append(message)
        self.invalid_columns.add(column)


class _Importer:
    """What one import run knows: the vocabularies, the associations there are, the rows seen."""

    def __init__(self, *, columns: Collection[str], status: str):
        self.status = status
        self.municipalities = term_index(Municipality)
        self.terms = {
            column: term_index(Association._meta.get_field(column).related_model)
            for column in TAXONOMY_COLUMNS
            if column in columns and column != "operating_municipalities"
        }
        self.kinds = kind_index()
        self.by_business_id: dict[str, int] = {}
        self.by_name: dict[tuple[str, int], list[int]] = {}
        for pk, name, home_id, business_id in Association.objects.values_list(
            "pk", "name", "home_municipality_id", "business_id"
        ):
            self._remember(pk, name, home_id, business_id)
        # The first line of the file that named a business ID or an existing association.
        self.business_id_lines: dict[str, int] = {}
        self.association_lines: dict[int, int] = {}

    def import_row(self, line: int, values: dict[str, str]) -> str:
        """Write one row; return "created", "updated" or "unchanged", or raise RowInvalid."""
        row = self._parse(line, values)
        association = self._find(row)
        created = association is None
        if created:
            association = Association(status=self.status)
        before = _snapshot(association)
        for column, value in row.text.items():
            setattr(association, column, value)
        if row.home is not None:
            association.home_municipality = row.home
        if row.kind is not None:
            association.kind = row.kind
        if created:
            association.slug = unique_slug(Association, row.text["name"], fallback="yhdistys")
        self._validate(row, association, created=created)
        if row.messages:
            raise RowInvalid(row.messages)

        if "operating_municipalities" in row.terms:
            row.terms["operating_municipalities"].add(row.home.pk)
        if created:
            association.save()
            self.association_lines[association.pk] = line
            changed_terms = row.terms
        else:
            changed_terms = {
                column: pks
                for column, pks in row.terms.items()
                if pks != set(getattr(association, column).values_list("pk", flat=True))
            }
            after = _snapshot(association)
            changed_fields = [name for name in after if after[name] != before[name]]
            if not changed_fields and not changed_terms:
                return "unchanged"
            association.save(update_fields=[*changed_fields, "updated_at"])
        self._remember(association.pk, association.name, row.home.pk, association.business_id)
        # Signals add the home municipality and refresh `search_terms` on each change.
        for column, pks in changed_terms.items():
            getattr(association, column).set(pks)
        return "created" if created else "updated"

    def _parse(self, line: int, values: dict[str, str]) -> _Row:
        row = _Row(
            line=line,
            text={
                column: clean_text(column, values[column])
                for column in TEXT_COLUMNS
                if column in values
            },
        )
        for column in REQUIRED_COLUMNS:
            if not values[column].strip():
                row.invalid(column, f"missing {column.replace('_', ' ')}")

        municipality = values["municipality"].strip()
        if municipality:
            row.home = self._municipality(municipality)
            if row.home is None:
                row.invalid("municipality", f"unknown municipality '{municipality}'")

        if "kind" in values:
            kind = values["kind"].strip()
            row.kind = self.kinds.get(normalize(kind) or Association.Kind.REGISTERED)
            row.kind = row.kind or self.kinds.get(slugify(kind))
            if row.kind is None:
                choices = ", ".join(Association.Kind.values)
                row.invalid("kind", f"unknown kind '{kind}' (use one of: {choices})")

        for column, word in TAXONOMY_COLUMNS.items():
            if column not in values:
                continue
            row.terms[column] = set()
            for value in split_values(values[column]):
                if column == "operating_municipalities" and normalize(value) in ALL_MUNICIPALITIES:
                    row.terms[column].update(term.pk for term in self.municipalities.values())
                    continue
                term = self._term(column, value)
                if term is None:
                    row.invalid(column, f"unknown {word} '{value}'")
                else:
                    row.terms[column].add(term.pk)
        return row

    def _find(self, row: _Row) -> Association | None:
        """The existing association the row is about; duplicates and ambiguity make it invalid.

        Matched by business ID, else by name and home municipality; a same-named association
        with another business ID is a different association.
        """
        business_id = row.text.get("business_id", "")
        if business_id:
            first = self.business_id_lines.setdefault(business_id, row.line)
            if first != row.line:
                row.invalid(
                    "business_id", f"duplicate: business ID {business_id} is on line {first} too"
                )
                return None
        if not row.text["name"] or row.home is None:
            return None
        if business_id in self.by_business_id:
            candidates = [Association.objects.get(pk=self.by_business_id[business_id])]
        else:
            pks = self.by_name.get((normalize(row.text["name"]), row.home.pk), [])
            candidates = [
                association
                for association in Association.objects.filter(pk__in=pks)
                if association.business_id in ("", business_id)
            ]
        if len(candidates) > 1:
            row.messages.append(
                f"{len(candidates)} associations named “{row.text['name']}” exist in "
                f"{row.home.name_fi}; add the business ID to say which one"
            )
            return None
        if not candidates:
            return None
        association = candidates[0]
        first = self.association_lines.setdefault(association.pk, row.line)
        if first != row.line:
            row.messages.append(f"duplicate: line {first} imports “{association}” too")
        return association

    def _validate(self, row: _Row, association: Association, *, created: bool) -> None:
        """Add the model's own validation messages for what the row sets."""
        exclude = {column for column in row.invalid_columns if column in TEXT_COLUMNS}
        if row.home is None:
            exclude.add("home_municipality")
        if not created:
            # Leave alone what the file does not set, even if an editor left it invalid.
            exclude |= {column for column in TEXT_COLUMNS if column not in row.text}
            exclude |= {
                model_field.name
                for model_field in Association._meta.concrete_fields
                if model_field.name not in {*TEXT_COLUMNS, "kind", "home_municipality"}
            }
        try:
            association.full_clean(exclude=exclude)
        except ValidationError as error:
            for field_name, messages in error.message_dict.items():
                row.messages.extend(_field_message(association, field_name, m) for m in messages)

    def _remember(self, pk: int, name: str, home_id: int, business_id: str) -> None:
        if business_id:
            self.by_business_id[business_id] = pk
        same_name = self.by_name.setdefault((normalize(name), home_id), [])
        if pk not in same_name:
            same_name.append(pk)

    def _municipality(self, value: str) -> Municipality | None:
        value = normalize(value)
        if value.isdigit():
            # Excel reads the code "016" as a number and writes it back as "16".
            value = value.zfill(3)
        return self.municipalities.get(value)

    def _term(self, column: str, value: str) -> models.Model | None:
        if column == "operating_municipalities":
            return self._municipality(value)
        return self.terms[column].get(normalize(value))


def _snapshot(association: Association) -> dict[str, object]:
    names = [*TEXT_COLUMNS, "kind", "home_municipality_id"]
    return {name: getattr(association, name) for name in names}


def _field_message(association: Association, field_name: str, message: str) -> str:
    if field_name == "__all__":
        return message
    column = COLUMN_OF_FIELD.get(field_name, field_name)
    value = getattr(association, field_name, "")
    if isinstance(value, str) and value and len(value) <= 60:
        return f"{column} '{value}': {message}"
    return f"{column}: {message}"
