"""Keep each index entry's body vector in its row on PostgreSQL.

A search ranks every page that matches, and ranking reads the body vector
of each. By default PostgreSQL moves a vector of more than about 2 kB to
its side (TOAST) table, so most ranked rows cost an extra index lookup and
a read elsewhere. With ``STORAGE MAIN`` the vector stays compressed in the
row unless the row would not fit in a page; the raw text columns, which the
search never reads, go to the side table first. It applies to entries
written from now on; ``manage.py search_index`` rewrites the others.
SQLite searches through its FTS5 table: nothing to do.
"""

from django.db import migrations


def store_in_row(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE wagtailsearch_indexentry ALTER COLUMN body SET STORAGE MAIN"
        )


def store_aside(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE wagtailsearch_indexentry ALTER COLUMN body SET STORAGE EXTENDED"
        )


class Migration(migrations.Migration):
    dependencies = [("search", "0001_title_body_index")]

    operations = [migrations.RunPython(store_in_row, store_aside)]
