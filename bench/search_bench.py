"""How fast the portal search answers on a large page tree, against a trivial lookup.

It builds its own PostgreSQL database (dropped first, dropped again at the
end unless ``--keep``), loads the demo region, grows the tree to each
``--sizes`` total with generated guidance pages in five languages, indexes
them with the configured search backend, then times
``search.services.search`` at 1 and 8 concurrent clients next to a primary
key lookup run under the same conditions. See bench/README.md.

    .venv/bin/python bench/search_bench.py --sizes 2000 20000 --requests 200
"""

import argparse
import os
import random
import re
import signal
import statistics
import sys
import threading
import time
import traceback
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/portal_bench"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
SEED = 20260101
CLIENTS = (1, 8)
TARGET_PAGES, TARGET_CLIENTS, TARGET_P95_MS = 20_000, 8, 150.0
INDEX_BATCH = 500
THREAD_TIMEOUT_S = 900

# Words a visitor types, in the demo's own vocabulary; "contrato" is a typo
# on purpose, so the spelling correction (a second search) is timed too.
QUERIES = [
    ("contratto", "it"),
    ("contributi INPS", "it"),
    ("permesso di soggiorno", "it"),
    ("ferie", "it"),
    ("corso assistente familiare", "it"),
    ("sostituzione", "it"),
    ("Moncalieri", "it"),
    ("licenziamento preavviso", "it"),
    ("tredicesima malattia", "it"),
    ("contrato", "it"),
    ("residence permit", "en"),
    ("care worker contract", "en"),
]

# Share of the generated pages per language; Italian is the source language.
LANGUAGE_WEIGHTS = {"it": 0.4, "en": 0.15, "ro": 0.15, "es": 0.15, "fr": 0.15}

# Romanian, Spanish and French pages are Italian sentences with one sentence
# made of these words per paragraph: enough for each language's stemmer and
# stop words to see its own text, not a translation.
LANGUAGE_WORDS = {
    "ro": [
        "contract", "angajator", "îngrijitoare", "concediu", "contribuții", "permis de ședere",
        "demisie", "preaviz", "salariu", "curs", "familie", "program de lucru", "boală", "ghișeu",
    ],
    "es": [
        "contrato", "empleador", "cuidadora", "vacaciones", "cotizaciones", "permiso de residencia",
        "despido", "preaviso", "salario", "curso", "familia", "horario", "enfermedad", "ventanilla",
    ],
    "fr": [
        "contrat", "employeur", "aide à domicile", "congés", "cotisations", "titre de séjour",
        "licenciement", "préavis", "salaire", "formation", "famille", "horaires", "maladie",
        "guichet",
    ],
}  # fmt: skip


# The database ---------------------------------------------------------------


def checked_url(url):
    """The URL, if it names a local database meant for benchmarks; it gets dropped."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if parts.scheme not in ("postgres", "postgresql", "pgsql"):
        sys.exit(f"Not a PostgreSQL URL: {url}")
    if parts.hostname not in LOCAL_HOSTS:
        sys.exit(f"Only a local PostgreSQL is used, not {parts.hostname}.")
    if "bench" not in name:
        sys.exit(f"Refusing to drop {name!r}: the database name must contain 'bench'.")
    return url


def _admin_connection(url):
    """An autocommit connection to the server's maintenance database."""
    import psycopg

    parts = urlsplit(url)
    admin = urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))
    return psycopg.connect(admin, autocommit=True)


def recreate_database(url):
    from psycopg import sql

    name = urlsplit(url).path.lstrip("/")
    with _admin_connection(url) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def drop_database(url):
    from psycopg import sql

    from django.db import connections

    connections.close_all()
    name = urlsplit(url).path.lstrip("/")
    with _admin_connection(url) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def setup_django(url):
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.dev"
    # Django keeps every query of a DEBUG process in memory; the figures are
    # for a production-like process, so without it.
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


def load_demo():
    import io

    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    out = io.StringIO()
    call_command("load_demo", skip_translations=True, password="bench", stdout=out)  # noqa: S106 (throwaway database)
    print(f"demo: {out.getvalue().splitlines()[0]}")


