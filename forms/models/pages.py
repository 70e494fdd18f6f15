from django.core.exceptions import ValidationError
from django.db import models
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from content.models.base import PortalPage


class ApplicationKind(models.TextChoices):
    SKILLS_ASSESSMENT = "skills_assessment", _("Skills assessment")
    TRAINING_ENROLMENT = "training_enrolment", _("Training enrolment")
    FAMILY_SUBSIDY = "family_subsidy", _("Family subsidy")


class ApplicationFormPage(RoutablePageMixin, PortalPage):
    """The page around one kind of application a network offers.

    Editors write the introduction and the contacts; the questions are
    statutory and live in code (``forms.definitions``). Below the page, each
    draft has one URL per step; the views are in ``forms.views``.
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

    # The network this page belongs to, and what its steps offer from it.
    @cached_property
    def network(self):
        return self.get_parent().specific

    def network_helpdesks(self):
        from content.models import HelpdeskPage

        return list(
            HelpdeskPage.objects.live()
            .filter(locale_id=self.locale_id, path__startswith=self.network.path)
            .order_by("title")
            .only("id", "title", "municipality")
        )

    def network_courses(self):
        from content.models import CoursePage

        return list(
            CoursePage.objects.live()
            .filter(locale_id=self.locale_id, path__startswith=self.network.path)
            .prefetch_related("sessions")
            .order_by("enrolment_closes", "title")
        )

    # URLs below the page.
    def _url(self, name, *args):
        return self.url + self.reverse_subpage(name, args=args)

    def step_url(self, draft, step):
        return self._url("step", draft.uuid, step)

    def saved_url(self, draft):
        return self._url("saved", draft.uuid)

    def confirmation_url(self, draft):
        return self._url("confirmation", draft.uuid)

    def resume_url(self, token):
        return self._url("resume", token)

    # Routes: thin; the work is in forms.views.
    @path("", name="start")
    @method_decorator(never_cache)
    def start(self, request):
        from forms import views

        return views.start(request, self)

    @path("continue/<str:token>/", name="resume")
    @method_decorator(never_cache)
    def resume(self, request, token):
        from forms import views

        return views.resume(request, self, token)

    @path("<uuid:draft_id>/saved/", name="saved")
    @method_decorator(never_cache)
    def saved(self, request, draft_id):
        from forms import views

        return views.saved(request, self, draft_id)

    @path("<uuid:draft_id>/sent/", name="confirmation")
    @method_decorator(never_cache)
    def confirmation(self, request, draft_id):
        from forms import views

        return views.confirmation(request, self, draft_id)

    @path("<uuid:draft_id>/<slug:step>/", name="step")
    @method_decorator(never_cache)
    def step(self, request, draft_id, step):
        from forms import views

        return views.step(request, self, draft_id, step)
