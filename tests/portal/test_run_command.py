"""The README's run command, in a clean clone, leaves a working site."""

import re
import subprocess
import urllib.request

import pytest

from tests.servers import BASE_DIR, clean_environment, free_port, stop, wait_for

pytestmark = pytest.mark.slow


def readme_run_command():
    readme = (BASE_DIR / "README.md").read_text()
    match = re.search(r"^\s*(make run)\s*$", readme, re.MULTILINE)
    assert match, "the README gives `make run` as the command that brings the portal up"
    return match.group(1).split()


def test_run_command_in_a_clean_clone(tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(BASE_DIR), str(clone)], check=True)
    port = free_port()
    log = tmp_path / "run.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [*readme_run_command(), f"PORT={port}"],
            cwd=clone,
            env=clean_environment(),
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        base_url = f"http://127.0.0.1:{port}"
        try:
            wait_for(f"{base_url}/healthz", timeout=900, process=server)
            for path in ("/it/", "/it/sportelli/", "/it/corsi/", "/en/"):
                with urllib.request.urlopen(base_url + path, timeout=30) as response:  # noqa: S310
                    assert response.status == 200, path
        finally:
            stop(server)
    printed = log.read_text()
    assert re.search(r"password: \S+", printed), printed[-2000:]
    assert "admin" in printed
    assert (clone / "var" / "portal.sqlite3").exists()
