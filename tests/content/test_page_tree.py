import io

import pytest

from django.core.management import call_command

from wagtail.models import Page

from content.models import (
    CoursePage,
    GuidanceIndexPage,
    GuidancePage,
    HelpdeskIndexPage,
    HelpdeskMapPage,
    HelpdeskPage,
    HomePage,
    NetworkPage,
    StandardPage,
    TrainingCalendarPage,
)
from forms.models import ApplicationFormPage

pytestmark = pytest.mark.django_db

# DESIGN.md's page tree, as (parent, child) pairs that may exist.
ALLOWED = {
    (HomePage, GuidanceIndexPage),
    (HomePage, HelpdeskMapPage),
    (HomePage, TrainingCalendarPage),
    (HomePage, NetworkPage),
    (HomePage, StandardPage),
    (NetworkPage, HelpdeskIndexPage),
    (NetworkPage, GuidanceIndexPage),
    (NetworkPage, TrainingCalendarPage),
    (NetworkPage, ApplicationFormPage),
    (HelpdeskIndexPage, HelpdeskPage),
    (GuidanceIndexPage, GuidancePage),
    (TrainingCalendarPage, CoursePage),
}
PAGE_TYPES = sorted({cls for pair in ALLOWED for cls in pair}, key=lambda c: c.__name__)


def live_demo_pages():
    return Page.objects.live().filter(depth__gt=1).specific().order_by("path")


def test_every_live_italian_page_answers_200(client, italian):
    pages = list(live_demo_pages().filter(locale=italian))
    assert len(pages) >= 130
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, (page.url, response.status_code)


@pytest.mark.parametrize("code", ["en", "ro", "uk", "es", "fr", "ar"])
def test_every_translated_section_answers_200(client, code):
    pages = live_demo_pages().filter(locale__language_code=code, depth__lte=4)
    assert pages.count() > 40
    for page in pages:
        assert client.get(page.url).status_code == 200, page.url


def test_demo_tree_follows_the_design():
    for page in live_demo_pages().filter(depth__gt=2):
        parent = page.get_parent().specific
        assert (type(parent), type(page)) in ALLOWED, page.url_path


def test_demo_tree_has_no_stale_paths_or_child_counts():
    # Wagtail routes below a page only if its child count is right.
    assert [list(problems) for problems in Page.find_problems()] == [[], [], [], [], []]


@pytest.mark.parametrize("parent_class", PAGE_TYPES, ids=lambda c: c.__name__)
@pytest.mark.parametrize("child_class", PAGE_TYPES, ids=lambda c: c.__name__)
def test_parent_and_subpage_rules(parent_class, child_class):
    allowed = (parent_class, child_class) in ALLOWED
    assert (
        child_class in parent_class.allowed_subpage_models()
        if allowed
        else (child_class not in parent_class.allowed_subpage_models())
    )
    assert (parent_class in child_class.allowed_parent_page_models()) is allowed


def test_home_pages_live_only_at_the_top():
    assert HomePage.allowed_parent_page_models() == [Page]


def test_demo_has_eight_networks_with_their_sections(italian):
    networks = NetworkPage.objects.live().filter(locale=italian)
    assert sorted(n.code for n in networks) == ["AL", "AT", "BI", "CN", "NO", "TO", "VB", "VC"]
    for network in networks:
        children = network.get_children().live().specific()
        kinds = {type(child) for child in children}
        assert {HelpdeskIndexPage, GuidanceIndexPage, TrainingCalendarPage} <= kinds
        applications = {c.kind for c in children if isinstance(c, ApplicationFormPage)}
        assert applications == {"skills_assessment", "training_enrolment", "family_subsidy"}
        assert HelpdeskPage.objects.live().descendant_of(network).count() >= 3
        assert CoursePage.objects.live().descendant_of(network).upcoming().count() >= 3
        assert GuidancePage.objects.live().descendant_of(network).count() >= 1


def test_region_guidance_covers_the_required_topics(demo_home):
    topics = set(
        GuidancePage.objects.live()
        .child_of(GuidanceIndexPage.objects.child_of(demo_home).get())
        .values_list("topic", flat=True)
    )
    assert topics == {
        "hiring",
        "levels_hours",
        "pay_contributions",
        "holidays_severance",
        "termination",
        "residence_permit",
        "skills_path",
        "subsidies",
    }


def test_load_demo_is_idempotent():
    before = Page.objects.count()
    call_command("load_demo", password="again", stdout=io.StringIO())
    assert Page.objects.count() == before
