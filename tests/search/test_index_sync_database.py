"""The default backend's index follows publish, unpublish, move and delete."""

import io

import pytest

from django.core.management import call_command

from wagtail.models import PageViewRestriction
from wagtail.search.models import IndexEntry

from content.models import GuidanceIndexPage, GuidancePage, HelpdeskIndexPage, HelpdeskPage
from search.backends import SearchQuery
from search.services import search

pytestmark = pytest.mark.django_db(transaction=False)

WORD = "quokkaformazione"


def entries(page):
    return IndexEntry.objects.filter(object_id=str(page.pk)).count()


def found(text, **filters):
    results = search(SearchQuery(text=text, language="it", **filters))
    return [hit.page_id for hit in results.hits]


def url_shown(text, page):
    hits = search(SearchQuery(text=text, language="it")).hits
    return next(hit.url for hit in hits if hit.page_id == page.pk)


@pytest.fixture
def new_guide(demo_home, django_capture_on_commit_callbacks):
    index = GuidanceIndexPage.objects.child_of(demo_home).get()
    guide = GuidancePage(title=f"Guida {WORD}", intro=f"Come funziona {WORD}.", body=[])
    with django_capture_on_commit_callbacks(execute=True):
        index.add_child(instance=guide)
        guide.save_revision().publish()
    return guide


def test_publishing_indexes_the_page(new_guide):
    assert entries(new_guide) == 1
    assert found(WORD) == [new_guide.pk]


def test_unpublishing_removes_it(new_guide, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        new_guide.unpublish()
    assert entries(new_guide) == 0
    assert found(WORD) == []


def test_deleting_removes_it(new_guide, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        new_guide.delete()
    assert entries(new_guide) == 0


def test_moving_keeps_it_findable_under_its_new_network(
    italian, django_capture_on_commit_callbacks
):
    helpdesk = HelpdeskPage.objects.live().get(
        locale=italian, slug="sportello-assistenza-familiare-moncalieri"
    )
    assert found("Moncalieri", network="TO")[0] == helpdesk.pk
    assert "/torino/" in url_shown("Moncalieri", helpdesk)
    target = HelpdeskIndexPage.objects.get(locale=italian, url_path__contains="/cuneo/")
    with django_capture_on_commit_callbacks(execute=True):
        helpdesk.move(target, pos="last-child")
    assert helpdesk.pk in found("Moncalieri", network="CN")
    assert helpdesk.pk not in found("Moncalieri", network="TO")
    assert entries(helpdesk) == 1
    # The hit shown before the move was cached: its URL must not be.
    assert "/cuneo/" in url_shown("Moncalieri", helpdesk)


def test_editing_a_draft_leaves_the_live_text_indexed(
    new_guide, django_capture_on_commit_callbacks
):
    draft = GuidancePage.objects.get(pk=new_guide.pk)
    draft.title = "Bozza non pubblicata"
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision()
    assert found(WORD) == [new_guide.pk]


def test_a_new_revision_shows_its_text_and_url_in_the_hit(
    new_guide, django_capture_on_commit_callbacks
):
    (before,) = search(SearchQuery(text=WORD, language="it")).hits
    assert "Come funziona" in before.snippet
    page = GuidancePage.objects.get(pk=new_guide.pk)
    page.intro = f"Il testo nuovo su {WORD}."
    page.slug = "guida-rinnovata"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    (after,) = search(SearchQuery(text=WORD, language="it")).hits
    assert "testo nuovo" in after.snippet
    assert "Come funziona" not in after.snippet
    assert after.url.endswith("/guida-rinnovata/")


def test_renaming_a_section_changes_the_urls_shown_below_it(
    new_guide, django_capture_on_commit_callbacks
):
    (before,) = search(SearchQuery(text=WORD, language="it")).hits
    index = GuidanceIndexPage.objects.get(pk=new_guide.get_parent().pk)
    old_slug = index.slug
    assert f"/{old_slug}/" in before.url
    index.slug = f"{old_slug}-nuova"
    with django_capture_on_commit_callbacks(execute=True):
        index.save_revision().publish()
    (after,) = search(SearchQuery(text=WORD, language="it")).hits
    assert f"/{old_slug}-nuova/" in after.url


def test_a_page_made_private_leaves_the_index_and_returns_when_public(
    new_guide, django_capture_on_commit_callbacks
):
    section = new_guide.get_parent()
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=section, restriction_type=PageViewRestriction.LOGIN
        )
    assert found(WORD) == []
    assert entries(new_guide) == 0
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert found(WORD) == [new_guide.pk]


def test_search_index_drops_a_page_made_private_without_signals(new_guide):
    # A restriction written straight to the database (a data migration, a
    # restore) sends no signal: the next search_index run catches it.
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=new_guide, restriction_type=PageViewRestriction.LOGIN)]
    )
    assert found(WORD) == [new_guide.pk]
    call_command("search_index", "--language", "it", stdout=io.StringIO())
    assert found(WORD) == []
    assert entries(new_guide) == 0
