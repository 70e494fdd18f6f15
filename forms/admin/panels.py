from django.conf import settings
from django.db.models import Count
from django.urls import reverse

from wagtail.admin.ui.components import Component

from .. import review
from ..models import ApplicationState


class ApplicationsPanel(Component):
    """Admin home: the reviewer's applications by state, and those waiting too long."""

    name = "applications"
    order = 90
    template_name = "forms/admin/home_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        visible = review.visible_to(self.request.user)
        counts = dict(visible.order_by().values_list("state").annotate(n=Count("pk")))
        index = reverse("forms_application:index")
        return {
            "states": [
                {
                    "label": state.label,
                    "count": counts.get(state.value, 0),
                    "url": f"{index}?state={state.value}",
                }
                for state in ApplicationState
            ],
            "overdue": review.waiting_too_long(visible)
            .select_related("network")
            .order_by("updated_at")[:10],
            "overdue_count": review.waiting_too_long(visible).count(),
            "days": settings.APPLICATION_WAITING_DAYS,
            "index_url": index,
        }
