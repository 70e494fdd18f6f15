from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from content.models.base import PortalPage


class ApplicationKind(models.TextChoices):
    SKILLS_ASSESSMENT = "skills_assessment", _("Skills assessment")
    TRAINING_ENROLMENT = "training_enrolment", _("Training enrolment")
    FAMILY_SUBSIDY = "family_subsidy", _("Family subsidy")


class ApplicationFormPage(PortalPage):
    """The page around one kind of application a network offers.

    Editors write the introduction and the contacts; the questions are
    statutory and live in code.
    """

    kind = models.CharField(_("application kind"), max_length=32, choices=ApplicationKind.choices)
    body = RichTextField(
        _("before you start"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Who can apply and what to have at hand."),
    )
    contact_text = RichTextField(
        _("help with the application"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Who to call or where to go for help filling it in."),
    )

    content_panels = [
        *PortalPage.content_panels,
        FieldPanel("kind"),
        FieldPanel("body"),
        FieldPanel("contact_text"),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("body"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["content.NetworkPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("application form page")

    def clean(self):
        super().clean()
        # A new page has no place in the tree yet; the check runs once it has.
        if self.pk and (
            ApplicationFormPage.objects.sibling_of(self, inclusive=False)
            .filter(kind=self.kind, locale_id=self.locale_id)
            .exists()
        ):
            raise ValidationError({"kind": _("This network already has a page for this kind.")})
