"""Who sees which applications: each network's reviewers their own, regional admins all.

For every ordered pair of networks (A, B), A's reviewer works on A's
applications and gets nothing of B's: not listed, not opened, not
downloaded, not exported, no history.
"""

import itertools
import re

import pytest

from forms.models import Application

from .review_helpers import (
    ADMIN_URL,
    NETWORKS,
    csv_rows,
    detail_url,
    download_url,
    login,
    make_application,
    network,
    refused,
    reviewer,
    user,
)

pytestmark = pytest.mark.django_db

PAIRS = [(a, b) for a, b in itertools.permutations(NETWORKS, 2)]


def listed(response, application):
    assert response.status_code == 200
    return f'href="{detail_url(application)}"' in response.text


def exported_references(response):
    assert response.status_code == 200
    return {row[0] for row in csv_rows(response)[1:]}


@pytest.mark.parametrize("code", NETWORKS)
def test_reviewer_works_on_their_networks_applications(client, code):
    application = make_application(code)
    document = application.documents.get()
    staff = reviewer(code)
    login(client, staff)

    assert listed(client.get(ADMIN_URL), application)
    assert client.get(detail_url(application)).status_code == 200
    response = client.post(
        detail_url(application),
        {"action": "assign", "version": application.version, "assignee": staff.pk},
    )
    assert response.status_code == 302
    assert Application.objects.get(pk=application.pk).assigned_to == staff
    response = client.get(download_url(document))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert application.reference in exported_references(client.get(ADMIN_URL + "?export=csv"))


@pytest.mark.parametrize(("own", "other"), PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
def test_reviewer_gets_nothing_of_another_network(client, own, other):
    application = make_application(other)
    document = application.documents.get()
    login(client, reviewer(own))

    assert not listed(client.get(ADMIN_URL), application)
    assert not listed(client.get(ADMIN_URL + f"?q={application.reference}"), application)
    assert refused(client.get(detail_url(application)))
    assert refused(client.get(download_url(document)))
    assert refused(client.get(f"{ADMIN_URL}history/{application.pk}/"))
    response = client.post(
        detail_url(application),
        {"action": "assign", "version": application.version, "assignee": ""},
    )
    assert refused(response)
    assert application.reference not in exported_references(client.get(ADMIN_URL + "?export=csv"))
    unchanged = Application.objects.get(pk=application.pk)
    assert (unchanged.version, unchanged.assigned_to) == (application.version, None)


def test_reviewer_cannot_assign_to_another_networks_reviewer(client):
    application = make_application("TO")
    login(client, reviewer("TO"))

    response = client.post(
        detail_url(application),
        {"action": "assign", "version": application.version, "assignee": reviewer("CN").pk},
    )

    assert response.status_code == 400
    assert Application.objects.get(pk=application.pk).assigned_to is None


@pytest.mark.parametrize("username", ["editor.to", "editor.cn"])
def test_editors_get_no_access(client, username):
    application = make_application(username.removeprefix("editor.").upper())
    document = application.documents.get()
    login(client, user(username))

    assert refused(client.get(ADMIN_URL))
    assert refused(client.get(ADMIN_URL + "?export=csv"))
    assert refused(client.get(detail_url(application)))
    assert refused(client.get(download_url(document)))
    assert refused(client.get(f"{ADMIN_URL}history/{application.pk}/"))
    assert refused(client.post(detail_url(application), {"action": "note", "text": "Ciao"}))


def test_anonymous_visitors_are_sent_to_the_login(client):
    application = make_application("TO")
    response = client.get(detail_url(application))
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("username", ["regione", "admin"])
def test_regional_admin_sees_every_network(client, username):
    applications = [make_application(code) for code in NETWORKS]
    login(client, user(username))

    listing = client.get(ADMIN_URL)
    assert all(listed(listing, application) for application in applications)
    export = client.get(ADMIN_URL + "?export=csv")
    assert {a.reference for a in applications} <= exported_references(export)
    for application in applications:
        assert client.get(detail_url(application)).status_code == 200
        response = client.get(download_url(application.documents.get()))
        assert response.status_code == 200


def test_network_filter_offers_only_the_reviewers_networks(client):
    login(client, reviewer("TO"))
    response = client.get(ADMIN_URL)
    # Scoped to the filter: the listing's rows name Torino as well.
    select = re.search(r'<select name="network".*?</select>', response.text, re.S)
    assert select, "the listing has no network filter"
    assert "Torino" in select.group(0)
    assert re.findall(r'<option value="(\d+)"', select.group(0)) == [str(network("TO").pk)]
    assert "Cuneo" not in response.text
