import pytest

from django.core import mail
from django.test import Client

from content.models import HelpdeskPage, NetworkPage
from forms.models import Application, ApplicationFormPage, ApplicationKind

from .answers import skills_assessment
from .applicant import Applicant

pytestmark = pytest.mark.django_db


def test_skills_assessment_end_to_end(italian):
    network = NetworkPage.objects.get(code="TO", locale=italian)
    page = ApplicationFormPage.objects.child_of(network).get(kind=ApplicationKind.SKILLS_ASSESSMENT)
    helpdesk = HelpdeskPage.objects.live().descendant_of(network).first()
    applicant = Applicant(Client(enforce_csrf_checks=True))
    applicant.start(page.url)
    applicant.fill(skills_assessment(helpdesk.pk))
    application = Application.objects.get()
    assert application.reference.startswith("TO-")
    assert application.documents.count() == 2
    assert len(mail.outbox) == 1
