"""Course seats: approved enrolments hold them, the rest wait in order, a freed seat moves on."""

import pytest

from django.core import mail

from wagtail.models import Locale, ModelLogEntry

from content.models import CoursePage
from forms import review
from forms.models import Application, ApplicationKind, ApplicationState

from .review_helpers import detail_url, login, make_application, reviewer

pytestmark = pytest.mark.django_db

State = ApplicationState
SEATS = 3


@pytest.fixture
def translated_course(course):
    """A Torino course with SEATS seats, and its English translation."""
    italian = course("TO", seats=SEATS)
    english = italian.copy_for_translation(Locale.objects.get(language_code="en"))
    return italian, english


def enrol(course, **fields):
    return make_application(
        "TO",
        state=State.IN_REVIEW,
        kind=ApplicationKind.TRAINING_ENROLMENT,
        course=course,
        **fields,
    )


def seats_taken(*courses):
    return [CoursePage.objects.get(pk=course.pk).seats_taken for course in courses]


def approve(application):
    application.refresh_from_db()
    return review.transition(application, application.version, reviewer("TO"), State.APPROVED)


def test_approvals_stop_at_the_seats_and_a_freed_seat_goes_to_the_first_waiting(
    translated_course,
):
    italian, english = translated_course
    # Applicants reach the course in either language; the seats are the same.
    enrolments = [enrol(italian if i % 2 else english) for i in range(SEATS + 2)]
    admitted, waiting = enrolments[:SEATS], enrolments[SEATS:]

    for application in admitted:
        approve(application)
    assert seats_taken(italian, english) == [SEATS, SEATS]

    # Refused in reverse order: the queue is still by submission.
    for application in reversed(waiting):
        with pytest.raises(review.SeatsFull):
            approve(application)
    for application in waiting:
        stored = Application.objects.get(pk=application.pk)
        assert (stored.state, stored.waiting_list) == (State.IN_REVIEW, True)
    assert list(review.waiting_list(italian)) == waiting
    assert list(review.waiting_list(english)) == waiting
    assert seats_taken(italian, english) == [SEATS, SEATS]

    withdrawn = Application.objects.get(pk=admitted[1].pk)
    review.transition(withdrawn, withdrawn.version, reviewer("TO"), State.WITHDRAWN)

    first, second = (Application.objects.get(pk=a.pk) for a in waiting)
    assert (first.state, first.waiting_list, first.decided_at is not None) == (
        State.APPROVED,
        False,
        True,
    )
    assert (second.state, second.waiting_list) == (State.IN_REVIEW, True)
    assert list(review.waiting_list(italian)) == [second]
    assert seats_taken(italian, english) == [SEATS, SEATS]
    promoted = ModelLogEntry.objects.for_instance(first).get(action="forms.transition")
    assert promoted.data["promoted"] is True
    assert promoted.data["to"] == State.APPROVED


def test_the_first_waiting_goes_first_even_when_a_seat_is_free(translated_course):
    italian, english = translated_course
    CoursePage.objects.filter(translation_key=italian.translation_key).update(seats_taken=SEATS)
    early, late = enrol(italian), enrol(english)
    for application in (early, late):
        with pytest.raises(review.SeatsFull):
            approve(application)
    CoursePage.objects.filter(translation_key=italian.translation_key).update(seats_taken=SEATS - 1)

    with pytest.raises(review.SeatsFull, match="position 2"):
        approve(late)
    approve(early)

    assert Application.objects.get(pk=early.pk).state == State.APPROVED
    assert seats_taken(italian, english) == [SEATS, SEATS]


def test_withdrawing_with_nobody_waiting_frees_the_seat(translated_course):
    italian, english = translated_course
    application = enrol(english)
    approve(application)
    assert seats_taken(italian, english) == [1, 1]

    application.refresh_from_db()
    review.transition(application, application.version, reviewer("TO"), State.WITHDRAWN)

    assert seats_taken(italian, english) == [0, 0]


def test_a_full_course_in_the_admin_answers_400_with_the_waiting_position(
    client, translated_course, committed
):
    italian, _english = translated_course
    CoursePage.objects.filter(translation_key=italian.translation_key).update(seats_taken=SEATS)
    application = enrol(italian)
    login(client, reviewer("TO"))

    with committed():
        response = client.post(
            detail_url(application),
            {"action": "transition", "version": application.version, "state": State.APPROVED},
        )

    assert response.status_code == 400
    assert "waiting list, in position 1" in response.text
    stored = Application.objects.get(pk=application.pk)
    assert (stored.state, stored.waiting_list) == (State.IN_REVIEW, True)
    assert mail.outbox == []
