"""Arbitrary text in every text-like field of every step, through the real wizard.

Whatever an applicant (or a robot) types, the portal answers 200 or 400,
never 500, and what was typed comes back escaped: on the step itself, on
the "saved" page and in the "check your answers" summary.
"""

import re

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from django import forms
from django.conf import settings as django_settings
from django.test import Client

from content.models import NetworkPage
from forms.definitions import DEFINITIONS, REVIEW_STEP
from forms.models import ApplicationFormPage, ApplicationKind

from .applicant import Applicant, hidden_fields

pytestmark = pytest.mark.django_db

MARKUP = ["<script>alert(1)</script>", '"><img src=x onerror=1>']
# What must never reach a response as it was typed.
UNESCAPED = ["<script>alert(1)</script>", "<img src=x"]
NASTY = [
    *MARKUP,
    "<b>bold</b>",
    "{{ request.META }}",
    "{% debug %}",
    "{% csrf_token %}",
    "' OR '1'='1'; --",
    'Robert"); DROP TABLE forms_draft; --',
    "\x00",
    "\r\n",
    "\t",
    "\x1b[31m",
    "\ufeff",
    "\u200b",
    "\u202e",
    "\u202d",
    "\u202c",
    "\u202eأحمد بن علي\u202c",
    "\u202dمرحبا\u202c",
    "٢٠٢٦-٠٣-٢٧",
    "١٢",
    "-0",
    "1e5",
    "31/02/2020",
    "0000-00-00",
    "9999-12-31",
    "IT60 X054 2811 1010 0000 0123 456",
    "a@b",
    "@",
    "ß",
    "🧑‍⚕️",
]
# Every character a browser can send (lone surrogates cannot be encoded).
CHARACTERS = st.characters(exclude_categories=["Cs"])
PIECES = st.one_of(st.sampled_from(NASTY), st.text(alphabet=CHARACTERS, max_size=20))
NASTY_TEXT = st.one_of(
    st.lists(PIECES, max_size=6).map("".join),
    # Very long: beyond every max_length, and beyond Python's digit limit for ints.
    st.builds(
        lambda piece, times: piece * times,
        st.sampled_from(["9", "x", "ا", "<script>alert(1)</script>", "\u202e"]),
        st.integers(min_value=300, max_value=6000),
    ),
)
TEXT_LIKE = (forms.CharField, forms.DateField, forms.IntegerField)
FUZZ = settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def text_fields(kind):
    """(step, field) of every field of ``kind`` that takes typed text."""
    found = []
    for step, form_class in DEFINITIONS[kind].steps.items():
        form = form_class(wizard_context={})
        for name, field in form.fields.items():
            if isinstance(field, TEXT_LIKE) and not isinstance(field.widget, forms.HiddenInput):
                found.append((step, name))
    return found


def assert_safe(response):
    assert response.status_code in (200, 400), response.status_code
    body = response.content.decode()
    for raw in UNESCAPED:
        assert raw not in body, raw


class Draft:
    """One draft of a Torino application, posted to step by step, in any order."""

    def __init__(self, page, steps):
        self.page = page
        self.kind = page.kind
        self.client = Client()
        applicant = Applicant(self.client)
        applicant.start(self.page.url)
        # <page url><uuid>/<first step>/
        self.base = applicant.url.rstrip("/").rsplit("/", 1)[0] + "/"
        self.hidden = hidden_fields(applicant.response)
        self.step_key = next(name for name in self.hidden if name.endswith("-current_step"))
        self.first = next(iter(DEFINITIONS[self.kind].steps))
        self.answers = {step: plain_answers(values) for step, values in steps}
        # Steps that decide which others apply get their answers first.
        if "variant" in self.answers:
            assert self.post("variant", {}).status_code == 200

    def post(self, step, fuzzed, **buttons):
        data = {**self.hidden, self.step_key: step}
        for name, value in {**self.answers[step], **fuzzed}.items():
            data[f"{step}-{name}"] = value
        data.update(buttons)
        return self.client.post(f"{self.base}{step}/", data, follow=True)

    def review(self):
        return self.client.get(f"{self.base}{REVIEW_STEP}/")


