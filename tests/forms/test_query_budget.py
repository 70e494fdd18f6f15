"""The application pages and the review queue cost the same queries however much there is."""

import pytest

from django.test import Client

from content import factories
from content.models import HelpdeskPage, NetworkPage
from forms import review
from forms.models import Application, ApplicationFormPage, ApplicationKind

from ..conftest import DEMO_PASSWORD
from ..content.test_query_counts import queries_to_render
from .answers import skills_assessment
from .applicant import Applicant

pytestmark = pytest.mark.django_db

MAX_QUERIES = 25


def assert_flat(client, url, grow):
    before = queries_to_render(client, url)
    grow()
    after = queries_to_render(client, url)
    assert before == after, f"{url}: {before} queries, then {after}"
    assert after <= MAX_QUERIES, f"{url}: {after} queries"


@pytest.fixture
def torino(italian):
    return NetworkPage.objects.get(code="TO", locale=italian)


def test_interview_step_with_many_helpdesks(torino):
    page = ApplicationFormPage.objects.child_of(torino).get(kind=ApplicationKind.SKILLS_ASSESSMENT)
    index = HelpdeskPage.objects.live().descendant_of(torino).first().get_parent()
    applicant = Applicant(Client())
    applicant.start(page.url)
    steps = skills_assessment(HelpdeskPage.objects.live().descendant_of(torino).first().pk)
    applicant.fill(steps[:5])
    assert applicant.current_step == "interview"

    def grow():
        for number in range(30):
            factories.HelpdeskPageFactory(parent=index, title=f"Sportello {number}")

    assert_flat(applicant.client, applicant.url, grow)


def test_review_queue_and_detail(torino, sent):
    client = Client()
    assert client.login(username="reviewer.to", password=DEMO_PASSWORD)
    application = Application.objects.filter(network=torino).first()
    reviewer = application.assigned_to or review.colleagues(application).first()

    def more_history():
        for number in range(20):
            review.add_note(application, reviewer, f"Nota {number}")

    assert_flat(client, f"/admin/applications/{application.pk}/", more_history)

    def more_applications():
        for _ in range(20):
            copy = Application.objects.get(pk=application.pk)
            copy.pk = None
            copy.reference = f"TO-2099-{sent().count():06d}"
            copy.save()

    assert_flat(client, "/admin/applications/", more_applications)
