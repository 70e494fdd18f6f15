import subprocess
import sys

import pytest

from tests.conftest import DEMO_PASSWORD
from tests.servers import BASE_DIR, clean_environment, free_port, stop, wait_for

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


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory):
    """The portal with the demo region, served by a separate process."""
    database = tmp_path_factory.mktemp("browser") / "portal.sqlite3"
    env = clean_environment(
        DATABASE_URL=f"sqlite:///{database}", DJANGO_SETTINGS_MODULE="portal.settings.dev"
    )
    manage = [sys.executable, str(BASE_DIR / "manage.py")]
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
def phone(browser):
    """A page in a phone-sized window; requests to other hosts are refused and recorded."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
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
    yield page
    context.close()
