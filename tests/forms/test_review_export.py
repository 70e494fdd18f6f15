"""CSV and XLSX exports of the filtered queue.

Reviewers get names and references; regional admins the contact details too.
"""

import pytest

from forms.models import ApplicationKind, ApplicationState

from .review_helpers import ADMIN_URL, csv_rows, login, make_application, reviewer, user, xlsx_rows

pytestmark = pytest.mark.django_db

State = ApplicationState
REVIEWER_COLUMNS = ["Reference", "Kind", "State", "Network", "Submitted", "Applicant"]
PERSONAL_COLUMNS = [
    "E-mail",
    "Language for contact",
    "Variant",
    "Course",
    "On the waiting list",
    "Decided",
]


@pytest.fixture
def queue():
    return {
        "rejected": make_application("TO", state=State.REJECTED, document=False),
        "in_review": make_application("TO", state=State.IN_REVIEW, document=False),
        "enrolment": make_application(
            "TO", state=State.IN_REVIEW, kind=ApplicationKind.TRAINING_ENROLMENT, document=False
        ),
        "cuneo": make_application("CN", state=State.IN_REVIEW, document=False),
    }


def export(client, file_format, query=""):
    response = client.get(f"{ADMIN_URL}?export={file_format}&{query}")
    assert response.status_code == 200
    rows = csv_rows(response) if file_format == "csv" else xlsx_rows(response)
    return rows[0], {row[0]: row for row in rows[1:]}


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_a_reviewers_export_has_names_and_references_only(client, queue, file_format):
    login(client, reviewer("TO"))

    headings, rows = export(
        client, file_format, f"state={State.IN_REVIEW}&kind={ApplicationKind.SKILLS_ASSESSMENT}"
    )

    assert headings == REVIEWER_COLUMNS
    application = queue["in_review"]
    assert application.reference in rows
    row = rows[application.reference]
    assert row[3] == "TO"
    assert row[5] == application.applicant_name
    # The filter holds: no other state, kind or network.
    for other in ("rejected", "enrolment", "cuneo"):
        assert queue[other].reference not in rows
    assert not any("@" in str(cell) for row in rows.values() for cell in row)


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_a_regional_admins_export_has_the_contact_details(client, queue, file_format):
    login(client, user("regione"))

    headings, rows = export(client, file_format, f"state={State.IN_REVIEW}")

    assert headings == REVIEWER_COLUMNS + PERSONAL_COLUMNS
    for name in ("in_review", "enrolment", "cuneo"):
        application = queue[name]
        assert rows[application.reference][6] == application.email
        assert rows[application.reference][7] == application.language
    assert queue["rejected"].reference not in rows


def test_the_export_follows_the_search(client, queue):
    login(client, reviewer("TO"))
    _headings, rows = export(client, "csv", f"q={queue['rejected'].reference}")
    assert list(rows) == [queue["rejected"].reference]


def test_the_listing_offers_both_exports(client, queue):
    login(client, reviewer("TO"))
    page = client.get(ADMIN_URL + f"?state={State.IN_REVIEW}").text
    assert "export=xlsx" in page
    assert "export=csv" in page
