"""Navigation shared by every public page: header, breadcrumbs, languages, footer.

Each tag runs a fixed number of queries, however large the page tree grows,
and the localized home page, which several of them need, is looked up once
per request. They also work for views that are not Wagtail pages (search,
application status, error pages): without a ``page`` in the context they fall
back to the home page of the current language.
"""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import Resolver404, resolve, reverse, translate_url
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from content.models import GuidanceIndexPage, HelpdeskMapPage, PortalSettings, TrainingCalendarPage

register = template.Library()

# Sections linked from the main navigation, in the order editors put them.
NAVIGATION_TYPES = (HelpdeskMapPage, GuidanceIndexPage, TrainingCalendarPage)

_HOME_CACHE = "_portal_home"
_SECTIONS_CACHE = "_portal_sections"
_ANCESTORS_CACHE = "_portal_ancestors"


@dataclass(frozen=True)
class Link:
    title: str
    url: str
    # The value of aria-current: "page" for the page shown, "true" for the
    # section that holds it, empty otherwise.
    current: str = ""


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool
    translated: bool


def _current_language():
    """The active language as a content language code (``it``, ``ar``…)."""
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


def _context_page(context):
    """The Wagtail page being shown, or None for any other view."""
    page = context.get("page")
    return page if isinstance(page, Page) else None


def _aria_current(page, target):
    if page is None or not page.path.startswith(target.path):
        return ""
    return "page" if page.pk == target.pk else "true"


def _site_root_translations(site):
    """Every translation of the site's root page, as a subquery (no query run)."""
    return Q(
        translation_key__in=Page.objects.filter(pk=site.root_page_id).values("translation_key")
    )


def localized_home(request):
    """The site's home page in the current language, or the source one.

    Mirrors what Wagtail serves at ``/<lang>/`` (``root_page.localized``),
    in one query cached on the request.
    """
    if request is None:
        return None
    if not hasattr(request, _HOME_CACHE):
        home = None
        site = Site.find_for_request(request)
        if site is not None:
            language = _current_language()
            candidates = (
                Page.objects.live()
                .filter(_site_root_translations(site))
                .filter(Q(pk=site.root_page_id) | Q(locale__language_code=language))
                .select_related("locale")
            )
            by_language = {page.locale.language_code: page for page in candidates}
            home = by_language.get(language) or next(
                (page for page in by_language.values() if page.pk == site.root_page_id), None
            )
        setattr(request, _HOME_CACHE, home)
    return getattr(request, _HOME_CACHE)


def _sections(request, home):
    """The home's live children shown in the main navigation (one query, cached)."""
    if not hasattr(request, _SECTIONS_CACHE):
        pages = []
        if home is not None:
            pages = list(
                Page.objects.child_of(home).live().type(*NAVIGATION_TYPES).order_by("path")
            )
        setattr(request, _SECTIONS_CACHE, pages)
    return getattr(request, _SECTIONS_CACHE)


@register.simple_tag(takes_context=True)
def portal_home(context):
    """``{% portal_home as home %}``: a Link to the localized home, or None."""
    request = context.get("request")
    home = localized_home(request)
    if home is None:
        return None
    page = _context_page(context)
    return Link(
        title=home.title,
        url=home.get_url(request),
        current="page" if page is not None and page.pk == home.pk else "",
    )


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The map of helpdesks, the guidance and the training calendar."""
    request = context.get("request")
    page = _context_page(context)
    links = [
        Link(
            title=section.title,
            url=section.get_url(request),
            current=_aria_current(page, section),
        )
        for section in _sections(request, localized_home(request))
    ]
    return {"links": links}


def _ancestor_links(request, page):
    """Links to the page's ancestors below the tree root (one query, cached)."""
    cache = getattr(request, _ANCESTORS_CACHE, None)
    if cache is None or cache[0] != page.pk:
        links = []
        if page.depth > 2:
            ancestors = Page.objects.ancestor_of(page).filter(depth__gt=1).order_by("path")
            links = [Link(title=p.title, url=p.get_url(request)) for p in ancestors]
        cache = (page.pk, links)
        if request is not None:
            setattr(request, _ANCESTORS_CACHE, cache)
    return cache[1]


