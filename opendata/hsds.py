"""Our content in Open Referral's Human Services Data Specification (HSDS) 3.0.

Associations are organizations, activities and services are services, and the strategy's
vocabularies (spearheads, HYTE themes, target groups, fields of activity) are taxonomies.
Associations and services carry a stored UUID (`uuid`); everything else has a UUID derived with
`uuid5` from something that never changes (a term's primary key, or its owner's UUID and a
name), so the same thing always has the same identifier. Only public data leaves: published
content (the caller's querysets) and the public contact details shown on the site.
Texts are Finnish, as written; absent values are left out rather than sent empty.
"""

import uuid
from dataclasses import dataclass

from django.db.models import CharField, Value
from django.utils.translation import gettext

from core.structured_data import REGION, compact, price
from directory.models import Association
from services.models import Service
from taxonomy.models import Field, Spearhead, TargetGroup, Theme

HSDS_VERSION = "3.0"
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://paijathamalaiset.fi/api/hsds/")


@dataclass(frozen=True)
class Vocabulary:
    key: str
    model: type
    name: str
    description: str

    @property
    def id(self) -> uuid.UUID:
        return uuid.uuid5(NAMESPACE, f"taxonomy:{self.key}")


VOCABULARIES = [
    Vocabulary(
        "spearhead",
        Spearhead,
        "Päijät-Hämeen yhdistysstrategian kärjet",
        "The five spearheads of the association strategy of Päijät-Häme.",
    ),
    Vocabulary(
        "theme",
        Theme,
        "Päijät-Hämeen HYTE-kärjet",
        "The four wellbeing and health promotion (HYTE) themes of the wellbeing services county "
        "of Päijät-Häme.",
    ),
    Vocabulary(
        "target_group",
        TargetGroup,
        "Kohderyhmät",
        "Whom an association or a service is for.",
    ),
    Vocabulary(
        "field",
        Field,
        "Toimialat",
        "Fields of activity: the ten thematic networks of the regional NGO advisory board "
        "(järjestöneuvottelukunta).",
    ),
]
BY_KEY = {vocabulary.key: vocabulary for vocabulary in VOCABULARIES}
# The many-to-many relation to each vocabulary, on associations and on services.
RELATIONS = {
    Association: {"spearhead": "spearheads", "theme": "themes", "target_group": "target_groups",
                  "field": "fields"},
    Service: {"spearhead": "spearheads", "theme": "themes", "target_group": "target_groups"},
}  # fmt: skip


def derived_id(owner, name: str) -> str:
    """A stable UUID for a part of `owner` (a UUID or a string) that has none of its own."""
    return str(uuid.uuid5(NAMESPACE, f"{owner}:{name}"))


def term_id(vocabulary_key: str, pk: int) -> str:
    return str(uuid.uuid5(NAMESPACE, f"term:{vocabulary_key}:{pk}"))


@dataclass(frozen=True)
class TermRow:
    vocabulary: Vocabulary
    pk: int
    slug: str
    name: str
    description: str

    @property
    def id(self) -> str:
        return term_id(self.vocabulary.key, self.pk)


def all_terms() -> list[TermRow]:
    """Every term of every vocabulary, in one query, in each vocabulary's order."""
    parts = [
        vocabulary.model.objects.annotate(
            vocabulary=Value(vocabulary.key, output_field=CharField())
        )
        .values("vocabulary", "pk", "slug", "name_fi", "description_fi", "position")
        .order_by()
        for vocabulary in VOCABULARIES
    ]
    rows = parts[0].union(*parts[1:], all=True).order_by("vocabulary", "position", "name_fi")
    return [
        TermRow(
            BY_KEY[row["vocabulary"]],
            row["pk"],
            row["slug"],
            row["name_fi"],
            row["description_fi"],
        )
        for row in rows
    ]


def taxonomy(vocabulary: Vocabulary) -> dict:
    return {
        "id": str(vocabulary.id),
        "name": vocabulary.name,
        "description": vocabulary.description,
        "version": "1",
    }


