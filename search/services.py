"""Searching the portal, whatever backend is configured."""

from dataclasses import replace

from django.conf import settings

from .backends import SearchQuery, SearchResults, get_backend


def search(query: SearchQuery) -> SearchResults:
    """Search in the visitor's language, falling back to the source language.

    Args:
        query: the visitor's words, language and filters.

    Returns:
        SearchResults; when the visitor's language has no match at all, the
        Italian results, whose ``language`` then differs from the query's.
    """
    backend = get_backend()
    results = backend.search(query)
    source = settings.LANGUAGE_CODE
    if results.total == 0 and query.language != source and not (query.network or query.type):
        fallback = backend.search(replace(query, language=source))
        if fallback.total:
            return fallback
    return results
