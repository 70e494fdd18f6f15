"""The default backend: Wagtail's database search, one configuration per language."""

import difflib
import operator
import zlib
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache, reduce

from modelsearch.backends.database.postgres.weights import get_sql_weights
from modelsearch.utils import get_descendants_content_types_pks

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connections, router, transaction

from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.query import PlainText

from content.listings import networks_by_path
from content.models.base import network_for

from ..engine import index_on_postgresql
from ..extract import page_text
from ..language import expand, stems, words
from ..snippets import snippet
from ..types import ResultType, result_type
from .base import Facet, Hit, SearchBackend, SearchResults

# Facets and filters are worked out over this many best hits; past it, a
# visitor refines the words rather than pages through the tail.
MAX_HITS = 500

# The page columns a candidate is made of, in ``Candidate``'s order.
CANDIDATE_COLUMNS = (
    "id", "title", "path", "depth", "content_type_id", "url_path", "live_revision_id",
)  # fmt: skip


# The ranked query on PostgreSQL. It reads Wagtail's index table directly,
# as Wagtail's backend does, and ranks as it does (see ``_postgres_rank``),
# with three differences that keep it fast on a large tree (bench/README.md):
# - it filters on ``title || body``, the expression the search app's GIN
#   index covers (migration 0001);
# - it joins the page by its primary key (``object_id`` cast to integer),
#   not the page id cast to text, which no index serves, and on the entry's
#   content type being the page's own (pages are indexed as their specific
#   class), rather than filtering entries on a list of content types, which
#   would tempt the planner away from the GIN index;
# - it returns the few columns ranking, facets, filters and the cache of
#   shown pages need, not pages.
# The cast assumes every indexed model has an integer key, as every model of
# the portal has.
POSTGRES_RANKED = """
SELECT {columns}
FROM {entries} AS entry
JOIN {pages} AS page
  ON page.id = entry.object_id::integer AND page.content_type_id = entry.content_type_id
WHERE (entry.title || entry.body) @@ %(query)s::tsquery
  AND page.live AND page.locale_id = %(locale)s
ORDER BY {title_rank} * entry.title_norm + {body_rank} DESC, page.id DESC
LIMIT %(limit)s
"""


def _postgres_rank(vector, count):
    """Wagtail's rank of ``vector`` for an and of ``count`` or-ed groups.

    One group is ranked alone; several are combined as Wagtail's backend
    does, the product of (1 + each group's rank) less one, so a page holding
    every word well outranks one holding one word often.
    """
    ranks = [
        f"ts_rank(%(weights)s::real[], entry.{vector}, %(group{i})s::tsquery)" for i in range(count)
    ]
    if count == 1:
        return ranks[0]
    return "(" + " * ".join(f"(1 + {rank})" for rank in ranks) + " - 1)"


@dataclass(frozen=True)
class Candidate:
    """What ranking, facets and filters need of a matching page."""

    pk: int
    title: str
    path: str
    depth: int
    content_type_id: int
    url_path: str
    live_revision_id: int | None


# What a hit shows of a page besides its title (its URL and its text) is the
# same for every search until another revision of the page goes live or its
# URL changes: it is cached under a key made of both, so a stale entry is
# never read. The timeout covers what neither changes, such as a site's
# hostname.
CARD_TIMEOUT = 60 * 60


def _card_key(candidate):
    where = zlib.crc32(candidate.url_path.encode())
    return f"search-card-{candidate.pk}-{candidate.live_revision_id}-{where}"


def backend_name(language):
    """The Wagtail search backend configured for ``language`` (see settings)."""
    return f"pages_{language}"


@lru_cache(maxsize=50_000)
def _title_forms(title, language):
    """The words of a title and their stems; the same titles come back search after search."""
    return frozenset(words(title)) | frozenset(stems(title, language))


def _title_matches(title, terms, language):
    """How well the title holds the query's words.

    A word the visitor typed (or its stem) counts one; a word found only
    through a synonym counts half, so "assumere badante" prefers the guide
    on hiring to every page titled "assistente familiare".
    """
    title_words = _title_forms(title, language)
    score = 0.0
    for alternatives in terms:
        found = title_words.intersection(alternatives)
        if found:
            score += 1 if found & alternatives.own else 0.5
    return score


def _kind(content_type_id):
    """The result type of a page content type (content types are cached by Django)."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return result_type(model) if model else ResultType.PAGE


def _specific_pages(candidates):
    """The candidates' pages, one query per class (their content types name them)."""
    ids_by_model = defaultdict(list)
    for candidate in candidates:
        model = ContentType.objects.get_for_id(candidate.content_type_id).model_class() or Page
        ids_by_model[model].append(candidate.pk)
    return [
        page
        for model, ids in ids_by_model.items()
        for page in model.objects.filter(pk__in=ids).select_related("locale")
    ]


