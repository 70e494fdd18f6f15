"""Two reviewers on the same application: the second to save is told, and nothing is lost."""

import re

import pytest

from django.test import Client

from wagtail.models import ModelLogEntry

from forms import review
from forms.models import Application, ApplicationState

from .review_helpers import detail_url, login, make_application, reviewer, user

pytestmark = pytest.mark.django_db

State = ApplicationState
CONFLICT = "Someone else changed this application while you were looking at it."


@pytest.fixture
def colleague(django_user_model):
    """A second Torino reviewer."""
    second = django_user_model.objects.create_user("reviewer.to.2", password="x")  # noqa: S106
    second.groups.set(reviewer("TO").groups.all())
    return second


def shown_versions(response):
    """The versions the page's forms were made from, as the browser would post them back."""
    return {int(value) for value in re.findall(r'name="version" value="(\d+)"', response.text)}


def test_the_second_to_save_gets_409_and_nothing_is_overwritten(colleague):
    application = make_application("TO", state=State.IN_REVIEW)
    first, second = login(Client(), reviewer("TO")), login(Client(), colleague)
    [version] = shown_versions(first.get(detail_url(application)))
    assert shown_versions(second.get(detail_url(application))) == {version}

    approved = first.post(
        detail_url(application),
        {"action": "transition", "version": version, "state": State.APPROVED, "note": "Ok"},
    )
    rejected = second.post(
        detail_url(application),
        {
            "action": "transition",
            "version": version,
            "state": State.REJECTED,
            "note": "Manca il permesso.",
            "message": "Domanda respinta.",
        },
    )

    assert approved.status_code == 302
    assert rejected.status_code == 409
    assert CONFLICT in rejected.text
    # The page shows the latest state and carries the new version for a retry.
    assert shown_versions(rejected) == {version + 1}
    stored = Application.objects.get(pk=application.pk)
    assert (stored.state, stored.version, stored.applicant_message) == (
        State.APPROVED,
        version + 1,
        "",
    )
    transitions = ModelLogEntry.objects.for_instance(stored).filter(action="forms.transition")
    assert [entry.user for entry in transitions] == [reviewer("TO")]


def test_a_stale_assignment_is_refused_too(colleague):
    application = make_application("TO", state=State.IN_REVIEW)
    first, second = login(Client(), reviewer("TO")), login(Client(), colleague)
    version = application.version

    assert (
        first.post(
            detail_url(application),
            {"action": "assign", "version": version, "assignee": reviewer("TO").pk},
        ).status_code
        == 302
    )
    response = second.post(
        detail_url(application), {"action": "assign", "version": version, "assignee": colleague.pk}
    )

    assert response.status_code == 409
    assert shown_versions(response) == {version + 1}
    assert Application.objects.get(pk=application.pk).assigned_to == reviewer("TO")


def test_service_level_conflict():
    application = make_application("TO", state=State.IN_REVIEW)
    staff = reviewer("TO")
    seen = application.version
    review.assign(application, seen, staff, staff)

    with pytest.raises(review.Conflict):
        review.transition(application, seen, staff, State.APPROVED)
    with pytest.raises(review.Conflict):
        review.assign(application, seen, staff, None)

    stored = Application.objects.get(pk=application.pk)
    assert (stored.state, stored.assigned_to, stored.version) == (State.IN_REVIEW, staff, seen + 1)


def test_notes_need_no_version_and_never_conflict():
    application = make_application("TO", state=State.IN_REVIEW)
    review.assign(application, application.version, reviewer("TO"), None)
    review.add_note(application, user("reviewer.to"), "Telefonato, richiama lunedì.")
    assert Application.objects.get(pk=application.pk).version == application.version + 1
