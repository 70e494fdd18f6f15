"""Rendering a page costs the same number of queries however much content it shows."""

import datetime as dt

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Page

from content import factories
from content.models import (
    CoursePage,
    CourseSession,
    GuidanceIndexPage,
    GuidancePage,
    HelpdeskIndexPage,
    HelpdeskMapPage,
    HelpdeskPage,
    NetworkPage,
    NetworkPartner,
    OpeningHours,
    StandardPage,
    TrainingCalendarPage,
)
from forms.models import ApplicationFormPage

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15


def queries_to_render(client, url):
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def assert_flat(client, url, grow, budget=MAX_QUERIES):
    """Render, add nine times the content, render again: same count, within ``budget``."""
    before = queries_to_render(client, url)
    grow()
    after = queries_to_render(client, url)
    assert before == after, f"{url}: {before} queries, then {after} with ten times the content"
    assert after <= budget, f"{url}: {after} queries"


def first(model, italian, **filters):
    return model.objects.live().filter(locale=italian, **filters).order_by("path").first()


def test_home(client, demo_home):
    def grow():
        for _ in range(9 * 8):
            factories.NetworkPageFactory(parent=demo_home)

    assert_flat(client, demo_home.url, grow)


def test_network_page(client, italian):
    network = first(NetworkPage, italian)

    def grow():
        network.territory = "\n".join(f"Comune {i}" for i in range(200))
        network.save_revision().publish()
        for i in range(10 * network.partners.count()):
            NetworkPartner.objects.create(network=network, name=f"Ente {i}", kind="association")
        for _ in range(9):
            factories.GuidanceIndexPageFactory(parent=network)

    assert_flat(client, network.url, grow)


def test_helpdesk_map(client, italian):
    page = first(HelpdeskMapPage, italian)
    indexes = list(HelpdeskIndexPage.objects.filter(locale=italian))

    def grow():
        for index in indexes:
            for _ in range(9 * HelpdeskPage.objects.child_of(index).count()):
                factories.HelpdeskPageFactory(parent=index)

    assert_flat(client, page.url, grow)
    assert_flat(client, page.url + "?service=matching&language=ro&network=TO", lambda: None)


def test_helpdesk_index(client, italian):
    index = first(HelpdeskIndexPage, italian)

    def grow():
        for _ in range(9 * HelpdeskPage.objects.child_of(index).count()):
            factories.HelpdeskPageFactory(parent=index)

    assert_flat(client, index.url, grow)


def test_helpdesk_page(client, italian):
    helpdesk = first(HelpdeskPage, italian)

    def grow():
        for day in range(7):
            for hour in (8, 14):
                OpeningHours.objects.create(
                    helpdesk=helpdesk, weekday=day, opens=dt.time(hour), closes=dt.time(hour + 2)
                )

    assert_flat(client, helpdesk.url, grow)


@pytest.mark.parametrize("region", [True, False], ids=["region", "network"])
def test_training_calendar(client, italian, demo_home, region):
    calendars = TrainingCalendarPage.objects.filter(locale=italian).order_by("path")
    page = calendars.child_of(demo_home).get() if region else calendars.filter(depth=4).first()
    targets = list(calendars.filter(depth=4)) if region else [page]

    def grow():
        for calendar in targets:
            for _ in range(9 * CoursePage.objects.child_of(calendar).count()):
                factories.CoursePageFactory(parent=calendar)

    assert_flat(client, page.url, grow)


def test_course_page(client, italian):
    course = first(CoursePage, italian)

    def grow():
        start = timezone.now() + dt.timedelta(days=40)
        for i in range(9 * course.sessions.count()):
            CourseSession.objects.create(
                course=course,
                starts=start + dt.timedelta(days=i),
                ends=start + dt.timedelta(days=i, hours=2),
            )

    assert_flat(client, course.url, grow)


def test_guidance_index(client, demo_home):
    index = GuidanceIndexPage.objects.child_of(demo_home).get()

    def grow():
        for _ in range(9 * GuidancePage.objects.child_of(index).count()):
            factories.GuidancePageFactory(parent=index)

    assert_flat(client, index.url, grow)


@pytest.mark.parametrize("model", [GuidancePage, StandardPage], ids=lambda m: m.__name__)
def test_streamfield_pages(client, italian, model):
    page = first(model, italian)

    def grow():
        page.body = list(page.body.raw_data) * 10
        page.save_revision().publish()

    assert_flat(client, page.url, grow)


def test_application_form_page(client, italian):
    page = first(ApplicationFormPage, italian)
    network = page.get_parent()

    def grow():
        for _ in range(9):
            factories.HelpdeskIndexPageFactory(parent=network)

    assert_flat(client, page.url, grow)


@pytest.mark.parametrize("code", ["en", "ar"])
def test_translated_pages_keep_within_budget(client, code):
    """One page of each type in another language: same budget."""
    seen = set()
    pages = Page.objects.live().filter(locale__language_code=code, depth__gt=1).order_by("path")
    for page in pages.select_related("content_type"):
        if page.content_type_id in seen:
            continue
        seen.add(page.content_type_id)
        count = queries_to_render(client, page.url)
        assert count <= MAX_QUERIES, f"{page.url}: {count} queries"
    assert len(seen) == 11  # every page type
