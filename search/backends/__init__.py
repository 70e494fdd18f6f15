"""The configured search backend; nothing outside this package asks which it is."""

from django.conf import settings
from django.utils.module_loading import import_string

from .base import Facet, Hit, SearchBackend, SearchQuery, SearchResults

BACKENDS = {
    "database": "search.backends.database.DatabaseBackend",
    "elasticsearch": "search.backends.elasticsearch.ElasticsearchBackend",
}


def get_backend() -> SearchBackend:
    """An instance of the backend named by ``settings.SEARCH_BACKEND``."""
    return import_string(BACKENDS[settings.SEARCH_BACKEND])()


__all__ = ["Facet", "Hit", "SearchBackend", "SearchQuery", "SearchResults", "get_backend"]
