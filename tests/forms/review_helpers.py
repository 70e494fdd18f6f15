"""Applications, documents and staff logins for the review-queue tests.

Applications are made straight in the database (the wizard has its own
tests): a real reference, a document in private storage, any state.
"""

import csv
import io

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.models import Locale
from wagtail.users.models import UserProfile

from content.models import NetworkPage
from forms import services
from forms.models import Application, ApplicationKind, ApplicationState, Document

from .applicant import PDF

# The eight demo networks, by code.
NETWORKS = ["TO", "AL", "AT", "BI", "CN", "NO", "VB", "VC"]
ADMIN_URL = "/admin/applications/"


def network(code):
    return NetworkPage.objects.get(code=code, locale=Locale.get_default())


def make_application(
    code="TO",
    state=ApplicationState.IN_REVIEW,
    kind=ApplicationKind.SKILLS_ASSESSMENT,
    document=True,
    reference=None,
    **fields,
):
    """A submitted application of network ``code``, in ``state``, with one PDF attached.

    The reference is the network's next one unless given.
    """
    reference = reference or services.next_reference(code, timezone.localdate().year)
    fields.setdefault("applicant_name", f"Richiedente {reference}")
    fields.setdefault("email", f"{reference.lower()}@example.org")
    fields.setdefault("language", "ro")
    fields.setdefault("answers", {"steps": []})
    application = Application.objects.create(
        reference=reference,
        kind=kind,
        state=state,
        network=network(code),
        schema_version=Application.SCHEMA_VERSION,
        privacy_notice_version="2026-01",
        **fields,
    )
    if document:
        attach_pdf(application, f"documento-{reference}.pdf")
    return application


def attach_pdf(application, name):
    document = Document(
        application=application,
        step="documents",
        field="id_document",
        label="Documento di identità",
        original_name=name,
        content_type="application/pdf",
        size=len(PDF),
    )
    document.file.save(name, ContentFile(PDF), save=False)
    document.save()
    return document


def user(username):
    return get_user_model().objects.get(username=username)


def reviewer(code):
    return user(f"reviewer.{code.lower()}")


def in_english(staff):
    """Admin pages in English, whichever catalogues are compiled, so tests can read them."""
    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = "en"
    profile.save(update_fields=["preferred_language"])
    return staff


def login(client, staff):
    client.force_login(in_english(staff))
    return client


def detail_url(application):
    return f"{ADMIN_URL}{application.pk}/"


def download_url(document):
    return f"{ADMIN_URL}{document.application_id}/documents/{document.pk}/"


def refused(response):
    """Wagtail's answer to PermissionDenied in the admin: back to the dashboard (or a 403/404)."""
    if response.status_code in (403, 404):
        return True
    return response.status_code == 302 and response["Location"] in ("/admin/", "/admin/login/")


def csv_rows(response):
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(text)))


def xlsx_rows(response):
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]
