"""Test data for the forms app."""

import wagtail_factories

from . import models


class ApplicationFormPageFactory(wagtail_factories.PageFactory):
    title = "Iscrizione ai corsi"
    kind = models.ApplicationKind.TRAINING_ENROLMENT

    class Meta:
        model = models.ApplicationFormPage
