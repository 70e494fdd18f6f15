"""prune_applications: forget abandoned drafts and decided applications when DESIGN.md says."""

import io
import os
import time
from datetime import timedelta
from pathlib import Path

import pytest

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from forms.models import Application, ApplicationState, Document, Draft

from .applicant import PDF
from .review_helpers import make_application

pytestmark = pytest.mark.django_db


def ago(days):
    return timezone.now() - timedelta(days=days)


def document(step="documents", **owner):
    doc = Document(
        step=step, field="id_document", original_name="passport.pdf", size=len(PDF), **owner
    )
    doc.file.save("passport.pdf", ContentFile(PDF), save=False)
    doc.save()
    return doc


def application(reference, state, decided_days_ago=None):
    """A Torino application (no document: the tests attach their own), decided days ago."""
    return make_application(
        "TO",
        state=state,
        document=False,
        reference=reference,
        applicant_name="Ana Popescu",
        email="ana.popescu@example.org",
        answers={"steps": [{"step": "about", "answers": [{"name": "first_name"}]}]},
        applicant_message="Approvata.",
        decided_at=ago(decided_days_ago) if decided_days_ago is not None else None,
    )


def stray(private_root, folder, age_days):
    path = Path(private_root) / "uploads" / folder / "lost.pdf"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(PDF)
    moment = time.time() - age_days * 86400
    os.utime(path, (moment, moment))
    return path


@pytest.fixture
def world(settings, form_page, private_root):
    """Old and recent drafts, decided and open applications, and files nobody points at."""
    settings.APPLICATION_DRAFT_RETENTION_DAYS = 60
    settings.APPLICATION_DECIDED_RETENTION_DAYS = 730
    page = form_page("TO", "skills_assessment")
    drafts = {
        name: Draft.objects.create(
            page=page, kind=page.kind, language="it", state={"step": "about"}
        )
        for name in ("abandoned", "recent")
    }
    Draft.objects.filter(pk=drafts["abandoned"].pk).update(updated_at=ago(61))
    Draft.objects.filter(pk=drafts["recent"].pk).update(updated_at=ago(59))
    applications = {
        "old approved": application("TO-2023-000001", ApplicationState.APPROVED, 731),
        "old rejected": application("TO-2023-000002", ApplicationState.REJECTED, 800),
        "recent approved": application("TO-2025-000003", ApplicationState.APPROVED, 700),
        "old in review": application("TO-2023-000004", ApplicationState.IN_REVIEW),
    }
    documents = {name: document(draft=draft) for name, draft in drafts.items()}
    documents.update({name: document(application=app) for name, app in applications.items()})
    files = {
        "old stray": stray(private_root, "0ld", age_days=3),
        "new stray": stray(private_root, "n3w", age_days=0),
    }
    return drafts, applications, documents, files


def prune(*args):
    out = io.StringIO()
    call_command("prune_applications", *args, stdout=out)
    return out.getvalue()


def exists(document):
    return document.file.storage.exists(document.file.name)


def test_prune(world):
    drafts, applications, documents, files = world
    output = prune()

    assert set(Draft.objects.filter(pk__in=[d.pk for d in drafts.values()])) == {drafts["recent"]}
    assert not Document.objects.filter(pk=documents["abandoned"].pk).exists()
    assert not exists(documents["abandoned"])
    assert exists(documents["recent"])

    for name in ("old approved", "old rejected"):
        app = Application.objects.get(pk=applications[name].pk)
        assert app.anonymised_at is not None
        assert (app.applicant_name, app.email, app.applicant_message) == ("", "", "")
        assert app.answers == {"steps": []}
        # What the region counts stays.
        assert (app.reference, app.kind, app.network_id) == (
            applications[name].reference,
            "skills_assessment",
            applications[name].network_id,
        )
        assert not app.documents.exists()
        assert not exists(documents[name])
    for name in ("recent approved", "old in review"):
        app = Application.objects.get(pk=applications[name].pk)
        assert app.anonymised_at is None
        assert app.applicant_name == "Ana Popescu"
        assert exists(documents[name])

    assert not files["old stray"].exists()
    assert files["new stray"].exists()
    assert "1 drafts, 2 applications, 1 files" in output


def test_prune_twice_does_nothing_more(world):
    prune()
    assert "0 drafts, 0 applications, 0 files" in prune()


def test_dry_run_changes_nothing(world):
    drafts, applications, documents, files = world
    before = {
        "drafts": set(Draft.objects.values_list("pk", "updated_at")),
        "applications": set(
            Application.objects.values_list("pk", "applicant_name", "email", "anonymised_at")
        ),
        "documents": set(Document.objects.values_list("pk", "file")),
    }
    output = prune("--dry-run")

    assert before == {
        "drafts": set(Draft.objects.values_list("pk", "updated_at")),
        "applications": set(
            Application.objects.values_list("pk", "applicant_name", "email", "anonymised_at")
        ),
        "documents": set(Document.objects.values_list("pk", "file")),
    }
    assert all(exists(document) for document in documents.values())
    assert all(path.exists() for path in files.values())
    assert f"Would: delete draft {drafts['abandoned'].uuid} (1 files)" in output
    assert "Would: anonymise TO-2023-000001" in output
    assert "Would: anonymise TO-2023-000002" in output
    assert "TO-2025-000003" not in output
    assert "Would: delete stray file uploads/0ld/lost.pdf" in output
    assert "(dry run)" in output


def test_files_of_a_sent_application_survive_its_draft(started, settings, sent):
    """A submitted draft past retention goes, but the application's documents stay."""
    applicant, _steps = started("skills_assessment")
    draft = applicant.draft
    Draft.objects.filter(pk=draft.pk).update(
        updated_at=ago(settings.APPLICATION_DRAFT_RETENTION_DAYS + 1)
    )
    prune()
    application = sent().get()
    assert not Draft.objects.filter(pk=draft.pk).exists()
    assert application.documents.count() == 2
    assert all(exists(document) for document in application.documents.all())
