from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from content import views as content_views
from forms import views as forms_views
from search import views as search_views

from . import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v1/helpdesks.geojson", content_views.helpdesks_geojson, name="helpdesks_geojson"),
    path("api/v1/courses.ics", content_views.courses_ics, name="courses_ics"),
    path("api/v1/search", search_views.search_api, name="search_api"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search_page, name="search"),
    path("application-status/", forms_views.application_status, name="application_status"),
    path("application-info/<str:token>/", forms_views.answer_info_request, name="application_info"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
