from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet

from ..models import Application
from .filters import ApplicationFilterSet
from .views import (
    ApplicationDetailView,
    ApplicationHistoryView,
    ApplicationIndexView,
    DocumentDownloadView,
)


class ApplicationViewSet(ModelViewSet):
    """The review queue: listing, filters, export, and the detail page where work happens.

    Applications are made by applicants, never in the admin: no add, copy,
    edit form or delete; "edit" is the detail page with the reviewer's actions.
    """

    model = Application
    icon = "form"
    menu_label = _("Applications")
    menu_order = 150
    add_to_admin_menu = True
    index_view_class = ApplicationIndexView
    history_view_class = ApplicationHistoryView
    filterset_class = ApplicationFilterSet
    search_fields = ["reference", "applicant_name"]
    search_backend_name = None
    copy_view_enabled = False
    list_per_page = 50
    ordering = ["-submitted_at"]
    index_template_name = "forms/admin/index.html"
    export_filename = "applications"
    list_display = [
        TitleColumn("reference", label=_("Reference"), url_name="forms_application:edit"),
        Column("applicant_name", label=_("Applicant"), sort_key="applicant_name"),
        Column("get_kind_display", label=_("Kind"), sort_key="kind"),
        Column("network.code", label=_("Network"), sort_key="network__code"),
        Column("get_state_display", label=_("State"), sort_key="state"),
        Column("assigned_to", label=_("Assigned to")),
        DateColumn("submitted_at", label=_("Submitted"), sort_key="submitted_at"),
    ]

    def get_common_view_kwargs(self, **kwargs):
        # None of these views exist; a superuser, who holds every permission,
        # would otherwise get buttons that point nowhere (and a server error).
        return super().get_common_view_kwargs(
            **{"add_url_name": None, "delete_url_name": None, "usage_url_name": None, **kwargs}
        )

    def get_urlpatterns(self):
        detail = ApplicationDetailView.as_view(
            index_url_name=self.get_url_name("index"),
            detail_url_name=self.get_url_name("edit"),
            download_url_name=self.get_url_name("download"),
        )
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", detail, name="edit"),
            path(
                "<int:pk>/documents/<int:document_pk>/",
                DocumentDownloadView.as_view(),
                name="download",
            ),
            path("history/<int:pk>/", self.history_view, name="history"),
            path("history-results/<int:pk>/", self.history_results_view, name="history_results"),
        ]
