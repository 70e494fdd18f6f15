"""The database backend's own parts: its tsquery, its index, what it leaves behind."""

import pytest

from django.db import connection

from content.models import GuidancePage
from search.backends.base import SearchQuery
from search.backends.database import DatabaseBackend, _tsquery
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
    DatabaseBackend().index_pages(pages)
    for page in pages:
        assert "search_stems" not in vars(page)
        assert callable(page.search_stems)
        assert callable(page.search_network)
