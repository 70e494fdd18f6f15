"""Per-network groups: who may edit, publish and review what.

Editors and moderators get page permissions on their own network's subtree
only (in every language), so nobody touches another network's pages.
Editors submit to a workflow whose single task belongs to the moderators.
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import NetworkPage

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = [*EDITOR_PAGE_PERMISSIONS, "publish_page", "lock_page", "unlock_page"]
REVIEWER_APPLICATION_PERMISSIONS = ["view_application", "change_application"]
REGIONAL_ADMINS = "Regional admins"
MEDIA_PERMISSIONS = {
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
    "wagtailimages": ["add_image", "change_image", "choose_image"],
}


@dataclass
class NetworkGroups:
    code: str
    editors: Group
    moderators: Group
    reviewers: Group


def group_names(code):
    """The three group names of a network, e.g. ``TO editors``."""
    return {
        "editors": f"{code} editors",
        "moderators": f"{code} moderators",
        "reviewers": f"{code} reviewers",
    }


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _grant_pages(group, pages, codenames):
    for codename in codenames:
        permission = _permission("wagtailcore", codename)
        for page in pages:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _grant_collection(group, collection):
    for app_label, codenames in MEDIA_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=_permission(app_label, codename)
            )


def _network_collection(network):
    root = Collection.get_first_root_node()
    name = f"{network.code} – {network.title}"
    existing = root.get_children().filter(name__startswith=f"{network.code} –").first()
    return existing or root.add_child(name=name)


def _moderation_workflow(network, moderators):
    workflow, _created = Workflow.objects.get_or_create(
        name=_("%(code)s moderation") % {"code": network.code}
    )
    task, _created = GroupApprovalTask.objects.get_or_create(
        name=_("%(code)s moderators approve") % {"code": network.code}
    )
    task.groups.set([moderators])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


@transaction.atomic
def ensure_network_groups(network):
    """Create (or complete) the three groups of one network and their rights.

    Args:
        network: the network's page in any locale; its translations get the
            same permissions.

    Returns:
        NetworkGroups with the editors, moderators and reviewers groups.
    """
    names = group_names(network.code)
    editors, _created = Group.objects.get_or_create(name=names["editors"])
    moderators, _created = Group.objects.get_or_create(name=names["moderators"])
    reviewers, _created = Group.objects.get_or_create(name=names["reviewers"])

    access_admin = _permission("wagtailadmin", "access_admin")
    for group in (editors, moderators, reviewers):
        group.permissions.add(access_admin)
    # Which applications they see is decided by the group's network code
    # (forms.review.visible_to); these only open the queue to them.
    for codename in REVIEWER_APPLICATION_PERMISSIONS:
        reviewers.permissions.add(_permission("forms", codename))

    translations = list(network.get_translations(inclusive=True))
    _grant_pages(editors, translations, EDITOR_PAGE_PERMISSIONS)
    _grant_pages(moderators, translations, MODERATOR_PAGE_PERMISSIONS)

    collection = _network_collection(network)
    _grant_collection(editors, collection)
    _grant_collection(moderators, collection)

    workflow = _moderation_workflow(network, moderators)
    for page in translations:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return NetworkGroups(network.code, editors, moderators, reviewers)


def ensure_all_network_groups():
    """Groups for every network, one entry per network code."""
    seen = {}
    for network in NetworkPage.objects.order_by("path"):
        if network.code not in seen:
            seen[network.code] = ensure_network_groups(network)
    return list(seen.values())


def ensure_regional_admins():
    """The group whose members see and process every network's applications."""
    group, _created = Group.objects.get_or_create(name=REGIONAL_ADMINS)
    group.permissions.add(_permission("wagtailadmin", "access_admin"))
    for codename in REVIEWER_APPLICATION_PERMISSIONS:
        group.permissions.add(_permission("forms", codename))
    return group
