"""The admin home: the reviewer's applications by state, and those left waiting too long."""

import re
from datetime import timedelta

import pytest

from django.utils import timezone, translation

from forms import review
from forms.models import Application, ApplicationState

from .review_helpers import NETWORKS, login, make_application, reviewer, user

pytestmark = pytest.mark.django_db

State = ApplicationState


def panel(client):
    page = client.get("/admin/").text
    found = re.search(r'id="applications-section".*?</section>', page, re.S)
    assert found, "no applications panel on the dashboard"
    return found.group(0)


def counts(html):
    return {
        label: int(count)
        for label, count in re.findall(r"<a [^>]*>([^<:]+): <strong>(\d+)</strong></a>", html)
    }


def expected_counts(codes):
    visible = Application.objects.filter(network__code__in=codes)
    with translation.override("en"):
        return {str(state.label): visible.filter(state=state).count() for state in State}


def age(application, days):
    Application.objects.filter(pk=application.pk).update(
        updated_at=timezone.now() - timedelta(days=days)
    )


@pytest.mark.parametrize("code", ["TO", "CN", "VC"])
def test_counts_cover_the_reviewers_networks_only(client, code):
    for other in NETWORKS:
        make_application(other, state=State.SUBMITTED, document=False)
    login(client, reviewer(code))

    shown = counts(panel(client))

    assert shown == expected_counts([code])
    assert shown["Submitted"] >= 1


def test_the_regional_admin_counts_everything(client):
    make_application("VB", state=State.INFO_REQUESTED, document=False)
    login(client, user("regione"))
    assert counts(panel(client)) == expected_counts(NETWORKS)


def test_waiting_too_long_respects_the_setting(client, settings):
    settings.APPLICATION_WAITING_DAYS = 5
    old = make_application("TO", state=State.SUBMITTED, document=False)
    recent = make_application("TO", state=State.IN_REVIEW, document=False)
    decided = make_application("TO", state=State.REJECTED, document=False)
    elsewhere = make_application("CN", state=State.SUBMITTED, document=False)
    age(old, 6)
    age(recent, 4)
    age(decided, 30)
    age(elsewhere, 30)
    login(client, reviewer("TO"))

    html = panel(client)

    assert old.reference in html
    for hidden in (recent, decided, elsewhere):
        assert hidden.reference not in html
    overdue = review.waiting_too_long(review.visible_to(reviewer("TO")))
    assert old in overdue
    assert f"{overdue.count()} application" in html
    assert "waiting longer than 5 days" in html

    settings.APPLICATION_WAITING_DAYS = 3
    html = panel(client)
    assert recent.reference in html
    assert "waiting longer than 3 days" in html


def test_editors_get_no_panel(client):
    login(client, user("editor.to"))
    assert 'id="applications-section"' not in client.get("/admin/").text
