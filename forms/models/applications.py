import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .pages import ApplicationKind


class ApplicationState(models.TextChoices):
    """Where a submitted application stands (a draft is a ``Draft``, not an ``Application``)."""

    SUBMITTED = "submitted", _("Submitted")
    IN_REVIEW = "in_review", _("In review")
    INFO_REQUESTED = "info_requested", _("Information requested")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class SubsidyVariant(models.TextChoices):
    INCENTIVE = "incentive", _("Incentive for hiring a care worker with a regular contract")
    REPLACEMENT = "replacement", _("Contribution for a temporary replacement")


class Application(models.Model):
    """A submitted application: the answers as JSON, plus the columns staff filter on.

    Personal data lives here and in ``Document`` files only.
    """

    SCHEMA_VERSION = 1

    reference = models.CharField(_("reference"), max_length=32, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=32, choices=ApplicationKind.choices)
    variant = models.CharField(
        _("variant"), max_length=32, choices=SubsidyVariant.choices, blank=True
    )
    state = models.CharField(
        _("state"),
        max_length=32,
        choices=ApplicationState.choices,
        default=ApplicationState.SUBMITTED,
        db_index=True,
    )
    # The network in the source language, whatever language the applicant used.
    network = models.ForeignKey(
        "content.NetworkPage",
        verbose_name=_("network"),
        on_delete=models.PROTECT,
        related_name="applications",
    )
    form_page = models.ForeignKey(
        "forms.ApplicationFormPage",
        verbose_name=_("form page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    course = models.ForeignKey(
        "content.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
    )
    waiting_list = models.BooleanField(_("on the waiting list"), default=False)
    applicant_name = models.CharField(_("applicant"), max_length=200, db_index=True)
    email = models.EmailField(_("e-mail"), blank=True, db_index=True)
    language = models.CharField(_("language for contact"), max_length=8)
    answers = models.JSONField(_("answers"))
    schema_version = models.PositiveSmallIntegerField(_("schema version"))
    privacy_notice_version = models.CharField(_("privacy notice version"), max_length=32)
    applicant_message = models.TextField(
        _("last message to the applicant"),
        blank=True,
        help_text=_("Shown on the status page together with the state."),
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_applications",
    )
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)
    # Optimistic locking: every staff action checks and increments it.
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        indexes = [models.Index(fields=["network", "kind", "state"])]

    def __str__(self):
        return self.reference

    def course_title(self):
        return self.course.title if self.course else ""

    DECIDED_STATES = (
        ApplicationState.APPROVED,
        ApplicationState.REJECTED,
        ApplicationState.WITHDRAWN,
    )


class ReferenceCounter(models.Model):
    """The last reference number given per network and year; it only ever grows."""

    network_code = models.CharField(max_length=8)
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["network_code", "year"], name="unique_reference_counter"
            )
        ]

    def __str__(self):
        return f"{self.network_code}-{self.year}: {self.last_number}"


def upload_path(instance, filename):
    # A random folder per file: names never collide and never reveal whose file it is.
    return f"uploads/{uuid.uuid4().hex}/{filename}"


def private_storage():
    from django.core.files.storage import storages

    return storages["private"]


class Document(models.Model):
    """A file an applicant uploaded: first attached to a draft, then to the application."""

    draft = models.ForeignKey(
        "forms.Draft", null=True, blank=True, on_delete=models.SET_NULL, related_name="documents"
    )
    application = models.ForeignKey(
        Application,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="documents",
    )
    info_request = models.ForeignKey(
        "forms.InfoRequest",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
    )
    step = models.CharField(max_length=32)
    field = models.CharField(max_length=32)
    label = models.CharField(_("document"), max_length=100, blank=True)
    file = models.FileField(storage=private_storage, upload_to=upload_path, max_length=300)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return self.original_name

    def delete_file(self):
        if self.file:
            self.file.storage.delete(self.file.name)


class InfoRequest(models.Model):
    """Staff asked the applicant for more; the applicant answers through a private link."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="info_requests"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    message = models.TextField(_("what we need"))
    token_hash = models.CharField(max_length=64, db_index=True)
    expires_at = models.DateTimeField()
    created_at = models.DateTimeField(auto_now_add=True)
    answer = models.TextField(_("answer"), blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("request for information")
        verbose_name_plural = _("requests for information")

    def __str__(self):
        return f"{self.application.reference} ({self.created_at:%Y-%m-%d})"
