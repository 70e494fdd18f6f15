"""Which database engine holds the default backend's index."""

from django.db import connections, router

from wagtail.search.models import IndexEntry


def index_on_postgresql():
    """Whether Wagtail's index table is on PostgreSQL (which stems) or SQLite (which does not)."""
    return connections[router.db_for_read(IndexEntry)].vendor == "postgresql"
