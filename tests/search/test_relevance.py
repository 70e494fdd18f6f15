"""The checked-in relevance suite, on the default backend."""

import pytest

from search import relevance

pytestmark = pytest.mark.django_db


def test_suite_has_enough_cases_in_both_languages():
    languages = [language for language, _text, _expected in relevance.CASES]
    assert len(relevance.CASES) >= 30
    assert {"it", "en"} <= set(languages)


def test_every_case_finds_its_page_in_the_top_three():
    outcomes = relevance.run()
    misses = [(o.language, o.text, o.expected, o.rank) for o in outcomes if not o.passed]
    assert misses == []
    assert relevance.mean_reciprocal_rank(outcomes) > 0.8
