from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from content.blocks import BodyStreamBlock

from .base import PortalPage


class GuidanceTopic(models.TextChoices):
    HIRING = "hiring", _("Hiring with a regular contract")
    LEVELS_HOURS = "levels_hours", _("Contract levels and hours")
    PAY_CONTRIBUTIONS = "pay_contributions", _("Pay and contributions")
    HOLIDAYS_SEVERANCE = "holidays_severance", _("Holidays, sick leave and severance")
    TERMINATION = "termination", _("Ending the employment")
    RESIDENCE_PERMIT = "residence_permit", _("Residence permits")
    SKILLS_PATH = "skills_path", _("Skills recognition")
    SUBSIDIES = "subsidies", _("Subsidies")
    LOCAL = "local", _("Local information")


class GuidanceIndexPage(PortalPage):
    """Contract guidance: region-wide under the home, local under a network."""

    parent_page_types = ["content.HomePage", "content.NetworkPage"]
    subpage_types = ["content.GuidancePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guidance index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = list(
            GuidancePage.objects.child_of(self).live().select_related("locale").order_by("path")
        )
        return context


class GuidancePage(PortalPage):
    topic = models.CharField(
        _("topic"), max_length=32, choices=GuidanceTopic.choices, default=GuidanceTopic.LOCAL
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))

    content_panels = [*PortalPage.content_panels, FieldPanel("topic"), FieldPanel("body")]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("body"),
        index.FilterField("topic"),
    ]

    parent_page_types = ["content.GuidanceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guidance page")
