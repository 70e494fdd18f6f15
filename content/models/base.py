"""Pieces shared by the page models."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from search.engine import index_on_postgresql
from search.extract import page_text
from search.language import stems


class PortalPage(Page):
    """Every public page has a short plain-text introduction under its title."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences shown under the title and in listings."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("search_stems"),
        index.SearchField("search_network"),
    ]

    class Meta:
        abstract = True

    def search_stems(self):
        """The page's words reduced to their stems, as one more searchable text.

        SQLite's full-text search does not stem, so "contratti" would not find
        "contratto"; searching this copy (with the query stemmed the same way)
        does. PostgreSQL stems by itself, so there the copy is left empty: it
        would double every position the ranking reads (bench/README.md).
        Elasticsearch never reads it.
        """
        if index_on_postgresql():
            return ""
        text = page_text(self)
        return " ".join(stems(" ".join(text.values()), self.locale.language_code))

    def search_network(self):
        """The name of the network the page belongs to, so "Cuneo" finds its pages."""
        from .networks import NetworkPage

        network = NetworkPage.objects.ancestor_of(self, inclusive=True).first()
        return f"{network.title} {network.province}" if network else ""

    def subtree_scope(self):
        """Pages that list others cover the subtree of their parent.

        Under the region home that is the whole region; under a network page,
        that network alone. The parent's path is a prefix of our own, so no
        query is needed to know it.
        """
        return self.path[: -self.steplen]


class FilteredListingMixin:
    """A listing page whose filters come from the query string.

    Its ``get_context`` sets ``filter_errors`` when a value is unusable; the
    page is then still shown, unfiltered, but answers 400: the visitor's
    mistake, said plainly.
    """

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if response.context_data.get("filter_errors"):
            response.status_code = 400
        return response


def network_for(page_path, networks_by_path):
    """The network page whose subtree holds ``page_path``, if any."""
    for path, network in networks_by_path.items():
        if page_path.startswith(path):
            return network
    return None
