"""design-django-theme declares Django up to 5.0; these prove it serves us on 5.2."""

import re
from urllib.parse import urlsplit

import pytest

from django.contrib.staticfiles import finders
from django.template import Context, Template

pytestmark = pytest.mark.django_db

THEME_FILES = [
    "css/bootstrap-italia.min.css",
    "js/bootstrap-italia.bundle.min.js",
    "svg/sprites.svg",
    "fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-regular.woff2",
]


@pytest.mark.parametrize("path", THEME_FILES)
def test_theme_files_are_found_by_the_static_finders(path):
    assert finders.find(path), path


def test_theme_template_tag_gives_local_paths():
    template = Template(
        "{% load django_bootstrap_italia %}"
        "{% django_bootstrap_italia_static_path 'css/bootstrap-italia.min.css' %}"
    )
    assert template.render(Context()) == "/static/css/bootstrap-italia.min.css"


def test_pages_load_the_theme_from_our_own_static_files(client):
    html = client.get("/it/").content.decode()
    assert 'href="/static/css/bootstrap-italia.min.css"' in html
    assert "/static/js/bootstrap-italia.bundle.min.js" in html


def test_pages_call_no_third_party_host(client):
    """Stylesheets, scripts, images and fonts all come from this site."""
    for url in ("/it/", "/it/sportelli/", "/it/corsi/", "/ar/"):
        html = client.get(url).content.decode()
        assets = re.findall(
            r'<(?:link|script|img|source|iframe)\b[^>]*(?:href|src)="([^"]+)"', html
        )
        external = [a for a in assets if urlsplit(a).netloc not in ("", "testserver")]
        assert external == [], (url, external)
