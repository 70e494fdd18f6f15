from .pages import ApplicationFormPage, ApplicationKind

__all__ = ["ApplicationFormPage", "ApplicationKind"]
