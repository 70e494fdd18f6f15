"""Machine-readable feeds of the public URL contract."""

import json

import icalendar

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from wagtail.models import Locale

from .filters import CourseFilterSet, HelpdeskFilterSet
from .listings import helpdesk_cards, networks_by_path
from .models import CoursePage, HelpdeskPage


def _locale(request):
    """The ``lang`` parameter's locale, Italian (the source) by default."""
    code = request.GET.get("lang") or settings.LANGUAGE_CODE
    return Locale.objects.filter(language_code=code).first()


def _bad_request(errors):
    return JsonResponse(
        {
            "error": "invalid_parameters",
            "fields": {k: [str(m) for m in v] for k, v in errors.items()},
        },
        status=400,
    )


@require_GET
def helpdesks_geojson(request):
    """Live helpdesks as a GeoJSON FeatureCollection, filtered like the map."""
    locale = _locale(request)
    if locale is None:
        return _bad_request({"lang": ["Unknown language."]})
    networks = networks_by_path(locale.pk)
    queryset = (
        HelpdeskPage.objects.live()
        .filter(locale=locale)
        .select_related("locale")
        .prefetch_related("services", "languages", "opening_hours")
        .order_by("path")
    )
    filterset = HelpdeskFilterSet(request.GET, queryset=queryset, networks=list(networks.values()))
    if not filterset.is_valid():
        return _bad_request(filterset.errors)
    cards = helpdesk_cards(filterset.qs.distinct(), networks, request)
    body = {"type": "FeatureCollection", "features": [card.as_feature() for card in cards]}
    return HttpResponse(json.dumps(body), content_type="application/geo+json")


@require_GET
def courses_ics(request):
    """Upcoming course sessions as iCalendar, one event per session."""
    locale = _locale(request)
    if locale is None:
        return _bad_request({"lang": ["Unknown language."]})
    networks = networks_by_path(locale.pk)
    queryset = (
        CoursePage.objects.live()
        .filter(locale=locale)
        .upcoming()
        .select_related("locale")
        .prefetch_related("sessions")
        .order_by("path")
    )
    filterset = CourseFilterSet(request.GET, queryset=queryset, networks=list(networks.values()))
    if not filterset.is_valid():
        return _bad_request(filterset.errors)

    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Home-care programme//Training calendar//IT")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Calendario corsi")
    now = timezone.now()
    host = request.get_host().split(":")[0]
    for course in filterset.qs.distinct():
        url = course.get_full_url(request)
        for session in course.upcoming_sessions(now):
            event = icalendar.Event()
            event.add("uid", f"course-session-{session.pk}@{host}")
            event.add("dtstamp", now)
            event.add("dtstart", session.starts)
            event.add("dtend", session.ends)
            event.add("summary", course.title)
            event.add("location", session.place or course.venue)
            event.add("description", course.intro)
            if url:
                event.add("url", url)
            calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="corsi.ics"'
    return response
