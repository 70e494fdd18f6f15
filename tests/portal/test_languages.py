import re

import pytest

from django.conf import settings

pytestmark = pytest.mark.django_db

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def test_languages_of_the_design():
    assert LANGUAGE_CODES == ["it", "en", "ro", "uk", "es", "fr", "ar"]
    assert settings.LANGUAGE_CODE == "it"
    assert settings.WAGTAIL_I18N_ENABLED


def test_root_redirects_to_italian_by_default(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/it/"


def test_root_follows_the_browser_language(client):
    response = client.get("/", headers={"accept-language": "ro"})
    assert response["Location"] == "/ro/"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_language_has_its_home_with_lang_and_dir(client, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    direction = "rtl" if code == "ar" else "ltr"
    assert re.search(rf'<html[^>]*\blang="{code}"[^>]*\bdir="{direction}"', html), html[:300]


def test_language_switcher_links_to_the_same_page_in_each_language(client):
    html = client.get("/it/guida/").content.decode()
    for code in LANGUAGE_CODES:
        assert f'href="/{code}/guida/"' in html