def _card(page):
    """A page's URL and the text its snippets are cut from."""
    page_words = page_text(page, stored_only=True)
    return page.get_url(), f"{page_words['intro']} {page_words['body']}"


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


def _tsquery(groups):
    """tsquery text: every group (its lexemes or-ed) and-ed together.

    Lexemes are quoted, as Wagtail's own query builder writes them, so
    nothing the visitor types is read as tsquery syntax.
    """

    def lexeme(form):
        return "'" + form.replace("\\", "\\\\").replace("'", "''") + "'"

    return " & ".join(
        "(" + " | ".join(lexeme(form) for form in sorted(group)) + ")" for group in groups
    )


# Each form's lexemes under a text-search configuration, as PostgreSQL's
# dictionaries make them (none for a stop word). The same forms come back
# search after search, and the answer for one never changes.
_LEXEMES = {}
_LEXEMES_MAX = 50_000


def _postgres_lexemes(cursor, config, groups):
    """The groups as PostgreSQL's lexemes, groups left with none dropped.

    The forms of a word mostly share a lexeme ("contratto", "contratti" and
    the stem "contratt" are all 'contratt'), and a query that repeats one
    makes every match and every rank read it again. Working the lexemes out
    here, once per form, lets the query name each only once; a group of
    stop words is dropped, as ``to_tsquery`` drops it.
    """
    missing = sorted({form for group in groups for form in group if (config, form) not in _LEXEMES})
    if missing:
        if len(_LEXEMES) > _LEXEMES_MAX:
            _LEXEMES.clear()
        cursor.execute(
            "SELECT form, tsvector_to_array(to_tsvector(%s::regconfig, form)) "
            "FROM unnest(%s::text[]) AS form",
            [config, missing],
        )
        _LEXEMES.update(((config, form), frozenset(lexemes)) for form, lexemes in cursor)
    lexemes = [frozenset().union(*(_LEXEMES[config, form] for form in group)) for group in groups]
    return [group for group in lexemes if group]


