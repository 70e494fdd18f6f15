"""Both backends' results leave /api/v1/search in one JSON shape."""

import pytest

from search.backends import SearchQuery
from search.backends.elasticsearch import results_from_response
from search.views import results_as_json
from tests.search.test_elasticsearch_mappings import canned_response
from tests.search.test_search_views import api, assert_schema

pytestmark = pytest.mark.django_db


def test_database_backend_answers_in_the_shared_schema(client):
    assert_schema(api(client, q="contratto regolare", lang="it"))


def test_elasticsearch_backend_answers_in_the_same_schema():
    query = SearchQuery(text="contrati regolare", language="it")
    data = results_as_json(results_from_response(query, canned_response()), "it")
    assert_schema(data)
    assert data["suggestion"] == "contratti regolare"
    assert "&lt;script&gt;" in data["results"][0]["snippet"]


def test_api_goes_through_whichever_backend_is_configured(client, settings, monkeypatch):
    """The view never asks which backend is active: swapping it changes nothing else."""
    settings.SEARCH_BACKEND = "elasticsearch"
    seen = []

    def fake_search(self, query):
        seen.append(query)
        return results_from_response(query, canned_response())

    monkeypatch.setattr("search.backends.elasticsearch.ElasticsearchBackend.search", fake_search)
    data = api(client, q="contrati regolare", lang="it", network="CN")
    assert_schema(data)
    assert seen[0].network == "CN" and seen[0].language == "it"
