"""The Elasticsearch backend as data: mappings, request bodies, responses.

No cluster is needed: the client is a stand-in that records what it is sent
and answers with canned bodies. ``test_elasticsearch_live.py`` runs the same
backend against a real cluster when ``ELASTICSEARCH_URL`` is set.
"""

import io
from unittest import mock

import pytest
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished
from elasticsearch_dsl import connections

from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.utils.safestring import SafeString

from wagtail.models import Locale, Page, PageViewRestriction

from content.listings import networks_by_path
from content.models import (
    GuidancePage,
    HelpdeskIndexPage,
    HelpdeskPage,
    NetworkPage,
    TrainingCalendarPage,
)
from search import tasks
from search.backends.base import Facet, SearchBackend, SearchQuery
from search.backends.elasticsearch import (
    CONNECTION_ALIAS,
    REBUILT_ANALYZERS,
    ElasticsearchBackend,
    build_search_body,
    index_name,
    page_document,
    results_from_response,
    safe_fragment,
)
from search.language import SYNONYMS
from search.tasks import indexable_pages, load_pages
from search.types import ResultType

LANGUAGE_ANALYZERS = {
    "it": "italian",
    "en": "english",
    "ro": "romanian",
    "uk": "ukrainian_plain",
    "es": "spanish",
    "fr": "french",
    "ar": "arabic",
}
LANGUAGE_FIELDS = {"title", "intro", "body", "content"}
HOSTILE = '"(*:~ <script>'
HIRING_GUIDE = "assumere-con-contratto-regolare"
# Loading a language's pages in one batch: one query per page type and per
# relation their search fields read; it must not grow with the page count.
QUERY_BUDGET = 40


@pytest.fixture(autouse=True)
def prefix(settings):
    settings.SEARCH_INDEX_PREFIX = "test"
    settings.ELASTICSEARCH_URL = ""
    return "test"


@pytest.fixture
def fake_es():
    """A stand-in client registered under the backend's connection alias."""
    client = mock.MagicMock(name="Elasticsearch")
    connections.add_connection(CONNECTION_ALIAS, client)
    yield client
    connections.remove_connection(CONNECTION_ALIAS)


# Mappings -----------------------------------------------------------------


def test_one_index_per_language_named_with_the_environment_prefix(settings):
    assert [index_name(code) for code, _name in settings.LANGUAGES] == [
        "test-pages-it",
        "test-pages-en",
        "test-pages-ro",
        "test-pages-uk",
        "test-pages-es",
        "test-pages-fr",
        "test-pages-ar",
    ]
    settings.SEARCH_INDEX_PREFIX = "staging"
    assert page_document("it")._index._name == "staging-pages-it"


@pytest.mark.parametrize(("language", "analyzer"), LANGUAGE_ANALYZERS.items())
def test_each_index_analyses_text_in_its_language(language, analyzer):
    properties = page_document(language)._doc_type.mapping.to_dict()["properties"]
    for field in ("title", "intro", "body", "content"):
        assert properties[field]["type"] == "text"
        assert properties[field]["analyzer"] == analyzer
        # The visitor's words go through the synonyms where the language has some.
        if language in SYNONYMS:
            assert properties[field]["search_analyzer"] == f"{language}_search"
        else:
            assert "search_analyzer" not in properties[field]
    for field in ("title", "intro", "body"):
        assert properties[field]["copy_to"] == "content"
    # Suggestions are whole words, not stems.
    assert properties["body"]["fields"] == {"words": {"type": "text", "analyzer": "standard"}}


def test_result_fields_are_keywords_and_the_url_is_only_stored():
    properties = page_document("it")._doc_type.mapping.to_dict()["properties"]
    assert {name: properties[name] for name in properties if name not in LANGUAGE_FIELDS} == {
        "type": {"type": "keyword"},
        "network": {"type": "keyword"},
        "network_title": {"type": "keyword"},
        "language": {"type": "keyword"},
        "url": {"type": "keyword", "index": False},
        "page_id": {"type": "integer"},
    }


@pytest.mark.parametrize("language", ["ro", "es", "fr", "ar"])
def test_built_in_analyzers_need_no_analysis_settings(language):
    assert page_document(language)._index.to_dict()["settings"] == {"number_of_shards": 1}


def test_every_language_with_synonyms_has_its_analyzer_rebuilt():
    assert set(SYNONYMS) <= set(REBUILT_ANALYZERS)