# The corpus -----------------------------------------------------------------


def _plain(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _sentences(text):
    return [s for s in re.split(r"(?<=[.!?])\s+", _plain(text)) if len(s.split()) >= 4]


def demo_texts():
    """Sentences, titles and headings of the demo's Italian guidance, and English sentences."""
    from content.demo.english import ENGLISH
    from content.demo.guidance import REGION_GUIDANCE, STANDARD_PAGES
    from content.demo.local_guidance import LOCAL_GUIDANCE

    guides = [*REGION_GUIDANCE, *STANDARD_PAGES]
    guides += [guide for network in LOCAL_GUIDANCE.values() for guide in network]
    sentences, titles = [], []
    for guide in guides:
        titles.append(guide["title"])
        sentences.extend(_sentences(guide["intro"]))
        for kind, value in guide["blocks"]:
            if kind == "heading":
                titles.append(value)
            elif kind == "paragraph":
                sentences.extend(_sentences(value))
            elif kind == "steps":
                sentences.extend(s for step in value for s in _sentences(step["text"]))
            elif kind == "faq":
                sentences.extend(s for item in value for s in _sentences(item["answer"]))
            elif kind == "callout":
                sentences.extend(_sentences(value["text"]))
    english = [s for text in ENGLISH.values() for s in _sentences(text["intro"])]
    english_titles = [text["title"] for text in ENGLISH.values()]
    return {
        "sentences": sorted(set(sentences)),
        "titles": sorted(set(titles)),
        "en_sentences": sorted(set(english)),
        "en_titles": sorted(set(english_titles)),
    }


class TextMaker:
    """Titles, introductions and bodies for generated pages, from a fixed seed."""

    def __init__(self, texts, rng):
        self.texts = texts
        self.rng = rng

    def _foreign_sentence(self, language):
        picked = self.rng.sample(LANGUAGE_WORDS[language], self.rng.randint(6, 10))
        return " ".join(picked).capitalize() + "."

    def sentences(self, language, count):
        pool = self.texts["en_sentences"] if language == "en" else self.texts["sentences"]
        chosen = [self.rng.choice(pool) for _ in range(count)]
        if language in LANGUAGE_WORDS:
            chosen.insert(self.rng.randrange(len(chosen) + 1), self._foreign_sentence(language))
        return " ".join(chosen)

    def title(self, language, place):
        if language == "en":
            return f"{self.rng.choice(self.texts['en_titles'])} in {place}"[:255]
        title = self.rng.choice(self.texts["titles"])
        if language in LANGUAGE_WORDS:
            words = " ".join(self.rng.sample(LANGUAGE_WORDS[language], 3)).capitalize()
            return f"{words}: {title}"[:255]
        return f"{title} a {place}"[:255]

    def body(self, language):
        blocks = [self._paragraph(language)]
        for _section in range(self.rng.randint(2, 4)):
            pool = self.texts["en_titles"] if language == "en" else self.texts["titles"]
            blocks.append(self._block("heading", {"text": self.rng.choice(pool)[:120]}))
            blocks.append(self._paragraph(language))
        return blocks

    def _paragraph(self, language):
        return self._block(
            "paragraph", f"<p>{self.sentences(language, self.rng.randint(2, 5))}</p>"
        )

    def _block(self, kind, value):
        return {"type": kind, "value": value, "id": str(uuid.UUID(int=self.rng.getrandbits(128)))}


def language_trees(languages):
    """Home, networks and their guidance index in each language, copied from Italian.

    A handful of pages per language, so they go through Wagtail's own
    translation copy and publish (which also indexes them).

    Returns:
        {language code: [the GuidanceIndexPage under each network]}
    """
    from django.conf import settings

    from wagtail.models import Locale

    from content.models import GuidanceIndexPage, HomePage, NetworkPage

    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.get(locale=source)
    networks = list(NetworkPage.objects.child_of(home).order_by("path"))
    indexes = {}
    for code in languages:
        locale, _created = Locale.objects.get_or_create(language_code=code)
        if code != source.language_code:
            if home.get_translation_or_none(locale) is None:
                _publish(home.copy_for_translation(locale))
            for network in networks:
                if network.get_translation_or_none(locale) is None:
                    _publish(network.copy_for_translation(locale))
                guidance = GuidanceIndexPage.objects.child_of(network).get()
                if guidance.get_translation_or_none(locale) is None:
                    _publish(guidance.copy_for_translation(locale))
        indexes[code] = list(
            GuidanceIndexPage.objects.filter(locale=locale, depth=home.depth + 2).order_by("path")
        )
    return indexes


def _publish(page):
    page.save_revision().publish()


def page_count():
    from wagtail.models import Page

    return Page.objects.filter(depth__gt=1).count()


def grow_corpus(indexes, total, texts, rng):
    """Add GuidancePages until the tree holds ``total`` pages; returns the new ids.

    Django's bulk_create cannot insert a multi-table model, so the
    ``wagtailcore_page`` rows go in through ``Page.objects.bulk_create`` and
    the GuidancePage rows (``page_ptr_id`` and the page's own fields) through
    one executemany. Paths continue after each parent's last child, as
    treebeard would number them, and the parents' ``numchild`` is fixed last.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.db.models import F
    from django.utils import timezone
    from django.utils.text import slugify

    from wagtail.models import Page

    from content.models import GuidancePage, GuidanceTopic, NetworkPage

    missing = total - page_count()
    if missing <= 0:
        return []
    maker = TextMaker(texts, rng)
    content_type = ContentType.objects.get_for_model(GuidancePage)
    languages = list(LANGUAGE_WEIGHTS)
    weights = list(LANGUAGE_WEIGHTS.values())
    now = timezone.now()
    places = {
        index.pk: NetworkPage.objects.ancestor_of(index).get().province
        for pages in indexes.values()
        for index in pages
    }
    plan = {}
    for _n in range(missing):
        parent = rng.choice(indexes[rng.choices(languages, weights)[0]])
        plan.setdefault(parent.pk, [parent, 0])[1] += 1

    serial = Page.objects.count()
    pages, details = [], []
    for parent, count in plan.values():
        parent.refresh_from_db(fields=["path", "depth", "numchild", "url_path"])
        last = (
            Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        step = Page._str2int(last[-Page.steplen :]) if last else 0
        language = next(code for code, pages in indexes.items() if parent in pages)
        for _n in range(count):
            step += 1
            serial += 1
            title = maker.title(language, places[parent.pk])
            slug = f"{slugify(title)[:60].strip('-')}-{serial}"
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    path=parent.path + Page._int2str(step).rjust(Page.steplen, "0"),
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}{slug}/",
                    content_type=content_type,
                    locale_id=parent.locale_id,
                    translation_key=uuid.UUID(int=rng.getrandbits(128)),
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
            details.append(
                {
                    "intro": maker.sentences(language, rng.randint(1, 2))[:500],
                    "topic": rng.choice(GuidanceTopic.values),
                    "body": maker.body(language),
                }
            )

    fields = GuidancePage._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    table = connection.ops.quote_name(GuidancePage._meta.db_table)
    insert = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"  # noqa: S608 (names from _meta)
    with transaction.atomic():
        Page.objects.bulk_create(pages, batch_size=1000)
        rows = []
        for page, extra in zip(pages, details, strict=True):
            values = {"page_ptr": page.pk, **extra}
            rows.append(
                [field.get_db_prep_save(values[field.name], connection) for field in fields]
            )
        with connection.cursor() as cursor:
            for start in range(0, len(rows), 1000):
                cursor.executemany(insert, rows[start : start + 1000])
        for parent, count in plan.values():
            Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)
    return [page.pk for page in pages]


def check_tree():
    from wagtail.models import Page

    problems = Page.find_problems()
    if any(problems):
        names = ("evil_chars", "bad_steplen", "orphans", "wrong_depth", "wrong_numchild")
        found = {name: ids[:5] for name, ids in zip(names, problems, strict=True) if ids}
        sys.exit(f"The generated tree is inconsistent: {found}")


def index_new_pages(page_ids):
    from search.backends import get_backend
    from search.tasks import load_pages

    backend = get_backend()
    started = time.perf_counter()
    for start in range(0, len(page_ids), INDEX_BATCH):
        batch = page_ids[start : start + INDEX_BATCH]
        backend.index_pages(load_pages(batch))
        done = start + len(batch)
        if done % 5000 < INDEX_BATCH or done == len(page_ids):
            print(f"  indexed {done}/{len(page_ids)} ({time.perf_counter() - started:.0f} s)")
    if page_ids:
        print(f"  {len(page_ids) / (time.perf_counter() - started):.1f} pages indexed a second")


def analyze():
    """Fresh planner statistics and no dead rows, as autovacuum leaves a bulk load.

    Without statistics PostgreSQL still believes the tables hold the demo's
    few hundred rows and plans the search for that; and Wagtail rewrites
    every new index entry once more (its title norms), leaving as many dead
    rows for each search to step over.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


# Measuring ------------------------------------------------------------------


@dataclass
class Figures:
    p50: float
    p95: float


def percentiles(seconds):
    cuts = statistics.quantiles([s * 1000 for s in seconds], n=100, method="inclusive")
    return Figures(p50=cuts[49], p95=cuts[94])


def run_clients(clients, requests, make_call, processes=True):
    """Latencies (s) of ``requests`` calls spread over ``clients`` clients.

    ``make_call(client)`` returns the client's callable, taking the request
    number. Each client has its own database connection, opened before the
    clock starts and closed when it ends. By default each client is a
    process forked from this one, as each concurrent request of the portal
    is served by its own WSGI worker process (gunicorn's sync workers);
    with ``processes=False`` they are threads of this process and share one
    interpreter lock, which the portal's server never makes requests do.
    """
    shares = [requests // clients + (i < requests % clients) for i in range(clients)]
    if processes:
        return _run_processes(shares, make_call)
    return _run_threads(shares, make_call)


def _client_timings(i, share, make_call, barrier):
    from django.db import connection, connections

    try:
        call = make_call(i)
        connection.ensure_connection()
        barrier.wait(timeout=60)
        timings = []
        for n in range(share):
            started = time.perf_counter()
            call(n)
            timings.append(time.perf_counter() - started)
        return timings
    except Exception:
        barrier.abort()
        raise
    finally:
        connections.close_all()


def _run_processes(shares, make_call):
    import multiprocessing
    import queue

    from django.db import connections

    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(len(shares))
    results = context.Queue()

    def client(i):
        try:
            results.put((i, _client_timings(i, shares[i], make_call, barrier), None))
        except Exception as error:  # reported by the parent
            traceback.print_exc()
            results.put((i, [], repr(error)))

    # A forked child must not share the parent's connection.
    connections.close_all()
    workers = [context.Process(target=client, args=(i,), daemon=True) for i in range(len(shares))]
    for worker in workers:
        worker.start()
    timings, errors = [], []
    try:
        for _ in workers:
            _i, client_timings, error = results.get(timeout=THREAD_TIMEOUT_S)
            timings.extend(client_timings)
            if error:
                errors.append(error)
    except queue.Empty:
        errors.append("a client hung")
    finally:
        for worker in workers:
            worker.join(timeout=10)
            if worker.is_alive():
                worker.kill()
    if errors:
        raise RuntimeError(f"a client failed or hung: {errors[:1]}")
    return timings


def _run_threads(shares, make_call):
    threads_timings = [[] for _ in shares]
    errors = []
    barrier = threading.Barrier(len(shares))

    def client(i):
        try:
            threads_timings[i] = _client_timings(i, shares[i], make_call, barrier)
        except Exception as error:  # reported after the run
            traceback.print_exc()
            errors.append(error)

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(len(shares))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=THREAD_TIMEOUT_S)
    if errors or any(thread.is_alive() for thread in threads):
        raise RuntimeError(f"a client failed or hung: {errors[:1]}")
    return [t for client_timings in threads_timings for t in client_timings]


def search_call(client):
    from search.backends import SearchQuery
    from search.services import search

    def call(n):
        text, language = QUERIES[(client + n) % len(QUERIES)]
        search(SearchQuery(text=text, language=language))

    return call


def lookup_call_factory(page_ids):
    from wagtail.models import Page

    def make(client):
        rng = random.Random(SEED + client)  # noqa: S311 (sampling, not secrets)

        def call(_n):
            Page.objects.filter(pk=rng.choice(page_ids)).values_list("title", flat=True).first()

        return call

    return make


def warm_up(page_ids):
    """Every query once and a few lookups: caches filled, buffers warm."""
    from search.backends import SearchQuery
    from search.services import search

    for text, language in QUERIES:
        search(SearchQuery(text=text, language=language))
    run_clients(1, 50, lookup_call_factory(page_ids))


def measure(size, requests, processes=True):
    from wagtail.models import Page

    page_ids = list(Page.objects.filter(depth__gt=1).values_list("pk", flat=True))
    warm_up(page_ids)
    rows = []
    for clients in CLIENTS:
        searched = percentiles(run_clients(clients, requests, search_call, processes))
        looked_up = percentiles(
            run_clients(clients, requests, lookup_call_factory(page_ids), processes)
        )
        rows.append((size, clients, searched, looked_up))
    return rows


def print_table(rows):
    print(
        f"{'pages':>6} {'clients':>8} {'search p50':>11} {'search p95':>11} "
        f"{'lookup p50':>11} {'lookup p95':>11} {'ratio p50':>10} {'ratio p95':>10}"
    )
    for size, clients, searched, looked_up in rows:
        print(
            f"{size:>6} {clients:>8} {searched.p50:>8.1f} ms {searched.p95:>8.1f} ms "
            f"{looked_up.p50:>8.1f} ms {looked_up.p95:>8.1f} ms "
            f"{searched.p50 / looked_up.p50:>9.0f}x {searched.p95 / looked_up.p95:>9.0f}x"
        )


def breakdown(explain):
    """Per query, one client: hits, SQL statements, time in SQL and in total.

    With ``explain``, EXPLAIN ANALYZE of the slowest statement seen, under
    the ``SET LOCAL`` settings the search had made before it.
    """
    from django.db import connection, transaction

    from search.backends import SearchQuery
    from search.services import search

    slowest = (0.0, "", None, ())
    print(f"{'query':<28} {'lang':<4} {'hits':>5} {'SQL':>4} {'SQL ms':>7} {'total ms':>9}")
    for text, language in QUERIES:
        statements, settings = [], []

        def timed(execute, sql, params, many, context, statements=statements, settings=settings):
            if sql.startswith("SET LOCAL"):
                settings.append(sql)
            started = time.perf_counter()
            try:
                return execute(sql, params, many, context)
            finally:
                statements.append((time.perf_counter() - started, sql, params, tuple(settings)))

        started = time.perf_counter()
        with connection.execute_wrapper(timed):
            results = search(SearchQuery(text=text, language=language))
        total = time.perf_counter() - started
        in_sql = sum(s[0] for s in statements)
        print(
            f"{text:<28} {language:<4} {results.total:>5} {len(statements):>4} "
            f"{in_sql * 1000:>7.1f} {total * 1000:>9.1f}"
        )
        slowest = max(slowest, max(statements, key=lambda s: s[0]), key=lambda s: s[0])
    if explain and slowest[1]:
        print(f"\nslowest statement ({slowest[0] * 1000:.1f} ms), EXPLAIN ANALYZE:")
        statement = connection.ops.compose_sql(slowest[1], slowest[2])
        print("\n".join([*slowest[3], statement]))
        with transaction.atomic(), connection.cursor() as cursor:
            for setting in slowest[3]:
                cursor.execute(setting)
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {statement}")
            for (line,) in cursor.fetchall():
                print(f"  {line}")


def profile():
    """The portal's and the stemmer's functions that one pass over QUERIES spends most in."""
    import cProfile
    import pstats

    from search.backends import SearchQuery
    from search.services import search

    profiler = cProfile.Profile()
    profiler.enable()
    for text, language in QUERIES:
        search(SearchQuery(text=text, language=language))
    profiler.disable()
    print("\ncProfile, one pass over the queries (cumulative):")
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("cumulative").print_stats(r"/(search|content|snowballstemmer|django/db)/", 20)


# The run --------------------------------------------------------------------


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default=DEFAULT_URL,
        help=f"A local database to drop and create; its name must contain 'bench' "
        f"(default: {DEFAULT_URL}).",
    )
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[2000, TARGET_PAGES],
        help="Total pages in the tree at each measurement, ascending (default: 2000 20000).",
    )
    parser.add_argument(
        "--requests",
        type=int,
        default=200,
        help="Requests per scenario, shared among the clients (default: 200).",
    )
    parser.add_argument("--keep", action="store_true", help="Leave the database in place.")
    parser.add_argument(
        "--threads",
        action="store_true",
        help="Run the clients as threads of one process instead of one process each "
        "(they then share one interpreter lock, as the portal's requests never do).",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="Print where one pass over the queries spends its time (cProfile) at each size.",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="Print EXPLAIN ANALYZE of the slowest search statement at each size.",
    )
    args = parser.parse_args(argv)
    if args.requests < 20:
        parser.error("--requests must be at least 20 for a 95th percentile.")
    if args.sizes != sorted(args.sizes) or args.sizes[0] < 1:
        parser.error("--sizes must be positive and ascending.")
    return args


