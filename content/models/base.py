"""Pieces shared by the page models."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index


class PortalPage(Page):
    """Every public page has a short plain-text introduction under its title."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences shown under the title and in listings."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True

    def subtree_scope(self):
        """Pages that list others cover the subtree of their parent.

        Under the region home that is the whole region; under a network page,
        that network alone. The parent's path is a prefix of our own, so no
        query is needed to know it.
        """
        return self.path[: -self.steplen]


def network_for(page_path, networks_by_path):
    """The network page whose subtree holds ``page_path``, if any."""
    for path, network in networks_by_path.items():
        if page_path.startswith(path):
            return network
    return None