def test_italian_search_analyzer_is_the_built_in_one_with_synonyms_before_stemming():
    analysis = page_document("it")._index.to_dict()["settings"]["analysis"]
    assert analysis["analyzer"] == {
        "it_search": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "italian_elision",
                "lowercase",
                "italian_stop",
                "it_synonyms",
                "italian_stemmer",
            ],
        }
    }
    filters = analysis["filter"]
    # The parts of Elasticsearch's built-in "italian" analyzer, which indexes the pages.
    assert filters["italian_elision"]["type"] == "elision"
    assert filters["italian_elision"]["articles_case"] is True
    assert {"l", "dell", "un"} <= set(filters["italian_elision"]["articles"])
    assert filters["italian_stop"] == {"type": "stop", "stopwords": "_italian_"}
    assert filters["italian_stemmer"] == {"type": "stemmer", "language": "light_italian"}
    assert filters["it_synonyms"] == {
        "type": "synonym_graph",
        "synonyms": [
            "assistente familiare, assistenti familiari, badante, badanti, colf",
            "punto informativo, sportelli, sportello, ufficio",
            "corsi, corso, formazione, modulo",
            "contributi, inps",
            "sostituta, sostituto, sostituzione",
            "paga, retribuzione, stipendio",
            "cessazione, dimissioni, licenziamento",
        ],
    }


def test_english_search_analyzer_is_the_built_in_one_with_synonyms_before_stemming():
    analysis = page_document("en")._index.to_dict()["settings"]["analysis"]
    assert analysis["analyzer"]["en_search"]["filter"] == [
        "english_possessive_stemmer",
        "lowercase",
        "english_stop",
        "en_synonyms",
        "english_stemmer",
    ]
    filters = analysis["filter"]
    assert filters["english_possessive_stemmer"] == {
        "type": "stemmer",
        "language": "possessive_english",
    }
    assert filters["english_stop"] == {"type": "stop", "stopwords": "_english_"}
    assert filters["english_stemmer"] == {"type": "stemmer", "language": "english"}
    synonyms = filters["en_synonyms"]
    assert synonyms["type"] == "synonym_graph"
    assert "badante, care worker, caregiver, carer, home care worker" in synonyms["synonyms"]


@pytest.mark.parametrize("language", ["it", "en"])
def test_synonym_rules_are_the_database_backends_groups(language):
    rules = page_document(language)._index.to_dict()["settings"]["analysis"]["filter"][
        f"{language}_synonyms"
    ]["synonyms"]
    assert [set(rule.split(", ")) for rule in rules] == SYNONYMS[language]


def test_the_query_leaves_the_words_to_the_fields_search_analyzer():
    # No analyzer in the request: the mapping's search analyzer, synonyms
    # and all, analyses the words of every match.
    assert "analyzer" not in _strings(build_search_body(SearchQuery("badante", "it")))


def test_ukrainian_index_defines_its_own_analyzer():
    assert page_document("uk")._index.to_dict()["settings"] == {
        "number_of_shards": 1,
        "analysis": {
            "analyzer": {
                "ukrainian_plain": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding"],
                }
            }
        },
    }


# Request bodies -------------------------------------------------------------


