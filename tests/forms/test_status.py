"""/<lang>/application-status/: reference plus e-mail shows the state, and nothing else."""

import re
from html import unescape

import pytest

from django.test import Client

from forms.models import Application, ApplicationState

from .applicant import hidden_fields, italian, shown_text
from .review_helpers import make_application

pytestmark = pytest.mark.django_db

URL = "/it/application-status/"
STATE = italian("Information requested")
NEUTRAL = italian(
    "We found no application with this reference and e-mail. "
    "Check both against your confirmation e-mail."
)


@pytest.fixture
def application():
    return make_application(
        "TO",
        state=ApplicationState.INFO_REQUESTED,
        document=False,
        reference="TO-2026-000777",
        applicant_name="Ana Popescu",
        email="ana.popescu@example.org",
        answers={"steps": [{"step": "about", "answers": [{"name": "phone", "value": "+39 333"}]}]},
        applicant_message="Portate il permesso di soggiorno allo sportello.",
    )


@pytest.fixture
def ask():
    client = Client(enforce_csrf_checks=True)

    def post(reference, email):
        token = hidden_fields(client.get(URL))["csrfmiddlewaretoken"]
        return client.post(
            URL, {"csrfmiddlewaretoken": token, "reference": reference, "email": email}
        )

    return post


def result(response):
    found = re.search(r'class="portal-status-result".*?</div>', response.text, re.S)
    return unescape(found.group(0)) if found else ""


def assert_reveals_nothing(response):
    text = shown_text(response)
    for secret in ("Ana", "Popescu", "+39 333", "permesso di soggiorno", STATE, "2026-01"):
        assert secret not in text


def test_right_pair_shows_the_state_and_the_message(application, ask):
    response = ask("TO-2026-000777", "ana.popescu@example.org")
    assert response.status_code == 200
    shown = result(response)
    assert (
        italian("Application %(reference)s: %(state)s.", reference="TO-2026-000777", state=STATE)
        in shown
    )
    assert "Portate il permesso di soggiorno allo sportello." in shown
    for private in ("Ana", "Popescu", "+39 333", "2026-01"):
        assert private not in shown_text(response)


def test_reference_and_email_as_people_type_them(application, ask):
    response = ask("  to-2026-000777 ", "Ana.Popescu@Example.org")
    assert STATE in result(response)


@pytest.mark.parametrize(
    ("reference", "email"),
    [
        ("TO-2026-000778", "ana.popescu@example.org"),
        ("TO-2026-000777", "someone@example.org"),
        ("CN-2026-000777", "someone@example.org"),
    ],
)
def test_wrong_pair_gets_the_neutral_answer(application, ask, reference, email):
    response = ask(reference, email)
    assert response.status_code == 200
    assert NEUTRAL in result(response)
    assert_reveals_nothing(response)
    # The same words whichever half was wrong.
    other = ask("TO-2026-000999", "nobody@example.org")
    assert result(response) == result(other)


@pytest.mark.parametrize(
    ("reference", "email"),
    [
        ("TO-2026-77", "ana.popescu@example.org"),
        ("'; DROP TABLE forms_application; --", "ana.popescu@example.org"),
        ("TO-2026-000777", "not-an-email"),
        ("", ""),
        ("TO-2026-000777" * 10, "a" * 300 + "@example.org"),
    ],
)
def test_malformed_input_reveals_nothing(application, ask, reference, email):
    response = ask(reference, email)
    assert response.status_code == 400
    assert result(response) == ""
    assert italian("There is a problem") in unescape(response.text)
    assert_reveals_nothing(response)
    assert Application.objects.filter(pk=application.pk).exists()


def test_status_lookups_are_rate_limited(application, ask, settings):
    settings.APPLICATION_STATUS_RATE = "3/h"
    for _attempt in range(3):
        assert ask("TO-2026-000999", "x@example.org").status_code == 200
    response = ask("TO-2026-000777", "ana.popescu@example.org")
    assert response.status_code == 429
    assert italian("Too many searches from this connection. Try again in an hour.") in unescape(
        response.text
    )
    assert_reveals_nothing(response)
    assert result(response) == ""
