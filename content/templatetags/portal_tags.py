"""Navigation shared by every public page: header, breadcrumbs, languages, footer.

Everything these tags show is worked out once per request by ``_chrome``, in
at most two queries whatever the size of the page tree: the portal settings
(usually from the cache), then one query for every page the chrome links to
(the ancestors, the main sections, the page's translations, the home in each
language and the footer pages).
Views that are not Wagtail pages (search, application status, error pages)
have no ``page`` in their context; for them the chrome is built around the
home page of the current language, at the cost of one more query.
"""

from dataclasses import dataclass, field

from django import template
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import Resolver404, resolve, reverse, translate_url
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from content.models import GuidanceIndexPage, HelpdeskMapPage, PortalSettings, TrainingCalendarPage

register = template.Library()

# Sections linked from the main navigation, in the order editors put them.
NAVIGATION_TYPES = (HelpdeskMapPage, GuidanceIndexPage, TrainingCalendarPage)
# The region's home sits right under the tree root (HomePage.parent_page_types).
HOME_DEPTH = 2

_CACHE = "_portal_chrome"


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


@dataclass
class Chrome:
    home: Link | None = None
    sections: list = field(default_factory=list)
    ancestors: list = field(default_factory=list)
    languages: list = field(default_factory=list)
    footer: dict = field(default_factory=dict)
    settings: PortalSettings | None = None


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


def _translations_of(page_ids):
    """Every translation of the given pages, as a subquery (nothing runs yet)."""
    return Q(translation_key__in=Page.objects.filter(pk__in=page_ids).values("translation_key"))


def _localized_home(site, language):
    """The site's home in ``language``, else the source one: what Wagtail serves at /<lang>/."""
    candidates = (
        Page.objects.live()
        .filter(_translations_of([site.root_page_id]))
        .filter(Q(pk=site.root_page_id) | Q(locale__language_code=language))
        .select_related("locale")
    )
    by_language = {candidate.locale.language_code: candidate for candidate in candidates}
    return by_language.get(language) or next(
        (candidate for candidate in by_language.values() if candidate.pk == site.root_page_id),
        None,
    )


def _build_chrome(request, page):
    language = _current_language()
    site = Site.find_for_request(request)
    portal_settings = PortalSettings.cached()
    chrome = Chrome(settings=portal_settings)

    if page is not None:
        steplen = page.steplen
        home_path = page.path[: steplen * HOME_DEPTH]
        ancestor_paths = [
            page.path[:end] for end in range(steplen * HOME_DEPTH, len(page.path), steplen)
        ]
        home = page if page.depth == HOME_DEPTH else None
    else:
        home = _localized_home(site, language) if site else None
        home_path = home.path if home else None
        ancestor_paths = []

    footer_ids = {
        name: pk
        for name, pk in (
            ("privacy", portal_settings.privacy_page_id),
            ("accessibility", portal_settings.accessibility_page_id),
            ("about", portal_settings.about_page_id),
        )
        if pk
    }
    navigation_types = [
        content_type.pk
        for content_type in ContentType.objects.get_for_models(*NAVIGATION_TYPES).values()
    ]

    wanted = Q(pk__in=[])
    if ancestor_paths:
        wanted |= Q(path__in=ancestor_paths)
    if home_path:
        wanted |= Q(
            depth=HOME_DEPTH + 1, path__startswith=home_path, content_type__in=navigation_types
        )
    if page is not None:
        wanted |= Q(translation_key=page.translation_key)
    if site is not None:
        wanted |= _translations_of([site.root_page_id])
    if footer_ids:
        wanted |= _translations_of(list(footer_ids.values())) & (
            Q(pk__in=list(footer_ids.values())) | Q(locale__language_code=language)
        )
    pages = list(Page.objects.live().filter(wanted).select_related("locale").order_by("path"))

    by_path = {candidate.path: candidate for candidate in pages}
    if home is None and home_path:
        home = by_path.get(home_path)
    if home is not None:
        chrome.home = Link(
            title=home.title,
            url=home.get_url(request),
            current="page" if page is not None and page.pk == home.pk else "",
        )
    chrome.ancestors = [
        Link(title=by_path[path].title, url=by_path[path].get_url(request))
        for path in ancestor_paths
        if path in by_path
    ]
    chrome.sections = [
        Link(
            title=candidate.title,
            url=candidate.get_url(request),
            current=_aria_current(page, candidate),
        )
        for candidate in pages
        if candidate.depth == HOME_DEPTH + 1
        and home_path
        and candidate.path.startswith(home_path)
        and candidate.content_type_id in navigation_types
    ]
    chrome.languages = _language_links(request, page, site, pages, language)
    chrome.footer = _footer_links(request, pages, footer_ids, language)
    return chrome


