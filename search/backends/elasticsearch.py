"""Elasticsearch 8 behind the search contract: one index per language.

Each language of ``settings.LANGUAGES`` has its own index, analysed with
that language's stemmer. Searches and updates go through an alias,
``<SEARCH_INDEX_PREFIX>-pages-<language>`` (the prefix lets staging and
production share a cluster), and the index behind it is named after its
generation: ``…-initial`` when created on first use, then one per rebuild.
A rebuild fills a new generation while searches keep reading the old one,
and moves the alias over in one atomic step. A document holds
what a search result shows; the page's text comes from the models' own
``search_fields`` through ``search.extract.page_text``.

Settings read at call time, never at import:

- ``ELASTICSEARCH_URL``: the cluster, e.g. ``https://user:secret@es.example:9200``;
- ``SEARCH_INDEX_PREFIX``: the environment's prefix (default ``portal``).
"""

import functools
import html
import logging
import re
from contextlib import contextmanager

from elasticsearch import BadRequestError, NotFoundError
from elasticsearch.helpers import bulk
from elasticsearch_dsl import (
    Document,
    Integer,
    Keyword,
    Search,
    Text,
    analyzer,
    connections,
    token_filter,
)

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from wagtail.models import Locale

from content.listings import networks_by_path
from content.models.base import network_for
from search.extract import page_text
from search.language import SYNONYMS
from search.types import ResultType, result_type

from .base import Facet, Hit, SearchBackend, SearchQuery, SearchResults

logger = logging.getLogger(__name__)

CONNECTION_ALIAS = "portal-search"
SNIPPET_LENGTH = 160
# Elasticsearch refuses to page past index.max_result_window (10,000 by default).
MAX_RESULT_WINDOW = 10_000
# Title outweighs the introduction, which outweighs the rest of the page.
WEIGHTED_FIELDS = ["title^4", "intro^2", "body"]

# Elasticsearch ships no Ukrainian analyzer: stemming Ukrainian needs the
# analysis-ukrainian plugin, which managed clusters rarely offer. Words are
# matched whole and lowercased; asciifolding still helps with the Italian
# place names and terms (Unità, Città) that the translations keep, and the
# query's fuzziness absorbs part of the inflection.
UKRAINIAN = analyzer("ukrainian_plain", tokenizer="standard", filter=["lowercase", "asciifolding"])
ANALYZERS = {
    "it": "italian",
    "en": "english",
    "ro": "romanian",
    "uk": UKRAINIAN,
    "es": "spanish",
    "fr": "french",
    "ar": "arabic",
}


# Synonyms (``search.language.SYNONYMS``, the database backend's too) are
# added to the analysis of the visitor's words only, with a synonym_graph
# filter, so multi-word synonyms ("assistente familiare") match as phrases
# and pages are analysed as before. An existing index takes new analysis
# settings only when rebuilt (``search_index --rebuild``). A filter cannot
# be added to a built-in analyzer, so for the languages with synonyms the
# search analyzer is the built-in one rebuilt from the parts Elasticsearch
# documents, with the synonyms after the stop words and before the
# stemmer: a synonym's words are then stemmed exactly as the page's words
# were when indexed.
REBUILT_ANALYZERS = {
    "it": (
        [
            token_filter(
                "italian_elision",
                type="elision",
                articles=[
                    "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl",
                    "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d",
                ],
                articles_case=True,
            ),
            "lowercase",
            token_filter("italian_stop", type="stop", stopwords="_italian_"),
        ],
        token_filter("italian_stemmer", type="stemmer", language="light_italian"),
    ),
    "en": (
        [
            token_filter(
                "english_possessive_stemmer", type="stemmer", language="possessive_english"
            ),
            "lowercase",
            token_filter("english_stop", type="stop", stopwords="_english_"),
        ],
        token_filter("english_stemmer", type="stemmer", language="english"),
    ),
}  # fmt: skip


