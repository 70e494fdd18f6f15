"""The search page and its JSON twin; both speak only to ``services.search``."""

from urllib.parse import urlencode

from django.conf import settings
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from content.models import GuidanceIndexPage, HelpdeskMapPage

from .backends import SearchQuery
from .forms import SearchForm
from .services import search

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


def _query(cleaned, language):
    return SearchQuery(
        text=cleaned["q"],
        language=language,
        network=cleaned.get("network") or "",
        type=cleaned.get("type") or "",
        page=cleaned.get("page") or 1,
    )


def _page_url(request, number):
    params = request.GET.copy()
    params["page"] = number
    return f"{request.path}?{urlencode(sorted(params.items()))}"


def _filter_url(request, **changes):
    params = {k: v for k, v in request.GET.items() if k != "page"}
    params.update(changes)
    return f"{request.path}?{urlencode(sorted((k, v) for k, v in params.items() if v))}"


def _facet_group(request, name, label, facets, chosen):
    return {
        "name": name,
        "label": label,
        "options": [
            {
                "facet": facet,
                "url": _filter_url(request, **{name: facet.value}),
                "current": facet.value == chosen,
            }
            for facet in facets
        ],
    }


def _help_pages(language):
    """Where to turn when nothing matched: the helpdesk map and the guidance."""
    pages = (
        HelpdeskMapPage.objects.live().filter(locale__language_code=language, depth=3),
        GuidanceIndexPage.objects.live().filter(locale__language_code=language, depth=3),
    )
    return [page for queryset in pages for page in queryset[:1]]


@require_GET
def search_page(request):
    form = SearchForm(request.GET or None)
    language = get_language()
    context = {"form": form, "results": None, "help_pages": []}
    status = 200
    if form.is_bound and not form.is_valid():
        status = 400
    elif form.is_bound and form.cleaned_data["q"]:
        results = search(_query(form.cleaned_data, language))
        query = results.query
        context["results"] = results
        context["fallback"] = results.language != language
        context["facet_groups"] = [
            _facet_group(request, name, label, facets, chosen)
            for name, label, facets, chosen in (
                ("type", _("Type"), results.types, query.type),
                ("network", _("Network"), results.networks, query.network),
            )
            if facets
        ]
        context["clear_filters_url"] = _filter_url(request, network="", type="")
        context["filtered"] = bool(query.network or query.type)
        if query.page > 1:
            context["previous_url"] = _page_url(request, query.page - 1)
        if query.page < results.num_pages:
            context["next_url"] = _page_url(request, query.page + 1)
        if not results.hits:
            context["help_pages"] = _help_pages(language)
    return TemplateResponse(request, "search/search.html", context, status=status)


@require_GET
def search_api(request):
    """The search page's results as JSON (same parameters, plus ``lang``)."""
    form = SearchForm(request.GET)
    language = request.GET.get("lang") or settings.LANGUAGE_CODE
    errors = {} if form.is_valid() else dict(form.errors)
    if language not in LANGUAGE_CODES:
        errors["lang"] = [f"Use one of: {', '.join(sorted(LANGUAGE_CODES))}."]
    if not errors and not form.cleaned_data["q"]:
        errors["q"] = ["This parameter is required."]
    if errors:
        return JsonResponse(
            {
                "error": "invalid_parameters",
                "fields": {k: [str(m) for m in v] for k, v in errors.items()},
            },
            status=400,
        )
    results = search(_query(form.cleaned_data, language))
    return JsonResponse(results_as_json(results, language))


def results_as_json(results, requested_language):
    """The JSON contract shared by every backend (see tests/search)."""
    return {
        "query": results.query.text,
        "language": results.language,
        "fallback": results.language != requested_language,
        "total": results.total,
        "page": results.query.page,
        "num_pages": results.num_pages,
        "results": [
            {
                "title": hit.title,
                "url": hit.url,
                "type": hit.type,
                "network": hit.network,
                "snippet": str(hit.snippet),
            }
            for hit in results.hits
        ],
        "facets": {
            "networks": [vars(facet) for facet in results.networks],
            "types": [{**vars(facet), "label": str(facet.label)} for facet in results.types],
        },
        "suggestion": results.suggestion,
    }
