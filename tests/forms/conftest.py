"""The demo region's application pages, browsers that fill them in, and courses to enrol in."""

import functools

import pytest

from django.db.models import Max
from django.test import Client
from django.utils import translation

from content.factories import CoursePageFactory
from content.models import HelpdeskPage, NetworkPage, TrainingCalendarPage
from forms.models import Application, ApplicationFormPage, ApplicationKind

from . import answers as valid
from .applicant import Applicant

# Every application a form page can make: (kind, variant).
APPLICATIONS = [
    (ApplicationKind.SKILLS_ASSESSMENT, ""),
    (ApplicationKind.TRAINING_ENROLMENT, ""),
    (ApplicationKind.FAMILY_SUBSIDY, "incentive"),
    (ApplicationKind.FAMILY_SUBSIDY, "replacement"),
]


@pytest.fixture(autouse=True)
def staff_language():
    """Each test starts in English, the language of the source strings.

    A request through the test client leaves its language active in the
    thread afterwards; without this, a test's messages would be in whatever
    language the previous test's last request used.
    """
    with translation.override("en"):
        yield


@pytest.fixture
def network(italian):
    """The Italian page of a demo network, by code."""
    return lambda code: NetworkPage.objects.get(code=code, locale=italian)


@pytest.fixture
def form_page(network):
    """The Italian form page of a network for a kind of application."""
    return lambda code, kind: ApplicationFormPage.objects.child_of(network(code)).get(kind=kind)


@pytest.fixture
def browser():
    """A new browser (its own cookies), with CSRF checks on."""
    return lambda: Applicant(Client(enforce_csrf_checks=True))


@pytest.fixture
def applicant(browser):
    return browser()


@pytest.fixture
def helpdesk(network):
    return lambda code: HelpdeskPage.objects.live().descendant_of(network(code)).first()


@pytest.fixture
def course(network):
    """A course of a network's calendar, open for enrolment unless told otherwise."""

    def make(code="TO", **fields):
        calendar = TrainingCalendarPage.objects.child_of(network(code)).get()
        return CoursePageFactory(parent=calendar, **fields)

    return make


@pytest.fixture
def private_root(settings):
    return settings.STORAGES["private"]["OPTIONS"]["location"]


@pytest.fixture
def answers(helpdesk, course):
    """Valid answers for every step of an application to a network, with what it needs there."""

    def make(code, kind, variant="", **kwargs):
        if kind == ApplicationKind.SKILLS_ASSESSMENT:
            kwargs["helpdesk_id"] = helpdesk(code).pk
        if kind == ApplicationKind.TRAINING_ENROLMENT and "course_id" not in kwargs:
            kwargs["course_id"] = course(code).pk
        return valid.for_kind(kind, variant, **kwargs)

    return make


@pytest.fixture
def started(applicant, form_page, answers):
    """An applicant who has answered the steps of an application up to ``until`` (not included)."""

    def start(kind, variant="", until=None, code="TO"):
        steps = answers(code, kind, variant)
        applicant.start(form_page(code, kind).url)
        names = [step for step, _answers in steps]
        applicant.fill(steps[: names.index(until)] if until else steps)
        return applicant, dict(steps)

    return start


@pytest.fixture
def sent(db):
    """The applications sent during the test (the demo has a queue of its own)."""
    before = Application.objects.aggregate(last=Max("pk"))["last"] or 0
    return lambda: Application.objects.filter(pk__gt=before)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """A block run as a request's transaction is: what it leaves for after the
    commit (the applicant's e-mails) runs when the block ends; what a
    rolled-back part of it left is dropped."""
    return functools.partial(django_capture_on_commit_callbacks, execute=True)
