"""Django's own admin strings that its Finnish catalogue leaves in English, or words so that our
users misread them ("Recent actions" as "Viimeisimmät tapahtumat", latest events).

Marked here so that `makemessages` keeps them in the site's catalogues, which Django reads
before its own (`LOCALE_PATHS`); the browser tests check that no stock English is left.
"""

from django.utils.translation import gettext_noop

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