def synonym_rules(language):
    """The language's synonym groups as rules of equivalent terms ("a, b, c")."""
    return [", ".join(sorted(group)) for group in SYNONYMS.get(language, [])]


@functools.cache
def search_analyzer(language):
    """The analyzer of the visitor's words when it differs from the index's, else None.

    Args:
        language: a language code of ``settings.LANGUAGES``.

    Returns:
        a custom analyzer: the language's own, with its synonyms before the
        stemmer; None for a language without synonyms.
    """
    rules = synonym_rules(language)
    if not rules:
        return None
    before_stemming, stemmer = REBUILT_ANALYZERS[language]
    synonyms = token_filter(f"{language}_synonyms", type="synonym_graph", synonyms=rules)
    return analyzer(
        f"{language}_search",
        tokenizer="standard",
        filter=[*before_stemming, synonyms, stemmer],
    )


def index_name(language):
    """The alias of one language's index, prefixed by the environment."""
    prefix = getattr(settings, "SEARCH_INDEX_PREFIX", "portal")
    return f"{prefix}-pages-{language}"


def generation_name(language, generation):
    """The concrete index of one generation of a language's index.

    Args:
        language: a language code of ``settings.LANGUAGES``.
        generation: "initial", or the time a rebuild started as digits.
    """
    return f"{index_name(language)}-{generation}"


def languages():
    """Language codes that have an index: those of ``settings.LANGUAGES``."""
    return [code for code, _name in settings.LANGUAGES]


class PageDocument(Document):
    """What a search result needs about one live page, in its own language.

    The text fields are added per language by ``page_document``, since each
    language's index analyses them with its own analyzer.
    """

    type = Keyword()
    network = Keyword()
    network_title = Keyword()
    language = Keyword()
    url = Keyword(index=False)
    page_id = Integer()

    @classmethod
    def from_page(cls, page, networks):
        """The document of one specific page.

        Args:
            page: a live page instance of its specific class.
            networks: the networks of the page's locale keyed by tree path
                (``content.listings.networks_by_path``).

        Returns:
            an unsaved document whose id is the page's id.
        """
        text = page_text(page)
        network = network_for(page.path, networks)
        return cls(
            meta={"id": page.pk},
            title=text["title"],
            intro=text["intro"],
            body=text["body"],
            type=result_type(type(page)).value,
            network=network.code if network else None,
            network_title=network.title if network else None,
            language=cls.LANGUAGE,
            url=page.get_url(),
            page_id=page.pk,
        )


@functools.cache
def _document_class(name, language):
    analysis = {"analyzer": ANALYZERS[language]}
    if search_analyzer(language):
        analysis["search_analyzer"] = search_analyzer(language)
    attrs = {
        "LANGUAGE": language,
        # Every word of the query must appear somewhere in the page, not all
        # in one field: title, intro and body are copied into one field for
        # matching, and scored separately for ranking.
        "title": Text(**analysis, copy_to="content"),
        "intro": Text(**analysis, copy_to="content"),
        # Spelling suggestions come from unstemmed words: a stem such as
        # "contratt" is no word to offer a visitor.
        "body": Text(
            **analysis,
            copy_to="content",
            fields={"words": Text(analyzer="standard")},
        ),
        "content": Text(**analysis),
        "Index": type(
            "Index",
            (),
            {
                "name": name,
                # A few thousand pages: one shard keeps scores and spelling
                # suggestions consistent.
                "settings": {"number_of_shards": 1},
            },
        ),
        "__module__": __name__,
    }
    return type(f"PageDocument_{language}", (PageDocument,), attrs)


def page_document(language):
    """The ``PageDocument`` class of one language, bound to its index.

    Args:
        language: a language code of ``settings.LANGUAGES``.

    Returns:
        a ``Document`` subclass whose ``_index`` has the language's name,
        settings and mapping.
    """
    return _document_class(index_name(language), language)


