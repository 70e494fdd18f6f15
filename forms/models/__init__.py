from .applications import (
    Application,
    ApplicationState,
    Document,
    InfoRequest,
    ReferenceCounter,
    SubsidyVariant,
)
from .drafts import Draft
from .pages import ApplicationFormPage, ApplicationKind

__all__ = [
    "Application",
    "ApplicationFormPage",
    "ApplicationKind",
    "ApplicationState",
    "Document",
    "Draft",
    "InfoRequest",
    "ReferenceCounter",
    "SubsidyVariant",
]
