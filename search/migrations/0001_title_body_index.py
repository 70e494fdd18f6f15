"""A GIN index on the expression PostgreSQL full-text search filters on.

Wagtail's database backend (and the search app's own ranked query) match
``title || body`` of its index entries. Wagtail indexes each column alone,
so without this index every search reads and decompresses every entry, and
PostgreSQL, having no statistics on the expression, misjudges how many rows
match. An expression index serves the filter and gets statistics of its own
at the next ANALYZE. Without fast update: pages are indexed by background
tasks, which can afford to update the index in place, while a pending list
of new entries would be read through by every search until the next vacuum.
SQLite searches through its FTS5 table: nothing to do.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} "
            "ON wagtailsearch_indexentry USING gin ((title || body)) WITH (fastupdate = off)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create_index, drop_index)]
