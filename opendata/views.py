"""The HSDS 3.0 API (`/api/hsds/`): read-only JSON on `core.api`, from the published content only
(each model's `published()`), shaped by `opendata.hsds`."""

import json
import uuid
from functools import cache
from pathlib import Path

from django.db.models import Q, QuerySet
from django.urls import reverse

from core.api import (
    DEFAULT_PER_PAGE,
    MAX_PER_PAGE,
    Page,
    datetime_param,
    error_response,
    json_endpoint,
    paginate,
    positive_int,
    single,
    uuid_param,
)
from core.search import query_words
from directory.models import Association
from opendata import hsds
from services.models import Service

OPENAPI_FILE = Path(__file__).with_name("openapi.json")
SERVICE_TAGS = ("themes", "spearheads", "target_groups", "languages", "municipalities")
ASSOCIATION_TAGS = ("themes", "spearheads", "target_groups", "fields")


def not_found(kind: str):
    return error_response(404, f"No published {kind} has this id.")


def parse_id(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def filtered(queryset: QuerySet, params: dict, *, title_field: str) -> QuerySet:
    """The list parameters HSDS defines, applied: `search`, `taxonomy_term_id`, `taxonomy_id`,
    `modified_after` and `organization_id`; ordered by name for stable pages."""
    model = queryset.model
    text = single(params, "search")
    if query_words(text):
        queryset = model.search_index.search(queryset, text)
    term = uuid_param(params, "taxonomy_term_id")
    if term is not None:
        queryset = with_term(queryset, str(term))
    vocabulary_id = uuid_param(params, "taxonomy_id")
    if vocabulary_id is not None:
        queryset = with_vocabulary(queryset, vocabulary_id)
    moment = datetime_param(params, "modified_after")
    if moment is not None:
        queryset = queryset.filter(updated_at__gte=moment)
    organization = uuid_param(params, "organization_id")
    if organization is not None:
        lookup = "association__uuid" if model is Service else "uuid"
        queryset = queryset.filter(**{lookup: organization})
    return queryset.order_by(title_field, "pk")


def with_term(queryset: QuerySet, term_id: str) -> QuerySet:
    relations = hsds.RELATIONS[queryset.model]
    for row in hsds.all_terms():
        if row.id == term_id and row.vocabulary.key in relations:
            return queryset.filter(**{relations[row.vocabulary.key]: row.pk})
    return queryset.none()


def with_vocabulary(queryset: QuerySet, vocabulary_id: uuid.UUID) -> QuerySet:
    relations = hsds.RELATIONS[queryset.model]
    for vocabulary in hsds.VOCABULARIES:
        if vocabulary.id == vocabulary_id and vocabulary.key in relations:
            field = queryset.model._meta.get_field(relations[vocabulary.key])
            through = field.remote_field.through
            tagged = through.objects.values(field.m2m_field_name())
            return queryset.filter(pk__in=tagged)
    return queryset.none()


def envelope(page: Page, build) -> dict:
    return page.envelope([build(item) for item in page.items])


@json_endpoint
def api_root(request, params):
    return {
        "version": hsds.HSDS_VERSION,
        "profile": "https://github.com/openreferral/specification/tree/3.0",
        "openapi_url": request.build_absolute_uri(reverse("hsds:openapi")),
    }


@cache
def openapi_document() -> dict:
    return json.loads(OPENAPI_FILE.read_text(encoding="utf-8"))


@json_endpoint
def openapi(request, params):
    document = dict(openapi_document())
    document["servers"] = [{"url": request.build_absolute_uri(reverse("hsds:root"))}]
    return document


@json_endpoint
def organization_list(request, params):
    queryset = filtered(Association.objects.published(), params, title_field="name")
    absolute = request.build_absolute_uri
    page = paginate(queryset, params)
    return envelope(page, lambda association: hsds.organization_summary(association, absolute))


@json_endpoint
def organization_detail(request, params, id):
    pk = parse_id(id)
    association = (
        Association.objects.published()
        .select_related("home_municipality")
        .prefetch_related(*ASSOCIATION_TAGS)
        .filter(uuid=pk)
        .first()
        if pk
        else None
    )
    if association is None:
        return not_found("organization")
    services = list(
        Service.objects.published()
        .filter(association=association)
        .select_related("association")
        .order_by("title", "pk")
    )
    return hsds.organization(association, services, request.build_absolute_uri)


@json_endpoint
def service_list(request, params):
    queryset = filtered(
        Service.objects.published().select_related("association"), params, title_field="title"
    )
    absolute = request.build_absolute_uri
    page = paginate(queryset, params)
    return envelope(
        page, lambda service: hsds.service_summary(service, absolute, with_organization=True)
    )


@json_endpoint
def service_detail(request, params, id):
    pk = parse_id(id)
    service = (
        Service.objects.published()
        .select_related("association")
        .prefetch_related(*SERVICE_TAGS)
        .filter(uuid=pk)
        .first()
        if pk
        else None
    )
    if service is None:
        return not_found("service")
    return hsds.service(service, request.build_absolute_uri)


@json_endpoint
def service_at_location_list(request, params):
    """Services that meet somewhere in person, each at its one place."""
    queryset = filtered(
        Service.objects.published()
        .filter(~Q(place="") | ~Q(street_address=""))
        .select_related("association"),
        params,
        title_field="title",
    ).prefetch_related("municipalities")
    absolute = request.build_absolute_uri
    page = paginate(queryset, params)
    return envelope(
        page,
        lambda service: hsds.service_at_location(
            service, hsds.service_location(service), absolute, full=True
        ),
    )


def in_memory_page(items: list, params: dict) -> Page:
    number = positive_int(params, "page", default=1)
    per_page = positive_int(params, "per_page", default=DEFAULT_PER_PAGE, maximum=MAX_PER_PAGE)
    offset = (number - 1) * per_page
    return Page(items[offset : offset + per_page], number, per_page, len(items))


def matches(params: dict, *texts: str) -> bool:
    words = query_words(single(params, "search"))
    haystack = " ".join(texts).casefold()
    return all(word.casefold() in haystack for word in words)


@json_endpoint
def taxonomy_list(request, params):
    items = [
        hsds.taxonomy(vocabulary)
        for vocabulary in hsds.VOCABULARIES
        if matches(params, vocabulary.name, vocabulary.description)
    ]
    page = in_memory_page(items, params)
    return page.envelope(page.items)


@json_endpoint
def taxonomy_detail(request, params, id):
    pk = parse_id(id)
    for vocabulary in hsds.VOCABULARIES:
        if vocabulary.id == pk:
            return hsds.taxonomy(vocabulary)
    return not_found("taxonomy")


@json_endpoint
def taxonomy_term_list(request, params):
    vocabulary_id = uuid_param(params, "taxonomy_id")
    if single(params, "parent_id"):
        uuid_param(params, "parent_id")  # a malformed id is still an error
        rows = []  # our vocabularies are flat: no term has a parent
    else:
        rows = [
            row
            for row in hsds.all_terms()
            if (vocabulary_id is None or row.vocabulary.id == vocabulary_id)
            and matches(params, row.name, row.slug, row.description)
        ]
    page = in_memory_page(rows, params)
    return page.envelope([hsds.term_row(row) for row in page.items])


@json_endpoint
def taxonomy_term_detail(request, params, id):
    for row in hsds.all_terms():
        if row.id == id.lower():
            return hsds.term_row(row)
    return not_found("taxonomy term")