def taxonomy_term(vocabulary: Vocabulary, *, pk: int, slug: str, name: str,
                  description: str) -> dict:  # fmt: skip
    return compact(
        {
            "id": term_id(vocabulary.key, pk),
            "code": slug,
            "name": name,
            # Required by HSDS; a term without a description of its own gets its name.
            "description": description or name,
            "taxonomy": vocabulary.name,
            "taxonomy_id": str(vocabulary.id),
            "language": "fi",
        }
    )


def term_row(row: TermRow) -> dict:
    return taxonomy_term(
        row.vocabulary, pk=row.pk, slug=row.slug, name=row.name, description=row.description
    )


def attributes(obj, entity: str) -> list[dict]:
    """The object's taxonomy terms as HSDS attributes (the tags must be prefetched)."""
    owner = str(obj.uuid)
    found = []
    for key, relation in RELATIONS[type(obj)].items():
        vocabulary = BY_KEY[key]
        for term in getattr(obj, relation).all():
            term_data = taxonomy_term(
                vocabulary,
                pk=term.pk,
                slug=term.slug,
                name=term.name_fi,
                description=term.description_fi,
            )
            found.append(
                {
                    "id": derived_id(owner, f"attribute:{term_data['id']}"),
                    "link_id": owner,
                    "link_type": vocabulary.key,
                    "link_entity": entity,
                    "taxonomy_term_id": term_data["id"],
                    "taxonomy_term": term_data,
                }
            )
    return found


def description(obj) -> str:
    """The short description, then the Markdown description when there is one."""
    return "\n\n".join(text for text in (obj.short_description, obj.description.strip()) if text)


def address(owner: str, *, street: str, postal_code: str, city: str, location_id: str) -> dict:
    return {
        "id": derived_id(owner, "address"),
        "location_id": location_id,
        "address_1": street,
        "city": city,
        "state_province": REGION,
        "postal_code": postal_code,
        "country": "FI",
        "address_type": "physical",
    }


# Organizations ------------------------------------------------------------------------------


def organization_summary(association: Association, absolute) -> dict:
    """What `/organizations` lists, from the association's own columns only."""
    return compact(
        {
            "id": str(association.uuid),
            "name": association.name,
            "description": description(association),
            "email": association.email,
            "website": association.website,
            "year_incorporated": association.founded_year,
            "legal_status": str(association.get_kind_display()),
            "logo": absolute(association.logo.url) if association.logo else None,
            "uri": absolute(association.get_absolute_url()),
        }
    )


def organization(association: Association, services: list[Service], absolute) -> dict:
    """The fully nested organization: tags prefetched, `services` its published ones."""
    owner = str(association.uuid)
    identifiers = [
        (kind, value)
        for kind, value in (
            ("Y-tunnus", association.business_id),
            ("Yhdistysrekisterinumero", association.register_number),
        )
        if value
    ]
    locations = []
    if association.street_address:
        location_id = derived_id(owner, "location")
        city = association.post_office or association.home_municipality.name_fi
        locations.append(
            {
                "id": location_id,
                "location_type": "physical",
                "organization_id": owner,
                "name": association.name,
                "addresses": [
                    address(
                        owner,
                        street=association.street_address,
                        postal_code=association.postal_code,
                        city=city,
                        location_id=location_id,
                    )
                ],
            }
        )
    return compact(
        {
            **organization_summary(association, absolute),
            "phones": [
                {"id": derived_id(owner, "phone"), "organization_id": owner,
                 "number": association.phone}
            ]
            if association.phone
            else [],
            "locations": locations,
            "organization_identifiers": [
                {
                    "id": derived_id(owner, f"identifier:{kind}"),
                    "organization_id": owner,
                    "identifier_scheme": "FI",
                    "identifier_type": kind,
                    "identifier": value,
                }
                for kind, value in identifiers
            ],
            "attributes": attributes(association, "organization"),
            "services": [service_summary(service, absolute) for service in services],
        }
    )  # fmt: skip


# Services -----------------------------------------------------------------------------------