def build_search_body(query: SearchQuery) -> dict:
    """The request body of one search, as data.

    The visitor's words only ever appear as values of match queries and of
    the suggester, never in query-string syntax, so quotes, brackets and
    operators in them are just characters.

    Args:
        query: what the visitor asked.

    Returns:
        the body for the ``_search`` endpoint of the language's index.
    """
    text = query.text.strip()
    offset = min(query.offset, MAX_RESULT_WINDOW)
    filters = [
        {"term": {field: value}}
        for field, value in (("network", query.network), ("type", query.type))
        if value
    ]
    body = {
        "query": {
            "bool": {
                "must": [
                    {"match": {"content": {"query": text, "operator": "and", "fuzziness": "AUTO"}}}
                ],
                "should": [
                    {
                        "multi_match": {
                            "query": text,
                            "fields": WEIGHTED_FIELDS,
                            "fuzziness": "AUTO",
                        }
                    },
                    {
                        "multi_match": {
                            "query": text,
                            "fields": WEIGHTED_FIELDS,
                            "type": "phrase",
                            "boost": 2,
                        }
                    },
                ],
            }
        },
        "aggs": {
            "networks": {
                "terms": {"field": "network", "size": 50},
                "aggs": {"title": {"terms": {"field": "network_title", "size": 1}}},
            },
            "types": {"terms": {"field": "type", "size": len(ResultType)}},
        },
        "highlight": {
            "encoder": "html",
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "fields": {
                "intro": {"fragment_size": SNIPPET_LENGTH, "number_of_fragments": 1},
                "body": {"fragment_size": SNIPPET_LENGTH, "number_of_fragments": 1},
            },
        },
        "suggest": {
            "spelling": {
                "text": text,
                "term": {"field": "body.words", "suggest_mode": "missing"},
            }
        },
        "_source": ["page_id", "title", "intro", "url", "type", "network", "network_title"],
        "track_total_hits": True,
        "from": offset,
        "size": max(0, min(query.per_page, MAX_RESULT_WINDOW - offset)),
    }
    if filters:
        # After the aggregations: facets count what the words found, before
        # the visitor's network and type narrow the list.
        body["post_filter"] = {"bool": {"filter": filters}}
    return body


_MARK = re.compile(r"(</?mark>)")


def safe_fragment(fragment):
    """A highlight fragment as safe HTML: escaped text, ``<mark>`` kept.

    Elasticsearch already escapes with the ``html`` encoder; unescaping and
    escaping again means nothing but ``<mark>`` gets through even if the
    encoder were ever left out.
    """
    parts = _MARK.split(fragment)
    return mark_safe(  # noqa: S308 - every part but <mark> is escaped
        "".join(part if _MARK.fullmatch(part) else escape(html.unescape(part)) for part in parts)
    )


def _snippet(highlight, intro):
    for field in ("intro", "body"):
        if highlight.get(field):
            return safe_fragment(highlight[field][0])
    return escape(Truncator(intro).chars(SNIPPET_LENGTH))


def _type_label(value):
    try:
        return ResultType(value).label
    except ValueError:
        return value


def _suggestion(text, entries):
    """The query with each misspelt word replaced, or "" if none was."""
    replacements = [
        (entry["offset"], entry["length"], entry["options"][0]["text"])
        for entry in entries
        if entry.get("options")
    ]
    if not replacements:
        return ""
    # Right to left, so earlier offsets stay valid.
    for offset, length, word in sorted(replacements, reverse=True):
        text = text[:offset] + word + text[offset + length :]
    return text


