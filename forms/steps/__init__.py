"""The step forms of every application, split by section."""

from .base import ConsentForm, ReviewForm, StepForm
from .personal import AboutYouForm, RightToWorkForm
from .skills import ExperienceForm, InterviewForm, SelfAssessmentForm, SkillsDocumentsForm
from .subsidy import (
    ApplicantForm,
    CaredPersonForm,
    ContractForm,
    EconomicForm,
    PaymentForm,
    ReplacementForm,
    SubsidyDocumentsForm,
    VariantForm,
)
from .training import CourseForm, NeedsForm, PrerequisitesForm

__all__ = [
    "AboutYouForm",
    "ApplicantForm",
    "CaredPersonForm",
    "ConsentForm",
    "ContractForm",
    "CourseForm",
    "EconomicForm",
    "ExperienceForm",
    "InterviewForm",
    "NeedsForm",
    "PaymentForm",
    "PrerequisitesForm",
    "ReplacementForm",
    "ReviewForm",
    "RightToWorkForm",
    "SelfAssessmentForm",
    "SkillsDocumentsForm",
    "StepForm",
    "SubsidyDocumentsForm",
    "VariantForm",
]
