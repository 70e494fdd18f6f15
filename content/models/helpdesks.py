from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.forms import CheckboxSelectMultiple
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from .base import FilteredListingMixin, PortalPage


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class HelpdeskListingMixin(FilteredListingMixin):
    """Map pages list the helpdesks below their parent (see subtree_scope)."""

    def helpdesks(self):
        return (
            HelpdeskPage.objects.live()
            .filter(locale_id=self.locale_id, path__startswith=self.subtree_scope())
            .select_related("locale")
            .prefetch_related("services", "languages", "opening_hours")
            .order_by("municipality", "title")
        )

    def get_context(self, request, *args, **kwargs):
        from content.listings import helpdesk_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(helpdesk_listing(self, request))
        return context


class HelpdeskMapPage(HelpdeskListingMixin, PortalPage):
    """Every helpdesk of the region on a map and in a list."""

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("helpdesk map page")


class HelpdeskIndexPage(HelpdeskListingMixin, PortalPage):
    """A network's helpdesks on a map and in a list."""

    parent_page_types = ["content.NetworkPage"]
    subpage_types = ["content.HelpdeskPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("helpdesk index page")


class HelpdeskPage(PortalPage):
    """One helpdesk (sportello): where, when, what and in which languages."""

    address = models.CharField(_("street address"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    municipality = models.CharField(_("municipality"), max_length=100)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    services = ParentalManyToManyField("content.Service", verbose_name=_("services offered"))
    languages = ParentalManyToManyField(
        "content.SpokenLanguage", verbose_name=_("languages spoken"), blank=True
    )
    accessibility = models.TextField(
        _("accessibility notes"),
        blank=True,
        help_text=_(
            "Steps, lifts, toilets, parking: what a visitor with a disability should know."
        ),
    )
    appointment_required = models.BooleanField(_("appointment needed"), default=False)

    content_panels = [
        *PortalPage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("municipality")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("appointment_required")],
            heading=_("Contacts"),
        ),
        InlinePanel("opening_hours", heading=_("Opening hours"), label=_("Opening slot")),
        FieldPanel("services", widget=CheckboxSelectMultiple),
        FieldPanel("languages", widget=CheckboxSelectMultiple),
        FieldPanel("accessibility"),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("municipality", boost=3),
        index.SearchField("address"),
        index.SearchField("accessibility"),
        index.AutocompleteField("municipality"),
        index.SearchField("search_services"),
    ]

    parent_page_types = ["content.HelpdeskIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("helpdesk page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["opening_hours"] = list(self.opening_hours.all())
        context["services"] = list(self.services.all())
        context["languages"] = list(self.languages.all())
        context["open_now"] = self.is_open_at(timezone.now())
        return context

    def is_open_at(self, moment):
        """Whether ``moment`` falls in one of the opening slots.

        Slots are wall-clock times in the site's time zone, so the moment is
        converted there first; this keeps the answer right across the
        daylight-saving changes.
        """
        local = timezone.localtime(moment)
        return any(
            slot.weekday == local.weekday() and slot.opens <= local.time() < slot.closes
            for slot in self.opening_hours.all()
        )

    def search_services(self):
        """The services and languages by name, in the page's own language."""
        with translation.override(self.locale.language_code):
            names = [str(service) for service in self.services.all()]
        return " ".join([*names, *(language.name for language in self.languages.all())])

    @property
    def open_now(self):
        return self.is_open_at(timezone.now())


class OpeningHours(Orderable):
    helpdesk = ParentalKey(HelpdeskPage, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("opening slot")
        verbose_name_plural = _("opening hours")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes__gt=models.F("opens")),
                name="opening_slot_closes_after_opens",
            )
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    def clean(self):
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": _("A slot must close after it opens.")})