def fees_description(service: Service) -> str:
    return gettext("Free of charge") if service.is_free else service.cost


def service_summary(service: Service, absolute, *, with_organization: bool = False) -> dict:
    """What `/services` lists, from the service's columns (and its association's)."""
    data = {
        "id": str(service.uuid),
        "organization_id": str(service.association.uuid),
        "name": service.title,
        "description": description(service),
        "url": absolute(service.get_absolute_url()),
        "email": service.contact_email,
        "status": "active",
        "fees_description": fees_description(service),
        "minimum_age": service.min_age,
        "maximum_age": service.max_age,
        "last_modified": service.updated_at.isoformat(timespec="seconds"),
    }
    if with_organization:
        data["organization"] = {
            "id": str(service.association.uuid),
            "name": service.association.name,
            "description": service.association.short_description,
        }
    return compact(data)


def application_process(service: Service) -> str:
    parts = [str(service.get_joining_display()).capitalize(), service.joining_info.strip()]
    if service.registration_url:
        parts.append(service.registration_url)
    return "\n\n".join(part for part in parts if part)


def service_location(service: Service) -> dict | None:
    """Where the service meets in person, or None when it has no place."""
    if not (service.place or service.street_address):
        return None
    owner = str(service.uuid)
    location_id = derived_id(owner, "location")
    municipalities = list(service.municipalities.all())
    city = service.post_office or (municipalities[0].name_fi if len(municipalities) == 1 else "")
    return compact(
        {
            "id": location_id,
            "location_type": "physical",
            "organization_id": str(service.association.uuid),
            "name": service.place or service.street_address,
            "addresses": [
                address(
                    owner,
                    street=service.street_address,
                    postal_code=service.postal_code,
                    city=city,
                    location_id=location_id,
                )
            ]
            if service.street_address and city
            else [],
            "accessibility": [
                {
                    "id": derived_id(owner, "accessibility"),
                    "location_id": location_id,
                    "description": service.accessibility,
                }
            ]
            if service.accessibility
            else [],
        }
    )


def service_at_location(service: Service, location: dict, absolute, *, full=False) -> dict:
    owner = str(service.uuid)
    return {
        "id": derived_id(owner, "service_at_location"),
        "service_id": owner,
        "location_id": location["id"],
        "location": location,
        "service": service_summary(service, absolute, with_organization=True)
        if full
        else {"id": owner, "name": service.title, "status": "active"},
    }


def service(service: Service, absolute) -> dict:
    """The fully nested service: its association selected, its tags prefetched."""
    owner = str(service.uuid)
    cost_options = []
    if service.is_free or service.cost_amount is not None:
        cost_options.append(
            {
                "id": derived_id(owner, "cost"),
                "service_id": owner,
                "currency": "EUR",
                "amount": float(price(0 if service.is_free else service.cost_amount)),
                "amount_description": fees_description(service),
            }
        )
    location = service_location(service)
    return compact(
        {
            **service_summary(service, absolute, with_organization=True),
            "application_process": application_process(service),
            "phones": [
                {"id": derived_id(owner, "phone"), "service_id": owner,
                 "number": service.contact_phone}
            ]
            if service.contact_phone
            else [],
            "schedules": [
                {"id": derived_id(owner, "schedule"), "service_id": owner,
                 "description": service.schedule}
            ]
            if service.schedule
            else [],
            "service_areas": [
                {
                    "id": derived_id(owner, f"area:{municipality.code}"),
                    "service_id": owner,
                    "name": municipality.name_fi,
                    # Statistics Finland's municipality code.
                    "description": f"Kuntanumero {municipality.code}",
                }
                for municipality in service.municipalities.all()
            ],
            "service_at_locations": [service_at_location(service, location, absolute)]
            if location
            else [],
            "languages": [
                {"id": derived_id(owner, f"language:{language.slug}"), "service_id": owner,
                 "name": language.name_fi, "code": language.slug}
                for language in service.languages.all()
            ],
            "cost_options": cost_options,
            "attributes": attributes(service, "service"),
        }
    )  # fmt: skip
