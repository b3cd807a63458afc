import pytest
from django.utils.text import slugify


@pytest.fixture
def make_service(db):
    """A published service with sensible defaults; taxonomy given by slug."""
    from services.models import Service
    from taxonomy.models import Language, Municipality, Spearhead, TargetGroup, Theme

    tagging = {
        "themes": Theme,
        "spearheads": Spearhead,
        "target_groups": TargetGroup,
        "languages": Language,
        "municipalities": Municipality,
    }

    def make(title="Vertaistukiryhmä", *, association, status="published", **fields):
        tags = {key: fields.pop(key) for key in list(fields) if key in tagging}
        service = Service.objects.create(
            association=association,
            title=title,
            slug=fields.pop("slug", None) or slugify(title),
            kind=fields.pop("kind", Service.Kind.PEER_SUPPORT),
            short_description=fields.pop("short_description", f"{title} kokoontuu viikoittain."),
            status=status,
            **fields,
        )
        for key, slugs in tags.items():
            getattr(service, key).add(*tagging[key].objects.filter(slug__in=slugs))
        service.refresh_from_db()
        return service

    return make
