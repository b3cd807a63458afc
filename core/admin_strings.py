"""Django's own admin strings that its Finnish catalogue leaves in English, or words so that our
users misread them ("Recent actions" as "Viimeisimmät tapahtumat", latest events); and those of
django-simple-history's history pages, which has no Finnish or Swedish catalogue at all.

Marked here so that `makemessages` keeps them in the site's catalogues, which Django reads
before its own (`LOCALE_PATHS`); the browser tests check that no stock English is left.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

DJANGO_ADMIN_STRINGS = [
    gettext_noop("Forgotten your login credentials?"),
    gettext_noop("Error:"),
    gettext_noop("In case you’ve forgotten, you are:"),
    gettext_noop("After you’ve created a user, you’ll be able to edit more user options."),
    gettext_noop("Model name"),
    gettext_noop("Add link"),
    gettext_noop("Change or view list link"),
    gettext_noop("Recent actions"),
    gettext_noop("My actions"),
]

SIMPLE_HISTORY_STRINGS = [
    gettext_noop("View history: %s"),
    gettext_noop("Change history: %s"),
    gettext_noop("View %s"),
    gettext_noop("Revert %s"),
    gettext_noop("View %(verbose_name)s"),
    gettext_noop("Revert %(verbose_name)s"),
    gettext_noop("Object"),
    gettext_noop("Date/time"),
    gettext_noop("Comment"),
    gettext_noop("Changed by"),
    gettext_noop("Change reason"),
    gettext_noop("Changes"),
    gettext_noop("Revert"),
    gettext_noop("Change History"),
    gettext_noop("Close"),
    gettext_noop("Created"),
    gettext_noop("Changed"),
    gettext_noop("Deleted"),
    gettext_noop("Deleted %(type_name)s"),
    gettext_noop("You may edit it again below"),
    gettext_noop('The %(name)s "%(obj)s" was changed successfully.'),
    gettext_noop(
        "Choose a date from the list below to revert to a previous version of this object."
    ),
    gettext_noop("Press the 'Revert' button below to revert to this version of the object."),
    gettext_noop("Press the 'Change History' button below to edit the history."),
    gettext_noop("This object doesn't have a change history."),
    ngettext_lazy("entry", "entries"),
]
