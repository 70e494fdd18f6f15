"""Per-language text handling shared by the backends: stems and synonyms."""

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

# Snowball has no Ukrainian stemmer; Ukrainian words are matched as typed.
STEMMERS = {
    "it": "italian",
    "en": "english",
    "ro": "romanian",
    "es": "spanish",
    "fr": "french",
    "ar": "arabic",
}

# Words people use for the same thing. Each group is searched as one.
SYNONYMS = {
    "it": [
        {"badante", "badanti", "assistente familiare", "assistenti familiari", "colf"},
        {"sportello", "sportelli", "ufficio", "punto informativo"},
        {"corso", "corsi", "formazione", "modulo"},
        {"contributi", "inps"},
        {"sostituzione", "sostituto", "sostituta"},
        {"stipendio", "paga", "retribuzione"},
        {"licenziamento", "dimissioni", "cessazione"},
    ],
    "en": [
        {"caregiver", "care worker", "carer", "home care worker", "badante"},
        {"helpdesk", "help desk", "office", "desk"},
        {"course", "training", "class"},
        {"salary", "pay", "wage", "wages"},
    ],
}

WORD = re.compile(r"\w+", re.UNICODE)


def words(text):
    """Lower-cased words of ``text``, any script; punctuation and markup dropped."""
    return WORD.findall(unicodedata.normalize("NFKC", text).casefold())


_local = threading.local()


def _stemmer(language):
    """This thread's stemmer for ``language``: Snowball stemmers are not thread-safe."""
    stemmers = _local.__dict__.setdefault("stemmers", {})
    if language not in stemmers:
        name = STEMMERS.get(language)
        stemmers[language] = snowballstemmer.stemmer(name) if name else None
    return stemmers[language]


@lru_cache(maxsize=100_000)
def stem(word, language):
    """The stem of one lower-cased word (the word itself without a stemmer)."""
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word


def stems(text, language):
    """The stems of the words of ``text``."""
    return [stem(word, language) for word in words(text)]


class Alternatives(frozenset):
    """The forms one query word may take; ``own`` are the visitor's (and stems)."""

    own = frozenset()

    @classmethod
    def of(cls, forms, own):
        alternatives = cls(forms)
        alternatives.own = frozenset(own)
        return alternatives


def expand(text, language):
    """The visitor's words, each with its alternatives: stems and synonyms.

    Returns:
        A list of Alternatives, one per word of ``text``; a multi-word synonym
        ("assistente familiare") counts as one word.
    """
    lowered = f" {' '.join(words(text))} "
    groups = []
    for group in SYNONYMS.get(language, []):
        found = [term for term in group if f" {term} " in lowered]
        if found:
            for term in found:
                lowered = lowered.replace(f" {term} ", " ")
            own = {word for term in found for word in words(term)}
            own |= set(stems(" ".join(own), language))
            forms = {word for term in group for word in words(term)}
            groups.append(Alternatives.of(forms | set(stems(" ".join(forms), language)), own))
    for word in lowered.split():
        forms = {word, *stems(word, language)}
        groups.append(Alternatives.of(forms, forms))
    return groups
