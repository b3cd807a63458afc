from django.views.generic import DetailView, ListView

from core.search import MAX_QUERY_LENGTH, query_words
from pages.models import Guide, Page


class PageDetailView(DetailView):
    """A page whose slug is fixed by its URL; the URLconf passes it in."""

    model = Page
    context_object_name = "page"
    slug_url_kwarg = "page_slug"


class GuideListView(ListView):
    """The published guides in their order, or those matching `q` (title, summary and text in
    every language) best first: one query either way."""

    template_name = "pages/guide_list.html"
    context_object_name = "guides"

    def get_query(self) -> str:
        return self.request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]

    def get_queryset(self):
        guides = Guide.objects.published()
        query = self.get_query()
        if not query_words(query):  # nothing searchable, such as "%": every guide
            return guides
        return Guide.search_index.search(guides, query).order_by("-rank", "order", "title_fi")

    def get_context_data(self, **kwargs):
        return super().get_context_data(query=self.get_query(), **kwargs)


class GuideDetailView(DetailView):
    template_name = "pages/guide_detail.html"
    context_object_name = "guide"

    def get_queryset(self):
        return Guide.objects.published()
