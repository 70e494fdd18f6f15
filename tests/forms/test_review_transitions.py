"""The lifecycle staff move applications through, and what the applicant is told.

Every legal transition works and is logged with its note; every other one is
refused and changes nothing. The e-mail to the applicant is in their language.
"""

import itertools
import subprocess
from pathlib import Path
from unittest import mock

import pytest

from django.conf import settings
from django.core import mail
from django.db import transaction

from wagtail.models import ModelLogEntry

from forms import review
from forms.models import Application, ApplicationKind, ApplicationState

from .review_helpers import detail_url, login, make_application, reviewer

pytestmark = pytest.mark.django_db

State = ApplicationState
LEGAL = [
    (source, target) for source, targets in review.TRANSITIONS.items() for target in sorted(targets)
]
ILLEGAL = [
    (source, target)
    for source, target in itertools.product(State, State)
    if (source, target) not in LEGAL
]
NOTE = "Verificato allo sportello."
MESSAGE = "Portate il permesso di soggiorno."


def ids(pairs):
    return [f"{source}-{target}" for source, target in pairs]


def transitions_logged(application):
    return [
        (entry.data["from"], entry.data["to"], entry.data["note"], entry.user.username)
        for entry in ModelLogEntry.objects.for_instance(application)
        .filter(action="forms.transition")
        .order_by("pk")
    ]


@pytest.mark.parametrize(("source", "target"), LEGAL, ids=ids(LEGAL))
def test_each_legal_transition(source, target):
    application = make_application("TO", state=source)
    staff = reviewer("TO")

    changed = review.transition(
        application, application.version, staff, target, note=NOTE, message=MESSAGE
    )

    stored = Application.objects.get(pk=application.pk)
    assert stored.state == changed.state == target
    assert stored.version == application.version + 1
    assert stored.applicant_message == MESSAGE
    assert (stored.decided_at is not None) == (target in review.DECIDED)
    assert transitions_logged(application) == [(source, target, NOTE, "reviewer.to")]


@pytest.mark.parametrize(("source", "target"), ILLEGAL, ids=ids(ILLEGAL))
def test_each_illegal_transition_is_refused(source, target, committed):
    application = make_application("TO", state=source)

    with committed(), pytest.raises(review.ReviewError, match="cannot become") as refusal:
        review.transition(
            application, application.version, reviewer("TO"), target, note=NOTE, message=MESSAGE
        )

    assert not isinstance(refusal.value, review.Conflict)
    stored = Application.objects.get(pk=application.pk)
    assert (stored.state, stored.version) == (source, application.version)
    assert transitions_logged(application) == []
    assert mail.outbox == []


def test_an_approved_enrolment_may_be_withdrawn_but_no_other_approved_application(course):
    enrolment = make_application(
        "TO",
        state=State.APPROVED,
        kind=ApplicationKind.TRAINING_ENROLMENT,
        course=course("TO", seats=3, seats_taken=1),
    )
    assessment = make_application("TO", state=State.APPROVED)

    review.transition(enrolment, enrolment.version, reviewer("TO"), State.WITHDRAWN)
    with pytest.raises(review.ReviewError):
        review.transition(assessment, assessment.version, reviewer("TO"), State.WITHDRAWN)

    assert Application.objects.get(pk=enrolment.pk).state == State.WITHDRAWN
    assert Application.objects.get(pk=assessment.pk).state == State.APPROVED


@pytest.mark.parametrize("target", sorted(review.NOTE_REQUIRED))
def test_note_required(target, committed):
    application = make_application("TO", state=State.IN_REVIEW)

    with committed(), pytest.raises(review.ReviewError, match="note"):
        review.transition(
            application, application.version, reviewer("TO"), target, note="  ", message=MESSAGE
        )

    assert Application.objects.get(pk=application.pk).state == State.IN_REVIEW
    assert mail.outbox == []


def test_message_required_to_request_information(committed):
    application = make_application("TO", state=State.IN_REVIEW)

    with committed(), pytest.raises(review.ReviewError, match="message"):
        review.transition(
            application, application.version, reviewer("TO"), State.INFO_REQUESTED, note=NOTE
        )

    stored = Application.objects.get(pk=application.pk)
    assert stored.state == State.IN_REVIEW
    assert not stored.info_requests.exists()
    assert mail.outbox == []


