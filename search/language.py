"""Per-language text handling shared by the backends: stems and synonyms."""

import re
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


@lru_cache(maxsize=16)
def _stemmer(language):
    name = STEMMERS.get(language)
    return snowballstemmer.stemmer(name) if name else None


def stems(text, language):
    """The stems of the words of ``text`` (the words themselves without a stemmer)."""
    stemmer = _stemmer(language)
    found = words(text)
    return stemmer.stemWords(found) if stemmer else found


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
