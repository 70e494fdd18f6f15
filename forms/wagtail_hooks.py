from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .admin.panels import ApplicationsPanel
from .admin.viewsets import ApplicationViewSet
from .models import ApplicationState


@hooks.register("register_admin_viewset")
def register_applications():
    return ApplicationViewSet("forms_application", url_prefix="applications")


@hooks.register("insert_global_admin_css")
def review_css():
    return format_html('<link rel="stylesheet" href="{}">', static("forms/css/review.css"))


@hooks.register("construct_homepage_panels")
def add_applications_panel(request, panels):
    if request.user.has_perm("forms.view_application"):
        panels.append(ApplicationsPanel(request))


def state_label(value):
    return ApplicationState(value).label if value in ApplicationState.values else value


@hooks.register("register_log_actions")
def register_application_actions(actions):
    @actions.register_action("forms.transition")
    class Transition(LogFormatter):
        label = _("Change state")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            if data.get("promoted"):
                return _("Given a freed seat from the waiting list: approved")
            return _("State changed from “%(from)s” to “%(to)s”") % {
                "from": state_label(data.get("from")),
                "to": state_label(data.get("to")),
            }

    @actions.register_action("forms.assign")
    class Assign(LogFormatter):
        label = _("Assign")

        def format_message(self, log_entry):
            assignee = (log_entry.data or {}).get("assignee")
            if not assignee:
                return _("Unassigned")
            return _("Assigned to %(user)s") % {"user": assignee}

    @actions.register_action("forms.download")
    class Download(LogFormatter):
        label = _("Download a document")

        def format_message(self, log_entry):
            return _("Downloaded “%(name)s”") % {"name": (log_entry.data or {}).get("name", "")}

    @actions.register_action("forms.export")
    class Export(LogFormatter):
        label = _("Export")

        def format_message(self, log_entry):
            return _("Included in a %(format)s export") % {
                "format": (log_entry.data or {}).get("format", "").upper()
            }

    actions.register_action("forms.note", _("Note"), _("Internal note added"))
    actions.register_action("forms.view", _("View"), _("Opened"))
    actions.register_action(
        "forms.info_answered", _("Answer from the applicant"), _("The applicant answered")
    )
