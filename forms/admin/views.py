"""Admin views of the review queue, on Wagtail's generic views."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View

from wagtail.admin.views.generic import HistoryView, IndexView
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.log_actions import registry as log_registry

from .. import review
from ..models import Application, ApplicationState, Document
from .forms import AssignForm, NoteForm, TransitionForm

# Columns of the export; names and references are for every reviewer, the
# rest of the personal data only for regional admins.
EXPORT_BASIC = [
    "reference",
    "get_kind_display",
    "get_state_display",
    "network.code",
    "submitted_at",
    "applicant_name",
]
EXPORT_PERSONAL = [
    "email",
    "language",
    "get_variant_display",
    "course_title",
    "waiting_list",
    "decided_at",
]
EXPORT_HEADINGS = {
    "reference": _("Reference"),
    "get_kind_display": _("Kind"),
    "get_state_display": _("State"),
    "network.code": _("Network"),
    "submitted_at": _("Submitted"),
    "applicant_name": _("Applicant"),
    "email": _("E-mail"),
    "language": _("Language for contact"),
    "get_variant_display": _("Variant"),
    "course_title": _("Course"),
    "waiting_list": _("On the waiting list"),
    "decided_at": _("Decided"),
}


class ApplicationIndexView(IndexView):
    export_headings = EXPORT_HEADINGS

    def get_base_queryset(self):
        return review.visible_to(self.request.user, super().get_base_queryset()).select_related(
            "network", "assigned_to"
        )

    @property
    def personal_export(self):
        return review.is_regional_admin(self.request.user)

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        # The columns depend on who exports, so the viewset sets none.
        self.list_export = EXPORT_BASIC + (EXPORT_PERSONAL if self.personal_export else [])

    def stream_csv(self, queryset):
        # The rows are written while the response streams, after the view has
        # left the user's admin language: each row is made in it again.
        language = translation.get_language()
        rows = super().stream_csv(queryset)

        def in_language():
            while True:
                with translation.override(language):
                    row = next(rows, None)
                if row is None:
                    return
                yield row

        return in_language()

    def as_spreadsheet(self, queryset, spreadsheet_format):
        review.log_export(self.request.user, queryset, spreadsheet_format, self.personal_export)
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        counts = dict(
            self.get_base_queryset().order_by().values_list("state").annotate(n=Count("pk"))
        )
        context["state_counts"] = [
            {"label": state.label, "count": counts.get(state.value, 0)}
            for state in ApplicationState
        ]
        return context


class VisibleApplicationMixin:
    """Another network's application is refused with a 403.

    Not a 404: LocaleMiddleware would answer that with a redirect to the
    language-prefixed URL.
    """

    def get_object(self):
        application = super().get_object()
        if not review.visible_to(self.request.user).filter(pk=application.pk).exists():
            raise PermissionDenied
        return application


class ApplicationDetailView(
    VisibleApplicationMixin, BaseObjectMixin, WagtailAdminTemplateMixin, TemplateView
):
    """Everything about one application, and the reviewer's actions on it."""

    model = Application
    template_name = "forms/admin/detail.html"
    header_icon = "form"
    index_url_name = None
    detail_url_name = None
    download_url_name = None

    def get_base_object_queryset(self):
        return Application.objects.select_related("network", "assigned_to", "course")

    def get_page_title(self):
        return str(_("Application %(reference)s")) % {"reference": self.object.reference}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": Application._meta.verbose_name_plural},
            {"url": "", "label": self.object.reference},
        ]

    def get(self, request, *args, **kwargs):
        review.log_view(self.object, request.user)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm("forms.change_application"):
            raise PermissionDenied
        action = request.POST.get("action")
        forms = {}
        form = None
        try:
            if action == "assign":
                forms["assign_form"] = form = AssignForm(request.POST, application=self.object)
                if form.is_stale():
                    raise review.Conflict(review.CONFLICT_MESSAGE)
                if form.is_valid():
                    review.assign(
                        self.object,
                        form.cleaned_data["version"],
                        request.user,
                        form.cleaned_data["assignee"],
                    )
                    messages.success(request, _("Assignment saved."))
                    return redirect(self.detail_url)
            elif action == "transition":
                forms["transition_form"] = form = TransitionForm(
                    request.POST, application=self.object
                )
                if form.is_stale():
                    raise review.Conflict(review.CONFLICT_MESSAGE)
                if form.is_valid():
                    review.transition(
                        self.object,
                        form.cleaned_data["version"],
                        request.user,
                        form.cleaned_data["state"],
                        note=form.cleaned_data["note"],
                        message=form.cleaned_data["message"],
                    )
                    messages.success(request, _("State changed."))
                    return redirect(self.detail_url)
            elif action == "note":
                forms["note_form"] = form = NoteForm(request.POST)
                if form.is_valid():
                    review.add_note(self.object, request.user, form.cleaned_data["text"])
                    messages.success(request, _("Note added."))
                    return redirect(self.detail_url)
            else:
                return redirect(self.detail_url)
        except review.Conflict as error:
            messages.error(request, str(error))
            # Fresh forms: the posted ones carry the stale version and would conflict again.
            return self.render_to_response(self.get_context_data(), status=409)
        except review.ReviewError as error:
            if form is not None:
                form.add_error(None, str(error))
        messages.error(request, _("The change could not be saved; see the form below."))
        return self.render_to_response(self.get_context_data(**forms), status=400)

    @property
    def detail_url(self):
        return reverse(self.detail_url_name, args=[self.object.pk])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        context.setdefault("assign_form", AssignForm(application=application))
        context.setdefault("transition_form", TransitionForm(application=application))
        context.setdefault("note_form", NoteForm())
        context.update(
            application=application,
            sections=application.answers.get("steps", []),
            documents=[
                {
                    "document": document,
                    "url": reverse(self.download_url_name, args=[application.pk, document.pk]),
                }
                for document in application.documents.all()
            ],
            info_requests=list(application.info_requests.all()),
            history=history(application),
            can_change=self.request.user.has_perm("forms.change_application"),
            waiting_position=waiting_position(application),
        )
        return context


def waiting_position(application):
    if not application.waiting_list or application.state not in review.PENDING:
        return None
    course = review.seat_course(application)
    if course is None:
        return None
    return review.waiting_list(course).filter(submitted_at__lte=application.submitted_at).count()


def history(application):
    """The application's log entries, newest first, as the timeline shows them."""
    entries = log_registry.get_logs_for_instance(application).select_related("user")
    return [
        {
            "timestamp": entry.timestamp,
            "user": entry.user_display_name if entry.user_id else _("Applicant or system"),
            "label": log_registry.get_action_label(entry.action)
            if log_registry.action_exists(entry.action)
            else entry.action,
            "message": entry.message,
            "note": (entry.data or {}).get("note", ""),
        }
        for entry in entries.order_by("-timestamp", "-pk")
    ]


class ApplicationHistoryView(VisibleApplicationMixin, HistoryView):
    """Wagtail's history listing, limited like the detail page to the user's networks."""


class DocumentDownloadView(View):
    """An applicant's file, to staff who may see its application; every download is logged."""

    def get(self, request, pk, document_pk):
        document = get_object_or_404(Document, pk=document_pk, application_id=pk)
        if not review.visible_to(request.user).filter(pk=pk).exists():
            raise PermissionDenied
        try:
            handle = document.file.open("rb")
        except FileNotFoundError as error:
            raise Http404 from error
        review.log_download(document, request.user)
        return FileResponse(
            handle,
            as_attachment=True,
            filename=document.original_name,
            content_type=document.content_type or "application/octet-stream",
        )
