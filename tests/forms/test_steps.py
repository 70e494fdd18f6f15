"""Every step refuses bad input clearly and keeps the rest; going back loses nothing."""

import pytest

from django.utils import timezone

from forms.definitions import DEFINITIONS, REVIEW_STEP

from .applicant import already_uploaded, as_shown, hidden_fields, italian
from .conftest import APPLICATIONS

pytestmark = pytest.mark.django_db

DROP = object()
TOO_YOUNG = timezone.localdate().replace(year=timezone.localdate().year - 10).isoformat()

# (kind, variant, step) → the field made wrong, and the wrong value (DROP: left empty).
INVALID = {
    ("skills_assessment", "", "about"): ("date_of_birth", TOO_YOUNG),
    ("skills_assessment", "", "right-to-work"): ("permit_expiry", ""),
    ("skills_assessment", "", "experience"): ("years", "-3"),
    ("skills_assessment", "", "self-assessment"): ("personal_care", DROP),
    ("skills_assessment", "", "documents"): ("id_document", DROP),
    ("skills_assessment", "", "interview"): ("helpdesk", "999999"),
    ("skills_assessment", "", "consent"): ("privacy", DROP),
    ("training_enrolment", "", "about"): ("phone", "call me"),
    ("training_enrolment", "", "course"): ("course", "999999"),
    ("training_enrolment", "", "prerequisites"): ("assessment_reference", "TO-26-1"),
    ("training_enrolment", "", "needs"): ("accessibility", "x" * 1001),
    ("training_enrolment", "", "consent"): ("truthful", DROP),
    ("family_subsidy", "incentive", "variant"): ("variant", "everything"),
    ("family_subsidy", "incentive", "applicant"): ("tax_code", "BNC"),
    ("family_subsidy", "incentive", "cared-person"): ("main_needs", DROP),
    ("family_subsidy", "incentive", "contract"): ("hiring_notice_number", ""),
    ("family_subsidy", "incentive", "economic"): ("band", "millions"),
    ("family_subsidy", "incentive", "payment"): ("iban", "IT60 X054 2811 1010 0000 0123 457"),
    ("family_subsidy", "incentive", "documents"): ("hiring_notice", DROP),
    ("family_subsidy", "incentive", "consent"): ("privacy", DROP),
    ("family_subsidy", "replacement", "contract"): ("weekly_hours", "80"),
    ("family_subsidy", "replacement", "replacement"): ("ends", "2026-11-30"),
    ("family_subsidy", "replacement", "documents"): ("contract", DROP),
}


def test_every_step_of_every_kind_has_an_invalid_case():
    covered = {(kind, step) for kind, _variant, step in INVALID}
    for kind, definition in DEFINITIONS.items():
        for step in definition.steps:
            if step != REVIEW_STEP:
                assert (kind, step) in covered, (kind, step)


@pytest.mark.parametrize(("kind", "variant", "step"), list(INVALID))
def test_invalid_answer_is_refused_and_the_rest_kept(kind, variant, step, started):
    applicant, steps = started(kind, variant, until=step)
    field, wrong = INVALID[kind, variant, step]
    answers = {name: value for name, value in steps[step].items() if name != field}
    if wrong is not DROP:
        answers[field] = wrong
    files = {name: value for name, value in answers.items() if hasattr(value, "read")}
    response = applicant.post(
        {name: value for name, value in answers.items() if name not in files}, files=files
    )

    assert response.status_code == 200
    assert applicant.current_step == step
    assert f"<title>{italian('Error')}: " in applicant.text
    assert applicant.error(field), applicant.error_links()
    assert 'aria-invalid="true"' in response.text
    shown = applicant.values()
    for name, value in as_shown(answers).items():
        if name != field:
            assert shown.get(name) == value, name
    for upload in files.values():
        assert already_uploaded(upload.name) in applicant.text


@pytest.mark.parametrize(("kind", "variant"), APPLICATIONS)
def test_going_back_keeps_every_answer(kind, variant, started):
    applicant, steps = started(kind, variant, until=REVIEW_STEP)
    names = [name for name in steps if name != REVIEW_STEP]
    for name in reversed(names):
        applicant.back()
        assert applicant.response.status_code == 200
        assert applicant.current_step == name
        shown = applicant.values()
        for field, value in as_shown(steps[name]).items():
            assert shown.get(field) == value, (name, field)
        for upload in (value for value in steps[name].values() if hasattr(value, "read")):
            assert already_uploaded(upload.name) in applicant.text
    assert "wizard_goto_step" not in applicant.response.text


def test_going_back_keeps_an_unfinished_step(started):
    applicant, steps = started("skills_assessment", until="experience")
    applicant.post({"years": "6", "tasks": "Pasti e igiene."})
    assert applicant.error_links()  # the work settings are missing

    applicant.back()
    assert applicant.current_step == "right-to-work"
    applicant.post(steps["right-to-work"])
    assert applicant.current_step == "experience"
    shown = applicant.values()
    assert shown["years"] == ["6"]
    assert shown["tasks"] == ["Pasti e igiene."]


def test_change_from_review_returns_to_review(started):
    applicant, steps = started("training_enrolment", until=REVIEW_STEP)
    applicant.open(applicant.url.replace(f"/{REVIEW_STEP}/", "/needs/") + "?change=1")
    assert applicant.current_step == "needs"
    applicant.post({**steps["needs"], "childcare": "on"}, return_to_review="1")
    assert applicant.current_step == REVIEW_STEP
    assert applicant.response.status_code == 200
    # What was changed on the way is kept.
    assert applicant.draft.state["step_data"]["needs"]["needs-childcare"] == ["on"]
    applicant.open(applicant.url.replace(f"/{REVIEW_STEP}/", "/needs/"))
    assert applicant.values()["childcare"] == ["on"]


@pytest.mark.parametrize(("kind", "variant"), APPLICATIONS)
def test_nonsense_never_gives_a_server_error(kind, variant, started):
    applicant, steps = started(kind, variant, until=REVIEW_STEP)
    base = applicant.url.rsplit("/", 2)[0]
    for step in [name for name in steps if name != REVIEW_STEP]:
        # Every field of the step at once, each as a list of junk.
        junk = {name: ["\x00", "9" * 300, "<script>"] for name in steps[step]}
        applicant.open(f"{base}/{step}/")
        response = applicant.post(junk)
        assert response.status_code in (200, 400), step
    assert not applicant.draft.submitted
    # An unknown step leads to the first one; a post without the wizard's own fields is refused.
    response = applicant.open(f"{base}/no-such-step/")
    assert response.status_code == 200
    assert applicant.current_step == next(iter(steps))
    token = hidden_fields(response)["csrfmiddlewaretoken"]
    response = applicant.client.post(applicant.url, {"csrfmiddlewaretoken": token, "x": "1"})
    assert response.status_code == 400


def test_draft_stores_only_the_answers(started):
    """Not the CSRF token, the buttons or the search box of the page: only each step's fields."""
    applicant, _steps = started("skills_assessment", until="experience")
    applicant.post({"years": "4"}, save_later="1")
    data = applicant.draft.state["step_data"]
    assert set(data) == {"about", "right-to-work", "experience"}
    for step, fields in data.items():
        assert all(key.startswith(f"{step}-") for key in fields), (step, fields)
