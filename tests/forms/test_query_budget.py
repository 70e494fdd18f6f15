"""The application pages and the review queue cost the same queries however much there is."""

import pytest

from django.test import Client

from content import factories
from forms import review
from forms.models import Application, ApplicationKind

from ..content.test_query_counts import assert_flat
from .review_helpers import login, make_application, reviewer

pytestmark = pytest.mark.django_db

MAX_QUERIES = 25


def test_interview_step_with_many_helpdesks(started, helpdesk):
    applicant, _steps = started(ApplicationKind.SKILLS_ASSESSMENT, until="interview")
    assert applicant.current_step == "interview"
    index = helpdesk("TO").get_parent()

    def grow():
        for number in range(30):
            factories.HelpdeskPageFactory(parent=index, title=f"Sportello {number}")

    assert_flat(applicant.client, applicant.url, grow, budget=MAX_QUERIES)


def test_review_queue_and_detail(network):
    client = login(Client(), reviewer("TO"))
    application = Application.objects.filter(network=network("TO")).first()
    colleague = application.assigned_to or review.colleagues(application).first()

    def more_history():
        for number in range(20):
            review.add_note(application, colleague, f"Nota {number}")

    assert_flat(client, f"/admin/applications/{application.pk}/", more_history, budget=MAX_QUERIES)

    def more_applications():
        for _ in range(20):
            make_application(
                "TO",
                state=application.state,
                kind=application.kind,
                document=False,
                assigned_to=application.assigned_to,
            )

    assert_flat(client, "/admin/applications/", more_applications, budget=MAX_QUERIES)
