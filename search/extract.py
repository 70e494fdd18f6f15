"""What a page says, as plain text, for any search engine.

The page models' own ``search_fields`` are the single source: their
SearchFields (and RelatedFields) are read here, so a field added to a model
is searched by every backend without touching this app.
"""

from django.utils.html import strip_tags

from wagtail.search import index


def _flatten(value):
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [text for item in value for text in _flatten(item)]
    return [strip_tags(str(value))]


def _field_texts(obj, fields):
    texts = []
    for field in fields:
        if isinstance(field, index.SearchField):
            texts.extend(_flatten(field.get_value(obj)))
        elif isinstance(field, index.RelatedFields):
            related = getattr(obj, field.field_name, None)
            items = related.all() if hasattr(related, "all") else [related]
            for item in items:
                if item is not None:
                    texts.extend(_field_texts(item, field.fields))
    return texts


# Index-only copies for the database engine, never shown or sent elsewhere.
ENGINE_FIELDS = {"search_stems", "search_network"}


def page_text(page, stored_only=False):
    """Title, introduction and everything else searchable, as plain text.

    Args:
        page: a specific page.
        stored_only: leave out search fields computed by methods (they may
            query related rows); what a snippet needs is in stored fields.

    Returns:
        dict with ``title``, ``intro`` and ``body`` (all other search fields
        joined by blank lines).
    """
    stored = {field.name for field in page._meta.get_fields()}
    fields = [
        f
        for f in page.get_search_fields()
        if getattr(f, "field_name", "") not in {"title", "intro", *ENGINE_FIELDS}
        and (not stored_only or getattr(f, "field_name", "") in stored)
    ]
    body = "\n\n".join(text.strip() for text in _field_texts(page, fields) if text.strip())
    return {"title": page.title, "intro": getattr(page, "intro", "") or "", "body": body}
