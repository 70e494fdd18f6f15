"""The training-enrolment application: the course, prerequisites and needs."""

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from content.models import CourseStatus

from .base import StepForm

ITALIAN_LEVELS = [
    ("none", _("I do not speak Italian yet")),
    ("a1", _("A1: beginner")),
    ("a2", _("A2: elementary")),
    ("b1", _("B1: intermediate")),
    ("b2", _("B2 or higher")),
]


def refusal(course, status):
    """Why ``course`` cannot take an enrolment now, or None."""
    if status == CourseStatus.FINISHED:
        return _("This course has already taken place. Choose another course.")
    if status == CourseStatus.CLOSED:
        return _("Enrolment for this course closed on %(date)s. Choose another course.") % {
            "date": date_format(course.enrolment_closes)
        }
    if status == CourseStatus.NOT_YET_OPEN:
        return _("Enrolment for this course opens on %(date)s. Come back then.") % {
            "date": date_format(course.enrolment_opens)
        }
    return None


class CourseForm(StepForm):
    """Among the network's courses that take enrolments; a full one offers the waiting list."""

    title = _("The course")

    course = forms.TypedChoiceField(label=_("Course"), coerce=int, widget=forms.RadioSelect)
    waiting_list = forms.BooleanField(
        label=_("If the course is full, put me on the waiting list."), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.courses = {course.pk: course for course in self.wizard_context.get("courses", [])}
        choices = [
            (pk, f"{course.title} ({course.status.label})")
            for pk, course in self.courses.items()
            if course.status in (CourseStatus.OPEN, CourseStatus.FULL)
        ]
        # A course chosen on its own page stays listed even if it no longer
        # takes enrolments, so the applicant sees why.
        chosen = self.initial.get("course")
        if chosen in self.courses and chosen not in dict(choices):
            choices.insert(0, (chosen, self.courses[chosen].title))
        # Assigned once, complete: the widget keeps its own copy of the list.
        self.fields["course"].choices = choices

    def clean(self):
        cleaned = super().clean()
        course = self.courses.get(cleaned.get("course"))
        if course is None:
            return cleaned
        status = course.status
        reason = refusal(course, status)
        if reason:
            self.add_error("course", reason)
        elif status == CourseStatus.FULL and not cleaned.get("waiting_list"):
            self.add_error(
                "waiting_list",
                _("This course is full. Tick the box to join its waiting list, or choose another."),
            )
        elif status == CourseStatus.OPEN:
            cleaned["waiting_list"] = False
        return cleaned

    def chosen_course(self):
        return self.courses.get(self.cleaned_data.get("course"))


class PrerequisitesForm(StepForm):
    title = _("Prerequisites")

    italian_level = forms.ChoiceField(
        label=_("Your level of Italian"),
        choices=ITALIAN_LEVELS,
        widget=forms.RadioSelect,
        help_text=_("Your own estimate is enough."),
    )
    assessment_reference = forms.RegexField(
        label=_("Reference of your skills assessment"),
        regex=r"^[A-Za-z]{2,3}-\d{4}-\d{6}$",
        required=False,
        help_text=_("If you have had your skills assessed, for example TO-2026-000123."),
        error_messages={"invalid": _("A reference looks like TO-2026-000123.")},
    )

    def clean_assessment_reference(self):
        return self.cleaned_data["assessment_reference"].upper()


class NeedsForm(StepForm):
    title = _("Your needs")

    language_support = forms.BooleanField(
        label=_("I need support in my own language during the course"), required=False
    )
    childcare = forms.BooleanField(label=_("I need childcare while I attend"), required=False)
    accessibility = forms.CharField(
        label=_("Accessibility needs"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        required=False,
    )


def course_refusal(course):
    """The reason a chosen course can no longer be enrolled in, checked again at submission."""
    return refusal(course, course.status)
