"""Resuming a draft: only with its private link, only while the link is valid."""

import re
from datetime import timedelta
from html import unescape

import pytest

from django.core import mail
from django.utils import timezone

from forms.models import Draft

from .applicant import as_shown, hidden_fields, italian, shown_text

pytestmark = pytest.mark.django_db

RESUME_LINK = re.compile(r"https?://testserver(/[^\s\"<]*/continue/[\w-]+/)")


def save_for_later(applicant):
    """The "save and continue later" button; returns the private link the page shows."""
    response = applicant.post({}, save_later="1")
    assert response.status_code == 200
    assert "/saved/" in applicant.url
    return RESUME_LINK.search(response.text).group(1)


@pytest.fixture
def saved(started):
    """A skills assessment saved on its third step, with the link to continue it."""
    applicant, steps = started("skills_assessment", until="experience")
    applicant.post({"years": "4"})  # typed but not finished
    return applicant, steps, save_for_later(applicant)


def assert_refused(response, steps):
    assert response.status_code == 404
    assert italian("This application cannot be opened") in unescape(response.text)
    for value in (steps["about"]["first_name"], steps["about"]["last_name"], "ana.popescu"):
        assert value not in shown_text(response)


def test_resume_in_a_new_browser(saved, browser):
    applicant, steps, link = saved
    [message] = mail.outbox
    assert message.to == [steps["about"]["email"]]
    assert link in message.body

    later = browser()
    response = later.open(link)
    assert response.status_code == 200
    assert later.url == applicant.url.replace("/saved/", "/experience/")
    assert later.current_step == "experience"
    assert later.values()["years"] == ["4"]
    later.back()
    later.back()
    assert later.current_step == "about"
    shown = later.values()
    assert all(shown[name] == value for name, value in as_shown(steps["about"]).items())


def test_expired_link_refused(saved, browser):
    applicant, steps, link = saved
    Draft.objects.filter(pk=applicant.draft.pk).update(
        resume_expires_at=timezone.now() - timedelta(seconds=1)
    )
    assert_refused(browser().open(link), steps)


def test_link_valid_until_it_expires(saved, browser, settings):
    applicant, _steps, link = saved
    draft = applicant.draft
    assert draft.resume_expires_at - timezone.now() > timedelta(
        days=settings.APPLICATION_RESUME_DAYS, seconds=-60
    )
    assert browser().open(link).status_code == 200


@pytest.mark.parametrize("token", ["forged-token", "x" * 43, "a" * 150])
def test_forged_link_refused(saved, browser, token):
    _applicant, steps, link = saved
    forged = link.rsplit("/continue/", 1)[0] + f"/continue/{token}/"
    assert_refused(browser().open(forged), steps)


def test_new_link_replaces_the_old_one(saved, browser):
    applicant, steps, old = saved
    applicant.open(applicant.url.replace("/saved/", "/experience/"))
    new = save_for_later(applicant)
    assert new != old
    assert_refused(browser().open(old), steps)
    assert browser().open(new).status_code == 200


def test_link_of_another_form_page_refused(saved, browser, form_page):
    _applicant, steps, link = saved
    other = form_page("CN", "skills_assessment").url
    token = link.rsplit("/continue/", 1)[1]
    assert_refused(browser().open(f"{other}continue/{token}"), steps)


def test_draft_url_from_another_session_refused(saved, browser):
    applicant, steps, _link = saved
    stranger = browser()
    for url in (
        applicant.url,
        applicant.url.replace("/saved/", "/about/"),
        applicant.url.replace("/saved/", "/sent/"),
    ):
        assert_refused(stranger.client.get(url), steps)
    # With a valid CSRF token of its own, a post is still refused.
    stranger.open(applicant.url.rsplit("/", 3)[0] + "/")
    token = hidden_fields(stranger.response)["csrfmiddlewaretoken"]
    response = stranger.client.post(
        applicant.url.replace("/saved/", "/about/"),
        {"csrfmiddlewaretoken": token, "about-first_name": "Eve"},
    )
    assert_refused(response, steps)
    assert applicant.draft.state["step_data"]["about"]["about-first_name"] == ["Ana"]


def test_link_stops_working_once_sent(saved, browser):
    applicant, steps, link = saved
    later = browser()
    later.open(link)
    later.fill_from(steps, "experience")
    assert later.draft.submitted
    assert_refused(browser().open(link), steps)
