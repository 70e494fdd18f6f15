"""Highlighted snippets for backends whose engine cannot make them."""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .language import stem, stems, words

WORD = re.compile(r"\w+")


def snippet(text, query_text, language, length=180):
    """A window of ``text`` around the first matching word, matches in <mark>.

    Matching is by stem, so "contratti" marks "contratto". The text is
    escaped before any tag is added: neither page text nor the query can
    inject markup. Only the words up to the first match and those of the
    window are stemmed.
    """
    text = " ".join(text.split())
    wanted = set(stems(query_text, language)) | set(words(query_text))
    first = next((m for m in WORD.finditer(text) if _matches(m.group(0), wanted, language)), None)
    start = max(first.start() - length // 3, 0) if first else 0
    if start:
        start = text.find(" ", start) + 1 or start
    window = text[start : start + length]
    if start + length < len(text):
        window = window.rsplit(" ", 1)[0]
    parts, last = [], 0
    for match in WORD.finditer(window):
        if _matches(match.group(0), wanted, language):
            parts.append(escape(window[last : match.start()]))
            parts.append(f"<mark>{escape(match.group(0))}</mark>")
            last = match.end()
    parts.append(escape(window[last:]))
    prefix = "… " if start else ""
    suffix = " …" if start + length < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 (escaped above)


def _matches(word, wanted, language):
    # Normalised as ``language.words`` does, without splitting a single word again.
    lowered = unicodedata.normalize("NFKC", word).casefold()
    return lowered in wanted or stem(lowered, language) in wanted
