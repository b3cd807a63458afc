"""`makemessages` that writes the catalogues sorted, without source locations and without
obsolete entries, so that a change adds or removes only its own strings and branches merge
without touching each other's."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    msgmerge_options = [*makemessages.Command.msgmerge_options, "--sort-output"]
    msguniq_options = [*makemessages.Command.msguniq_options, "--sort-output"]
    msgattrib_options = [*makemessages.Command.msgattrib_options, "--sort-output"]

    def handle(self, *args, **options):
        options["no_location"] = True
        options["no_obsolete"] = True
        options["ignore_patterns"] = [*options.get("ignore_patterns", []), ".venv", "staticfiles"]
        super().handle(*args, **options)
