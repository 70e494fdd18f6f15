"""The kinds of result a visitor can narrow a search to."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ResultType(models.TextChoices):
    HELPDESK = "helpdesk", _("Helpdesks")
    COURSE = "course", _("Courses")
    GUIDANCE = "guidance", _("Guidance")
    NETWORK = "network", _("Networks")
    APPLICATION = "application", _("Applications")
    PAGE = "page", _("Other pages")


# Page model (app_label.ModelName) → result type; anything else is PAGE.
MODEL_TYPES = {
    "content.HelpdeskPage": ResultType.HELPDESK,
    "content.HelpdeskIndexPage": ResultType.HELPDESK,
    "content.HelpdeskMapPage": ResultType.HELPDESK,
    "content.CoursePage": ResultType.COURSE,
    "content.TrainingCalendarPage": ResultType.COURSE,
    "content.GuidancePage": ResultType.GUIDANCE,
    "content.GuidanceIndexPage": ResultType.GUIDANCE,
    "content.NetworkPage": ResultType.NETWORK,
    "forms.ApplicationFormPage": ResultType.APPLICATION,
}


def result_type(model):
    return MODEL_TYPES.get(model._meta.label, ResultType.PAGE)
