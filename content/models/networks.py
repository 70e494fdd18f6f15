from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .base import PortalPage


class PartnerKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality or social services consortium")
    HEALTH_AUTHORITY = "health_authority", _("Health authority")
    EMPLOYMENT_CENTRE = "employment_centre", _("Employment centre")
    SOCIAL_ENTERPRISE = "social_enterprise", _("Social enterprise")
    UNION = "union", _("Union or employers' association")
    ASSOCIATION = "association", _("Association")
    PARISH = "parish", _("Parish or charity")


class NetworkPage(PortalPage):
    """A local network: its territory, its partners and its own pages."""

    code = models.CharField(
        _("code"),
        max_length=2,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Two capital letters, such as TO."))],
        help_text=_("Province code; it starts every application reference, e.g. TO-2026-000123."),
    )
    province = models.CharField(_("province"), max_length=64)
    body = RichTextField(
        _("about the network"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    contact_phone = models.CharField(_("phone"), max_length=32, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_address = models.CharField(_("address"), max_length=200, blank=True)
    territory = models.TextField(
        _("territory covered"),
        blank=True,
        help_text=_("The municipalities and districts the network covers, one per line."),
    )

    content_panels = [
        *PortalPage.content_panels,
        FieldPanel("code"),
        FieldPanel("province"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("contact_phone"),
                FieldPanel("contact_email"),
                FieldPanel("contact_address"),
            ],
            heading=_("Contacts"),
        ),
        FieldPanel("territory"),
        InlinePanel("partners", heading=_("Partner bodies"), label=_("Partner")),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("body"),
        index.SearchField("province", boost=2),
        index.FilterField("code"),
        index.SearchField("territory", boost=2),
        index.RelatedFields("partners", [index.SearchField("name")]),
    ]
    # The code is shared by every translation of the network.
    override_translatable_fields = [SynchronizedField("code")]

    parent_page_types = ["content.HomePage"]
    subpage_types = [
        "content.HelpdeskIndexPage",
        "content.GuidanceIndexPage",
        "content.TrainingCalendarPage",
        "forms.ApplicationFormPage",
    ]

    class Meta:
        verbose_name = _("network page")

    def clean(self):
        super().clean()
        # The code starts every application reference, so it must be unique.
        clash = NetworkPage.objects.filter(code=self.code, locale_id=self.locale_id)
        if self.pk:
            clash = clash.exclude(pk=self.pk)
        if clash.exists():
            raise ValidationError({"code": _("Another network already uses this code.")})

    def municipalities(self):
        return [line.strip() for line in self.territory.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = list(self.get_children().live().specific().select_related("locale"))
        context["sections"] = sections
        context["municipalities"] = self.municipalities()
        context["partners"] = list(self.partners.all())
        return context


class NetworkPartner(Orderable):
    network = ParentalKey(NetworkPage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(_("name"), max_length=160)
    kind = models.CharField(_("kind"), max_length=32, choices=PartnerKind.choices)

    class Meta(Orderable.Meta):
        verbose_name = _("partner")

    def __str__(self):
        return self.name
