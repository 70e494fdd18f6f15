"""Valid answers for every step of every application, as a browser posts them."""

import datetime

from forms.models import ApplicationKind
from forms.steps.skills import COMPETENCE_AREAS

from .applicant import pdf, png

COMPETENCES = [code for code, _label in COMPETENCE_AREAS]

ABOUT = {
    "first_name": "Ana",
    "last_name": "Popescu",
    "date_of_birth": "1980-05-17",
    "nationality": "romena",
    "languages": ["ro", "it"],
    "other_languages": "",
    "email": "ana.popescu@example.org",
    "phone": "+39 333 123 4567",
    "contact_language": "ro",
}


def skills_assessment(helpdesk_id):
    expiry = (datetime.date.today() + datetime.timedelta(days=400)).isoformat()
    return [
        ("about", ABOUT),
        ("right-to-work", {"permit_type": "work", "permit_expiry": expiry}),
        (
            "experience",
            {
                "years": "6",
                "care_settings": ["family_live_in"],
                "tasks": "Igiene personale, pasti, accompagnamento alle visite.",
                "competences": ["personal_care", "nutrition"],
            },
        ),
        (
            "self-assessment",
            dict.fromkeys(COMPETENCES, "3"),
        ),
        ("documents", {"cv": pdf("cv.pdf"), "id_document": png("passport.png")}),
        ("interview", {"helpdesk": str(helpdesk_id), "availability": ["mon_morning"]}),
        ("consent", {"privacy": "on", "truthful": "on"}),
        ("review", {}),
    ]


def training_enrolment(course_id):
    return [
        ("about", ABOUT),
        ("course", {"course": str(course_id), "waiting_list": "on"}),
        ("prerequisites", {"italian_level": "a2", "assessment_reference": ""}),
        ("needs", {"language_support": "on", "accessibility": ""}),
        ("consent", {"privacy": "on", "truthful": "on"}),
        ("review", {}),
    ]


APPLICANT = {
    "first_name": "Giulia",
    "last_name": "Bianchi",
    "tax_code": "BNCGLI70A41L219X",
    "relationship": "child",
    "email": "giulia.bianchi@example.org",
    "phone": "011 555 1234",
    "contact_language": "it",
}


def family_subsidy(variant="incentive"):
    steps = [
        ("variant", {"variant": variant}),
        ("applicant", APPLICANT),
        ("cared-person", {"age_band": "85_plus", "main_needs": ["personal_care", "dementia"]}),
        (
            "contract",
            {
                "carer_name": "Olena Shevchenko",
                "start_date": "2026-09-01",
                "weekly_hours": "30",
                "contract_level": "BS",
                "hiring_notice_number": "TO-123456" if variant == "incentive" else "",
            },
        ),
    ]
    if variant == "replacement":
        steps.append(
            (
                "replacement",
                {
                    "starts": "2026-12-01",
                    "ends": "2026-12-20",
                    "replacement_carer": "Maria Rossi",
                    "usual_carer_activity": "course",
                    "activity_details": "Corso di qualificazione, Torino",
                },
            )
        )
    steps += [
        ("economic", {"band": "10k_20k"}),
        (
            "payment",
            {"account_holder": "Giulia Bianchi", "iban": "IT60 X054 2811 1010 0000 0123 456"},
        ),
        (
            "documents",
            {
                "contract": pdf("contratto.pdf"),
                **({"hiring_notice": pdf("unilav.pdf")} if variant == "incentive" else {}),
            },
        ),
        ("consent", {"privacy": "on", "truthful": "on"}),
        ("review", {}),
    ]
    return steps


def for_kind(kind, variant="", helpdesk_id=None, course_id=None, contact_language=None):
    """Valid answers for every step of ``kind``, in order; the contact language can be chosen."""
    if kind == ApplicationKind.SKILLS_ASSESSMENT:
        steps = skills_assessment(helpdesk_id)
    elif kind == ApplicationKind.TRAINING_ENROLMENT:
        steps = training_enrolment(course_id)
    else:
        steps = family_subsidy(variant or "incentive")
    if contact_language:
        steps = [
            (step, {**answers, "contact_language": contact_language})
            if "contact_language" in answers
            else (step, answers)
            for step, answers in steps
        ]
    return steps
