"""Keep the search index in step with the page tree.

Every publish, unpublish, move and delete queues a task (``search.tasks``)
once the transaction commits, and so does a view restriction added to or
taken off a page: only public pages are indexed, and a restriction covers
the page's whole subtree. The task asks ``get_backend()`` for the
backend configured when it runs, so the same handlers serve every backend
and none of them asks which one is active. (Wagtail's own index updates are
off, see ``WAGTAILSEARCH_BACKENDS``: a page is indexed only in its language.)
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from content.models import NetworkPage

from . import tasks


def _on_commit(task, *args):
    # The task reads the pages back: it must run on the committed tree.
    transaction.on_commit(partial(task.enqueue, *args))


def _page_published(sender, instance, **kwargs):
    if isinstance(instance, NetworkPage):
        # Pages below show the network's title: refresh them with it.
        _on_commit(tasks.index_subtree, instance.pk)
    else:
        _on_commit(tasks.index_pages, [instance.pk])


def _page_slug_changed(sender, instance, **kwargs):
    _on_commit(tasks.index_subtree, instance.pk)


def _page_unpublished(sender, instance, **kwargs):
    _on_commit(tasks.remove_pages, [instance.pk])


def _page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    # A reorder among siblings changes neither URL nor network.
    if url_path_before != url_path_after:
        _on_commit(tasks.index_subtree, instance.pk)


def _page_deleted(sender, instance, **kwargs):
    _on_commit(tasks.remove_pages, [instance.pk])


def _restriction_changed(sender, instance, **kwargs):
    # Pages that became private leave the index; public again, they return.
    _on_commit(tasks.index_subtree, instance.page_id)


def connect():
    """Connect the handlers; called once from ``SearchConfig.ready()``."""
    page_published.connect(_page_published, dispatch_uid="search.index_sync.published")
    page_unpublished.connect(_page_unpublished, dispatch_uid="search.index_sync.unpublished")
    page_slug_changed.connect(_page_slug_changed, dispatch_uid="search.index_sync.slug_changed")
    post_page_move.connect(_page_moved, dispatch_uid="search.index_sync.moved")
    # Deleting any page deletes its row of the base Page table, so one
    # receiver on Page sees every page class once.
    post_delete.connect(_page_deleted, sender=Page, dispatch_uid="search.index_sync.deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            _restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"search.index_sync.restriction.{signal is post_save}",
        )
