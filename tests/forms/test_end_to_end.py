"""Every application, sent from start to confirmation through the test client, in two networks."""

import re
from pathlib import Path

import pytest

from django.core import mail
from django.utils import timezone, translation

from content.models import PortalSettings
from forms.models import Application, ApplicationState, Document

from .applicant import PDF, PNG
from .conftest import APPLICATIONS

pytestmark = pytest.mark.django_db

CONFIRMATION_SUBJECT = "Application %(reference)s received"


@pytest.mark.parametrize("code", ["TO", "CN"])
@pytest.mark.parametrize(("kind", "variant"), APPLICATIONS)
def test_application_sent_end_to_end(
    code, kind, variant, applicant, form_page, network, answers, settings, sent
):
    steps = answers(code, kind, variant, contact_language="en")
    contact = next(step for _name, step in steps if "email" in step)
    files = {name: value for _step, step in steps for name, value in step.items()}
    uploads = {
        name: value.file.getvalue() for name, value in files.items() if hasattr(value, "read")
    }

    applicant.start(form_page(code, kind).url)
    draft = applicant.draft
    response = applicant.fill(steps)

    application = sent().get()
    year = timezone.localdate().year
    assert re.fullmatch(rf"{code}-{year}-\d{{6}}", application.reference)
    assert application.reference in response.text
    assert (application.kind, application.variant) == (kind, variant)
    assert application.network == network(code)
    assert application.network.locale.language_code == "it"
    assert application.state == ApplicationState.SUBMITTED
    assert application.applicant_name == f"{contact['first_name']} {contact['last_name']}"
    assert application.email == contact["email"]
    assert application.language == "en"
    assert application.schema_version == Application.SCHEMA_VERSION
    expected_version = PortalSettings.cached().privacy_notice_version or "unversioned"
    assert application.privacy_notice_version == expected_version
    stored_steps = [step["step"] for step in application.answers["steps"]]
    assert stored_steps == [name for name, _answers in steps if name != "review"]
    stored_contact = next(
        step for step in application.answers["steps"] if step["step"] in ("about", "applicant")
    )
    assert {"name": "email", "value": contact["email"]}.items() <= next(
        answer for answer in stored_contact["answers"] if answer["name"] == "email"
    ).items()

    # The documents moved from the draft to the application, in private storage only.
    documents = list(application.documents.order_by("field"))
    assert sorted(document.field for document in documents) == sorted(uploads)
    media_root = Path(settings.MEDIA_ROOT).resolve()
    for document in documents:
        assert document.draft is None
        path = Path(document.file.path).resolve()
        assert path.is_relative_to(settings.STORAGES["private"]["OPTIONS"]["location"])
        assert not path.is_relative_to(media_root)
        assert path.read_bytes() == uploads[document.field]
        assert path.read_bytes() in (PDF, PNG)
    assert not Document.objects.filter(draft=draft).exists()

    # The answers now live in the application only.
    draft.refresh_from_db()
    assert draft.application == application
    assert draft.state == {}
    assert draft.resume_token_hash == ""

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [contact["email"]]
    assert message.subject == f"Application {application.reference} received"
    assert application.reference in message.body


@pytest.mark.parametrize("language", ["en", "it", "ro"])
def test_confirmation_email_in_the_chosen_contact_language(language, started, sent):
    applicant, steps = started("family_subsidy", "incentive", until="applicant")
    steps["applicant"] = {**steps["applicant"], "contact_language": language}
    applicant.fill_from(steps, "applicant")

    application = sent().get()
    assert application.language == language
    with translation.override(language):
        expected = translation.gettext(CONFIRMATION_SUBJECT) % {"reference": application.reference}
    # The page was in Italian; the e-mail follows the applicant's choice instead.
    [message] = mail.outbox
    assert message.subject == expected
    if language == "en":
        assert message.subject == f"Application {application.reference} received"
    elif language == "it":
        if expected.startswith("Application "):
            pytest.xfail(
                "locales/it has no translation of the confirmation e-mail yet "
                "(forms strings missing from the catalogue)"
            )
        assert not message.subject.startswith("Application ")


def test_confirmation_page_only_for_its_browser(started, browser, sent):
    applicant, _steps = started("skills_assessment")
    confirmation = applicant.url
    assert "/sent/" in confirmation
    assert sent().get().reference in applicant.response.text

    stranger = browser()
    response = stranger.open(confirmation)
    assert response.status_code == 404
    assert sent().get().reference not in response.text