def results_from_response(query: SearchQuery, raw: dict) -> SearchResults:
    """Hits, facets and suggestion from the raw body of a search response.

    Args:
        query: the query the body was built from.
        raw: the JSON body Elasticsearch answered with.

    Returns:
        the results in the contract's terms; snippets are safe HTML.
    """
    hits = []
    for item in raw["hits"]["hits"]:
        source = item["_source"]
        hits.append(
            Hit(
                page_id=source["page_id"],
                title=source["title"],
                url=source.get("url", ""),
                type=source["type"],
                network=source.get("network"),
                snippet=_snippet(item.get("highlight", {}), source.get("intro") or ""),
                language=query.language,
            )
        )
    aggregations = raw.get("aggregations", {})
    networks = [
        Facet(
            value=bucket["key"],
            label=next((b["key"] for b in bucket["title"]["buckets"]), bucket["key"]),
            count=bucket["doc_count"],
        )
        for bucket in aggregations.get("networks", {}).get("buckets", [])
    ]
    types = [
        Facet(value=bucket["key"], label=_type_label(bucket["key"]), count=bucket["doc_count"])
        for bucket in aggregations.get("types", {}).get("buckets", [])
    ]
    return SearchResults(
        query=query,
        language=query.language,
        hits=hits,
        total=raw["hits"]["total"]["value"],
        networks=networks,
        types=types,
        suggestion=_suggestion(query.text.strip(), raw.get("suggest", {}).get("spelling", [])),
    )


