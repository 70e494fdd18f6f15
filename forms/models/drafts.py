import hashlib
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .pages import ApplicationKind


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class Draft(models.Model):
    """An application being filled in: the wizard's state lives here, not in the session.

    Each draft has its own URL (by ``uuid``), so two tabs hold two drafts
    that never share answers; the session only remembers which drafts its
    browser may open, and a resume link grants that again.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    page = models.ForeignKey(
        "forms.ApplicationFormPage", on_delete=models.CASCADE, related_name="drafts"
    )
    kind = models.CharField(max_length=32, choices=ApplicationKind.choices)
    language = models.CharField(max_length=8)
    state = models.JSONField(default=dict)
    resume_token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    resume_expires_at = models.DateTimeField(null=True, blank=True)
    application = models.OneToOneField(
        "forms.Application",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="draft",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        verbose_name = _("draft application")
        verbose_name_plural = _("draft applications")

    def __str__(self):
        return str(self.uuid)

    @property
    def submitted(self):
        return self.application_id is not None

    def set_resume_token(self, token):
        self.resume_token_hash = hash_token(token)
        self.resume_expires_at = timezone.now() + timedelta(days=settings.APPLICATION_RESUME_DAYS)
