"""Staff ask for information; the applicant answers through the e-mailed private link.

The answer (text and files) is attached to the application, which returns
to review with the same assignee. The link works once, until it expires,
and only as sent.
"""

import re
from datetime import timedelta

import pytest

from django.core import mail
from django.test import Client
from django.utils import timezone

from wagtail.models import ModelLogEntry

from forms import review
from forms.models import Application, ApplicationState, InfoRequest

from .applicant import PDF, hidden_fields, pdf
from .review_helpers import make_application, reviewer

pytestmark = pytest.mark.django_db

State = ApplicationState
LINK = re.compile(r"https?://[^/\s]+(/ro/application-info/[\w-]+/)")


@pytest.fixture
def requested(committed):
    """An application assigned to reviewer.to, then asked for information; returns (it, link)."""
    staff = reviewer("TO")
    application = make_application("TO", state=State.IN_REVIEW, language="ro", document=False)
    application = review.assign(application, application.version, staff, staff)
    with committed():
        application = review.transition(
            application,
            application.version,
            staff,
            State.INFO_REQUESTED,
            note="Documento illeggibile.",
            message="Mandateci una copia leggibile del contratto.",
        )
    [email] = mail.outbox
    link = LINK.search(email.body)
    assert link, email.body
    return application, link.group(1)


def answer(link, text="Ecco il contratto.", files=()):
    """The applicant's browser: opens the link, then posts the form with its CSRF token."""
    client = Client(enforce_csrf_checks=True)
    page = client.get(link)
    if page.status_code != 200:
        return page
    data = {"csrfmiddlewaretoken": hidden_fields(page)["csrfmiddlewaretoken"], "answer": text}
    if files:
        data["documents"] = list(files)
    return client.post(link, data)


def test_round_trip(requested):
    application, link = requested
    page = Client().get(link)
    assert page.status_code == 200
    assert "Mandateci una copia leggibile del contratto." in page.text

    response = answer(link, files=[pdf("contratto.pdf")])

    assert response.status_code == 200
    assert application.reference in response.text
    stored = Application.objects.get(pk=application.pk)
    assert stored.state == State.IN_REVIEW
    assert stored.assigned_to == reviewer("TO")
    assert stored.version == application.version + 1
    [document] = stored.documents.all()
    assert document.original_name == "contratto.pdf"
    assert document.file.read() == PDF
    [info_request] = stored.info_requests.all()
    assert info_request.answer == "Ecco il contratto."
    assert info_request.answered_at is not None
    assert document.info_request == info_request
    entry = ModelLogEntry.objects.for_instance(stored).filter(action="forms.info_answered").get()
    assert entry.data == {"from": State.INFO_REQUESTED, "to": State.IN_REVIEW, "files": 1}
    assert entry.user is None


def test_the_post_needs_the_csrf_token(requested):
    _application, link = requested
    client = Client(enforce_csrf_checks=True)
    client.get(link)
    assert client.post(link, {"answer": "Ecco."}).status_code == 403


def test_an_empty_answer_is_refused(requested):
    application, link = requested
    response = answer(link, text="")
    assert response.status_code == 200
    assert Application.objects.get(pk=application.pk).state == State.INFO_REQUESTED


def test_the_link_works_once(requested):
    application, link = requested
    assert answer(link).status_code == 200

    assert Client().get(link).status_code == 404
    assert answer(link, text="Di nuovo").status_code == 404
    assert InfoRequest.objects.get(application=application).answer == "Ecco il contratto."


def test_an_expired_link_is_refused(requested):
    application, link = requested
    InfoRequest.objects.filter(application=application).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )

    assert Client().get(link).status_code == 404
    assert Application.objects.get(pk=application.pk).state == State.INFO_REQUESTED


@pytest.mark.parametrize("forge", ["another-token", "x" * 43, "x" * 300])
def test_a_forged_link_is_refused(requested, forge):
    _application, link = requested
    forged = re.sub(r"/application-info/[\w-]+/", f"/application-info/{forge}/", link)
    assert Client().get(forged).status_code == 404
    assert Client().post(forged, {"answer": "Ecco."}).status_code == 404


def test_the_link_closes_when_staff_move_on(requested):
    """Staff put it back in review themselves: the applicant's link no longer answers."""
    application, link = requested
    review.transition(application, application.version, reviewer("TO"), State.IN_REVIEW)
    assert Client().get(link).status_code == 404


def test_a_new_request_replaces_the_old_link(requested, committed):
    application, old_link = requested
    staff = reviewer("TO")
    application = review.transition(application, application.version, staff, State.IN_REVIEW)
    mail.outbox.clear()
    with committed():
        review.transition(
            application,
            application.version,
            staff,
            State.INFO_REQUESTED,
            note="Ancora illeggibile.",
            message="Serve anche la busta paga.",
        )
    new_link = LINK.search(mail.outbox[0].body).group(1)

    assert Client().get(old_link).status_code == 404
    assert Client().get(new_link).status_code == 200