def plain_answers(values):
    return {name: value for name, value in values.items() if not hasattr(value, "read")}


@pytest.fixture
def make_draft(form_page, answers):
    """A Torino draft of ``kind``, with valid answers (and what they need) to post with the fuzz."""
    return lambda kind, variant="": Draft(form_page("TO", kind), answers("TO", kind, variant))


@pytest.fixture
def skills_draft(make_draft):
    return make_draft(ApplicationKind.SKILLS_ASSESSMENT)


@pytest.fixture(
    params=[
        (ApplicationKind.SKILLS_ASSESSMENT, ""),
        (ApplicationKind.TRAINING_ENROLMENT, ""),
        # The replacement variant has every step, the replacement one included.
        (ApplicationKind.FAMILY_SUBSIDY, "replacement"),
    ],
    ids=lambda param: str(param[0]),
)
def draft(request, make_draft):
    """A draft of each kind in turn."""
    return make_draft(*request.param)


def buttons(draft, field):
    """Save and continue; or leave the step (back, save for later), which keeps what was typed."""
    leave = [{"wizard_goto_step": draft.first}, {"save_later": "1"}]
    return st.sampled_from([{}, *leave])


def fuzz(draft, step, field, text, button):
    # An empty honeypot would send the application, ending the draft.
    assume(text or field != "website")
    response = draft.post(step, {field: text}, **button)
    assert_safe(response)
    assert_safe(draft.review())


@FUZZ
@given(data=st.data())
def test_steps_take_any_text(draft, data):
    step, field = data.draw(st.sampled_from(text_fields(draft.kind)))
    text = data.draw(NASTY_TEXT, label="text")
    fuzz(draft, step, field, text, data.draw(buttons(draft, field)))


@pytest.mark.parametrize("kind", list(ApplicationKind))
def test_every_kind_has_text_fields_to_fuzz(kind):
    fields = text_fields(kind)
    assert fields
    assert all(step in DEFINITIONS[kind].steps for step, _name in fields)


def test_typed_markup_is_shown_back_as_text(skills_draft):
    """The checks above are not vacuous: typed markup is echoed, on the step and in the summary."""
    response = skills_draft.post("about", {"first_name": MARKUP[0], "phone": "no"})
    assert response.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.content.decode()
    assert_safe(response)
    response = skills_draft.post("about", {"first_name": MARKUP[0], "last_name": MARKUP[1]})
    assert response.redirect_chain, "the step should have been accepted"
    review = skills_draft.review()
    body = review.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "&quot;&gt;&lt;img src=x onerror=1&gt;" in body
    assert_safe(review)


@FUZZ
@given(text=NASTY_TEXT.map(lambda text: f"x{text}@"))
@example(text="x@")
@example(text="ana@example.org, someone@example.org")
@example(text="ana\n@example.org")
def test_saving_for_later_takes_any_contact_email(skills_draft, text):
    response = skills_draft.post("about", {"email": text}, save_later="1")
    assert_safe(response)
    assert re.search(r"continue/[\w-]+/", response.content.decode())


@pytest.mark.parametrize("lang", [code for code, _name in django_settings.LANGUAGES])
def test_a_step_takes_any_text_in_every_language(lang):
    network = NetworkPage.objects.get(code="TO", locale__language_code=lang)
    page = ApplicationFormPage.objects.child_of(network).get(kind=ApplicationKind.SKILLS_ASSESSMENT)
    applicant = Applicant(Client())
    applicant.start(page.url)
    assert applicant.response.status_code == 200, applicant.url
    response = applicant.post({"first_name": MARKUP[0], "nationality": "\u202eأحمد\u202c"})
    assert_safe(response)
    html = re.search(r'<html lang="([\w-]+)" dir="(\w+)"', response.content.decode())
    assert html.groups() == (lang, "rtl" if lang == "ar" else "ltr")
