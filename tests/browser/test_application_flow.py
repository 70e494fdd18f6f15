"""A care worker applies for a skills assessment on a phone, pausing half-way.

She starts on the Torino network's page, uploads her documents, saves and
closes; later, in a browser that knows nothing of her (a new context, no
cookies), she opens the private link, finishes, checks her answers and sends.
On the way: axe-core on the pages that matter, and the error summary's links
put the cursor in the field they name.
"""

import re

import pytest

from tests.browser.conftest import PHONE, serious_violations
from tests.forms.applicant import PDF, PNG

pytestmark = pytest.mark.browser

NETWORK = "/{lang}/torino/"
PRIMARY = ".portal-wizard-actions .btn-primary"
SAVE_LATER = ".portal-wizard-actions button[name=save_later]"


def skills_assessment_url(page, server, lang="it"):
    """The network page links to its skills-assessment application."""
    response = page.goto(server + NETWORK.format(lang=lang))
    if response.status != 200:
        return None
    link = page.locator("main a[href$='/valutazione-competenze/']").first
    if link.count() == 0:
        return None
    return server + link.get_attribute("href")


def step_name(page):
    return page.locator("input[name$='-current_step']").input_value()


def tick(page, input_id):
    """Tick a checkbox or radio the way a person does: on its label (Bootstrap Italia draws it)."""
    page.locator(f"label[for='{input_id}']").click()
    assert page.locator(f"#{input_id}").is_checked()


def continue_(page):
    before = step_name(page)
    page.locator(PRIMARY).click()
    page.wait_for_load_state()
    assert page.locator("#error-summary").count() == 0, page.locator("#error-summary").inner_text()
    assert page.locator("input[name$='-current_step']").count() == 0 or step_name(page) != before


def assert_focus_follows(page, link):
    target = link.get_attribute("href").removeprefix("#")
    link.click()
    assert page.evaluate("document.activeElement.id") == target
    assert page.evaluate("location.hash") == f"#{target}"


