"""Translated copies of the demo tree, made through wagtail-localize.

Each copy starts as the Italian text and is then translated in the admin
("synced" translations), so every language has its pages and URLs from the
first day.
"""

from django.conf import settings
from django.db import transaction
from django.db.models import Count

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
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
    complete = set(
        Page.objects.exclude(locale=source)
        .order_by()
        .values("translation_key")
        .annotate(copies=Count("id"))
        .filter(copies__gte=len(targets))
        .values_list("translation_key", flat=True)
    )
    pages = [
        page
        for page in Page.objects.descendant_of(home, inclusive=True).order_by("path").specific()
        if page.translation_key not in complete
    ]
    for done, page in enumerate(pages, start=1):
        creator.create_translations(page)
        if done % 25 == 0 or done == len(pages):
            log(f"  translated {done}/{len(pages)} pages into {len(targets)} languages")
    made = Page.objects.exclude(locale=source).count() - before
    return made


@transaction.atomic
def apply_english(log=print):
    """Give the English copies their English titles and introductions.

    The strings go through wagtail-localize, exactly as a translator's work
    in the admin would, so editors see them as translated there. Pages whose
    English title is already in place are left alone.

    Returns:
        How many pages were updated.
    """
    from .english import ENGLISH

    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=source_locale)
    updated = 0
    for page in Page.objects.descendant_of(home, inclusive=True).specific().order_by("path"):
        text = ENGLISH.get(page.url_path.removeprefix(home.url_path))
        target = page.get_translation_or_none(english)
        if text is None or target is None or target.title == text["title"]:
            continue
        source, _created = TranslationSource.get_or_create_from_instance(page)
        segments = StringSegment.objects.filter(
            source=source, context__path__in=list(text)
        ).select_related("context", "string")
        for segment in segments:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=english,
                context=segment.context,
                defaults={
                    "data": text[segment.context.path],
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
        Translation.objects.get(source=source, target_locale=english).save_target(publish=True)
        updated += 1
    log(f"  English titles and introductions: {updated} pages")
    return updated