def main(argv=None):
    args = parse_args(argv)
    url = checked_url(args.database_url)
    started = time.perf_counter()
    # Stopped from outside (kill, Ctrl-C in the background), the run still
    # leaves through ``finally`` and drops its database.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, _stop)
    recreate_database(url)
    setup_django(url)
    try:
        load_demo()
        rng = random.Random(SEED)  # noqa: S311 (reproducible text, not secrets)
        texts = demo_texts()
        italian, english = len(texts["sentences"]), len(texts["en_sentences"])
        print(f"corpus: {italian} Italian and {english} English sentences to sample")
        indexes = language_trees(LANGUAGE_WEIGHTS)
        print(f"demo tree with {', '.join(LANGUAGE_WEIGHTS)} homes: {page_count()} pages")
        tables = []
        for size in args.sizes:
            step = time.perf_counter()
            new_ids = grow_corpus(indexes, size, texts, rng)
            check_tree()
            print(
                f"\n{size} pages: {len(new_ids)} new ones created in "
                f"{time.perf_counter() - step:.0f} s, indexing"
            )
            index_new_pages(new_ids)
            analyze()
            tables.append(measure(page_count(), args.requests, processes=not args.threads))
            print()
            print_table(tables[-1])
            print()
            breakdown(args.explain)
            if args.profile:
                profile()
        print("\nAll sizes:")
        print_table([row for table in tables for row in table])
        verdict(tables)
    finally:
        if args.keep:
            print(f"\nDatabase kept: {url}")
        else:
            drop_database(url)
    print(f"Done in {time.perf_counter() - started:.0f} s.")


def _stop(_signum, _frame):
    # KeyboardInterrupt, not SystemExit: the immediate task backend that
    # runs indexing on publish swallows every other BaseException.
    raise KeyboardInterrupt


def verdict(tables):
    goal = f"p95 < {TARGET_P95_MS:.0f} ms at {TARGET_PAGES:,} pages with {TARGET_CLIENTS} clients"
    rows = [
        row
        for table in tables
        for row in table
        if row[0] >= TARGET_PAGES and row[1] == TARGET_CLIENTS
    ]
    if not rows:
        print(f"\nTarget ({goal}): not measured, no size reached {TARGET_PAGES} pages.")
        return
    p95 = rows[0][2].p95
    met = "met" if p95 < TARGET_P95_MS else "NOT met"
    print(f"\nTarget ({goal}): {met}, p95 = {p95:.1f} ms at {rows[0][0]} pages.")


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit("Stopped.")
