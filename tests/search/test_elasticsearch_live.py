"""The Elasticsearch backend against a real cluster, on the demo region.

Runs only with ``ELASTICSEARCH_URL`` set (e.g. ``http://localhost:9200``).
The demo is indexed once into a uniquely prefixed set of indexes, which are
deleted afterwards, so the suite can share a cluster with anything else.
"""

import io
import os
import re
import uuid
from unittest import mock

import pytest
from elasticsearch_dsl import connections

from django.core.management import call_command
from django.test import override_settings

from content.models import GuidanceIndexPage, GuidancePage
from search.backends.base import SearchQuery
from search.backends.elasticsearch import (
    CONNECTION_ALIAS,
    ElasticsearchBackend,
    index_name,
    languages,
)

pytestmark = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="needs a live Elasticsearch 8: set ELASTICSEARCH_URL",
)

HIRING_GUIDE = "/it/guida/assumere-con-contratto-regolare/"


@pytest.fixture(scope="module")
def backend(django_db_setup, django_db_blocker):
    """The demo region indexed in every language, under a throw-away prefix."""
    prefix = f"test-{uuid.uuid4().hex[:12]}"
    url = os.environ["ELASTICSEARCH_URL"]
    with override_settings(
        SEARCH_BACKEND="elasticsearch", SEARCH_INDEX_PREFIX=prefix, ELASTICSEARCH_URL=url
    ):
        backend = ElasticsearchBackend()
        try:
            with django_db_blocker.unblock():
                rebuild(backend)
            backend.refresh()
            yield backend
        finally:
            # Indexes are deleted by their own names: Elasticsearch refuses
            # to delete through an alias.
            client = connections.get_connection(CONNECTION_ALIAS)
            generations = list(client.indices.get(index=f"{prefix}-pages-*"))
            if generations:
                client.indices.delete(index=generations)
            connections.remove_connection(CONNECTION_ALIAS)


def rebuild(backend, *options):
    with mock.patch("search.backends.get_backend", return_value=backend):
        call_command("search_index", "--rebuild", *options, stdout=io.StringIO())


def search(backend, text, language="it", **filters):
    return backend.search(SearchQuery(text=text, language=language, **filters))


def test_every_language_has_its_index(backend):
    client = connections.get_connection(CONNECTION_ALIAS)
    for language in languages():
        assert client.count(index=index_name(language))["count"] > 40, language


def test_an_inflected_word_finds_the_hiring_guidance(backend):
    results = search(backend, "contratti")
    assert HIRING_GUIDE in [hit.url for hit in results.hits[:3]]


def test_a_typo_still_finds_it_and_is_corrected(backend):
    results = search(backend, "contrato")
    assert HIRING_GUIDE in [hit.url for hit in results.hits[:5]]
    assert results.suggestion.startswith("contratt")


def test_known_words_get_no_suggestion(backend):
    assert search(backend, "contratto").suggestion == ""


def test_network_facets_count_before_narrowing(backend):
    everything = search(backend, "Cuneo")
    networks = {facet.value: facet for facet in everything.networks}
    assert networks["CN"].label == "Rete territoriale di Cuneo"
    assert networks["CN"].count == max(facet.count for facet in everything.networks)
    narrowed = search(backend, "Cuneo", network="CN")
    assert narrowed.total == networks["CN"].count
    assert {hit.network for hit in narrowed.hits} == {"CN"}
    assert narrowed.networks == everything.networks
    assert narrowed.types == everything.types


def test_type_filter(backend):
    results = search(backend, "Cuneo", type="helpdesk")
    assert results.hits and {hit.type for hit in results.hits} == {"helpdesk"}


def test_facet_labels_are_in_the_visitors_language(backend):
    results = search(backend, "Cuneo", language="en")
    assert {facet.value: facet.label for facet in results.networks}["CN"] == "Cuneo local network"
    assert all(hit.url.startswith("/en/") for hit in results.hits)


def test_snippets_mark_the_words_found(backend):
    results = search(backend, "permesso di soggiorno")
    snippets = " ".join(hit.snippet for hit in results.hits[:3]).lower()
    # A phrase may come back marked as one span or word by word.
    assert re.search(r"<mark>[^<]*soggiorno[^<]*</mark>", snippets)


def test_pagination(backend):
    first = search(backend, "sportello", per_page=5)
    second = search(backend, "sportello", per_page=5, page=2)
    assert first.total == second.total > 10
    assert not {hit.page_id for hit in first.hits} & {hit.page_id for hit in second.hits}


def test_hostile_text_is_just_words(backend):
    # Query syntax would fail to parse this; as match text it is harmless.
    results = search(backend, '"(*:~ <script> contratto AND OR')
    assert "<script" not in " ".join(hit.snippet for hit in results.hits)


@pytest.mark.django_db
def test_removed_pages_are_no_longer_found_and_come_back_when_indexed(backend):
    guide = GuidancePage.objects.get(url_path="/home/guida/assumere-con-contratto-regolare/")
    backend.remove_pages([guide.pk])
    backend.refresh()
    assert guide.pk not in [hit.page_id for hit in search(backend, "contratti", per_page=50).hits]
    backend.index_pages([guide])
    backend.refresh()
    assert guide.pk in [hit.page_id for hit in search(backend, "contratti", per_page=50).hits]


@pytest.mark.django_db
def test_publishing_and_deleting_follow_through_the_signals(
    backend, demo_home, django_capture_on_commit_callbacks
):
    word = f"quokka{uuid.uuid4().hex[:6]}"
    guides = GuidanceIndexPage.objects.child_of(demo_home).get()
    guide = GuidancePage(title=f"Guida {word}", intro=f"Come funziona {word}.", body=[])
    with django_capture_on_commit_callbacks(execute=True):
        guides.add_child(instance=guide)
        guide.save_revision().publish()
    backend.refresh()
    assert [hit.page_id for hit in search(backend, word).hits] == [guide.pk]
    with django_capture_on_commit_callbacks(execute=True):
        guide.delete()
    backend.refresh()
    assert search(backend, word).hits == []


@pytest.mark.django_db
def test_a_rebuild_searches_a_new_generation_and_deletes_the_old(backend):
    client = connections.get_connection(CONNECTION_ALIAS)
    alias = index_name("ro")
    before = set(client.indices.get_alias(name=alias))
    rebuild(backend, "--language", "ro")
    after = set(client.indices.get_alias(name=alias))
    assert len(after) == 1 and after != before
    assert not client.indices.exists(index=sorted(before))
    assert client.count(index=alias)["count"] > 40