def test_plain_query_body():
    assert build_search_body(SearchQuery(text="  contratti  ", language="it")) == {
        "query": {
            "bool": {
                "must": [
                    {
                        "match": {
                            "content": {
                                "query": "contratti",
                                "operator": "and",
                                "fuzziness": "AUTO",
                            }
                        }
                    }
                ],
                "should": [
                    {
                        "multi_match": {
                            "query": "contratti",
                            "fields": ["title^4", "intro^2", "body"],
                            "fuzziness": "AUTO",
                        }
                    },
                    {
                        "multi_match": {
                            "query": "contratti",
                            "fields": ["title^4", "intro^2", "body"],
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
                "intro": {"fragment_size": 160, "number_of_fragments": 1},
                "body": {"fragment_size": 160, "number_of_fragments": 1},
            },
        },
        "suggest": {
            "spelling": {
                "text": "contratti",
                "term": {"field": "body.words", "suggest_mode": "missing"},
            }
        },
        "_source": ["page_id", "title", "intro", "url", "type", "network", "network_title"],
        "track_total_hits": True,
        "from": 0,
        "size": 10,
    }


def test_network_and_type_narrow_the_hits_but_not_the_facets():
    plain = build_search_body(SearchQuery(text="sportello", language="it"))
    narrowed = build_search_body(
        SearchQuery(text="sportello", language="it", network="CN", type="helpdesk")
    )
    assert narrowed.pop("post_filter") == {
        "bool": {"filter": [{"term": {"network": "CN"}}, {"term": {"type": "helpdesk"}}]}
    }
    # The query and the aggregations are those of the unfiltered search.
    assert narrowed == plain


def test_one_filter_alone():
    body = build_search_body(SearchQuery(text="corso", language="it", type="course"))
    assert body["post_filter"] == {"bool": {"filter": [{"term": {"type": "course"}}]}}


def test_page_three():
    body = build_search_body(SearchQuery(text="corso", language="it", page=3, per_page=10))
    assert (body["from"], body["size"]) == (20, 10)


def test_pages_past_the_result_window_ask_for_no_hits():
    body = build_search_body(SearchQuery(text="corso", language="it", page=5000, per_page=10))
    # Totals and facets still come back; Elasticsearch would refuse more.
    assert (body["from"], body["size"]) == (10_000, 0)


def _strings(value):
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value


def test_hostile_text_is_only_ever_a_value():
    body = build_search_body(SearchQuery(text=HOSTILE, language="it"))
    must = body["query"]["bool"]["must"][0]["match"]["content"]
    should = body["query"]["bool"]["should"]
    assert must["query"] == HOSTILE
    assert [clause["multi_match"]["query"] for clause in should] == [HOSTILE, HOSTILE]
    assert body["suggest"]["spelling"]["text"] == HOSTILE
    strings = list(_strings(body))
    # Verbatim, never spliced into a larger string or into query syntax.
    assert not [s for s in strings if HOSTILE in s and s != HOSTILE]
    assert not {"query_string", "simple_query_string"} & set(strings)


# Responses ------------------------------------------------------------------


def canned_response():
    """What Elasticsearch answers for "contratti" on the Italian index."""
    return {
        "took": 3,
        "timed_out": False,
        "hits": {
            "total": {"value": 23, "relation": "eq"},
            "max_score": 12.5,
            "hits": [
                {
                    "_index": "test-pages-it",
                    "_id": "41",
                    "_score": 12.5,
                    "_source": {
                        "page_id": 41,
                        "title": "Assumere con un contratto regolare",
                        "intro": "Come si assume una badante.",
                        "url": "/it/guida/assumere-con-contratto-regolare/",
                        "type": "guidance",
                        "network": None,
                        "network_title": None,
                    },
                    "highlight": {
                        "body": [
                            "Il <mark>contratto</mark> &lt;script&gt;alert(1)&lt;&#x2F;script&gt;"
                            " tutela &quot;tutti&quot; &amp; tutte"
                        ]
                    },
                },
                {
                    "_index": "test-pages-it",
                    "_id": "97",
                    "_score": 3.1,
                    "_source": {
                        "page_id": 97,
                        "title": "Sportello di Cuneo",
                        "intro": "Aperto il martedì <b>e</b> il giovedì.",
                        "url": "/it/cuneo/sportelli/sportello-cuneo/",
                        "type": "helpdesk",
                        "network": "CN",
                        "network_title": "Rete di Cuneo",
                    },
                },
            ],
        },
        "aggregations": {
            "networks": {
                "buckets": [
                    {
                        "key": "CN",
                        "doc_count": 7,
                        "title": {"buckets": [{"key": "Rete di Cuneo", "doc_count": 7}]},
                    },
                    {
                        "key": "TO",
                        "doc_count": 5,
                        "title": {"buckets": [{"key": "Rete di Torino", "doc_count": 5}]},
                    },
                ]
            },
            "types": {
                "buckets": [
                    {"key": "guidance", "doc_count": 15},
                    {"key": "helpdesk", "doc_count": 8},
                ]
            },
        },
        "suggest": {
            "spelling": [
                {
                    "text": "contrati",
                    "offset": 0,
                    "length": 8,
                    "options": [{"text": "contratti", "score": 0.875, "freq": 12}],
                },
                {"text": "regolare", "offset": 9, "length": 8, "options": []},
            ]
        },
    }


def test_hits_come_from_the_sources_with_safe_snippets():
    query = SearchQuery(text="contrati regolare", language="it")
    results = results_from_response(query, canned_response())
    assert results.total == 23
    assert results.language == "it"
    first, second = results.hits
    assert (first.page_id, first.title, first.url, first.type, first.network) == (
        41,
        "Assumere con un contratto regolare",
        "/it/guida/assumere-con-contratto-regolare/",
        "guidance",
        None,
    )
    assert first.language == "it"
    assert isinstance(first.snippet, SafeString)
    assert first.snippet == (
        "Il <mark>contratto</mark> &lt;script&gt;alert(1)&lt;/script&gt;"
        " tutela &quot;tutti&quot; &amp; tutte"
    )
    # No highlight: the start of the introduction, escaped.
    assert second.network == "CN"
    assert second.snippet == "Aperto il martedì &lt;b&gt;e&lt;/b&gt; il giovedì."


def test_facets_carry_network_titles_and_type_labels():
    results = results_from_response(SearchQuery(text="x", language="it"), canned_response())
    assert results.networks == [
        Facet("CN", "Rete di Cuneo", 7),
        Facet("TO", "Rete di Torino", 5),
    ]
    assert results.types == [
        Facet("guidance", ResultType.GUIDANCE.label, 15),
        Facet("helpdesk", ResultType.HELPDESK.label, 8),
    ]


def test_the_suggestion_respells_only_the_misspelt_words():
    query = SearchQuery(text="contrati regolare", language="it")
    assert results_from_response(query, canned_response()).suggestion == "contratti regolare"


def test_no_suggestion_when_every_word_is_known():
    raw = canned_response()
    raw["suggest"]["spelling"][0]["options"] = []
    query = SearchQuery(text="contrati regolare", language="it")
    assert results_from_response(query, raw).suggestion == ""


def test_an_empty_response():
    raw = {"hits": {"total": {"value": 0, "relation": "eq"}, "hits": []}}
    results = results_from_response(SearchQuery(text="zzz", language="ar"), raw)
    assert (results.hits, results.networks, results.types, results.suggestion) == (
        [],
        [],
        [],
        "",
    )


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("a <mark>b</mark> c", "a <mark>b</mark> c"),
        # Even unescaped text (an encoder left out) cannot smuggle markup.
        (
            '<img src=x onerror="x()"><mark>b</mark>',
            "&lt;img src=x onerror=&quot;x()&quot;&gt;<mark>b</mark>",
        ),
        ("&lt;mark&gt;", "&lt;mark&gt;"),
        ("<MARK>b</MARK>", "&lt;MARK&gt;b&lt;/MARK&gt;"),
    ],
)
def test_only_mark_tags_survive_in_a_fragment(fragment, expected):
    assert safe_fragment(fragment) == expected


# The backend against a stand-in client ------------------------------------


def test_nothing_connects_until_a_search_needs_to():
    backend = ElasticsearchBackend()
    with pytest.raises(KeyError):
        connections.get_connection(CONNECTION_ALIAS)
    with pytest.raises(ImproperlyConfigured):
        backend.search(SearchQuery(text="contratti", language="it"))


def test_blank_words_ask_nothing(fake_es):
    results = ElasticsearchBackend().search(SearchQuery(text="   ", language="it"))
    assert results.hits == [] and results.total == 0
    fake_es.search.assert_not_called()


def test_search_sends_the_body_to_the_language_index(fake_es):
    fake_es.search.return_value.body = canned_response()
    query = SearchQuery(text="contrati regolare", language="it", network="CN", page=2)
    results = ElasticsearchBackend().search(query)
    kwargs = fake_es.search.call_args.kwargs
    assert kwargs["index"] == ["test-pages-it"]
    assert kwargs["body"] == build_search_body(query)
    assert results.total == 23 and len(results.hits) == 2


def test_a_missing_index_means_no_results(fake_es):
    from elasticsearch import NotFoundError

    fake_es.search.side_effect = NotFoundError("index_not_found_exception", mock.Mock(), {})
    results = ElasticsearchBackend().search(SearchQuery(text="contratti", language="uk"))
    assert results.total == 0 and results.hits == []


def test_remove_pages_deletes_from_every_language_after_a_refresh(fake_es):
    fake_es.delete_by_query.return_value = {"deleted": 2}
    assert ElasticsearchBackend().remove_pages([7, 9]) == 2
    indexes = [f"test-pages-{code}" for code in LANGUAGE_ANALYZERS]
    # Refreshed first: a delete by query does not see documents indexed
    # since the last refresh.
    asked = [c for c in fake_es.mock_calls if c[0] in {"indices.refresh", "delete_by_query"}]
    assert asked == [
        mock.call.indices.refresh(index=indexes, ignore_unavailable=True),
        mock.call.delete_by_query(
            index=indexes,
            query={"terms": {"page_id": [7, 9]}},
            ignore_unavailable=True,
            conflicts="proceed",
        ),
    ]


def test_a_missing_index_is_created_with_its_analyzers_behind_the_alias(fake_es):
    fake_es.indices.exists.return_value = False
    backend = ElasticsearchBackend()
    backend._ensure_index("ro")
    backend._ensure_index("ro")
    fake_es.indices.exists.assert_called_once_with(index="test-pages-ro")
    fake_es.indices.create.assert_called_once()
    created = fake_es.indices.create.call_args.kwargs
    assert created["index"] == "test-pages-ro-initial"
    assert created["body"] == {
        **page_document("ro")._index.to_dict(),
        "aliases": {"test-pages-ro": {}},
    }
    assert created["body"]["mappings"]["properties"]["body"]["analyzer"] == "romanian"


def test_an_existing_index_is_left_as_it_is(fake_es):
    # Elasticsearch cannot change an open index's analysis, and comparing
    # would fail on settings it returns as strings ("true" for True).
    fake_es.indices.exists.return_value = True
    ElasticsearchBackend()._ensure_index("it")
    fake_es.indices.create.assert_not_called()


def test_an_index_created_meanwhile_by_another_worker_is_no_error(fake_es):
    from elasticsearch import BadRequestError

    fake_es.indices.exists.return_value = False
    fake_es.indices.create.side_effect = BadRequestError(
        "resource_already_exists_exception", mock.Mock(), {}
    )
    ElasticsearchBackend()._ensure_index("es")
    fake_es.indices.create.side_effect = BadRequestError(
        "illegal_argument_exception", mock.Mock(), {}
    )
    with pytest.raises(BadRequestError):
        ElasticsearchBackend()._ensure_index("fr")


def test_remove_nothing_asks_nothing(fake_es):
    assert ElasticsearchBackend().remove_pages([]) == 0
    fake_es.delete_by_query.assert_not_called()


# Rebuilding into a new generation ------------------------------------------


@pytest.fixture
def rebuilt_from(fake_es):
    """The French alias as it points before a rebuild: to ``previous``."""

    def point(*previous, legacy=False):
        fake_es.indices.exists_alias.return_value = bool(previous)
        fake_es.indices.get_alias.return_value = {
            name: {"aliases": {"test-pages-fr": {}}} for name in previous
        }
        fake_es.indices.exists.return_value = legacy
        return fake_es

    return point


def index_calls(fake_es):
    """The index-level requests, in order, without the stand-in's internals."""
    return [c for c in fake_es.mock_calls if c[0].startswith("indices.") and "()" not in c[0]]


def new_generation(fake_es):
    return fake_es.indices.create.call_args.kwargs["index"]


def test_a_rebuild_fills_a_new_generation_then_moves_the_alias(rebuilt_from):
    fake_es = rebuilt_from("test-pages-fr-initial")
    with ElasticsearchBackend().rebuilding("fr") as index:
        target = new_generation(fake_es)
        # Searches still read the old generation while the new one fills.
        fake_es.indices.update_aliases.assert_not_called()
        assert index.index == target
    assert target.startswith("test-pages-fr-") and target[len("test-pages-fr-") :].isdigit()
    assert fake_es.indices.create.call_args.kwargs["body"] == page_document("fr")._index.to_dict()
    assert index_calls(fake_es)[1:] == [
        mock.call.indices.refresh(index=target),
        mock.call.indices.exists_alias(name="test-pages-fr"),
        mock.call.indices.get_alias(name="test-pages-fr"),
        mock.call.indices.update_aliases(
            actions=[
                {"add": {"index": target, "alias": "test-pages-fr"}},
                {"remove": {"index": "test-pages-fr-initial", "alias": "test-pages-fr"}},
            ]
        ),
        mock.call.indices.delete(index=["test-pages-fr-initial"], ignore_unavailable=True),
    ]


def test_a_rebuild_replaces_an_index_made_before_aliases_in_the_same_request(rebuilt_from):
    fake_es = rebuilt_from(legacy=True)
    with ElasticsearchBackend().rebuilding("fr"):
        target = new_generation(fake_es)
    fake_es.indices.update_aliases.assert_called_once_with(
        actions=[
            {"add": {"index": target, "alias": "test-pages-fr"}},
            {"remove_index": {"index": "test-pages-fr"}},
        ]
    )
    fake_es.indices.delete.assert_not_called()


def test_a_first_rebuild_only_adds_the_alias(rebuilt_from):
    fake_es = rebuilt_from()
    with ElasticsearchBackend().rebuilding("fr"):
        target = new_generation(fake_es)
    fake_es.indices.update_aliases.assert_called_once_with(
        actions=[{"add": {"index": target, "alias": "test-pages-fr"}}]
    )


def test_a_failed_rebuild_deletes_its_generation_and_leaves_the_alias(rebuilt_from):
    fake_es = rebuilt_from("test-pages-fr-initial")
    with pytest.raises(RuntimeError), ElasticsearchBackend().rebuilding("fr"):
        target = new_generation(fake_es)
        raise RuntimeError("the database went away")
    fake_es.indices.update_aliases.assert_not_called()
    fake_es.indices.delete.assert_called_once_with(index=target, ignore_unavailable=True)


def test_a_refused_alias_move_deletes_the_new_generation_not_the_old(rebuilt_from):
    from elasticsearch import BadRequestError

    fake_es = rebuilt_from("test-pages-fr-initial")
    fake_es.indices.update_aliases.side_effect = BadRequestError(
        "illegal_argument_exception", mock.Mock(), {}
    )
    with pytest.raises(BadRequestError), ElasticsearchBackend().rebuilding("fr"):
        target = new_generation(fake_es)
    fake_es.indices.delete.assert_called_once_with(index=target, ignore_unavailable=True)


def test_the_rebuild_writer_removes_from_the_new_generation_only(rebuilt_from):
    fake_es = rebuilt_from("test-pages-fr-initial")
    fake_es.delete_by_query.return_value = {"deleted": 1}
    with ElasticsearchBackend().rebuilding("fr") as index:
        assert index.remove_pages([7]) == 1
        assert index.remove_pages([]) == 0
    fake_es.delete_by_query.assert_called_once_with(
        index=[index.index],
        query={"terms": {"page_id": [7]}},
        ignore_unavailable=True,
        conflicts="proceed",
    )


# Documents from the demo pages --------------------------------------------


@pytest.fixture
def sent(monkeypatch, fake_es):
    """The documents the backend bulk-sends, captured instead of a cluster."""
    actions = []
    monkeypatch.setattr(
        "search.backends.elasticsearch.bulk", lambda client, documents: actions.extend(documents)
    )
    fake_es.delete_by_query.return_value = {"deleted": 1}
    return actions


@pytest.fixture
def finished_tasks():
    """Every task run during the test, so that a failure cannot pass unseen."""
    results = []

    def record(sender, task_result, **kwargs):
        results.append(task_result)

    task_finished.connect(record)
    yield results
    task_finished.disconnect(record)
    failures = [(r.task.name, r.errors) for r in results if r.status != TaskResultStatus.SUCCESSFUL]
    assert failures == []


@pytest.fixture
def on_elasticsearch(settings, sent, finished_tasks):
    """The portal configured for Elasticsearch, its cluster a stand-in."""
    settings.SEARCH_BACKEND = "elasticsearch"
    return sent


@pytest.fixture
def stand_in_backend(monkeypatch):
    """Whatever backend is configured, as a recorder; a rebuild writes through it."""
    backend = mock.MagicMock(spec=SearchBackend)
    backend.index_pages.side_effect = len
    backend.remove_pages.side_effect = len
    backend.rebuilding.return_value.__enter__.return_value = backend
    monkeypatch.setattr("search.backends.get_backend", lambda: backend)
    return backend


def by_id(actions):
    return {action["_id"]: action for action in actions}


def hiring_guide(language="it"):
    guide = GuidancePage.objects.get(locale__language_code="it", slug=HIRING_GUIDE)
    return (
        guide
        if language == "it"
        else guide.get_translation(Locale.objects.get(language_code=language))
    )


@pytest.mark.django_db
def test_a_region_wide_guide_has_no_network(italian):
    guide = hiring_guide()
    document = page_document("it").from_page(guide, networks_by_path(italian.pk))
    action = document.to_dict(include_meta=True)
    assert (action["_index"], action["_id"]) == ("test-pages-it", guide.pk)
    source = action["_source"]
    assert source["title"] == "Assumere con un contratto regolare"
    assert source["type"] == "guidance"
    assert source["language"] == "it"
    assert source["url"] == "/it/guida/assumere-con-contratto-regolare/"
    assert source["page_id"] == guide.pk
    assert "network" not in source and "network_title" not in source
    assert "contratto collettivo" in source["body"]
    # The body is text, not markup.
    assert "<p>" not in source["body"]


@pytest.mark.django_db
def test_a_helpdesk_carries_its_network_code_and_title(italian):
    helpdesk = HelpdeskPage.objects.get(
        locale=italian, slug="sportello-assistenza-familiare-mondovi"
    )
    source = page_document("it").from_page(helpdesk, networks_by_path(italian.pk)).to_dict()
    assert source["type"] == "helpdesk"
    assert (source["network"], source["network_title"]) == ("CN", "Rete territoriale di Cuneo")
    assert source["url"].startswith("/it/cuneo/sportelli/")
    # Searchable fields beyond title and intro land in the body.
    assert helpdesk.municipality in source["body"]


@pytest.mark.django_db
def test_index_pages_sends_each_page_to_its_language_index(sent):
    italian, english = hiring_guide("it"), hiring_guide("en")
    cuneo = NetworkPage.objects.get(locale__language_code="en", code="CN")
    assert ElasticsearchBackend().index_pages([italian, english, cuneo]) == 3
    actions = by_id(sent)
    assert actions[italian.pk]["_index"] == "test-pages-it"
    assert actions[english.pk]["_index"] == "test-pages-en"
    assert actions[english.pk]["_source"]["url"].startswith("/en/")
    assert actions[cuneo.pk]["_source"]["network_title"] == "Cuneo local network"


# Keeping the index in step ----------------------------------------------------


@pytest.mark.django_db
def test_publishing_indexes_the_page(on_elasticsearch, django_capture_on_commit_callbacks):
    guide = hiring_guide()
    guide.title = "Assumere con un contratto regolare e sereno"
    with django_capture_on_commit_callbacks(execute=True):
        guide.save_revision().publish()
    assert [(a["_index"], a["_id"]) for a in on_elasticsearch] == [("test-pages-it", guide.pk)]
    assert on_elasticsearch[0]["_source"]["title"] == guide.title


@pytest.mark.django_db
def test_saving_a_draft_indexes_nothing(on_elasticsearch, django_capture_on_commit_callbacks):
    guide = hiring_guide()
    guide.title = "Bozza"
    with django_capture_on_commit_callbacks(execute=True):
        guide.save_revision()
    assert on_elasticsearch == []


@pytest.mark.django_db
def test_publishing_a_network_refreshes_its_pages(
    on_elasticsearch, django_capture_on_commit_callbacks
):
    cuneo = NetworkPage.objects.get(locale__language_code="it", code="CN")
    cuneo.title = "Rete di Cuneo e valli"
    with django_capture_on_commit_callbacks(execute=True):
        cuneo.save_revision().publish()
    subtree = indexable_pages().descendant_of(cuneo, inclusive=True)
    assert set(by_id(on_elasticsearch)) == set(subtree.values_list("pk", flat=True))
    assert {a["_source"]["network_title"] for a in on_elasticsearch} == {"Rete di Cuneo e valli"}


@pytest.mark.django_db
def test_unpublishing_removes_the_page(
    on_elasticsearch, fake_es, django_capture_on_commit_callbacks
):
    guide = hiring_guide()
    with django_capture_on_commit_callbacks(execute=True):
        guide.unpublish()
    assert fake_es.delete_by_query.call_args.kwargs["query"] == {"terms": {"page_id": [guide.pk]}}
    assert on_elasticsearch == []


@pytest.mark.django_db
def test_moving_reindexes_the_page_under_its_new_network(
    on_elasticsearch, italian, django_capture_on_commit_callbacks
):
    helpdesk = HelpdeskPage.objects.get(
        locale=italian, slug="sportello-assistenza-familiare-moncalieri"
    )
    cuneo_desks = HelpdeskIndexPage.objects.get(locale=italian, url_path="/home/cuneo/sportelli/")
    with django_capture_on_commit_callbacks(execute=True):
        helpdesk.move(cuneo_desks, pos="last-child")
    source = by_id(on_elasticsearch)[helpdesk.pk]["_source"]
    assert (source["network"], source["network_title"]) == ("CN", "Rete territoriale di Cuneo")
    assert source["url"] == "/it/cuneo/sportelli/sportello-assistenza-familiare-moncalieri/"


@pytest.mark.django_db
def test_moving_a_section_reindexes_everything_below_it(
    on_elasticsearch, italian, django_capture_on_commit_callbacks
):
    calendar = TrainingCalendarPage.objects.get(locale=italian, url_path="/home/cuneo/corsi/")
    calendar.slug = "corsi-di-cuneo"  # Asti has its own "corsi"
    calendar.save()
    asti = NetworkPage.objects.get(locale=italian, code="AT")
    below = set(
        indexable_pages().descendant_of(calendar, inclusive=True).values_list("pk", flat=True)
    )
    assert len(below) > 1
    with django_capture_on_commit_callbacks(execute=True):
        calendar.move(asti, pos="last-child")
    assert set(by_id(on_elasticsearch)) == below
    assert {a["_source"]["network"] for a in on_elasticsearch} == {"AT"}


@pytest.mark.django_db
def test_reordering_siblings_indexes_nothing(on_elasticsearch, django_capture_on_commit_callbacks):
    helpdesk = HelpdeskPage.objects.get(
        locale__language_code="it", slug="sportello-assistenza-familiare-mondovi"
    )
    with django_capture_on_commit_callbacks(execute=True):
        helpdesk.move(helpdesk.get_parent(), pos="first-child")
    assert on_elasticsearch == []


@pytest.mark.django_db
def test_deleting_a_section_removes_every_page_in_it(
    on_elasticsearch, fake_es, italian, django_capture_on_commit_callbacks
):
    desks = HelpdeskIndexPage.objects.get(locale=italian, url_path="/home/cuneo/sportelli/")
    below = set(Page.objects.descendant_of(desks, inclusive=True).values_list("pk", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        desks.delete()
    removed = {
        pk
        for call in fake_es.delete_by_query.call_args_list
        for pk in call.kwargs["query"]["terms"]["page_id"]
    }
    assert removed == below


@pytest.mark.django_db
def test_the_tasks_use_whatever_backend_is_configured(
    stand_in_backend, finished_tasks, django_capture_on_commit_callbacks
):
    guide = hiring_guide()
    with django_capture_on_commit_callbacks(execute=True):
        guide.save_revision().publish()
    (pages,) = stand_in_backend.index_pages.call_args.args
    assert [(type(page), page.pk) for page in pages] == [(GuidancePage, guide.pk)]
    with django_capture_on_commit_callbacks(execute=True):
        guide.unpublish()
    stand_in_backend.remove_pages.assert_called_once_with([guide.pk])


@pytest.mark.django_db
def test_index_task_drops_pages_no_longer_live(stand_in_backend, finished_tasks):
    guide = hiring_guide()
    Page.objects.filter(pk=guide.pk).update(live=False)
    result = tasks.index_pages.enqueue([guide.pk])
    assert result.return_value == {"indexed": 0, "removed": [guide.pk]}
    stand_in_backend.remove_pages.assert_called_once_with([guide.pk])


# The search_index command ---------------------------------------------------


def sent_ids(backend):
    return [page.pk for call in backend.index_pages.call_args_list for page in call.args[0]]


@pytest.mark.django_db
def test_rebuild_fills_a_fresh_index_in_batches(stand_in_backend):
    out = io.StringIO()
    call_command("search_index", "--rebuild", "--language", "it", "--batch-size", "50", stdout=out)
    expected = set(
        indexable_pages().filter(locale__language_code="it").values_list("pk", flat=True)
    )
    calls = stand_in_backend.method_calls
    assert calls[0] == mock.call.rebuilding("it")
    batches = [call.args[0] for call in stand_in_backend.index_pages.call_args_list]
    assert max(len(batch) for batch in batches) == 50
    assert sorted(sent_ids(stand_in_backend)) == sorted(expected)
    assert not [page for batch in batches for page in batch if type(page) is Page]
    total = len(expected)
    lines = out.getvalue().splitlines()
    assert lines[:-1] == [f"it: {min(n, total)}/{total} pages" for n in range(50, total + 50, 50)]
    # Every page of the demo is public: nothing to leave out.
    stand_in_backend.remove_pages.assert_not_called()


@pytest.mark.django_db
def test_pages_changed_while_the_index_fills_are_caught_up(stand_in_backend, italian):
    guide = hiring_guide()
    other = GuidancePage.objects.filter(locale=italian).exclude(pk=guide.pk).last()
    # Published and unpublished after their batch was sent.
    batches_seen = []

    def change_after_first_batch(pages):
        batches_seen.append(pages)
        if len(batches_seen) == 1:
            guide.save_revision().publish()
            other.unpublish()
        return len(pages)

    stand_in_backend.index_pages.side_effect = change_after_first_batch
    out = io.StringIO()
    call_command("search_index", "--rebuild", "--language", "it", "--batch-size", "500", stdout=out)
    assert [page.pk for page in batches_seen[-1]] == [guide.pk]
    stand_in_backend.remove_pages.assert_called_once_with([other.pk])
    assert "it: sent again (changed meanwhile): 1; left out (not public): 1" in out.getvalue()


@pytest.mark.django_db
def test_update_covers_every_language_and_drops_pages_no_longer_public(
    stand_in_backend, settings, italian
):
    private = hiring_guide()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    out = io.StringIO()
    call_command("search_index", stdout=out)
    stand_in_backend.rebuilding.assert_not_called()
    assert private.pk not in sent_ids(stand_in_backend)
    stand_in_backend.remove_pages.assert_called_once_with([private.pk])
    languages = [line.split(":")[0] for line in out.getvalue().splitlines()[:-1]]
    assert languages[0] == "it" and set(languages) == {code for code, _ in settings.LANGUAGES}


def test_batch_size_must_be_positive(stand_in_backend):
    with pytest.raises(CommandError):
        call_command("search_index", "--batch-size", "0", stdout=io.StringIO())


@pytest.mark.django_db
def test_pages_load_with_what_indexing_reads(
    django_assert_max_num_queries, django_assert_num_queries
):
    ids = indexable_pages().filter(locale__language_code="it").values_list("pk", flat=True)
    with django_assert_max_num_queries(QUERY_BUDGET):
        pages = load_pages(ids)
    assert len(pages) == len(ids)
    helpdesks = [page for page in pages if isinstance(page, HelpdeskPage)]
    networks = [page for page in pages if isinstance(page, NetworkPage)]
    assert helpdesks and networks
    with django_assert_num_queries(0):
        assert all(page.services.all() for page in helpdesks)
        assert all(page.partners.all() for page in networks)
        assert {page.locale.language_code for page in pages} == {"it"}


@pytest.mark.django_db
def test_rebuild_on_elasticsearch_sends_every_page_to_the_new_generation(on_elasticsearch, fake_es):
    fake_es.indices.exists_alias.return_value = True
    fake_es.indices.get_alias.return_value = {"test-pages-it-initial": {}}
    total = indexable_pages().filter(locale__language_code="it").count()
    call_command("search_index", "--rebuild", "--language", "it", stdout=io.StringIO())
    target = new_generation(fake_es)
    assert len(on_elasticsearch) == total
    assert {action["_index"] for action in on_elasticsearch} == {target}
    assert fake_es.indices.update_aliases.call_args.kwargs["actions"][0] == {
        "add": {"index": target, "alias": "test-pages-it"}
    }
    fake_es.indices.delete.assert_called_once_with(
        index=["test-pages-it-initial"], ignore_unavailable=True
    )