@contextmanager
def _method_fields_worked_out_once(pages):
    """Each page's search fields computed by methods, evaluated once.

    Wagtail's indexer reads every search field once per column it fills
    (five on PostgreSQL), and the portal's computed fields stem the whole
    page or look up its network. While the pages are indexed, each carries
    the values as instance attributes, which ``SearchField.get_value`` takes
    as they are; the methods are back afterwards.
    """
    shadowed = []
    for page in pages:
        stored = {field.name for field in page._meta.get_fields()}
        for field in page.get_search_fields():
            name = field.field_name
            if isinstance(field, index.SearchField) and name not in stored:
                method = getattr(page, name, None)
                if callable(method):
                    page.__dict__[name] = method()
                    shadowed.append((page, name))
    try:
        yield
    finally:
        for page, name in shadowed:
            del page.__dict__[name]


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
        """Live pages of the query's language that match, best first, with facets.

        Args:
            query: what the visitor asked.

        Returns:
            one page of hits; facets and total count the best ``MAX_HITS``
            matches, before the network and type filters narrow them.
        """
        language = query.language
        terms = expand(query.text, language)
        locale = Locale.objects.filter(language_code=language).first()
        if not terms or locale is None:
            return SearchResults(query=query, language=language)
        ranked = self._ranked(language, locale, terms)
        suggestion = ""
        if not ranked:
            suggestion = self._correction(query.text, locale)
            if suggestion:
                ranked = self._ranked(language, locale, expand(suggestion, language))
        networks = networks_by_path(locale.pk)
        kinds = {pk: _kind(pk) for pk in {candidate.content_type_id for candidate in ranked}}
        rows = [
            (candidate, network_for(candidate.path, networks), kinds[candidate.content_type_id])
            for candidate in ranked
        ]
        kept = [
            row
            for row in rows
            if (not query.network or (row[1] and row[1].code == query.network))
            and (not query.type or row[2] == query.type)
        ]
        window = kept[query.offset : query.offset + query.per_page]
        return SearchResults(
            query=query,
            language=language,
            hits=self._hits(window, query.text, language),
            total=len(kept),
            networks=self._network_facets(rows, networks),
            types=self._type_facets(rows),
            suggestion=suggestion,
        )

    @staticmethod
    def _network_facets(rows, networks):
        counts = Counter(network.code for _c, network, _k in rows if network)
        titles = {network.code: network.title for network in networks.values()}
        return [Facet(code, titles[code], count) for code, count in counts.most_common()]

    @staticmethod
    def _type_facets(rows):
        counts = Counter(kind for _c, _n, kind in rows)
        return [Facet(kind, ResultType(kind).label, count) for kind, count in counts.most_common()]

    @staticmethod
    def _hits(window, text, language):
        """Hits for the rows shown; only pages missing from the cache are loaded."""
        keys = {candidate.pk: _card_key(candidate) for candidate, *_ in window}
        cards = cache.get_many(list(keys.values()))
        missing = [candidate for candidate, *_ in window if keys[candidate.pk] not in cards]
        if missing:
            loaded = {keys[page.pk]: _card(page) for page in _specific_pages(missing)}
            cache.set_many(loaded, CARD_TIMEOUT)
            cards.update(loaded)
        hits = []
        for candidate, network, kind in window:
            url, page_words = cards[keys[candidate.pk]]
            hits.append(
                Hit(
                    page_id=candidate.pk,
                    title=candidate.title,
                    url=url,
                    type=kind,
                    network=network.code if network else None,
                    snippet=snippet(page_words, text, language),
                    language=language,
                )
            )
        return hits

    def _ranked(self, language, locale, terms):
        """Up to MAX_HITS candidates, best first."""
        # Every word (in one of its forms) first; any word if that finds nothing.
        ranked = self._matches(language, locale, terms)
        if not ranked and len(terms) > 1:
            ranked = self._matches(language, locale, [{t for g in terms for t in g}])
        # SQLite ranks a stem found in the title no higher than one in the
        # body, so pages whose title has more of the words come first; among
        # those, a section before the pages it lists (a broad query lands on
        # the calendar, not on one course). The sort is stable, keeping the
        # engine's order among equals.
        ranked.sort(key=lambda c: (-_title_matches(c.title, terms, language), c.depth))
        return ranked

    def _matches(self, language, locale, groups):
        """Candidates holding a form of every group, in the engine's order."""
        if index_on_postgresql():
            return self._postgres_matches(language, locale, groups)
        query = reduce(
            operator.and_, (PlainText(" ".join(sorted(g)), operator="or") for g in groups)
        )
        pages = Page.objects.live().filter(locale=locale).only(*CANDIDATE_COLUMNS)
        found = self._wagtail_backend(language).search(query, pages)[:MAX_HITS]
        return [
            Candidate(*(getattr(page, column) for column in CANDIDATE_COLUMNS)) for page in found
        ]

    def _postgres_matches(self, language, locale, groups):
        config = self._wagtail_backend(language).config
        using = router.db_for_read(IndexEntry)
        with transaction.atomic(using=using):
            with connections[using].cursor() as cursor:
                lexemes = _postgres_lexemes(cursor, config, groups)
                if not lexemes:
                    return []
                params = {
                    "query": _tsquery(lexemes),
                    **{f"group{i}": _tsquery([group]) for i, group in enumerate(lexemes)},
                    "locale": locale.pk,
                    "weights": get_sql_weights(),
                    "limit": MAX_HITS,
                }
                statement = POSTGRES_RANKED.format(
                    columns=", ".join(f"page.{column}" for column in CANDIDATE_COLUMNS),
                    entries=IndexEntry._meta.db_table,
                    pages=Page._meta.db_table,
                    title_rank=_postgres_rank("title", len(lexemes)),
                    body_rank=_postgres_rank("body", len(lexemes)),
                )
                # The planner cannot see that matching ``title || body`` row
                # by row means decompressing every body: it would scan the
                # whole table as soon as a word is common, several times
                # slower than the GIN index.
                cursor.execute("SET LOCAL enable_seqscan = off")
                cursor.execute(statement, params)
                rows = cursor.fetchall()
            # Rolling back (a savepoint, inside a caller's transaction)
            # undoes the setting; the block only read.
            transaction.set_rollback(True, using=using)
        return [Candidate(*row) for row in rows]

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
        """Add or refresh pages, each with its language's configuration.

        Pages go to Wagtail a class and a language at a time: Wagtail writes
        each batch in one statement and refreshes its title norms once per
        batch (once per page when pages are added one by one).

        Args:
            pages: specific page instances, any locale.

        Returns:
            how many pages were indexed.
        """
        batches = defaultdict(list)
        for page in pages:
            batches[page.locale.language_code, type(page)].append(page)
        for (language, model), batch in batches.items():
            with _method_fields_worked_out_once(batch):
                self._wagtail_backend(language).add_bulk(model, batch)
        cache.delete_many([_vocabulary_key(language) for language, _model in batches])
        return len(pages)

    def remove_pages(self, page_ids):
        # All languages share one entry table, so the ids alone are enough.
        IndexEntry.objects.filter(
            content_type_id__in=get_descendants_content_types_pks(Page),
            object_id__in=[str(pk) for pk in page_ids],
        ).delete()

    @contextmanager
    def rebuilding(self, language):
        """Entries are replaced page by page, in place: the writer is the backend.

        Entries of pages that are no longer indexable go when the writer is
        asked to remove them (``search_index`` does, for every such page).
        """
        yield self
