"""The search page and /api/v1/search on the default (database) backend."""

import pytest

from content.models import GuidancePage, HelpdeskPage

pytestmark = pytest.mark.django_db

RESULT_KEYS = {"title", "url", "type", "network", "snippet"}
FACET_KEYS = {"value", "label", "count"}
RESPONSE_KEYS = {
    "query",
    "language",
    "fallback",
    "total",
    "page",
    "num_pages",
    "results",
    "facets",
    "suggestion",
}


def api(client, **params):
    response = client.get("/api/v1/search", params)
    assert response.status_code == 200, response.content
    return response.json()


def assert_schema(data):
    """The JSON contract every backend shares."""
    assert set(data) == RESPONSE_KEYS
    assert isinstance(data["total"], int) and isinstance(data["fallback"], bool)
    for hit in data["results"]:
        assert set(hit) == RESULT_KEYS
        assert hit["url"].startswith("/")
    for name in ("networks", "types"):
        for facet in data["facets"][name]:
            assert set(facet) == FACET_KEYS and facet["count"] > 0


def test_inflected_word_finds_the_hiring_guide(client):
    data = api(client, q="contratti", lang="it")
    assert_schema(data)
    top = [hit["url"] for hit in data["results"][:3]]
    assert "/it/guida/assumere-con-contratto-regolare/" in top


def test_snippets_mark_the_words_found(client):
    data = api(client, q="permesso di soggiorno", lang="it")
    assert data["results"][0]["url"] == "/it/guida/permesso-di-soggiorno-lavoro-domestico/"
    assert "<mark>soggiorno</mark>" in " ".join(hit["snippet"] for hit in data["results"][:3])


def test_facets_count_before_narrowing(client):
    everything = api(client, q="sportello", lang="it")
    networks = {f["value"]: f["count"] for f in everything["facets"]["networks"]}
    assert len(networks) == 8
    narrowed = api(client, q="sportello", lang="it", network="CN")
    assert narrowed["total"] == networks["CN"]
    assert {hit["network"] for hit in narrowed["results"]} == {"CN"}
    # Facets still offer the other networks.
    assert narrowed["facets"] == everything["facets"]
    by_type = api(client, q="sportello", lang="it", type="helpdesk")
    assert by_type["results"] and {hit["type"] for hit in by_type["results"]} == {"helpdesk"}


def test_pagination(client):
    first = api(client, q="assistente familiare", lang="it")
    assert first["num_pages"] > 1
    second = api(client, q="assistente familiare", lang="it", page=2)
    assert second["page"] == 2
    assert not {h["url"] for h in first["results"]} & {h["url"] for h in second["results"]}
    beyond = api(client, q="assistente familiare", lang="it", page=first["num_pages"] + 1)
    assert beyond["results"] == []


def test_results_are_live_pages_of_the_visitor_language(client, italian):
    data = api(client, q="sportello", lang="ro")
    assert data["language"] == "ro" and not data["fallback"]
    assert all(hit["url"].startswith("/ro/") for hit in data["results"])

    helpdesk = HelpdeskPage.objects.live().get(
        locale=italian, slug="sportello-assistenza-familiare-moncalieri"
    )
    helpdesk.unpublish()
    urls = {hit["url"] for hit in api(client, q="Moncalieri", lang="it")["results"]}
    assert helpdesk.url not in urls


def test_falls_back_to_italian_when_the_language_has_nothing(
    client, italian, django_capture_on_commit_callbacks
):
    guide = GuidancePage.objects.live().filter(locale__language_code="en").first()
    word = "zanzibarese"
    source = guide.get_translation(italian)
    source.intro = f"{source.intro} {word}"
    with django_capture_on_commit_callbacks(execute=True):
        source.save_revision().publish()
    data = api(client, q=word, lang="en")
    assert data["fallback"] and data["language"] == "it"
    assert [hit["url"] for hit in data["results"]] == [source.url]


def test_search_page_renders_results_facets_and_fallback_label(client):
    response = client.get("/it/search/", {"q": "contributi INPS"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Retribuzione e contributi" in html
    assert 'data-facet="network"' in html and 'data-facet="type"' in html
    assert '<html lang="it"' in html


def test_empty_state_points_to_the_map_and_the_guidance(client):
    response = client.get("/it/search/", {"q": "xylofonoqwerty"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="/it/sportelli/"' in html and 'href="/it/guida/"' in html


def test_query_text_is_escaped_everywhere(client):
    hostile = '<script>alert("x")</script> contratto'
    html = client.get("/it/search/", {"q": hostile}).content.decode()
    assert "<script>alert" not in html
    data = api(client, q=hostile, lang="it")
    assert all("<script" not in hit["snippet"] for hit in data["results"])


@pytest.mark.parametrize(
    "q",
    [
        "a" * 200,
        '"(*:~',
        "\x00\x01\x02 contratto \x1b[31m",
        "OR AND NOT NEAR",
        "*",
        "contratto\u202e\u200f",
        "عقد العمل",
        "' OR 1=1 --",
        "(((",
        '"',
    ],
)
def test_hostile_queries_never_break(client, q):
    page = client.get("/it/search/", {"q": q})
    # A NUL character is refused with a message (400); nothing else is.
    assert page.status_code == (400 if "\x00" in q else 200)
    response = client.get("/api/v1/search", {"q": q, "lang": "it"})
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert_schema(response.json())


@pytest.mark.parametrize(
    "params",
    [
        {"q": "a" * 201, "lang": "it"},
        {"q": "contratto", "lang": "de"},
        {"q": "contratto", "lang": "it", "page": "0"},
        {"q": "contratto", "lang": "it", "page": "x"},
        {"q": "contratto", "lang": "it", "type": "nonsense"},
        {"q": "contratto", "lang": "it", "network": "<b>"},
        {"lang": "it"},
    ],
)
def test_bad_api_parameters_get_a_400_that_says_why(client, params):
    response = client.get("/api/v1/search", params)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_parameters"


def test_bad_page_parameters_get_a_400_with_the_form_kept(client):
    response = client.get("/it/search/", {"q": "contratto", "page": "-3"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="contratto"' in html and 'role="alert"' in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "contratti"},
        {"q": "assistente familiare", "page": "2"},
        {"q": "sportello", "network": "TO"},
    ],
)
def test_search_page_runs_a_bounded_number_of_queries(
    client, django_assert_max_num_queries, params
):
    """Per page of results: one query per page type shown at most, never per hit."""
    client.get("/it/search/", params)
    with django_assert_max_num_queries(20):
        assert client.get("/it/search/", params).status_code == 200
