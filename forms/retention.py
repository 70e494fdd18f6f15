"""Retention of personal data: what DESIGN.md promises to forget, and when."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import Application, Document, Draft

# A file younger than this may belong to an upload still being saved.
STRAY_FILE_GRACE = timedelta(days=1)
UPLOADS_DIR = "uploads"


@dataclass
class Plan:
    """What one retention run would do, or did."""

    drafts: list = field(default_factory=list)
    applications: list = field(default_factory=list)
    orphan_documents: list = field(default_factory=list)
    stray_files: list = field(default_factory=list)


def plan(now=None):
    """Find abandoned drafts, decided applications past retention, and orphaned files.

    Returns:
        A Plan; nothing is changed.
    """
    now = now or timezone.now()
    draft_cutoff = now - timedelta(days=settings.APPLICATION_DRAFT_RETENTION_DAYS)
    decided_cutoff = now - timedelta(days=settings.APPLICATION_DECIDED_RETENTION_DAYS)
    result = Plan()
    result.drafts = list(Draft.objects.filter(updated_at__lt=draft_cutoff).order_by("pk"))
    result.applications = list(
        Application.objects.filter(
            state__in=Application.DECIDED_STATES,
            decided_at__lt=decided_cutoff,
            anonymised_at__isnull=True,
        ).order_by("pk")
    )
    result.orphan_documents = list(
        Document.objects.filter(draft__isnull=True, application__isnull=True)
    )
    result.stray_files = stray_files(now)
    return result


def stray_files(now):
    """Files in private storage that no Document row points at."""
    storage = Document._meta.get_field("file").storage
    known = set(Document.objects.values_list("file", flat=True))
    found = []
    try:
        folders, _ = storage.listdir(UPLOADS_DIR)
    except FileNotFoundError:
        return found
    for folder in folders:
        _, names = storage.listdir(f"{UPLOADS_DIR}/{folder}")
        for name in names:
            path = f"{UPLOADS_DIR}/{folder}/{name}"
            if path not in known and storage.get_modified_time(path) < now - STRAY_FILE_GRACE:
                found.append(path)
    return found


def anonymise(application, now):
    """Keep what the region counts (kind, network, state, dates); drop the person."""
    for document in application.documents.all():
        document.delete_file()
        document.delete()
    application.applicant_name = ""
    application.email = ""
    application.answers = {"steps": []}
    application.applicant_message = ""
    application.anonymised_at = now
    application.save(
        update_fields=["applicant_name", "email", "answers", "applicant_message", "anonymised_at"]
    )


def apply(result, now=None):
    """Carry out a Plan."""
    from .services import delete_draft

    now = now or timezone.now()
    for draft in result.drafts:
        with transaction.atomic():
            delete_draft(draft)
    for application in result.applications:
        with transaction.atomic():
            anonymise(application, now)
    for document in result.orphan_documents:
        document.delete_file()
        document.delete()
    storage = Document._meta.get_field("file").storage
    for path in result.stray_files:
        storage.delete(path)
