"""The one wizard view all applications share; the steps and rules live elsewhere."""

from collections import OrderedDict

from formtools.wizard.views import NamedUrlWizardView, StepsHelper

from django.core.files.storage import storages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.datastructures import MultiValueDict
from django.utils.decorators import method_decorator
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from . import services
from .answers import answers_of
from .definitions import DEFINITIONS, REVIEW_STEP, chosen_variant
from .steps.fields import DocumentField
from .storage import DraftStorage

DONE_STEP = "done"


def file_fields(form):
    return [name for name, field in form.fields.items() if isinstance(field, DocumentField)]


@method_decorator(never_cache, name="dispatch")
class ApplicationWizard(NamedUrlWizardView):
    """Steps of one draft; its state is the draft's (``DraftStorage``), never the session's."""

    template_name = "forms/wizard_step.html"
    # formtools asks for one when a step has files; DraftStorage keeps them
    # as Document rows in this same private storage.
    file_storage = SimpleLazyObject(lambda: storages["private"])

    def setup(self, request, *args, **kwargs):
        self.page = kwargs.pop("page")
        self.draft = kwargs.pop("draft")
        super().setup(request, *args, **kwargs)

    def dispatch(self, request, *args, **kwargs):
        self.prefix = f"draft-{self.draft.pk}"
        self.storage = DraftStorage(self.draft, request)
        self.steps = StepsHelper(self)
        response = TemplateView.dispatch(self, request, *args, **kwargs)
        self.storage.update_response(response)
        return response

    # URLs: every step has its own, below the form page and the draft.
    def get_step_url(self, step):
        return self.page.step_url(self.draft, step)

    def get(self, request, *args, **kwargs):
        if kwargs.get("step") == DONE_STEP:
            return redirect(self.get_step_url(REVIEW_STEP))
        return super().get(request, *args, **kwargs)

    def post(self, *args, **kwargs):
        goto = self.request.POST.get("wizard_goto_step")
        if goto in self.get_form_list() or "save_later" in self.request.POST:
            # Leaving a step without finishing it keeps what was typed there.
            self.keep_unfinished_step()
            if goto in self.get_form_list():
                return self.render_goto_step(goto)
            return redirect(self.page.saved_url(self.draft))
        return super().post(*args, **kwargs)

    def keep_unfinished_step(self):
        form = self.get_form(data=self.request.POST, files=self.request.FILES)
        # Kept unvalidated: ``get_form_step_data`` keeps the step's fields only, without NULs.
        data = self.process_step(form)
        if any(key.startswith(form.prefix + "-") for key in data):
            self.storage.set_step_data(self.steps.current, data)
        self.keep_valid_uploads(form)

    def keep_valid_uploads(self, form):
        """Uploads that passed their checks are kept even when the rest of the step did not."""
        form.is_valid()
        good = MultiValueDict()
        for name in file_fields(form):
            new = self.request.FILES.getlist(form.add_prefix(name))
            if new and name not in form.errors:
                good.setlist(name, new)
        if good:
            self.storage.set_step_files(self.steps.current, good, partial=True)
        return bool(good)

    def render(self, form=None, **kwargs):
        form = form or self.get_form()
        failed = form.is_bound and form.data is self.request.POST and form.errors
        # A failed step keeps its uploads that passed their checks all the same,
        # and shows them as already uploaded.
        if failed and file_fields(form) and self.keep_valid_uploads(form):
            self.show_stored_names(form, self.storage.get_step_files(self.steps.current))
        return super().render(form, **kwargs)

    # Forms: context they need, earlier uploads, initial values.
    def get_form_kwargs(self, step=None):
        return {"wizard_context": self.context_for(step or self.steps.current)}

    def context_for(self, step):
        page = self.page
        if step == "interview":
            return {"helpdesks": page.network_helpdesks()}
        if step == "course":
            return {"courses": page.network_courses()}
        if step in ("contract", "documents"):
            return {"variant": chosen_variant(self)}
        return {}

    def get_form_initial(self, step):
        initial = {"contact_language": self.draft.language}
        course = self.storage.extra_data.get("course")
        if step == "course" and course:
            initial["course"] = course
        return initial

    def get_form(self, step=None, data=None, files=None):
        step = step or self.steps.current
        form = super().get_form(step, data, files)
        names = file_fields(form)
        if not names:
            return form
        if data is self.request.POST or files is None:
            stored = self.storage.get_step_files(step)
        else:
            # Outside a POST of this step, callers pass the step's stored files.
            stored = files
        # Stored by field name, as ``process_step_files`` gives them.
        stored = stored or MultiValueDict()
        if data is self.request.POST:
            # An upload already made stands unless a new file replaces it or it is removed.
            merged = MultiValueDict()
            for name in names:
                key = form.add_prefix(name)
                if files and files.getlist(key):
                    merged.setlist(key, files.getlist(key))
                elif stored.getlist(name) and not data.get(f"{key}-clear"):
                    merged.setlist(key, stored.getlist(name))
            form.files = merged
        elif stored:
            form.files = MultiValueDict({form.add_prefix(k): v for k, v in stored.lists()})
        self.show_stored_names(form, stored)
        return form

    def show_stored_names(self, form, stored):
        stored = stored or MultiValueDict()
        for name in file_fields(form):
            form.fields[name].widget.stored_names = [upload.name for upload in stored.getlist(name)]

    def get_form_step_data(self, form):
        # The step's own fields only: not the CSRF token, the buttons or the other steps.
        # No answer needs a NUL character, and PostgreSQL cannot keep one in JSON.
        data = MultiValueDict()
        for key, values in form.data.lists():
            if key.startswith(f"{form.prefix}-"):
                data.setlist(key, [value.replace("\x00", "") for value in values])
        return data

    def process_step_files(self, form):
        # What the form kept, by field: new uploads and earlier ones it still holds.
        files = MultiValueDict()
        for name in file_fields(form):
            value = form.cleaned_data.get(name)
            files.setlist(name, value if isinstance(value, list) else [value] if value else [])
        return files

    def get_form_step_files(self, form):
        return self.process_step_files(form)

    # Moving on.
    def render_next_step(self, form, **kwargs):
        if self.request.POST.get("return_to_review"):
            self.storage.current_step = REVIEW_STEP
            return redirect(self.get_step_url(REVIEW_STEP))
        return super().render_next_step(form, **kwargs)

    def render_done(self, form, **kwargs):
        """Check every step again, then submit, on the POST of the last step itself."""
        if form.honeypot_filled():
            return HttpResponse(
                _("Your application could not be sent. Please contact the helpdesk."),
                status=400,
                content_type="text/plain; charset=utf-8",
            )
        final_forms = OrderedDict()
        for step in self.get_form_list():
            step_form = self.get_form(
                step=step,
                data=self.storage.get_step_data(step),
                files=self.storage.get_step_files(step),
            )
            if not step_form.is_valid():
                return self.render_revalidation_failure(step, step_form, **kwargs)
            final_forms[step] = step_form
        if services.submission_limited(self.request):
            response = self.render(form, rate_limited=True)
            response.status_code = 429
            return response
        return self.done(list(final_forms.values()), form_dict=final_forms, **kwargs)

    def done(self, form_list, form_dict=None, **kwargs):
        services.submit_draft(self.draft, form_dict)
        return redirect(self.page.confirmation_url(self.draft))

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        steps = self.get_form_list()
        current = self.steps.current
        context.update(
            page=self.page,
            self=self.page,
            draft=self.draft,
            step_title=form.title,
            step_number=self.steps.step1,
            step_count=self.steps.count,
            progress=[
                {"title": form_class.title, "current": name == current}
                for name, form_class in steps.items()
            ],
            previous_step=self.steps.prev,
            changing=self.request.GET.get("change") == "1"
            or bool(self.request.POST.get("return_to_review")),
            has_files=bool(file_fields(form)),
        )
        if current == REVIEW_STEP:
            context["sections"] = self.summary()
        return context

    def summary(self):
        """Each earlier step's answers with a link to change them."""
        sections = []
        for step in self.get_form_list():
            if step == REVIEW_STEP:
                continue
            form = self.get_form(
                step=step,
                data=self.storage.get_step_data(step),
                files=self.storage.get_step_files(step),
            )
            sections.append(
                {
                    "title": form.title,
                    "answers": answers_of(form) if form.is_valid() else [],
                    "complete": form.is_valid(),
                    "change_url": self.get_step_url(step) + "?change=1",
                }
            )
        return sections


def wizard_view(kind):
    return ApplicationWizard.as_view(
        form_list=list(DEFINITIONS[kind].steps.items()),
        condition_dict=DEFINITIONS[kind].conditions,
        url_name="application-step",
        done_step_name=DONE_STEP,
    )


WIZARDS = {kind: wizard_view(kind) for kind in DEFINITIONS}


def run_wizard(request, page, draft, step):
    return WIZARDS[draft.kind](request, page=page, draft=draft, step=step)
