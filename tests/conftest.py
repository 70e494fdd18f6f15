"""One database per test run, built once and copied for each xdist worker.

Building the demo region (with its translations) takes minutes, so the
first worker migrates and loads it into a template under a file lock; every
worker then starts from a copy: a file copy on SQLite, ``CREATE DATABASE …
TEMPLATE`` on PostgreSQL. Tests run in transactions rolled back afterwards,
so the demo region is always there as loaded.

While working on the code, ``PORTAL_TEST_DEMO_CACHE=<folder>`` keeps the
SQLite template between runs, under a name that changes with every
migration and demo-data file, so a stale template is never used.
"""

import fcntl
import hashlib
import io
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

from django.conf import settings
from django.core.management import call_command
from django.db import connection, connections

DEMO_PASSWORD = "demo-password-for-tests"
# The built SQLite demo, once django_db_setup has made it: the browser tests'
# server starts from a copy instead of building its own.
DEMO_SQLITE = {}


@contextmanager
def locked(path):
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def use_database(name):
    connections.close_all()
    settings.DATABASES["default"]["NAME"] = name
    connection.settings_dict["NAME"] = name


def build_demo():
    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo", password=DEMO_PASSWORD, stdout=io.StringIO())


def demo_fingerprint():
    """A hash of everything the demo database is built from."""
    root = Path(settings.BASE_DIR)
    digest = hashlib.sha256()
    for path in sorted(root.glob("*/migrations/*.py")) + sorted(root.glob("content/demo/*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def sqlite_template(shared):
    cache = os.environ.get("PORTAL_TEST_DEMO_CACHE")
    if not cache:
        return shared / "demo.sqlite3", shared / "demo-sqlite.built"
    folder = Path(cache)
    folder.mkdir(parents=True, exist_ok=True)
    template = folder / f"demo-{demo_fingerprint()}.sqlite3"
    return template, template.with_suffix(".built")


def postgres(*statements):
    """Statements run on the server's maintenance database, outside a transaction."""
    with connection._nodb_cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


@pytest.fixture(scope="session")
def django_db_setup(django_db_blocker, tmp_path_factory, worker_id):
    master = worker_id == "master"
    shared = tmp_path_factory.getbasetemp() if master else tmp_path_factory.getbasetemp().parent
    vendor = connection.vendor
    base_name = settings.DATABASES["default"]["NAME"]
    lock = shared / f"demo-{vendor}.lock"
    if vendor == "sqlite" and os.environ.get("PORTAL_TEST_DEMO_CACHE"):
        lock = sqlite_template(shared)[0].with_suffix(".lock")
    with django_db_blocker.unblock(), locked(lock):
        marker = shared / f"demo-{vendor}.built"
        if vendor == "postgresql":
            template, own = f"test_{base_name}_demo", f"test_{base_name}_{worker_id}"
            if not marker.exists():
                postgres(f'DROP DATABASE IF EXISTS "{template}"', f'CREATE DATABASE "{template}"')
                use_database(template)
                build_demo()
                marker.touch()
            use_database(template)
            connections.close_all()
            postgres(
                f'DROP DATABASE IF EXISTS "{own}"', f'CREATE DATABASE "{own}" TEMPLATE "{template}"'
            )
        else:
            template, marker = sqlite_template(shared)
            own = str(tmp_path_factory.mktemp("db") / "portal.sqlite3")
            if not marker.exists():
                use_database(str(template))
                build_demo()
                connections.close_all()
                marker.touch()
            shutil.copyfile(template, own)
            DEMO_SQLITE["template"] = template
        use_database(own)
    yield
    if vendor == "postgresql":
        with django_db_blocker.unblock():
            connections.close_all()
            postgres(f'DROP DATABASE IF EXISTS "{own}"')


def pytest_collection_modifyitems(items):
    """Slow tests first: the clean-clone run of `make run` needs no test
    database, so one worker runs it while the other builds the demo."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(autouse=True)
def empty_cache():
    """A test's rolled-back writes must not survive in the cache."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def italian(db):
    from wagtail.models import Locale

    return Locale.objects.get(language_code="it")


@pytest.fixture
def demo_home(italian):
    from content.models import HomePage

    return HomePage.objects.get(locale=italian)
