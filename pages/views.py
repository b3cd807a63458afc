from django.views.generic import DetailView

from pages.models import Page


class PageDetailView(DetailView):
    """A page whose slug is fixed by its URL; the URLconf passes it in."""

    model = Page
    context_object_name = "page"
    slug_url_kwarg = "page_slug"
