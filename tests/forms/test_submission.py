"""Sending: once only, however often it is posted; robots and floods are turned away."""

import re
import threading

import pytest

from django.core import mail
from django.db import connection
from django.utils.datastructures import MultiValueDict

from forms import services
from forms.definitions import DEFINITIONS, REVIEW_STEP
from forms.models import Draft, ReferenceCounter

from .applicant import hidden_fields, italian

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises every write, so it cannot show concurrent submissions",
)


def test_review_posted_twice_makes_one_application(started, sent):
    applicant, _steps = started("training_enrolment", until=REVIEW_STEP)
    review_url, review_page = applicant.url, applicant.response

    applicant.post({})
    assert "/sent/" in applicant.url
    # The same page posted again (a double click, or the back button and send again).
    applicant.url, applicant.response = review_url, review_page
    response = applicant.post({})
    assert response.status_code == 200
    assert "/sent/" in applicant.url

    application = sent().get()
    assert application.reference in response.text
    assert len(mail.outbox) == 1
    assert ReferenceCounter.objects.get(network_code="TO").last_number == int(
        application.reference[-6:]
    )


def test_replay_after_success_changes_nothing(started, sent):
    applicant, _steps = started("family_subsidy", "replacement", until=REVIEW_STEP)
    review_url = applicant.url
    data = hidden_fields(applicant.response)
    applicant.post({})
    application = sent().get()
    documents = list(application.documents.values_list("pk", flat=True))

    for _attempt in range(3):
        response = applicant.client.post(review_url, data)
        assert response.status_code == 302
    assert sent().get() == application
    assert list(application.documents.values_list("pk", flat=True)) == documents
    assert len(mail.outbox) == 1


def test_honeypot_filled_refused(started, sent):
    applicant, _steps = started("skills_assessment", until=REVIEW_STEP)
    response = applicant.post({"website": "http://spam.example"})
    assert response.status_code == 400
    assert not sent().exists()
    assert not applicant.draft.submitted
    assert mail.outbox == []


def test_rate_limit_keeps_the_draft(started, browser, form_page, answers, settings, sent):
    settings.APPLICATION_SUBMIT_RATE = "1/h"
    first, _steps = started("training_enrolment")
    assert sent().count() == 1

    second = browser()
    second.start(form_page("TO", "training_enrolment").url)
    steps = answers("TO", "training_enrolment")
    second.fill(steps[:-1])
    response = second.post({})
    assert response.status_code == 429
    assert (
        italian(
            "Too many applications have been sent from this connection in a short time. "
            "Your answers are saved: try again in an hour, or ask a helpdesk to send it for you."
        )
        in second.text
    )
    assert second.current_step == REVIEW_STEP
    assert sent().count() == 1
    draft = second.draft
    assert not draft.submitted
    assert draft.state["step_data"]["about"]["about-first_name"] == ["Ana"]


# Concurrency: real transactions, from threads, on PostgreSQL only. These tests
# end by emptying the database, so pytest-django runs them after the others.


def valid_forms(draft):
    """The bound, valid step forms of a draft, as the wizard passes them to ``submit_draft``."""
    page = draft.page.specific
    forms = {}
    for step, form_class in DEFINITIONS[draft.kind].steps.items():
        data = MultiValueDict(draft.state["step_data"].get(step, {}))
        context = {"courses": page.network_courses()} if step == "course" else {}
        form = form_class(data=data, prefix=step, wizard_context=context)
        assert form.is_valid(), (step, form.errors)
        forms[step] = form
    return forms


def in_threads(count, work):
    """Run ``work(i)`` in ``count`` threads started together; their results, in order."""
    barrier = threading.Barrier(count)
    results, errors = [None] * count, []

    def run(i):
        from django.db import connections

        try:
            barrier.wait()
            results[i] = work(i)
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return results


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_concurrent_submissions_get_distinct_references(started, sent):
    applicant, _steps = started("training_enrolment", until=REVIEW_STEP)
    model = applicant.draft
    forms = valid_forms(model)
    drafts = [model] + [
        Draft.objects.create(page=model.page, kind=model.kind, language="it", state=model.state)
        for _ in range(49)
    ]
    # Fifty applicants send at once, and the first one double-clicks ten more times.
    posted = drafts + [Draft.objects.get(pk=model.pk) for _ in range(10)]

    results = in_threads(len(posted), lambda i: services.submit_draft(posted[i], forms))

    references = {application.reference for application, _created in results}
    assert len(references) == 50
    assert all(re.fullmatch(r"TO-\d{4}-\d{6}", reference) for reference in references)
    assert sum(created for _application, created in results) == 50
    assert {application.pk for application, _created in results[50:]} == {results[0][0].pk}
    assert sent().count() == 50
    # No number skipped or repeated.
    numbers = sorted(int(reference[-6:]) for reference in references)
    assert numbers == list(range(numbers[0], numbers[0] + 50))
    assert ReferenceCounter.objects.get(network_code="TO").last_number == numbers[-1]


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_concurrent_next_reference_never_repeats():
    references = in_threads(50, lambda _i: services.next_reference("QZ", 2026))
    assert sorted(references) == [f"QZ-2026-{n:06d}" for n in range(1, 51)]
