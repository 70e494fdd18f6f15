"""Editors work on their own network's pages and on nobody else's."""

import io
import itertools

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from content.demo.networks import NETWORKS
from content.models import HelpdeskIndexPage, HelpdeskPage, NetworkPage

pytestmark = pytest.mark.django_db

CODES = [network["code"] for network in NETWORKS]


@pytest.fixture
def pages_by_network(italian):
    pages = {}
    for network in NetworkPage.objects.filter(locale=italian):
        pages[network.code] = {
            "network": network,
            "helpdesk": HelpdeskPage.objects.descendant_of(network).first(),
            "index": HelpdeskIndexPage.objects.child_of(network).get(),
        }
    return pages


def editor(code):
    return get_user_model().objects.get(username=f"editor.{code.lower()}")


def can_open(client, url):
    response = client.get(url)
    assert response.status_code in (200, 302, 403), (url, response.status_code)
    return response.status_code == 200


@pytest.mark.parametrize("code", CODES)
def test_editor_edits_own_network(client, pages_by_network, code):
    client.force_login(editor(code))
    own = pages_by_network[code]
    assert can_open(client, f"/admin/pages/{own['network'].pk}/edit/")
    assert can_open(client, f"/admin/pages/{own['helpdesk'].pk}/edit/")
    assert can_open(client, f"/admin/pages/add/content/helpdeskpage/{own['index'].pk}/")


@pytest.mark.parametrize(
    ("code", "other"), [p for p in itertools.product(CODES, CODES) if p[0] != p[1]]
)
def test_editor_is_refused_on_other_networks(client, pages_by_network, code, other):
    client.force_login(editor(code))
    theirs = pages_by_network[other]
    assert not can_open(client, f"/admin/pages/{theirs['network'].pk}/edit/")
    assert not can_open(client, f"/admin/pages/{theirs['helpdesk'].pk}/edit/")
    assert not can_open(client, f"/admin/pages/add/content/helpdeskpage/{theirs['index'].pk}/")


@pytest.mark.parametrize("code", CODES)
def test_editor_submits_and_moderator_publishes(pages_by_network, code):
    page = pages_by_network[code]["helpdesk"]
    perms = page.permissions_for_user(editor(code))
    assert perms.can_edit() and not perms.can_publish()

    moderator = get_user_model().objects.create_user(f"moderator.{code.lower()}")
    moderator.groups.add(Group.objects.get(name=f"{code} moderators"))
    assert page.permissions_for_user(moderator).can_publish()
    workflow = page.get_workflow()
    assert workflow is not None
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [f"{code} moderators"]


def test_editor_rights_extend_to_the_translations_of_their_network(pages_by_network):
    network = pages_by_network["TO"]["network"]
    for translation in network.get_translations():
        assert translation.permissions_for_user(editor("TO")).can_edit()
        assert not translation.permissions_for_user(editor("AL")).can_edit()


def test_setup_network_groups_is_idempotent():
    before = Group.objects.count()
    call_command("setup_network_groups", stdout=io.StringIO())
    assert Group.objects.count() == before
    assert Group.objects.filter(name__endswith=" reviewers").count() == 8
