from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="cog")
class PortalSettings(BaseGenericSetting):
    """Links every page needs, chosen by editors rather than found by slug."""

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_notice_version = models.CharField(
        _("privacy notice version"),
        max_length=32,
        blank=True,
        help_text=_("Stored with every application; change it when the notice changes."),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    about_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("about the programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_email = models.EmailField(_("programme e-mail"), blank=True)
    contact_phone = models.CharField(_("programme phone"), max_length=32, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("privacy_page"), FieldPanel("privacy_notice_version")],
            heading=_("Privacy"),
        ),
        FieldPanel("accessibility_page"),
        FieldPanel("about_page"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone")], heading=_("Contacts")
        ),
    ]

    class Meta:
        verbose_name = _("portal settings")
