from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from content.blocks import BodyStreamBlock

from .base import PortalPage


class StandardPage(PortalPage):
    """About, privacy notice, accessibility statement and the like."""

    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))

    content_panels = [*PortalPage.content_panels, FieldPanel("body")]
    search_fields = [*PortalPage.search_fields, index.SearchField("body")]

    parent_page_types = ["content.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("standard page")
