"""The default backend: Wagtail's database search, one configuration per language."""

import difflib
import operator
from collections import Counter
from functools import reduce

from modelsearch.utils import get_descendants_content_types_pks

from django.core.cache import cache

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.query import PlainText

from content.listings import networks_by_path
from content.models.base import network_for

from ..extract import page_text
from ..language import expand, stems, words
from ..snippets import snippet
from ..types import ResultType, result_type
from .base import Facet, Hit, SearchBackend, SearchResults

# Facets and filters are worked out over this many best hits; past it, a
# visitor refines the words rather than pages through the tail.
MAX_HITS = 500


def backend_name(language):
    """The Wagtail search backend configured for ``language`` (see settings)."""
    return f"pages_{language}"


def _title_matches(title, terms, language):
    """How well the title holds the query's words.

    A word the visitor typed (or its stem) counts one; a word found only
    through a synonym counts half, so "assumere badante" prefers the guide
    on hiring to every page titled "assistente familiare".
    """
    title_words = set(words(title)) | set(stems(title, language))
    score = 0.0
    for alternatives in terms:
        found = title_words.intersection(alternatives)
        if found:
            score += 1 if found & alternatives.own else 0.5
    return score


def _vocabulary_key(language):
    return f"search-vocabulary-{language}"


def _vocabulary(locale):
    """The words of the live titles of a language, for spelling corrections."""
    key = _vocabulary_key(locale.language_code)
    vocabulary = cache.get(key)
    if vocabulary is None:
        titles = Page.objects.live().filter(locale=locale).values_list("title", flat=True)
        vocabulary = sorted({word for title in titles for word in words(title) if len(word) > 3})
        cache.set(key, vocabulary, timeout=60 * 60)
    return vocabulary


class DatabaseBackend(SearchBackend):
    """Wagtail's database backend (SQLite FTS5 or PostgreSQL full text).

    Each language has its own configured Wagtail backend, so PostgreSQL
    indexes and queries a page with its language's text-search
    configuration. The query is widened with stems and synonyms (the stems
    also meet the pages' ``search_stems`` field, which is what gives SQLite
    its inflections).
    """

    def _wagtail_backend(self, language):
        return get_search_backend(backend_name(language))

    def search(self, query):
        language = query.language
        terms = expand(query.text, language)
        locale = Locale.objects.filter(language_code=language).first()
        if not terms or locale is None:
            return SearchResults(query=query, language=language)
        pages = Page.objects.live().filter(locale=locale)
        ranked = self._ranked(language, pages, terms)
        suggestion = ""
        if not ranked:
            suggestion = self._correction(query.text, locale)
            if suggestion:
                terms = expand(suggestion, language)
                ranked = self._ranked(language, pages, terms)
        networks = networks_by_path(locale.pk)
        rows = [
            (page, network_for(page.path, networks), result_type(page.specific_class))
            for page in ranked
        ]
        network_counts = Counter(network.code for _p, network, _t in rows if network)
        type_counts = Counter(kind for _p, _n, kind in rows)
        titles = {network.code: network.title for network in networks.values()}
        kept = [
            row
            for row in rows
            if (not query.network or (row[1] and row[1].code == query.network))
            and (not query.type or row[2] == query.type)
        ]
        window = kept[query.offset : query.offset + query.per_page]
        specific = {
            page.pk: page
            for page in Page.objects.filter(pk__in=[row[0].pk for row in window])
            .select_related("locale")
            .specific()
        }
        hits = []
        for page, network, kind in window:
            page = specific[page.pk]
            text = page_text(page, stored_only=True)
            hits.append(
                Hit(
                    page_id=page.pk,
                    title=page.title,
                    url=page.get_url(),
                    type=kind,
                    network=network.code if network else None,
                    snippet=snippet(f"{text['intro']} {text['body']}", query.text, language),
                    language=language,
                )
            )
        return SearchResults(
            query=query,
            language=language,
            hits=hits,
            total=len(kept),
            networks=[
                Facet(code, titles[code], count) for code, count in network_counts.most_common()
            ],
            types=[
                Facet(kind, ResultType(kind).label, count)
                for kind, count in type_counts.most_common()
            ],
            suggestion=suggestion,
        )

    def _ranked(self, language, pages, terms):
        """Up to MAX_HITS pages, best first."""
        backend = self._wagtail_backend(language)
        # Every word (in one of its forms) first; any word if that finds nothing.
        every_word = reduce(
            operator.and_, (PlainText(" ".join(sorted(g)), operator="or") for g in terms)
        )
        ranked = list(backend.search(every_word, pages)[:MAX_HITS])
        if not ranked and len(terms) > 1:
            any_word = PlainText(" ".join(sorted({t for g in terms for t in g})), operator="or")
            ranked = list(backend.search(any_word, pages)[:MAX_HITS])
        # SQLite ranks a stem found in the title no higher than one in the
        # body, so pages whose title has more of the words come first; among
        # those, a section before the pages it lists (a broad query lands on
        # the calendar, not on one course). The sort is stable, keeping the
        # engine's order among equals.
        ranked.sort(key=lambda page: (-_title_matches(page.title, terms, language), page.depth))
        return ranked

    def _correction(self, text, locale):
        """The words of ``text`` respelled after the closest title words, or ""."""
        vocabulary = _vocabulary(locale)
        typed = words(text)
        corrected = [
            next(iter(difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)), word)
            for word in typed
        ]
        return " ".join(corrected) if corrected != typed else ""

    def index_pages(self, pages):
        languages = set()
        for page in pages:
            languages.add(page.locale.language_code)
            self._wagtail_backend(page.locale.language_code).add(page)
        cache.delete_many([_vocabulary_key(language) for language in languages])
        return len(pages)

    def remove_pages(self, page_ids):
        # All languages share one entry table, so the ids alone are enough.
        IndexEntry.objects.filter(
            content_type_id__in=get_descendants_content_types_pks(Page),
            object_id__in=[str(pk) for pk in page_ids],
        ).delete()

    def clear(self, language):
        """Nothing to drop: entries are replaced page by page when reindexed."""
