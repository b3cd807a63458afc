"""The two roles of the admin, as auth groups created by a data migration.

A group's permissions can only be granted after `migrate` has created the permission rows, so
they are (re)granted on every `post_migrate`; the groups themselves come from migration 0002.
"""

COORDINATORS = "Koordinaattorit"
CONTACTS = "Yhdistysten yhteyshenkilöt"

# app label -> model -> permitted actions. Coordinators edit taxonomy labels and descriptions,
# pages, and users; nobody creates or deletes the fixed terms or pages outside migrations.
COORDINATOR_PERMISSIONS = {
    "accounts": {"user": ["view", "add", "change", "delete"]},
    "auth": {"group": ["view"]},
    "taxonomy": {
        "theme": ["view", "change"],
        "spearhead": ["view", "change"],
        "municipality": ["view", "change"],
        "targetgroup": ["view", "add", "change", "delete"],
        "field": ["view", "change"],
        "language": ["view", "add", "change", "delete"],
    },
    "directory": {"association": ["view", "add", "change", "delete"]},
    "pages": {"page": ["view", "change"]},
}


def grant_role_permissions(**kwargs) -> None:
    from django.contrib.auth.models import Group, Permission

    coordinators = Group.objects.filter(name=COORDINATORS).first()
    if coordinators is None:
        return
    codenames = [
        (app_label, f"{action}_{model}")
        for app_label, models in COORDINATOR_PERMISSIONS.items()
        for model, actions in models.items()
        for action in actions
    ]
    permissions = [
        permission
        for permission in Permission.objects.filter(
            content_type__app_label__in=COORDINATOR_PERMISSIONS
        ).select_related("content_type")
        if (permission.content_type.app_label, permission.codename) in codenames
    ]
    coordinators.permissions.add(*permissions)