def test_the_admin_answers_400_to_a_refused_change(client):
    application = make_application("TO", state=State.SUBMITTED)
    login(client, reviewer("TO"))

    response = client.post(
        detail_url(application),
        {"action": "transition", "version": application.version, "state": State.APPROVED},
    )
    assert response.status_code == 400
    response = client.post(
        detail_url(application),
        {"action": "transition", "version": application.version, "state": State.IN_REVIEW},
    )
    assert response.status_code == 302
    response = client.post(
        detail_url(application),
        {"action": "transition", "version": application.version + 1, "state": State.REJECTED},
    )
    assert response.status_code == 400
    assert "Write a note saying why" in response.text
    assert Application.objects.get(pk=application.pk).state == State.IN_REVIEW


def test_a_decided_application_offers_no_change(client):
    application = make_application("TO", state=State.REJECTED)
    login(client, reviewer("TO"))

    response = client.get(detail_url(application))

    assert "its state can no longer change" in response.text
    assert 'name="state"' not in response.text


# The e-mail to the applicant.
def information_requested(committed, language):
    """An application in ``language`` that staff asked for information, and the e-mail sent."""
    application = make_application("TO", state=State.IN_REVIEW, language=language)
    with committed():
        review.transition(
            application,
            application.version,
            reviewer("TO"),
            State.INFO_REQUESTED,
            note=NOTE,
            message=MESSAGE,
        )
    [email] = mail.outbox
    return application, email


def test_the_request_for_information_reaches_the_applicant_in_their_language(committed):
    application, email = information_requested(committed, "ro")

    assert email.to == [application.email]
    assert application.reference in email.subject
    assert MESSAGE in email.body
    assert f"{settings.WAGTAILADMIN_BASE_URL}/ro/application-info/" in email.body


def test_a_message_with_a_decision_is_e_mailed_without_a_link(committed):
    application = make_application("TO", state=State.IN_REVIEW, language="uk")

    with committed():
        review.transition(
            application, application.version, reviewer("TO"), State.APPROVED, message=MESSAGE
        )

    [email] = mail.outbox
    assert MESSAGE in email.body
    assert "application-info" not in email.body


def test_no_e_mail_without_a_message_or_an_address(committed):
    silent = make_application("TO", state=State.IN_REVIEW)
    unreachable = make_application("TO", state=State.IN_REVIEW, email="")

    with committed():
        review.transition(silent, silent.version, reviewer("TO"), State.APPROVED)
        review.transition(
            unreachable, unreachable.version, reviewer("TO"), State.APPROVED, message=MESSAGE
        )

    assert mail.outbox == []


@pytest.fixture
def italian_catalogue(settings, tmp_path):
    """The Italian catalogue compiled as ``make install`` does, even in a checkout without it."""
    source = Path(settings.BASE_DIR) / "locales/it/LC_MESSAGES/django.po"
    target = tmp_path / "it/LC_MESSAGES/django.mo"
    target.parent.mkdir(parents=True)
    subprocess.run(["msgfmt", "-o", str(target), str(source)], check=True)  # noqa: S603, S607
    settings.LOCALE_PATHS = [tmp_path]


def test_an_italian_applicant_gets_an_italian_e_mail(italian_catalogue, committed):
    application, email = information_requested(committed, "it")

    assert email.subject == f"Novità sulla tua domanda {application.reference}"
    assert "Ora il suo stato è: Informazioni richieste" in email.body
    assert "/it/application-info/" in email.body


def test_a_change_rolled_back_after_its_message_announces_nothing(committed):
    application = make_application("TO", state=State.IN_REVIEW)

    with committed(), pytest.raises(RuntimeError), transaction.atomic():
        review.transition(
            application, application.version, reviewer("TO"), State.APPROVED, message=MESSAGE
        )
        raise RuntimeError("a later step of the same request failed")

    assert Application.objects.get(pk=application.pk).state == State.IN_REVIEW
    assert mail.outbox == []


def test_a_failed_e_mail_keeps_the_decision_and_is_logged(committed, monkeypatch, caplog):
    application = make_application("TO", state=State.IN_REVIEW)
    monkeypatch.setattr(review, "send_mail", mock.Mock(side_effect=OSError("no mail server")))

    with committed():
        review.transition(
            application, application.version, reviewer("TO"), State.APPROVED, message=MESSAGE
        )

    stored = Application.objects.get(pk=application.pk)
    assert (stored.state, stored.applicant_message) == (State.APPROVED, MESSAGE)
    assert "no mail server" in caplog.text
