"""Torino's reviewer works through the queue in the Wagtail admin, in a real browser.

She logs in, opens Applications, filters the queue to "in review", opens an
application, asks the applicant for information, puts it back in review (as
the applicant's answer would), approves it and reads the history.

Selectors use names and values, not labels: the admin speaks the reviewer's
language, which depends on which catalogues are compiled.
"""

import re

import pytest

from tests.conftest import DEMO_PASSWORD

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 900}
TRANSITION_FORM = "form:has(input[name=action][value=transition])"
NOTE = "Manca la busta paga di marzo."
MESSAGE = "Per favore, mandateci la busta paga di marzo."


@pytest.fixture
def desk(open_page):
    """A page in a desktop window; requests to other hosts are refused and recorded."""
    return open_page(DESKTOP)


def log_in(page, server, username):
    page.goto(f"{server}/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{server}/admin/")


def change_state(page, state, note="", message=""):
    form = page.locator(TRANSITION_FORM)
    form.locator("select[name=state]").select_option(state)
    if note:
        form.locator("textarea[name=note]").fill(note)
    if message:
        form.locator("textarea[name=message]").fill(message)
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    assert page.locator(".messages .error, .w-field__errors").count() == 0, page.content()


def offered_states(page):
    select = page.locator(f"{TRANSITION_FORM} select[name=state]")
    if select.count() == 0:
        return []
    return select.locator("option").evaluate_all("options => options.map(o => o.value)")


def history(page):
    return page.locator("ol.portal-review-history > li").all_inner_texts()


def test_reviewer_requests_information_then_approves(demo_server, desk):
    page = desk
    log_in(page, demo_server, "reviewer.to")

    page.locator("a[href='/admin/applications/']").first.click()
    page.wait_for_url(re.compile(r"/admin/applications/$"))
    references = page.locator("#listing-results td a[href*='/admin/applications/']")
    assert references.count() >= 1

    # The filters are in a drill-down menu; the listing follows without a reload.
    page.locator("#filters-drilldown button[aria-label]").first.click()
    page.locator("button[aria-controls='drilldown-id_state']").click()
    page.locator("#drilldown-id_state select[name=state]").select_option("in_review")
    page.wait_for_url(re.compile(r"state=in_review"))
    page.wait_for_load_state("networkidle")
    listed = page.locator("#listing-results td a[href*='/admin/applications/']")
    texts = listed.all_inner_texts()
    assert texts, "no application in review for Torino"
    assert all(text.strip().startswith("TO-") for text in texts), texts

    listed.first.click()
    page.wait_for_url(re.compile(r"/admin/applications/\d+/$"))
    detail_url = page.url
    assert set(offered_states(page)) == {"info_requested", "approved", "rejected", "withdrawn"}
    before = len(history(page))

    change_state(page, "info_requested", note=NOTE, message=MESSAGE)
    assert page.url == detail_url
    assert set(offered_states(page)) == {"in_review", "withdrawn"}
    assert MESSAGE in page.locator("#info-heading + div").inner_text()

    change_state(page, "in_review")
    change_state(page, "approved")

    assert offered_states(page) == []
    entries = history(page)
    # Newest first: three state changes, each followed by the page opening again.
    assert len(entries) >= before + 6
    latest = entries[:6]
    assert all("Istruttoria TO" in entry for entry in latest), latest
    opened = {entry.split("·")[-1].strip() for entry in latest[0::2]}
    assert len(opened) == 1, latest
    changes = latest[1::2]
    assert len(set(changes)) == 3, latest
    assert NOTE in changes[2]
    assert NOTE not in changes[0] + changes[1]
    # The admin asks no other host for anything (no avatars from gravatar.com).
    assert page.third_party_requests == []
