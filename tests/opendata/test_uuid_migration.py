"""The UUID migrations give every existing association and service its own identifier."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("directory", "0010_slug_from_title"), ("services", "0005_slug_from_title")]
AFTER = [("directory", "0012_uuid"), ("services", "0006_uuid")]


@pytest.mark.django_db(transaction=True)
def test_existing_rows_get_distinct_uuids():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    apps = executor.loader.project_state(BEFORE).apps
    Municipality = apps.get_model("taxonomy", "Municipality")
    Association = apps.get_model("directory", "Association")
    Service = apps.get_model("services", "Service")
    lahti = Municipality.objects.get(slug="lahti")
    for number in range(3):
        association = Association.objects.create(
            name=f"Yhdistys {number}", slug=f"yhdistys-{number}", short_description="…",
            home_municipality=lahti, status="published",
        )  # fmt: skip
        Service.objects.create(
            association=association, title=f"Palvelu {number}", slug=f"palvelu-{number}",
            kind="vertaistuki", short_description="…", status="published",
        )  # fmt: skip
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    apps = executor.loader.project_state(AFTER).apps
    for model in ("directory.Association", "services.Service"):
        values = list(apps.get_model(model).objects.values_list("uuid", flat=True))
        assert len(values) == 3
        assert None not in values
        assert len(set(values)) == 3
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
