"""Which steps make up each kind of application, and when a step applies.

The questions are statutory, so they live here in code; editors only write
the page around them. Branching is a pure function of the answers so far.
"""

from dataclasses import dataclass, field

from .models import ApplicationKind, SubsidyVariant
from .steps import (
    AboutYouForm,
    ApplicantForm,
    CaredPersonForm,
    ConsentForm,
    ContractForm,
    CourseForm,
    EconomicForm,
    ExperienceForm,
    InterviewForm,
    NeedsForm,
    PaymentForm,
    PrerequisitesForm,
    ReplacementForm,
    ReviewForm,
    RightToWorkForm,
    SelfAssessmentForm,
    SkillsDocumentsForm,
    SubsidyDocumentsForm,
    VariantForm,
)

REVIEW_STEP = "review"


def chosen_variant(wizard):
    """The subsidy variant chosen on the first step, if it has been."""
    return (wizard.get_cleaned_data_for_step("variant") or {}).get("variant")


def is_replacement(wizard):
    return chosen_variant(wizard) == SubsidyVariant.REPLACEMENT


@dataclass(frozen=True)
class Definition:
    kind: str
    steps: dict
    conditions: dict = field(default_factory=dict)
    # The step holding the applicant's name and contacts.
    contact_step: str = "about"


DEFINITIONS = {
    ApplicationKind.SKILLS_ASSESSMENT: Definition(
        kind=ApplicationKind.SKILLS_ASSESSMENT,
        steps={
            "about": AboutYouForm,
            "right-to-work": RightToWorkForm,
            "experience": ExperienceForm,
            "self-assessment": SelfAssessmentForm,
            "documents": SkillsDocumentsForm,
            "interview": InterviewForm,
            "consent": ConsentForm,
            REVIEW_STEP: ReviewForm,
        },
    ),
    ApplicationKind.TRAINING_ENROLMENT: Definition(
        kind=ApplicationKind.TRAINING_ENROLMENT,
        steps={
            "about": AboutYouForm,
            "course": CourseForm,
            "prerequisites": PrerequisitesForm,
            "needs": NeedsForm,
            "consent": ConsentForm,
            REVIEW_STEP: ReviewForm,
        },
    ),
    ApplicationKind.FAMILY_SUBSIDY: Definition(
        kind=ApplicationKind.FAMILY_SUBSIDY,
        steps={
            "variant": VariantForm,
            "applicant": ApplicantForm,
            "cared-person": CaredPersonForm,
            "contract": ContractForm,
            "replacement": ReplacementForm,
            "economic": EconomicForm,
            "payment": PaymentForm,
            "documents": SubsidyDocumentsForm,
            "consent": ConsentForm,
            REVIEW_STEP: ReviewForm,
        },
        conditions={"replacement": is_replacement},
        contact_step="applicant",
    ),
}


def definition_for(kind):
    return DEFINITIONS[kind]
