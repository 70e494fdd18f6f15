"""Indexing work, queued by ``search.index_sync`` and run by the task backend.

Tasks take page ids, never pages: they may run in another process, later,
and read the committed tree as it is then. The loading helpers are shared
with the ``search_index`` command.
"""

from django_tasks import task

from django.db import models

from wagtail.models import Page
from wagtail.search import index

from . import backends


def indexable_pages():
    """Every page a visitor may find: live, public, below the tree's root."""
    return Page.objects.live().public().filter(depth__gt=1)


def prefetch_search_relations(pages):
    """Prefetch, per page class, the relations its ``search_fields`` read:
    related fields, and the many-to-many fields its search methods name.

    Args:
        pages: specific page instances, of any mix of classes.
    """
    by_class = {}
    for page in pages:
        by_class.setdefault(type(page), []).append(page)
    for model, instances in by_class.items():
        lookups = [
            field.field_name
            for field in model.get_search_fields()
            if isinstance(field, index.RelatedFields)
        ]
        lookups += [field.name for field in model._meta.many_to_many]
        if lookups:
            models.prefetch_related_objects(instances, *lookups)


def load_pages(page_ids):
    """The indexable pages among ``page_ids``, specific and prefetched.

    Args:
        page_ids: page ids; pages not live, not public or gone are left out.

    Returns:
        a list of specific page instances in tree order.
    """
    pages = list(
        indexable_pages()
        .filter(pk__in=list(page_ids))
        .order_by("path")
        .specific()
        .select_related("locale", for_specific_subqueries=True)
    )
    prefetch_search_relations(pages)
    return pages


def _index(page_ids):
    backend = backends.get_backend()
    pages = load_pages(page_ids)
    indexed = backend.index_pages(pages)
    # Asked for but not indexable any more (unpublished, made private,
    # deleted meanwhile): whatever the index still holds of them goes.
    gone = sorted(set(page_ids) - {page.pk for page in pages})
    if gone:
        backend.remove_pages(gone)
    return {"indexed": indexed, "removed": gone}


@task()
def index_pages(page_ids):
    """Index pages as they are now, or drop those no longer indexable.

    Args:
        page_ids: ids of pages in any locale.

    Returns:
        ``{"indexed": <count>, "removed": [<page id>, …]}``.
    """
    return _index(list(page_ids))


@task()
def index_subtree(page_id):
    """Index a page and all its descendants: after a move or a new slug
    their URLs change, and below a network page its title.

    Args:
        page_id: id of the subtree's root page.

    Returns:
        ``{"indexed": <count>, "removed": [<page id>, …]}``.
    """
    root = Page.objects.filter(pk=page_id).first()
    if root is None:
        return _index([page_id])
    page_ids = list(Page.objects.descendant_of(root, inclusive=True).values_list("pk", flat=True))
    return _index(page_ids)


@task()
def remove_pages(page_ids):
    """Drop pages from the index.

    Args:
        page_ids: ids of pages in any locale.

    Returns:
        how many documents the backend removed.
    """
    return backends.get_backend().remove_pages(list(page_ids))
