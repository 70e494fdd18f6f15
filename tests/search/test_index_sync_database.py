"""The default backend's index follows publish, unpublish, move and delete."""

import pytest

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
    target = HelpdeskIndexPage.objects.get(locale=italian, url_path__contains="/cuneo/")
    with django_capture_on_commit_callbacks(execute=True):
        helpdesk.move(target, pos="last-child")
    assert helpdesk.pk in found("Moncalieri", network="CN")
    assert helpdesk.pk not in found("Moncalieri", network="TO")
    assert entries(helpdesk) == 1


def test_editing_a_draft_leaves_the_live_text_indexed(
    new_guide, django_capture_on_commit_callbacks
):
    draft = GuidancePage.objects.get(pk=new_guide.pk)
    draft.title = "Bozza non pubblicata"
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision()
    assert found(WORD) == [new_guide.pk]
