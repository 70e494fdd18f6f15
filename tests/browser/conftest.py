import shutil
import subprocess
import sys

import pytest

from tests.conftest import DEMO_PASSWORD, DEMO_SQLITE
from tests.servers import BASE_DIR, clean_environment, free_port, stop, wait_for

REHASH_PASSWORDS = (
    "import os; from django.contrib.auth import get_user_model\n"
    "for user in get_user_model().objects.all():\n"
    "    user.set_password(os.environ['DEMO_PASSWORD']); user.save()"
)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory, django_db_setup):
    """The portal with the demo region, served by a separate process."""
    folder = tmp_path_factory.mktemp("browser")
    database = folder / "portal.sqlite3"
    env = clean_environment(
        DATABASE_URL=f"sqlite:///{database}",
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        # Uploads of the applications the tests send stay out of the checkout.
        PRIVATE_STORAGE_ROOT=str(folder / "private"),
    )
    manage = [sys.executable, str(BASE_DIR / "manage.py")]
    if "template" in DEMO_SQLITE:
        # The test run's own demo database, built once: same region and logins,
        # whose passwords are hashed again with the server's (not the tests') hasher.
        shutil.copyfile(DEMO_SQLITE["template"], database)
        subprocess.run(
            [*manage, "shell", "-c", REHASH_PASSWORDS],
            env={**env, "DEMO_PASSWORD": DEMO_PASSWORD},
            check=True,
            cwd=BASE_DIR,
            stdout=subprocess.DEVNULL,
        )
    else:
        subprocess.run([*manage, "migrate", "--no-input", "-v0"], env=env, check=True, cwd=BASE_DIR)
        subprocess.run(
            [*manage, "load_demo", "--password", DEMO_PASSWORD],
            env=env,
            check=True,
            cwd=BASE_DIR,
            stdout=subprocess.DEVNULL,
        )
    port = free_port()
    server = subprocess.Popen(
        [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"],
        env=env,
        cwd=BASE_DIR,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base_url}/healthz", timeout=60, process=server)
        yield base_url
    finally:
        stop(server)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser):
    """Opens pages, each in a context of its own (its own cookies, nothing shared).

    Phone-sized unless told otherwise; requests to other hosts are refused and
    recorded in the page's ``third_party_requests``.
    """
    contexts = []

    def open_(viewport=PHONE, **options):
        context = browser.new_context(viewport=viewport, **options)
        contexts.append(context)
        page = context.new_page()
        page.third_party_requests = []

        def route(route):
            url = route.request.url
            if url.startswith("http://127.0.0.1:"):
                route.continue_()
            else:
                page.third_party_requests.append(url)
                route.abort()

        page.route("**/*", route)
        return page

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture
def phone(open_page):
    """A page in a phone-sized window; requests to other hosts are refused and recorded."""
    return open_page()


def serious_violations(page):
    """axe-core's serious and critical WCAG 2.1 AA violations on the page, briefly."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": WCAG_AA})
    return [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
