"""Translated copies of the demo tree, made through wagtail-localize.

Each copy starts as the Italian text and is then translated in the admin
("synced" translations), so every language has its pages and URLs from the
first day.
"""

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale, Page
from wagtail_localize.operations import TranslationCreator

from content.models import HomePage


@transaction.atomic
def translate_region(log=print):
    """Create the missing translations of every page; returns how many were made."""
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    targets = list(Locale.objects.exclude(pk=source.pk))
    home = HomePage.objects.get(locale=source)
    before = Page.objects.exclude(locale=source).count()
    creator = TranslationCreator(user=None, target_locales=targets)
    for page in Page.objects.descendant_of(home, inclusive=True).order_by("path").specific():
        creator.create_translations(page)
    made = Page.objects.exclude(locale=source).count() - before
    log(f"Translations into {', '.join(t.language_code for t in targets)}: {made} new pages")
    return made
