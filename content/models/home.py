from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from .base import PortalPage


class HomePage(PortalPage):
    """The region's home: the networks and the three things people come for."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "content.GuidanceIndexPage",
        "content.HelpdeskMapPage",
        "content.TrainingCalendarPage",
        "content.NetworkPage",
        "content.StandardPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("region home page")

    def route(self, request, path_components):
        """Find the requested descendant by its full URL path in one query.

        Wagtail's default walks the tree a level at a time, two queries per
        level, so deep pages (a helpdesk, a course) would cost more than the
        page budget. Paths that match no page exactly, such as a page's own
        sub-routes, still take the walk.
        """
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            page = (
                Page.objects.filter(path__startswith=self.path, url_path=url_path)
                .specific()
                .first()
            )
            if page is not None:
                return page.route(request, [])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from .guidance import GuidanceIndexPage
        from .helpdesks import HelpdeskMapPage
        from .networks import NetworkPage
        from .training import TrainingCalendarPage

        context = super().get_context(request, *args, **kwargs)
        children = (
            self.get_children()
            .live()
            .type(HelpdeskMapPage, GuidanceIndexPage, TrainingCalendarPage, NetworkPage)
            .specific()
        )
        context["networks"] = [p for p in children if isinstance(p, NetworkPage)]
        context["map_page"] = next((p for p in children if isinstance(p, HelpdeskMapPage)), None)
        context["guidance_page"] = next(
            (p for p in children if isinstance(p, GuidanceIndexPage)), None
        )
        context["calendar_page"] = next(
            (p for p in children if isinstance(p, TrainingCalendarPage)), None
        )
        return context
