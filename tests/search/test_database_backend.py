"""The database backend's own parts: its tsquery, its index, what it leaves behind."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from content.models import GuidancePage
from search.backends.base import SearchQuery
from search.backends.database import DatabaseBackend, _postgres_lexemes, _tsquery
from search.tasks import load_pages

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's own query and index"
)


def test_tsquery_ands_groups_of_quoted_forms():
    groups = [{"contratto", "contratt"}, {"inps"}]
    assert _tsquery(groups) == "('contratt' | 'contratto') & ('inps')"


def test_tsquery_forms_are_never_syntax():
    assert _tsquery([{"l'a", "a\\b", "x|y"}]) == r"('a\\b' | 'l''a' | 'x|y')"


@on_postgres
@pytest.mark.django_db
def test_the_title_body_index_serves_the_expression_searched():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'search_indexentry_title_body_gin'"
        )
        (definition,) = cursor.fetchone()
    assert "USING gin (((title || body)))" in definition
    assert "fastupdate=off" in definition


@on_postgres
@pytest.mark.django_db
def test_a_search_leaves_the_planner_settings_of_the_transaction_alone():
    results = DatabaseBackend().search(SearchQuery(text="contratto", language="it"))
    assert results.hits
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone() == ("on",)


@pytest.mark.django_db
def test_indexing_leaves_computed_search_fields_as_methods():
    page_ids = GuidancePage.objects.live().values_list("pk", flat=True)[:3]
    pages = load_pages(page_ids)
    assert pages
    DatabaseBackend().index_pages(pages)
    for page in pages:
        assert "search_stems" not in vars(page)
        assert callable(page.search_stems)
        assert callable(page.search_network)


@on_postgres
@pytest.mark.django_db
def test_forms_sharing_a_lexeme_are_named_once_and_stop_words_dropped():
    groups = [{"contratto", "contratti", "contratt"}, {"di"}, {"inps", "contributi"}]
    with connection.cursor() as cursor:
        lexemes = _postgres_lexemes(cursor, "italian", groups)
    assert lexemes == [{"contratt"}, {"contrib", "inps"}]


@on_postgres
@pytest.mark.django_db
def test_a_query_of_stop_words_only_finds_nothing():
    # PostgreSQL's configurations drop stop words; SQLite's FTS has none.
    results = DatabaseBackend().search(SearchQuery(text="di il la", language="it"))
    assert results.hits == []
    assert results.total == 0


@on_postgres
@pytest.mark.django_db
def test_index_entry_bodies_are_kept_in_their_row():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attstorage FROM pg_attribute "
            "WHERE attrelid = 'wagtailsearch_indexentry'::regclass AND attname = 'body'"
        )
        assert cursor.fetchone() == ("m",)


@pytest.mark.django_db
def test_the_stems_copy_is_only_filled_where_the_engine_does_not_stem():
    page = GuidancePage.objects.get(
        locale__language_code="it", slug="assumere-con-contratto-regolare"
    )
    stems = page.search_stems()
    if connection.vendor == "postgresql":
        assert stems == ""
    else:
        assert "contratt" in stems.split()


@pytest.mark.django_db
def test_pages_already_shown_are_not_loaded_again():
    query = SearchQuery(text="contratto", language="it")
    with CaptureQueriesContext(connection) as first:
        shown = DatabaseBackend().search(query)
    with CaptureQueriesContext(connection) as again:
        repeated = DatabaseBackend().search(query)
    assert repeated == shown
    assert len(again) < len(first)
    assert not any("content_guidancepage" in q["sql"] for q in again.captured_queries)
