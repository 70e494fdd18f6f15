"""Every look at and every change to an application leaves a Wagtail log entry on it."""

import pytest

from wagtail.models import ModelLogEntry

from forms.models import ApplicationState

from .review_helpers import ADMIN_URL, detail_url, download_url, login, make_application, reviewer

pytestmark = pytest.mark.django_db

State = ApplicationState


def entries(application):
    return [
        (entry.action, entry.user.username if entry.user else None, entry.data)
        for entry in ModelLogEntry.objects.for_instance(application).order_by("pk")
    ]


def test_a_reviewers_day_is_in_the_log(client):
    application = make_application("TO", state=State.SUBMITTED)
    document = application.documents.get()
    staff = reviewer("TO")
    login(client, staff)
    url = detail_url(application)

    def post(**data):
        application.refresh_from_db()
        response = client.post(url, {"version": application.version, **data})
        assert response.status_code == 302, response.text
        return response

    client.get(url)
    client.get(download_url(document))
    post(action="assign", assignee=staff.pk)
    post(action="transition", state=State.IN_REVIEW)
    post(action="note", text="Chiamata la famiglia.")
    post(
        action="transition",
        state=State.INFO_REQUESTED,
        note="Serve il contratto.",
        message="Il contratto, per favore.",
    )
    post(action="transition", state=State.IN_REVIEW)
    post(action="transition", state=State.REJECTED, note="Fuori termine.")
    client.get(ADMIN_URL + "?export=xlsx")

    logged = entries(application)
    assert [(action, username) for action, username, _data in logged] == [
        ("forms.view", "reviewer.to"),
        ("forms.download", "reviewer.to"),
        ("forms.assign", "reviewer.to"),
        ("forms.transition", "reviewer.to"),
        ("forms.note", "reviewer.to"),
        ("forms.transition", "reviewer.to"),
        ("forms.transition", "reviewer.to"),
        ("forms.transition", "reviewer.to"),
        ("forms.export", "reviewer.to"),
    ]
    data = [data for _action, _username, data in logged]
    assert data[1] == {"document": document.pk, "name": document.original_name}
    assert data[2] == {"assignee": "reviewer.to"}
    assert [(d["from"], d["to"], d["note"]) for d in (data[3], data[5], data[6], data[7])] == [
        (State.SUBMITTED, State.IN_REVIEW, ""),
        (State.IN_REVIEW, State.INFO_REQUESTED, "Serve il contratto."),
        (State.INFO_REQUESTED, State.IN_REVIEW, ""),
        (State.IN_REVIEW, State.REJECTED, "Fuori termine."),
    ]
    assert data[4] == {"note": "Chiamata la famiglia."}
    assert data[8] == {"format": "xlsx", "personal": False}


def test_the_history_shows_the_entries_newest_first(client):
    application = make_application("TO", state=State.IN_REVIEW)
    login(client, reviewer("TO"))
    client.post(
        detail_url(application),
        {
            "action": "transition",
            "version": application.version,
            "state": State.REJECTED,
            "note": "Fuori termine.",
        },
    )

    page = client.get(detail_url(application)).text
    history = page[page.index('class="portal-review-history"') :]

    assert (
        history.index("Opened")
        < history.index("State changed from")
        < history.index("Fuori termine.")
    )
    assert "State changed from “In review” to “Rejected”" in history


def test_every_exported_application_is_logged_once(client):
    listed = [make_application("TO", document=False) for _ in range(3)]
    login(client, reviewer("TO"))

    client.get(ADMIN_URL + f"?export=csv&q={listed[0].reference}")

    assert [len(entries(a)) for a in listed] == [1, 0, 0]
    [(action, username, data)] = entries(listed[0])
    assert (action, username, data) == (
        "forms.export",
        "reviewer.to",
        {"format": "csv", "personal": False},
    )
