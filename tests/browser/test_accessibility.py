"""Key pages in Italian and Arabic: no serious axe-core violations, nothing third-party."""

import pytest

from tests.browser.conftest import serious_violations

pytestmark = pytest.mark.browser

PAGES = [
    "/{lang}/",
    "/{lang}/sportelli/",
    "/{lang}/sportelli/?service=matching",
    "/{lang}/guida/",
    "/{lang}/guida/assumere-con-contratto-regolare/",
    "/{lang}/corsi/",
    "/{lang}/torino/",
    "/{lang}/torino/sportelli/",
    "/{lang}/cuneo/valutazione-competenze/",
]


@pytest.mark.parametrize("lang", ["it", "ar"])
@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_serious_accessibility_violations(demo_server, phone, lang, path):
    response = phone.goto(demo_server + path.format(lang=lang))
    assert response.status == 200
    assert phone.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    serious = serious_violations(phone)
    assert serious == [], serious
    assert phone.third_party_requests == []


def test_keyboard_reaches_the_main_content_first(demo_server, phone):
    phone.goto(demo_server + "/it/")
    phone.keyboard.press("Tab")
    focused = phone.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    phone.keyboard.press("Enter")
    assert phone.evaluate("location.hash") == "#main"


def test_helpdesk_filters_work_without_javascript(demo_server, open_page):
    page = open_page(java_script_enabled=False)
    page.goto(demo_server + "/it/sportelli/")
    everything = page.locator("[data-helpdesk]").count()
    page.select_option("select[name=service]", "matching")
    page.locator("form.portal-filters button[type=submit]").click()
    page.wait_for_load_state()
    assert "service=matching" in page.url
    assert 0 < page.locator("[data-helpdesk]").count() < everything
    assert page.third_party_requests == []
