import django_filters

from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.models import Locale

from content.models import NetworkPage

from ..models import Application, ApplicationKind, ApplicationState
from ..review import is_regional_admin, network_codes

ASSIGNED_CHOICES = [("me", _("Assigned to me")), ("nobody", _("Unassigned"))]


class ApplicationFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=ApplicationKind.choices)
    state = django_filters.ChoiceFilter(label=_("State"), choices=ApplicationState.choices)
    network = django_filters.ModelChoiceFilter(
        label=_("Network"), queryset=NetworkPage.objects.none()
    )
    submitted_at = django_filters.DateFromToRangeFilter(
        label=_("Submitted"), widget=DateRangePickerWidget
    )
    assigned = django_filters.ChoiceFilter(
        label=_("Assigned"), choices=ASSIGNED_CHOICES, method="filter_assigned"
    )

    class Meta:
        model = Application
        fields = ["kind", "state", "network", "submitted_at"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        networks = NetworkPage.objects.filter(locale=Locale.get_default()).order_by("title")
        if request is not None and not is_regional_admin(request.user):
            networks = networks.filter(code__in=network_codes(request.user))
        self.filters["network"].queryset = networks

    def filter_assigned(self, queryset, name, value):
        if value == "me":
            return queryset.filter(assigned_to=self.request.user)
        if value == "nobody":
            return queryset.filter(assigned_to__isnull=True)
        return queryset
