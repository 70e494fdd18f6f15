"""Highlighted snippets for backends whose engine cannot make them."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .language import stems, words


def snippet(text, query_text, language, length=180):
    """A window of ``text`` around the first matching word, matches in <mark>.

    Matching is by stem, so "contratti" marks "contratto". The text is
    escaped before any tag is added: neither page text nor the query can
    inject markup.
    """
    text = " ".join(text.split())
    wanted = set(stems(query_text, language)) | set(words(query_text))
    positions = [m for m in re.finditer(r"\w+", text) if _matches(m.group(0), wanted, language)]
    start = max(positions[0].start() - length // 3, 0) if positions else 0
    if start:
        start = text.find(" ", start) + 1 or start
    window = text[start : start + length]
    if start + length < len(text):
        window = window.rsplit(" ", 1)[0]
    parts, last = [], 0
    for match in re.finditer(r"\w+", window):
        if _matches(match.group(0), wanted, language):
            parts.append(escape(window[last : match.start()]))
            parts.append(f"<mark>{escape(match.group(0))}</mark>")
            last = match.end()
    parts.append(escape(window[last:]))
    prefix = "… " if start else ""
    suffix = " …" if start + length < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 (escaped above)


def _matches(word, wanted, language):
    lowered = word.casefold()
    return lowered in wanted or (stems(lowered, language) or [""])[0] in wanted