def test_care_worker_applies_pausing_half_way(demo_server, phone, open_page):
    landing = skills_assessment_url(phone, demo_server)
    assert landing, "the Torino network page does not link to its skills assessment"
    assert phone.goto(landing).status == 200
    assert serious_violations(phone) == []
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_load_state()
    assert re.search(r"/[0-9a-f-]{36}/about/$", phone.url), phone.url

    # An empty step: the error summary is focused and each link leads to its field.
    phone.locator(PRIMARY).click()
    phone.wait_for_load_state()
    summary = phone.locator("#error-summary")
    assert summary.is_visible()
    assert phone.evaluate("document.activeElement.id") == "error-summary"
    assert phone.title().startswith(("Errore", "Error"))
    assert phone.locator("[aria-invalid=true]").count() >= 5
    assert serious_violations(phone) == []
    links = summary.locator("a")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert "#id_about-first_name" in hrefs
    assert "#id_about-languages_0" in hrefs  # a group of checkboxes: its first box
    assert_focus_follows(phone, summary.locator("a[href='#id_about-first_name']"))
    phone.keyboard.type("Ana")
    assert phone.locator("#id_about-first_name").input_value() == "Ana"
    assert_focus_follows(phone, summary.locator("a[href='#id_about-languages_0']"))

    # About you
    phone.fill("#id_about-last_name", "Popescu")
    phone.fill("#id_about-date_of_birth", "1980-05-17")
    phone.fill("#id_about-nationality", "romena")
    tick(phone, "id_about-languages_0")
    phone.fill("#id_about-email", "ana.popescu@example.org")
    phone.fill("#id_about-phone", "+39 333 123 4567")
    phone.select_option("#id_about-contact_language", "ro")
    continue_(phone)

    # Right to work
    tick(phone, "id_right-to-work-permit_type_1")
    phone.fill("#id_right-to-work-permit_expiry", "2030-01-31")
    continue_(phone)

    # Care experience
    phone.fill("#id_experience-years", "6")
    tick(phone, "id_experience-care_settings_0")
    phone.fill("#id_experience-tasks", "Igiene personale, pasti, accompagnamento alle visite.")
    continue_(phone)

    # Self-assessment: "3" (I do it on my own) everywhere.
    radios = phone.locator("input[type=radio][value='3']")
    for i in range(radios.count()):
        tick(phone, radios.nth(i).get_attribute("id"))
    continue_(phone)

    # Documents: upload, then save and stop here.
    assert step_name(phone) == "documents"
    phone.set_input_files(
        "#id_documents-id_document",
        {"name": "passaporto.png", "mimeType": "image/png", "buffer": PNG},
    )
    phone.set_input_files(
        "#id_documents-cv", {"name": "cv.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    phone.locator(SAVE_LATER).click()
    phone.wait_for_load_state()
    # A redirect keeps the fragment of the page it left (the last summary link).
    assert re.search(r"/saved/(#.*)?$", phone.url), phone.url
    resume = phone.locator("#resume-link").get_attribute("href")
    assert re.search(r"/continue/[\w-]+/$", resume), resume

    # Later, elsewhere (another phone, no cookies): the private link alone reopens the application.
    later = open_page()
    later.goto(resume)
    assert step_name(later) == "documents"
    stored = later.locator(".portal-stored-file").all_inner_texts()
    assert any("passaporto.png" in text for text in stored), stored
    assert any("cv.pdf" in text for text in stored), stored
    continue_(later)

    # Interview
    tick(later, "id_interview-helpdesk_0")
    tick(later, "id_interview-availability_0")
    continue_(later)

    # Consent
    tick(later, "id_consent-privacy")
    tick(later, "id_consent-truthful")
    continue_(later)

    # Check your answers
    assert step_name(later) == "review"
    assert later.locator(".portal-summary").count() == 7
    assert later.get_by_text("Popescu", exact=True).count() == 1
    assert later.get_by_text("passaporto.png", exact=True).count() == 1
    # The honeypot is in the page but off-screen, not display:none.
    honeypot = later.locator(".portal-hp").bounding_box()
    assert honeypot is not None and honeypot["x"] + honeypot["width"] < 0, honeypot
    assert serious_violations(later) == []
    later.locator(PRIMARY).click()
    later.wait_for_load_state()

    assert re.search(r"/sent/$", later.url), later.url
    reference = later.locator(".portal-reference").inner_text().strip()
    assert re.fullmatch(r"TO-\d{4}-\d{6}", reference), reference
    assert phone.third_party_requests == []
    assert later.third_party_requests == []


def test_steps_work_on_narrow_phones_without_sideways_scrolling(demo_server, phone):
    phone.set_viewport_size({"width": 320, "height": 640})
    phone.goto(skills_assessment_url(phone, demo_server))
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_load_state()
    phone.locator(PRIMARY).click()
    phone.wait_for_load_state()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 320
    # Buttons stacked, full width, the primary one first.
    buttons = phone.locator(".portal-wizard-actions .btn")
    boxes = [buttons.nth(i).bounding_box() for i in range(buttons.count())]
    assert buttons.first.get_attribute("class").split()[:2] == ["btn", "btn-primary"]
    assert all(box["width"] > 250 for box in boxes), boxes
    assert [box["y"] for box in boxes] == sorted(box["y"] for box in boxes)


def test_a_step_in_arabic_is_right_to_left(demo_server, phone):
    # Translated pages keep the source slugs.
    landing = demo_server + "/ar/torino/valutazione-competenze/"
    assert phone.goto(landing).status == 200
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_load_state()
    assert re.search(r"/ar/.+/[0-9a-f-]{36}/about/$", phone.url), phone.url
    assert phone.locator("input[name$='-current_step']").count() == 1
    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert phone.locator("html").get_attribute("lang") == "ar"
    phone.locator(PRIMARY).click()
    phone.wait_for_load_state()
    assert phone.locator("#error-summary").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    # The error bar of a field sits on its right, where the lines start.
    field = phone.locator(".portal-field-error").first
    assert field.evaluate("e => getComputedStyle(e).borderRightWidth") == "4px"
    assert serious_violations(phone) == []
