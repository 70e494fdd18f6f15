"""Filters shared by the listing pages and the public API.

Both take the same query-string parameters, so a filtered page and the
matching GeoJSON or iCalendar feed always agree.
"""

import django_filters

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import CourseKind, CoursePage, HelpdeskPage, ServiceCode, SpokenLanguage


class NetworkFilter(django_filters.ChoiceFilter):
    """Filters pages by the network (code) whose subtree holds them."""

    def __init__(self, networks, **kwargs):
        self.networks = {network.code: network for network in networks}
        choices = [(network.code, network.title) for network in networks]
        super().__init__(
            choices=choices, label=_("Network"), empty_label=_("All networks"), **kwargs
        )

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(path__startswith=self.networks[value].path)


def spoken_language_choices():
    """Languages as (code, name), read once per filter set (see below)."""
    return list(SpokenLanguage.objects.values_list("code", "name"))


class NetworkScopedFilterSet(django_filters.FilterSet):
    """A filter set whose first filter is the network, when there is a choice."""

    def __init__(self, data=None, queryset=None, *, networks=(), **kwargs):
        super().__init__(data, queryset, **kwargs)
        # A callable would be called again to validate and to render.
        self.filters["language"].extra["choices"] = spoken_language_choices()
        if networks:
            self.filters = {"network": NetworkFilter(networks, field_name="path"), **self.filters}
            self.filters["network"].model = self._meta.model
            self.filters["network"].parent = self


class HelpdeskFilterSet(NetworkScopedFilterSet):
    # The services are fixed by the programme: their choices need no query.
    service = django_filters.ChoiceFilter(
        label=_("Service"),
        field_name="services__code",
        choices=ServiceCode.choices,
        empty_label=_("All services"),
    )
    language = django_filters.ChoiceFilter(
        label=_("Language spoken"),
        field_name="languages__code",
        choices=spoken_language_choices,
        empty_label=_("All languages"),
    )

    class Meta:
        model = HelpdeskPage
        fields = []


class CourseFilterSet(NetworkScopedFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=CourseKind.choices, empty_label=_("All kinds")
    )
    language = django_filters.ChoiceFilter(
        label=_("Language support"),
        field_name="languages__code",
        choices=spoken_language_choices,
        empty_label=_("All languages"),
    )
    open = django_filters.BooleanFilter(
        label=_("Only courses open for enrolment"),
        method="filter_open",
        widget=forms.CheckboxInput,
    )

    class Meta:
        model = CoursePage
        fields = []

    def filter_open(self, queryset, name, value):
        return queryset.open_for_enrolment() if value else queryset
