"""The two roles of the admin, as auth groups created by a data migration.

Being in a group gives model-level permissions only; which associations a contact may touch is
decided by their memberships (`Association.objects.editable_by`).

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
    # The residents' search vocabulary (core.models.SearchSynonym).
    "core": {"searchsynonym": ["view", "add", "change", "delete"]},
    "taxonomy": {
        "theme": ["view", "change"],
        "spearhead": ["view", "change"],
        "municipality": ["view", "change"],
        "targetgroup": ["view", "add", "change", "delete"],
        "field": ["view", "change"],
        "language": ["view", "add", "change", "delete"],
    },
    "directory": {
        "association": ["view", "add", "change", "delete"],
        "membership": ["view", "add", "change", "delete"],
        "registration": ["view", "change", "delete"],
        # Error reports come from the public form only; contacts get them by e-mail.
        "errorreport": ["view", "change", "delete"],
    },
    "pages": {"page": ["view", "change"], "guide": ["view", "add", "change", "delete"]},
    "services": {"service": ["view", "add", "change", "delete"]},
    "events": {"event": ["view", "add", "change", "delete"]},
    "news": {"newsitem": ["view", "add", "change", "delete"]},
    "conditions": {
        "premises": ["view", "add", "change", "delete"],
        "premisesphoto": ["view", "add", "change", "delete"],
        "grantcall": ["view", "add", "change", "delete"],
        "contactperson": ["view", "add", "change", "delete"],
        # Questions and proposals come from the public form only.
        "dialoguemessage": ["view", "change", "delete"],
    },
    # The strategy's measures and their progress notes are the coordinators' alone.
    "followup": {
        "measure": ["view", "add", "change", "delete"],
        "progressnote": ["view", "add", "change", "delete"],
    },
    "partnership": {
        "partnernotice": ["view", "add", "change", "delete"],
        "consultation": ["view", "add", "change", "delete"],
        # Replies come from the public form only.
        "noticereply": ["view", "delete"],
    },
}
# Contacts may view and change associations and add their content; which associations,
# `Association.objects.editable_by` says (and `directory.ownership` for their content).
CONTACT_PERMISSIONS = {
    # Guides are coordinators' texts; contacts read them (also from the forms they help with).
    "pages": {"guide": ["view"]},
    "directory": {"association": ["view", "change"]},
    "services": {"service": ["view", "add", "change", "delete"]},
    "events": {"event": ["view", "add", "change", "delete"]},
    "news": {"newsitem": ["view", "add", "change", "delete"]},
    "conditions": {
        "premises": ["view", "add", "change", "delete"],
        "premisesphoto": ["view", "add", "change", "delete"],
    },
    # Replies to their own notices, to read (`NoticeReply.objects.editable_by`).
    "partnership": {"partnernotice": ["view", "add", "change", "delete"], "noticereply": ["view"]},
}


def is_coordinator(user) -> bool:
    """Superusers and members of the coordinators' group, remembered for the request."""
    if not user.is_authenticated or not user.is_active:
        return False
    if not hasattr(user, "_is_coordinator"):
        user._is_coordinator = user.is_superuser or user.groups.filter(name=COORDINATORS).exists()
    return user._is_coordinator


def grant_role_permissions(**kwargs) -> None:
    from django.contrib.auth.models import Group, Permission

    for group_name, granted in ((COORDINATORS, COORDINATOR_PERMISSIONS),
                                (CONTACTS, CONTACT_PERMISSIONS)):  # fmt: skip
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        codenames = {
            (app_label, f"{action}_{model}")
            for app_label, models in granted.items()
            for model, actions in models.items()
            for action in actions
        }
        permissions = [
            permission
            for permission in Permission.objects.filter(
                content_type__app_label__in=granted
            ).select_related("content_type")
            if (permission.content_type.app_label, permission.codename) in codenames
        ]
        group.permissions.add(*permissions)
