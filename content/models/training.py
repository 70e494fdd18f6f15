from django.core.exceptions import ValidationError
from django.db import models
from django.forms import CheckboxSelectMultiple
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from .base import FilteredListingMixin, PortalPage


class CourseKind(models.TextChoices):
    QUALIFICATION = "qualification", _("Qualification course")
    MODULE = "module", _("Complementary module")
    ORIENTATION = "orientation", _("Orientation session")


class CourseStatus(models.TextChoices):
    NOT_YET_OPEN = "not_yet_open", _("Enrolment not yet open")
    OPEN = "open", _("Enrolment open")
    FULL = "full", _("Full: waiting list")
    CLOSED = "closed", _("Enrolment closed")
    FINISHED = "finished", _("Finished")


class TrainingCalendarPage(FilteredListingMixin, PortalPage):
    """Courses below the parent: every network's under the home, one network's under it."""

    parent_page_types = ["content.HomePage", "content.NetworkPage"]
    subpage_types = ["content.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("training calendar page")

    def courses(self):
        return (
            CoursePage.objects.live()
            .filter(locale_id=self.locale_id, path__startswith=self.subtree_scope())
            .upcoming()
            .select_related("locale")
            .prefetch_related("languages", "sessions")
        )

    def get_context(self, request, *args, **kwargs):
        from content.listings import course_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(course_listing(self, request))
        return context


class CourseQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """Courses with at least one session still to end."""
        now = now or timezone.now()
        return self.filter(
            models.Exists(CourseSession.objects.filter(course=models.OuterRef("pk"), ends__gte=now))
        )

    def open_for_enrolment(self, today=None):
        today = today or timezone.localdate()
        return self.filter(
            enrolment_opens__lte=today,
            enrolment_closes__gte=today,
            seats_taken__lt=models.F("seats"),
        )


class CoursePage(PortalPage):
    kind = models.CharField(_("kind"), max_length=32, choices=CourseKind.choices)
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    venue = models.CharField(
        _("venue"),
        max_length=200,
        help_text=_("Where sessions take place unless a session says otherwise."),
    )
    seats = models.PositiveSmallIntegerField(_("seats"))
    seats_taken = models.PositiveSmallIntegerField(
        _("seats taken"),
        default=0,
        help_text=_("Places already assigned; approving an online enrolment adds one."),
    )
    languages = ParentalManyToManyField(
        "content.SpokenLanguage", verbose_name=_("language support"), blank=True
    )
    enrolment_opens = models.DateField(_("enrolment opens"))
    enrolment_closes = models.DateField(_("enrolment closes"))

    objects = PageManager.from_queryset(CourseQuerySet)()

    content_panels = [
        *PortalPage.content_panels,
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("venue"),
        FieldRowPanel([FieldPanel("seats"), FieldPanel("seats_taken")]),
        FieldPanel("languages", widget=CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("enrolment_opens"), FieldPanel("enrolment_closes")])],
            heading=_("Enrolment window"),
        ),
        InlinePanel("sessions", heading=_("Sessions"), label=_("Session"), min_num=1),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("description"),
        index.SearchField("venue"),
        index.SearchField("search_kind"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["content.TrainingCalendarPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("course page")

    def clean(self):
        super().clean()
        if (
            self.enrolment_opens
            and self.enrolment_closes
            and self.enrolment_closes < self.enrolment_opens
        ):
            raise ValidationError({"enrolment_closes": _("Enrolment must close after it opens.")})

    def search_kind(self):
        """The kind of course by name, in the page's own language."""
        with translation.override(self.locale.language_code):
            return str(self.get_kind_display())

    @property
    def seats_left(self):
        return max(self.seats - self.seats_taken, 0)

    def sorted_sessions(self):
        return sorted(self.sessions.all(), key=lambda s: s.starts)

    def upcoming_sessions(self, now=None):
        now = now or timezone.now()
        return [s for s in self.sorted_sessions() if s.ends >= now]

    def status_at(self, now=None):
        """Where the course stands for someone who wants to enrol at ``now``."""
        now = now or timezone.now()
        today = timezone.localdate(now)
        if not self.upcoming_sessions(now):
            return CourseStatus.FINISHED
        if today < self.enrolment_opens:
            return CourseStatus.NOT_YET_OPEN
        if today > self.enrolment_closes:
            return CourseStatus.CLOSED
        if self.seats_left == 0:
            return CourseStatus.FULL
        return CourseStatus.OPEN

    @property
    def status(self):
        return self.status_at()

    def get_context(self, request, *args, **kwargs):
        from content.listings import course_cards, enrolment_pages_by_network, networks_by_path

        context = super().get_context(request, *args, **kwargs)
        networks = networks_by_path(self.locale_id)
        enrol_pages = enrolment_pages_by_network(self.locale_id, networks)
        context["card"] = course_cards([self], networks, enrol_pages, request)[0]
        context["all_sessions"] = self.sorted_sessions()
        return context


class CourseSession(Orderable):
    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="sessions")
    starts = models.DateTimeField(_("starts"))
    ends = models.DateTimeField(_("ends"))
    place = models.CharField(
        _("place"), max_length=200, blank=True, help_text=_("Leave empty to use the course venue.")
    )

    panels = [FieldRowPanel([FieldPanel("starts"), FieldPanel("ends")]), FieldPanel("place")]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends__gt=models.F("starts")),
                name="course_session_ends_after_start",
            )
        ]

    def __str__(self):
        return f"{self.course.title}: {timezone.localtime(self.starts):%Y-%m-%d %H:%M}"

    def clean(self):
        if self.starts and self.ends and self.ends <= self.starts:
            raise ValidationError({"ends": _("A session must end after it starts.")})

    @property
    def location(self):
        return self.place or self.course.venue