def _language_home_url(code):
    with translation.override(code):
        return reverse("wagtail_serve", args=("",))


def _same_view_url(request, code):
    """The current view in another language, when it is a view of its own (not a page)."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.url_name == "wagtail_serve":
        # A page that does not exist (a 404): there is no translation to offer.
        return None
    return translate_url(request.get_full_path(), code)


def _language_links(request, page, site, pages, current):
    """One link per content language: the page's translation, else that language's home."""
    root_key = next((p.translation_key for p in pages if site and p.pk == site.root_page_id), None)
    translations, homes = {}, {}
    for candidate in pages:
        code = candidate.locale.language_code
        if page is not None and candidate.translation_key == page.translation_key:
            translations[code] = candidate
        if root_key is not None and candidate.translation_key == root_key:
            homes[code] = candidate

    links = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        target = translations.get(code)
        url = target.get_url(request) if target else None
        if url is None and page is None:
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
    return links


def _footer_links(request, pages, footer_ids, language):
    """The footer pages in the current language, else as chosen in the settings."""
    by_pk = {candidate.pk: candidate for candidate in pages}
    localized = {
        candidate.translation_key: candidate
        for candidate in pages
        if candidate.locale.language_code == language
    }
    links = {}
    for name, pk in footer_ids.items():
        chosen = by_pk.get(pk)
        if chosen is None:  # unpublished: no link rather than a dead one
            continue
        target = localized.get(chosen.translation_key, chosen)
        links[name] = Link(title=target.title, url=target.get_url(request))
    return links


def _chrome(context):
    """The chrome of the page being rendered, built once per request."""
    request = context.get("request")
    page = _context_page(context)
    key = page.pk if page is not None else None
    cached = getattr(request, _CACHE, None)
    if cached is None or cached[0] != key:
        cached = (key, _build_chrome(request, page) if request is not None else Chrome())
        if request is not None:
            setattr(request, _CACHE, cached)
    return cached[1]


@register.simple_tag(takes_context=True)
def portal_home(context):
    """``{% portal_home as home %}``: a Link to the localized home, or None."""
    return _chrome(context).home


@register.simple_tag(takes_context=True)
def parent_link(context):
    """``{% parent_link as parent %}``: a Link to the page's parent, or None."""
    ancestors = _chrome(context).ancestors
    return ancestors[-1] if ancestors else None


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The map of helpdesks, the guidance and the training calendar."""
    return {"links": _chrome(context).sections}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current_title=""):
    """The path from the home to the current page; nothing on the home itself.

    Views that are not pages pass their own ``current_title``.
    """
    chrome = _chrome(context)
    page = _context_page(context)
    if page is not None:
        links, current_title = chrome.ancestors, page.title
    else:
        links = [chrome.home] if chrome.home and current_title else []
    return {"links": links, "current_title": current_title}


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One link per content language, each in its own name."""
    languages = _chrome(context).languages
    return {
        "languages": languages,
        "current_language": next((link for link in languages if link.current), None),
    }


@register.inclusion_tag("components/footer.html", takes_context=True)
def portal_footer(context):
    """Privacy notice, accessibility statement, about page and programme contacts."""
    chrome = _chrome(context)
    return {
        "privacy_link": chrome.footer.get("privacy"),
        "accessibility_link": chrome.footer.get("accessibility"),
        "about_link": chrome.footer.get("about"),
        "contact_email": chrome.settings.contact_email if chrome.settings else "",
        "contact_phone": chrome.settings.contact_phone if chrome.settings else "",
        "home": chrome.home,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }


@register.simple_tag
def site_name():
    """The programme's name, translated."""
    return settings.WAGTAIL_SITE_NAME


@register.filter
def tel_href(number):
    """A phone number as people write it, as the target of a ``tel:`` link."""
    number = str(number or "")
    return "".join(ch for i, ch in enumerate(number) if ch.isdigit() or (ch == "+" and i == 0))
