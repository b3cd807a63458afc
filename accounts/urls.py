"""The admin's ways in: password reset, the invitation, e-mail login links and two-step login.

Not namespaced: Django's admin and auth views find the reset views by these names.
"""

from django.urls import path

from accounts import email_login, twofactor, views

reset = views.RateLimitedPasswordResetView.as_view()
reset_done = views.PasswordResetDoneView.as_view()
reset_confirm = views.PasswordResetConfirmView.as_view()
reset_complete = views.PasswordResetCompleteView.as_view()

urlpatterns = [
    # Password reset (the admin's login page links to it by its name).
    path("salasana/", reset, name="admin_password_reset"),
    path("salasana/lahetetty/", reset_done, name="password_reset_done"),
    path("salasana/<uidb64>/<token>/", reset_confirm, name="password_reset_confirm"),
    path("salasana/valmis/", reset_complete, name="password_reset_complete"),
    # The invitation: create a password and be logged in (directory.onboarding.contact_invite).
    path("tervetuloa/<uidb64>/<token>/", views.InvitationView.as_view(), name="invitation"),
    # One-time login links by e-mail, for contacts (accounts.email_login).
    path("kirjautumislinkki/", email_login.request_link, name="email-link"),
    path("kirjautumislinkki/lahetetty/", email_login.link_sent, name="email-link-sent"),
    path("kirjautumislinkki/kirjaudu/", email_login.login_with_link, name="email-login"),
    path("kaksivaiheinen/", twofactor.verify, name="two-factor-verify"),
    path("kaksivaiheinen/kayttoonotto/", twofactor.setup, name="two-factor-setup"),
]
