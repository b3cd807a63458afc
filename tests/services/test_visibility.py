"""`Service.objects.published()` is the one visibility rule: the service's own status and its
association's, used by the list, the detail page, the other pages' previews and the sitemap."""

import pytest
from django.urls import reverse

from services.models import Service

pytestmark = pytest.mark.django_db

STATUSES = ["draft", "pending", "published", "hidden"]


@pytest.mark.parametrize("association_status", STATUSES)
@pytest.mark.parametrize("service_status", STATUSES)
def test_public_only_when_service_and_association_are_published(
    client, make_association, make_service, association_status, service_status
):
    association = make_association("Lahden Omaishoitajat ry", status=association_status,
                                   themes=["mielen-hyvinvointi"])  # fmt: skip
    service = make_service(
        "Omaishoitajien vertaisryhmä",
        association=association,
        status=service_status,
        themes=["mielen-hyvinvointi"],
        municipalities=["lahti"],
    )
    public = association_status == service_status == "published"
    assert Service.objects.published().filter(pk=service.pk).exists() is public
    assert service.is_published() is public

    detail = client.get(service.get_absolute_url())
    assert detail.status_code == (200 if public else 404)
    listing = client.get(reverse("services:service-list")).content.decode()
    assert ("Omaishoitajien vertaisryhmä" in listing) is public
    for page in (
        reverse("portal:theme-detail", args=["mielen-hyvinvointi"]),
        reverse("portal:municipality-detail", args=["lahti"]),
    ):
        assert ("Omaishoitajien vertaisryhmä" in client.get(page).content.decode()) is public
    sitemap = client.get("/sitemap-palvelut.xml")
    assert sitemap.status_code == 200
    assert (service.slug in sitemap.content.decode()) is public
    if association_status == "published":
        profile = client.get(association.get_absolute_url()).content.decode()
        assert ("Omaishoitajien vertaisryhmä" in profile) is public


def test_hiding_the_association_hides_its_services_from_counts(
    client, make_association, make_service
):
    association = make_association("Sysmän Kyläyhdistys ry")
    make_service("Kyläkävely", association=association, kind="harrastus-ja-ryhmatoiminta")
    url = reverse("services:service-list")
    assert client.get(url).context["result_count"] == 1
    association.status = "hidden"
    association.save()
    response = client.get(url)
    assert response.context["result_count"] == 0
    assert all(option.count == 0 for facet in response.context["facets"]
               for option in facet.options)  # fmt: skip


def test_age_range_cannot_be_upside_down(make_association, make_service):
    from django.db import IntegrityError, transaction

    association = make_association()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_service("Väärin päin", association=association, min_age=70, max_age=60)
