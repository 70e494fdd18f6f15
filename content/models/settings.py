from django.core.cache import cache
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
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

    CACHE_KEY = "portal-settings"

    @classmethod
    def cached(cls):
        """The settings, from the cache when possible.

        Every public page shows them (footer, privacy links), and they change
        rarely: saving them clears the cache, so no request reads them stale.
        """
        value = cache.get(cls.CACHE_KEY)
        if value is None:
            value = cls.load()
            cache.set(cls.CACHE_KEY, value, timeout=None)
        return value


@receiver(post_save, sender=PortalSettings)
def forget_cached_settings(sender, **kwargs):
    cache.delete(PortalSettings.CACHE_KEY)
