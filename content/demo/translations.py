"""Translated copies of the demo tree, made through wagtail-localize.

Each copy starts as the Italian text and is then translated in the admin
("synced" translations), so every language has its pages and URLs from the
first day.
"""

from django.conf import settings
from django.db import transaction
from django.db.models import Count

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
