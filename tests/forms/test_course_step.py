"""The course step: a course chosen on its page comes pre-selected; closed ones say why."""

import datetime as dt

import pytest

from django.utils import timezone, translation

from content.models import CoursePage
from forms.definitions import REVIEW_STEP
from forms.steps.training import refusal

from .applicant import italian

pytestmark = pytest.mark.django_db


def today(plus=0):
    return timezone.localdate() + dt.timedelta(days=plus)


@pytest.fixture(params=["closed", "past", "not yet open"])
def out_of_reach(request):
    """The fields of a course out of reach, in each way it can be."""
    past_sessions = [timezone.now() - dt.timedelta(days=d) for d in (10, 3)]
    return {
        "closed": {"enrolment_opens": today(-30), "enrolment_closes": today(-2)},
        "past": {
            "enrolment_opens": today(-30),
            "enrolment_closes": today(-20),
            "sessions": past_sessions,
        },
        "not yet open": {"enrolment_opens": today(3), "enrolment_closes": today(30)},
    }[request.param]


def reason(course):
    """Why the Italian page says ``course`` cannot be chosen."""
    course.refresh_from_db()
    with translation.override("it"):
        return str(refusal(course, course.status))


@pytest.fixture
def enrol(applicant, form_page, answers):
    """Start a training enrolment (from a course page when given) and reach the course step."""

    def start(course=None):
        steps = answers("TO", "training_enrolment", course_id=course.pk if course else 0)
        applicant.start(form_page("TO", "training_enrolment").url, course=course and course.pk)
        applicant.fill(steps[:1])
        assert applicant.current_step == "course"
        return dict(steps)

    return start


def test_course_from_its_page_is_preselected(enrol, applicant, course):
    chosen = course(title="Primo soccorso")
    course(title="Un altro corso")
    enrol(chosen)
    assert applicant.values()["course"] == [str(chosen.pk)]
    applicant.post({})
    assert applicant.current_step == "prerequisites"


def test_start_page_ignores_a_malformed_course(applicant, form_page):
    applicant.start(form_page("TO", "training_enrolment").url + "?course=abc")
    assert applicant.response.status_code == 200
    applicant.open(form_page("TO", "training_enrolment").url)
    response = applicant.post({"course": "-4"}, raw=True)
    assert response.status_code == 400


def test_course_out_of_reach_refused_with_its_reason(out_of_reach, enrol, applicant, course):
    chosen = course(**out_of_reach)
    enrol(chosen)
    # Listed, so the applicant sees why it cannot be chosen.
    assert applicant.values()["course"] == [str(chosen.pk)]
    applicant.post({})
    assert applicant.current_step == "course"
    assert reason(chosen) in applicant.error("course")


def test_course_out_of_reach_not_offered_otherwise(out_of_reach, enrol, applicant, course):
    hidden = course(**out_of_reach)
    open_course = course()
    enrol()
    assert f'value="{open_course.pk}"' in applicant.response.text
    assert f'value="{hidden.pk}"' not in applicant.response.text
    applicant.post({"course": str(hidden.pk)})
    assert applicant.current_step == "course"
    assert applicant.error("course")


def test_full_course_needs_the_waiting_list(enrol, applicant, course, sent):
    full = course(seats=5, seats_taken=5)
    steps = enrol(full)
    applicant.post({"course": str(full.pk), "waiting_list": ""})
    assert applicant.current_step == "course"
    assert italian(
        "This course is full. Tick the box to join its waiting list, or choose another."
    ) in applicant.error("waiting_list")

    applicant.post({"course": str(full.pk), "waiting_list": "on"})
    applicant.fill_from(steps, "prerequisites")
    application = sent().get()
    assert application.course.pk == full.pk
    assert application.waiting_list is True


def test_open_course_never_on_the_waiting_list(enrol, applicant, course, sent):
    open_course = course()
    steps = enrol(open_course)
    applicant.fill_from(steps, "course")
    application = sent().get()
    assert application.course.pk == open_course.pk
    assert application.waiting_list is False  # the box was ticked, but a seat was free


def test_course_closing_before_sending_is_caught_at_review(enrol, applicant, course, sent):
    chosen = course()
    steps = enrol(chosen)
    applicant.fill_from(steps, "course", until=REVIEW_STEP)
    CoursePage.objects.filter(pk=chosen.pk).update(enrolment_closes=today(-1))

    applicant.post({})
    assert applicant.current_step == "course"
    assert reason(chosen) in applicant.error("course")
    assert not sent().exists()
