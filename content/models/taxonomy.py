"""Fixed vocabularies shared by helpdesks and courses."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ServiceCode(models.TextChoices):
    INFORMATION = "information", _("Information")
    ORIENTATION = "orientation", _("Reception and orientation")
    MATCHING = "matching", _("Matching families and care workers")
    CONTRACT_SUPPORT = "contract_support", _("Help with employment contracts")
    SKILLS_CERTIFICATION = "skills_certification", _("Skills validation and certification")
    TRAINING = "training", _("Training")
    SUBSIDIES = "subsidies", _("Subsidies")


class Service(models.Model):
    """A service offered at helpdesks; the list is set by the programme."""

    code = models.CharField(_("code"), max_length=32, unique=True, choices=ServiceCode.choices)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def __str__(self):
        return str(self.get_code_display())


class SpokenLanguage(models.Model):
    """A language staff speak at a helpdesk or a course supports."""

    code = models.CharField(_("code"), max_length=8, unique=True, help_text=_("ISO 639-1, e.g. ro"))
    name = models.CharField(_("name"), max_length=64, help_text=_("In the language itself."))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("spoken language")
        verbose_name_plural = _("spoken languages")

    def __str__(self):
        return self.name
