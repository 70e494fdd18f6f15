"""Two tabs: two drafts never share answers; one draft in two tabs keeps both tabs' steps."""

import pytest

from forms.models import Draft
from forms.storage import DraftStorage

from .applicant import Applicant, as_shown

pytestmark = pytest.mark.django_db


def test_two_drafts_of_one_kind_in_one_browser(browser, form_page, answers, sent):
    page = form_page("TO", "skills_assessment")
    first = browser()
    second = Applicant(first.client)  # the same cookies: another tab
    ana = answers("TO", "skills_assessment")
    maria = answers("TO", "skills_assessment")
    maria[0] = ("about", {**maria[0][1], "first_name": "Maria", "email": "maria@example.org"})
    maria[2] = ("experience", {**maria[2][1], "years": "12", "tasks": "Notti e pasti."})

    first.start(page.url)
    second.start(page.url)
    assert first.draft != second.draft
    for (step, for_first), (_step, for_second) in zip(ana, maria, strict=True):
        first.fill([(step, for_first)])
        second.fill([(step, for_second)])
        if step == "experience":
            # Each tab still shows its own answers on the step before, and goes on from there.
            for tab, years in ((first, "6"), (second, "12")):
                tab.back()
                assert tab.values()["years"] == [years]
                tab.post({})
                assert tab.current_step == "self-assessment"

    names = dict(sent().values_list("email", "applicant_name"))
    assert names == {"ana.popescu@example.org": "Ana Popescu", "maria@example.org": "Maria Popescu"}
    years = {
        application.email: next(
            answer["value"]
            for step in application.answers["steps"]
            for answer in step["answers"]
            if answer["name"] == "years"
        )
        for application in sent()
    }
    assert years == {"ana.popescu@example.org": 6, "maria@example.org": 12}


def test_alternating_tabs_show_their_own_answers(browser, form_page, answers):
    page = form_page("TO", "training_enrolment")
    first = browser()
    second = Applicant(first.client)
    first.start(page.url)
    second.start(page.url)
    ana = answers("TO", "training_enrolment")[0][1]
    first.fill([("about", ana)])
    second.fill([("about", {**ana, "first_name": "Maria", "phone": "011 999 8888"})])

    first.back()
    second.back()
    assert first.values()["first_name"] == ["Ana"]
    assert second.values()["first_name"] == ["Maria"]
    assert second.values()["phone"] == ["011 999 8888"]
    assert all(first.values()[k] == v for k, v in as_shown(ana).items())


def test_one_draft_in_two_tabs_on_different_steps(started):
    applicant, steps = started("skills_assessment", until="experience")
    other_tab = Applicant(applicant.client)
    other_tab.open(applicant.url.replace("/experience/", "/about/"))
    assert other_tab.current_step == "about"

    applicant.post(steps["experience"])
    other_tab.post({**steps["about"], "phone": "011 222 3333"})
    assert applicant.current_step == "self-assessment"
    assert other_tab.current_step == "right-to-work"

    data = Draft.objects.get(pk=applicant.draft.pk).state["step_data"]
    assert data["about"]["about-phone"] == ["011 222 3333"]
    assert data["experience"]["experience-years"] == ["6"]
    assert data["right-to-work"]["right-to-work-permit_type"] == ["work"]


def test_overlapping_requests_on_one_draft_keep_both_steps(started):
    """Two requests that read the draft before either wrote it: each writes only its own step."""
    applicant, _steps = started("skills_assessment", until="experience")
    draft = applicant.draft
    tab_one = DraftStorage(Draft.objects.get(pk=draft.pk))
    tab_two = DraftStorage(Draft.objects.get(pk=draft.pk))

    tab_one.set_step_data("experience", {"experience-years": ["6"]})
    tab_one.current_step = "self-assessment"
    tab_two.set_step_data("about", {"about-first_name": ["Anna"]})
    tab_two.current_step = "right-to-work"
    tab_one.save()
    tab_two.save()

    state = Draft.objects.get(pk=draft.pk).state
    assert state["step_data"]["experience"] == {"experience-years": ["6"]}
    assert state["step_data"]["about"] == {"about-first_name": ["Anna"]}
    assert state["step_data"]["right-to-work"]["right-to-work-permit_type"] == ["work"]
