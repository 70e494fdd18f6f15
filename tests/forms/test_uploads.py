"""Uploads: too large, not a document, empty are refused; what was fine in the same post is kept."""

import pytest

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from forms.models import Document
from forms.steps.fields import DocumentField
from forms.storage import StoredUpload

from .applicant import EXECUTABLE, PDF, already_uploaded, pdf, png

pytestmark = pytest.mark.django_db


def executable(name="contratto.pdf"):
    return SimpleUploadedFile(name, EXECUTABLE, content_type="application/pdf")


def empty(name="vuoto.pdf"):
    return SimpleUploadedFile(name, b"", content_type="application/pdf")


def large(name="scansione.pdf"):
    return SimpleUploadedFile(name, PDF + b"0" * 4096, content_type="application/pdf")


BAD_FILES = {"too large": large, "an executable named .pdf": executable, "empty": empty}


def refusal(make):
    """What the Italian page says about such a file."""
    with translation.override("it"):
        with pytest.raises(ValidationError) as refused:
            DocumentField().clean(make())
        return refused.value.messages[0]


@pytest.fixture(autouse=True)
def small_limit(settings):
    settings.APPLICATION_UPLOAD_MAX_BYTES = 1024


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_id_document_refused_and_good_cv_kept(case, started):
    make = BAD_FILES[case]
    message = refusal(make)
    applicant, _steps = started("skills_assessment", until="documents")
    response = applicant.post({}, files={"cv": pdf("cv.pdf"), "id_document": make()})

    assert response.status_code == 200
    assert applicant.current_step == "documents"
    assert message in applicant.error("id_document")
    assert already_uploaded("cv.pdf") in applicant.text
    [kept] = Document.objects.filter(draft=applicant.draft)
    assert (kept.field, kept.original_name) == ("cv", "cv.pdf")
    assert kept.file.read() == PDF

    # The kept CV goes with the application once the ID is fixed.
    applicant.post({}, files={"id_document": png("passport.png")})
    assert applicant.current_step == "interview"
    assert sorted(d.field for d in Document.objects.filter(draft=applicant.draft)) == [
        "cv",
        "id_document",
    ]


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_certificate_among_several_refused(case, started):
    make = BAD_FILES[case]
    message = refusal(make)
    applicant, _steps = started("skills_assessment", until="documents")
    applicant.post(
        {}, files={"id_document": png("passport.png"), "certificates": [pdf("a.pdf"), make()]}
    )

    assert applicant.current_step == "documents"
    assert message in applicant.error("certificates")
    assert already_uploaded("passport.png") in applicant.text
    assert [d.field for d in Document.objects.filter(draft=applicant.draft)] == ["id_document"]


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_upload_keeps_the_rest_of_the_subsidy_step(case, started):
    make = BAD_FILES[case]
    message = refusal(make)
    applicant, _steps = started("family_subsidy", "incentive", until="documents")
    applicant.post({}, files={"contract": make(), "hiring_notice": pdf("unilav.pdf")})

    assert applicant.current_step == "documents"
    assert message in applicant.error("contract")
    assert [d.original_name for d in Document.objects.filter(draft=applicant.draft)] == [
        "unilav.pdf"
    ]


def test_uploads_replaced_and_removed(started):
    applicant, _steps = started("skills_assessment", until="documents")
    applicant.post({}, files={"cv": pdf("cv.pdf"), "id_document": png("passport.png")})
    applicant.back()
    first = {d.field: d for d in Document.objects.filter(draft=applicant.draft)}
    assert set(first) == {"cv", "id_document"}

    # A new ID replaces the old one (its file goes too); ticking "remove" drops the CV.
    applicant.post({"cv-clear": "on"}, files={"id_document": pdf("carta.pdf")})
    assert applicant.current_step == "interview"
    [now] = Document.objects.filter(draft=applicant.draft)
    assert (now.field, now.original_name) == ("id_document", "carta.pdf")
    for old in first.values():
        assert not old.file.storage.exists(old.file.name)


def test_stored_uploads_are_closed_once_the_page_is_rendered(started, monkeypatch):
    opened = []
    original_init = StoredUpload.__init__

    def record(self, document):
        original_init(self, document)
        opened.append(self)

    monkeypatch.setattr(StoredUpload, "__init__", record)
    applicant, _steps = started("skills_assessment", until="documents")
    # The CV is kept and the page shown again: rendering reads the stored upload.
    response = applicant.post({}, files={"cv": pdf("cv.pdf"), "id_document": empty()})

    assert already_uploaded("cv.pdf") in response.text
    assert opened
    assert all(upload.closed for upload in opened)