@register.simple_tag(takes_context=True)
def parent_link(context):
    """``{% parent_link as parent %}``: a Link to the page's parent, or None.

    The breadcrumbs have already fetched it, so this usually runs no query.
    """
    page = _context_page(context)
    if page is None:
        return None
    links = _ancestor_links(context.get("request"), page)
    return links[-1] if links else None


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current_title=""):
    """The path from the home to the current page; nothing on the home itself.

    Views that are not pages pass their own ``current_title``.
    """
    request = context.get("request")
    page = _context_page(context)
    if page is not None:
        links = _ancestor_links(request, page)
        current_title = page.title
    else:
        home = localized_home(request)
        links = (
            [Link(title=home.title, url=home.get_url(request))] if home and current_title else []
        )
    return {"links": links, "current_title": current_title}


def _language_home_url(code):
    with translation.override(code):
        return reverse("wagtail_serve", args=("",))


def _same_view_url(request, code):
    """The current non-page view in another language, if it is a view of its own."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.url_name == "wagtail_serve":
        # A page that does not exist (a 404): there is no translation to offer.
        return None
    return translate_url(request.get_full_path(), code)


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One link per content language, in that language's own name.

    A link goes to the current page's translation when it is live, else to
    that language's home. One query covers both: the page's translations and
    the site root's.
    """
    request = context.get("request")
    page = _context_page(context)
    current = _current_language()
    site = Site.find_for_request(request) if request is not None else None

    condition = Q()
    if page is not None:
        condition |= Q(translation_key=page.translation_key)
    if site is not None:
        condition |= _site_root_translations(site)
    translations, homes = {}, {}
    if condition:
        for candidate in Page.objects.live().filter(condition).select_related("locale"):
            code = candidate.locale.language_code
            if page is not None and candidate.translation_key == page.translation_key:
                translations[code] = candidate
            else:
                homes[code] = candidate

    links = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        target = translations.get(code)
        url = target.get_url(request) if target else None
        if url is None and page is None and request is not None:
            url = _same_view_url(request, code)
        translated = url is not None
        if url is None:
            home = homes.get(code)
            url = (home.get_url(request) if home else None) or _language_home_url(code)
        links.append(
            LanguageLink(
                code=code, name=name, url=url, current=code == current, translated=translated
            )
        )
    current_link = next((link for link in links if link.current), None)
    return {"languages": links, "current_language": current_link}


@register.inclusion_tag("components/footer.html", takes_context=True)
def portal_footer(context):
    """Privacy notice, accessibility statement, about page and programme contacts.

    The three pages are chosen in the portal settings in the source language;
    their translations in the current language are fetched in one query,
    falling back to the page chosen when it has none.
    """
    request = context.get("request")
    portal_settings = PortalSettings.load(request_or_site=request)
    chosen = {
        "privacy": portal_settings.privacy_page_id,
        "accessibility": portal_settings.accessibility_page_id,
        "about": portal_settings.about_page_id,
    }
    ids = [pk for pk in chosen.values() if pk]
    links = {}
    if ids:
        language = _current_language()
        pages = list(
            Page.objects.live()
            .filter(translation_key__in=Page.objects.filter(pk__in=ids).values("translation_key"))
            .filter(Q(pk__in=ids) | Q(locale__language_code=language))
            .select_related("locale")
        )
        key_of = {page.pk: page.translation_key for page in pages}
        localized = {
            page.translation_key: page for page in pages if page.locale.language_code == language
        }
        originals = {page.pk: page for page in pages}
        for name, pk in chosen.items():
            target = localized.get(key_of.get(pk)) or originals.get(pk)
            if target is not None:
                links[name] = Link(title=target.title, url=target.get_url(request))
    return {
        "privacy_link": links.get("privacy"),
        "accessibility_link": links.get("accessibility"),
        "about_link": links.get("about"),
        "contact_email": portal_settings.contact_email,
        "contact_phone": portal_settings.contact_phone,
        "home": portal_home(context),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }


@register.simple_tag
def site_name():
    """The programme's name, translated."""
    return settings.WAGTAIL_SITE_NAME


@register.filter
def tel_href(number):
    """A phone number as written for people, turned into a ``tel:`` target."""
    number = str(number or "")
    return "".join(ch for i, ch in enumerate(number) if ch.isdigit() or (ch == "+" and i == 0))
