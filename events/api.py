"""`/api/events/`: upcoming events as a schema.org `ItemList` of `Event`s in JSON-LD, taking the
calendar's filters (`q`, `municipality`, `theme`, `spearhead`, `target_group`, `start`, `end`,
`free`, `online`, `association`) and `page` / `per_page` (at most 100); the next and previous
pages are in the `Link` header. On `core.api`."""

from urllib.parse import urlencode

from core.api import LINKS, BadRequest, json_endpoint, paginate
from core.facets import clean_query
from core.structured_data import compact
from events.filters import UPCOMING, EventFilterSet
from events.views import current_moment, event_structured_data, parse_dates


def minute(request) -> str:
    """The list moves with the clock: cached answers belong to their minute."""
    return current_moment().isoformat()


@json_endpoint(content_type="application/ld+json", cache_extra=minute)
def event_list(request, params):
    query, problems = parse_dates(clean_query(request.GET))
    if problems:
        raise BadRequest(" ".join(problems))
    filterset = EventFilterSet.public(query, scope=UPCOMING, moment=current_moment())
    events = filterset.qs.order_by("start", "pk").select_related("municipality", "association")
    page = paginate(events, params)
    absolute = request.build_absolute_uri
    offset = (page.number - 1) * page.per_page
    data = compact(
        {
            "@context": "https://schema.org",
            "@type": "ItemList",
            "url": absolute(),
            "numberOfItems": page.total,
            "itemListOrder": "https://schema.org/ItemListOrderAscending",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": offset + number,
                    "item": {
                        key: value
                        for key, value in event_structured_data(event, absolute).items()
                        if key != "@context"
                    },
                }
                for number, event in enumerate(page.items, start=1)
            ],
        }
    )
    links = {}
    if offset + len(page.items) < page.total:
        links["next"] = page_url(request, page.number + 1)
    if page.number > 1:
        links["prev"] = page_url(request, page.number - 1)
    return {**data, LINKS: links}


def page_url(request, number: int) -> str:
    query = request.GET.copy()
    query["page"] = str(number)
    return request.build_absolute_uri(
        f"{request.path}?{urlencode(sorted(query.lists()), doseq=True)}"
    )
