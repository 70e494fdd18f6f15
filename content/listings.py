"""What the listing pages show, computed once per request.

Templates get plain objects with everything already worked out (network,
"open now", status, links), so rendering a card never runs a query.
"""

import itertools
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone

from .filters import CourseFilterSet, HelpdeskFilterSet
from .models import CoursePage, CourseStatus, HelpdeskPage, NetworkPage
from .models.base import network_for


def networks_by_path(locale_id, scope=""):
    """Live networks of a locale (below ``scope``), keyed by their tree path."""
    networks = (
        NetworkPage.objects.live()
        .filter(locale_id=locale_id, path__startswith=scope)
        .order_by("path")
        .only("id", "title", "code", "path", "depth", "url_path", "locale_id", "slug")
    )
    return {network.path: network for network in networks}


def enrolment_pages_by_network(locale_id, networks):
    """Each network's training-enrolment page, keyed by the network's path."""
    from forms.models import ApplicationFormPage, ApplicationKind

    pages = (
        ApplicationFormPage.objects.live()
        .filter(locale_id=locale_id, kind=ApplicationKind.TRAINING_ENROLMENT)
        .select_related("locale")
    )
    by_network = {}
    for page in pages:
        network = network_for(page.path, networks)
        if network:
            by_network[network.path] = page
    return by_network


@dataclass
class HelpdeskCard:
    page: HelpdeskPage
    url: str
    network: NetworkPage | None
    open_now: bool
    services: list = field(default_factory=list)
    languages: list = field(default_factory=list)
    hours: list = field(default_factory=list)

    def as_feature(self):
        """The helpdesk as a GeoJSON Feature (RFC 7946: longitude first)."""
        page = self.page
        return {
            "type": "Feature",
            "id": page.pk,
            "geometry": {
                "type": "Point",
                "coordinates": [float(page.longitude), float(page.latitude)],
            },
            "properties": {
                "title": page.title,
                "url": self.url,
                "network": self.network.code if self.network else None,
                "address": page.address,
                "postcode": page.postcode,
                "municipality": page.municipality,
                "phone": page.phone,
                "email": page.email,
                "services": [service.code for service in self.services],
                "languages": [language.code for language in self.languages],
                "appointment_required": page.appointment_required,
                "open_now": self.open_now,
            },
        }


def helpdesk_cards(helpdesks, networks, request, now=None):
    now = now or timezone.now()
    return [
        HelpdeskCard(
            page=page,
            url=page.get_url(request),
            network=network_for(page.path, networks),
            open_now=page.is_open_at(now),
            services=list(page.services.all()),
            languages=list(page.languages.all()),
            hours=list(page.opening_hours.all()),
        )
        for page in helpdesks
    ]


def filter_listing(filterset_class, queryset, networks, data):
    """Apply the visitor's filters; on a bad value, list everything and say why."""
    choices = list(networks.values()) if len(networks) > 1 else ()
    filterset = filterset_class(data or None, queryset=queryset, networks=choices)
    if filterset.is_bound and not filterset.is_valid():
        return filterset, queryset, filterset.errors
    return filterset, filterset.qs.distinct(), {}


def helpdesk_listing(page, request):
    networks = networks_by_path(page.locale_id, page.subtree_scope())
    filterset, helpdesks, errors = filter_listing(
        HelpdeskFilterSet, page.helpdesks(), networks, request.GET
    )
    cards = helpdesk_cards(helpdesks, networks, request)
    return {
        "filter_form": filterset.form,
        "filter_errors": errors,
        "helpdesk_cards": cards,
        "map_features": {"type": "FeatureCollection", "features": [c.as_feature() for c in cards]},
        "map_config": {
            "tileUrl": settings.MAP_TILE_URL,
            "attribution": settings.MAP_TILE_ATTRIBUTION,
        },
    }


@dataclass
class CourseCard:
    page: CoursePage
    url: str
    network: NetworkPage | None
    status: str
    sessions: list
    languages: list
    enrol_url: str | None

    @property
    def first_session(self):
        return self.sessions[0] if self.sessions else None

    @property
    def status_label(self):
        return CourseStatus(self.status).label


def course_cards(courses, networks, enrol_pages, request, now=None):
    now = now or timezone.now()
    cards = []
    for page in courses:
        network = network_for(page.path, networks)
        status = page.status_at(now)
        enrol_page = enrol_pages.get(network.path) if network else None
        can_enrol = enrol_page and status in (CourseStatus.OPEN, CourseStatus.FULL)
        cards.append(
            CourseCard(
                page=page,
                url=page.get_url(request),
                network=network,
                status=status,
                sessions=page.upcoming_sessions(now),
                languages=list(page.languages.all()),
                enrol_url=f"{enrol_page.get_url(request)}?course={page.pk}" if can_enrol else None,
            )
        )
    # Finished courses (only ever shown on their own page) sort last.
    cards.sort(key=lambda c: (c.first_session is None, c.first_session and c.first_session.starts))
    return cards


def by_month(cards):
    """Cards grouped by the month of their next session, in date order."""

    def month_of(card):
        return timezone.localtime(card.first_session.starts).date().replace(day=1)

    return [(month, list(group)) for month, group in itertools.groupby(cards, key=month_of)]


def course_listing(page, request):
    networks = networks_by_path(page.locale_id, page.subtree_scope())
    filterset, courses, errors = filter_listing(
        CourseFilterSet, page.courses(), networks, request.GET
    )
    enrol_pages = enrolment_pages_by_network(page.locale_id, networks)
    cards = course_cards(courses, networks, enrol_pages, request)
    return {
        "filter_form": filterset.form,
        "filter_errors": errors,
        "course_count": len(cards),
        "months": by_month(cards),
    }