class ElasticsearchBackend(SearchBackend):
    """Search through Elasticsearch 8, one index per language.

    The connection is made on first use, so importing or building the
    backend never touches the network.
    """

    def __init__(self, url=None):
        """
        Args:
            url: the cluster's address; ``settings.ELASTICSEARCH_URL`` if
                not given.
        """
        self.url = url or getattr(settings, "ELASTICSEARCH_URL", "")
        self._ready = set()

    def _client(self):
        try:
            return connections.get_connection(CONNECTION_ALIAS)
        except KeyError:
            if not self.url:
                raise ImproperlyConfigured(
                    "The Elasticsearch search backend needs ELASTICSEARCH_URL."
                ) from None
            return connections.create_connection(alias=CONNECTION_ALIAS, hosts=[self.url])

    def _create_generation(self, language, generation, alias=False):
        """Create one generation of the language's index, mapping and analysis."""
        index = page_document(language)._index.clone(generation_name(language, generation))
        if alias:
            index.aliases(**{index_name(language): {}})
        index.create(using=CONNECTION_ALIAS)
        return index._name

    def _ensure_index(self, language):
        """Create the language's first index and its alias if there is none.

        An existing index is left as it is: Elasticsearch cannot change the
        analysis of an open index (``search_index --rebuild`` makes a new
        generation), and asking it to compare would fail on values it hands
        back as strings (``articles_case`` comes back as "true").
        """
        alias = index_name(language)
        if alias in self._ready:
            return
        if not self._client().indices.exists(index=alias):
            try:
                self._create_generation(language, "initial", alias=True)
            except BadRequestError as error:
                # Another worker created it in the meantime: the first
                # generation has one name, so the race has one winner.
                if error.message != "resource_already_exists_exception":
                    raise
        self._ready.add(alias)

    def search(self, query: SearchQuery) -> SearchResults:
        """Live pages of the query's language that match, with facets.

        Args:
            query: what the visitor asked.

        Returns:
            one page of hits, the facet counts before the network and type
            filters, and a spelling suggestion ("" if none).
        """
        if not query.text.strip():
            return SearchResults(query=query, language=query.language)
        self._client()
        search = Search(using=CONNECTION_ALIAS, index=index_name(query.language))
        try:
            response = search.update_from_dict(build_search_body(query)).execute()
        except NotFoundError:
            # Nothing indexed yet in this language: no results, not an error page.
            logger.warning("Search index %s is missing", index_name(query.language))
            return SearchResults(query=query, language=query.language)
        return results_from_response(query, response.to_dict())

    def index_pages(self, pages):
        """Add or refresh pages, each in the index of its locale's language.

        Args:
            pages: live pages of their specific classes, any locale; pages of
                a language without an index are skipped.

        Returns:
            how many pages were sent to Elasticsearch.
        """
        documents = self._documents(pages)
        for language in {document.LANGUAGE for document in documents}:
            self._ensure_index(language)
        return self._send(document.to_dict(include_meta=True) for document in documents)

    def _documents(self, pages):
        language_of = dict(Locale.objects.values_list("pk", "language_code"))
        wanted = set(languages())
        networks = {}
        documents = []
        for page in pages:
            language = language_of.get(page.locale_id)
            if language not in wanted:
                continue
            if page.locale_id not in networks:
                networks[page.locale_id] = networks_by_path(page.locale_id)
            documents.append(page_document(language).from_page(page, networks[page.locale_id]))
        return documents

    def _send(self, actions):
        actions = list(actions)
        if actions:
            bulk(self._client(), actions)
        return len(actions)

    def remove_pages(self, page_ids):
        """Drop pages from every language's index.

        Args:
            page_ids: ids of pages in any locale; unknown ids are ignored.

        Returns:
            how many documents were deleted.
        """
        return self._delete(page_ids, [index_name(language) for language in languages()])

    def _delete(self, page_ids, indexes):
        page_ids = list(page_ids)
        if not page_ids:
            return 0
        # A delete by query only sees what has been refreshed: a page
        # indexed less than a second ago would otherwise stay findable.
        self._client().indices.refresh(index=indexes, ignore_unavailable=True)
        response = self._client().delete_by_query(
            index=indexes,
            query={"terms": {"page_id": page_ids}},
            ignore_unavailable=True,
            conflicts="proceed",
        )
        return response["deleted"]

    @contextmanager
    def rebuilding(self, language):
        """Fill a new generation of the language's index, then search it.

        Searches read the current generation until the block ends; then
        the alias moves to the new one in a single request and the old
        generations are deleted. If the block fails, the new generation is
        deleted and the alias stays where it was.

        Args:
            language: a language code of ``settings.LANGUAGES``.

        Yields:
            a writer whose ``index_pages`` and ``remove_pages`` act on the
            new generation only.
        """
        client = self._client()
        target = self._create_generation(language, timezone.now().strftime("%Y%m%d%H%M%S%f"))
        try:
            yield GenerationWriter(self, language, target)
            client.indices.refresh(index=target)
            previous = self._point_alias(language, target)
        except BaseException:
            client.indices.delete(index=target, ignore_unavailable=True)
            raise
        if previous:
            client.indices.delete(index=previous, ignore_unavailable=True)
        self._ready.add(index_name(language))

    def _point_alias(self, language, target):
        """Move the language's alias to ``target`` in one request.

        Returns:
            the generations the alias pointed to before, to be deleted.
        """
        client = self._client()
        alias = index_name(language)
        actions = [{"add": {"index": target, "alias": alias}}]
        previous = []
        if client.indices.exists_alias(name=alias):
            previous = sorted(client.indices.get_alias(name=alias))
            actions += [{"remove": {"index": name, "alias": alias}} for name in previous]
        elif client.indices.exists(index=alias):
            # An index made before aliases were used has the alias's name:
            # it goes in the same request, so no search ever finds nothing.
            actions.append({"remove_index": {"index": alias}})
        client.indices.update_aliases(actions=actions)
        return previous

    def refresh(self):
        """Make every indexed page searchable now rather than within a second.

        Meant for tests and the end of a rebuild, not for each publish.
        """
        self._client().indices.refresh(
            index=[index_name(language) for language in languages()], ignore_unavailable=True
        )


class GenerationWriter:
    """Writes to one new generation of a language's index during a rebuild."""

    def __init__(self, backend, language, index):
        self.backend = backend
        self.language = language
        self.index = index

    def index_pages(self, pages):
        """Send pages of the writer's language to the new generation; others are skipped.

        Returns:
            how many pages were sent.
        """
        documents = [
            document
            for document in self.backend._documents(pages)
            if self.language == document.LANGUAGE
        ]
        return self.backend._send(
            {**document.to_dict(include_meta=True), "_index": self.index} for document in documents
        )

    def remove_pages(self, page_ids):
        """Drop pages from the new generation; returns how many were deleted."""
        return self.backend._delete(page_ids, [self.index])
