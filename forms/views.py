"""Views of the application pages; the wizard itself is ``forms.wizard``."""

from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from . import review, services
from .definitions import definition_for
from .forms import InfoAnswerForm, StartForm, StatusForm
from .models import ApplicationState, Draft
from .wizard import run_wizard


def unavailable(request, page, status=404):
    response = page.render(request, template="forms/draft_unavailable.html")
    response.status_code = status
    return response


def open_draft(request, page, draft_id):
    """The draft if this browser may open it, else None."""
    draft = Draft.objects.filter(uuid=draft_id, page=page).first()
    if draft is None or not services.may_open(request, draft):
        return None
    return draft


def start(request, page):
    """The form page: what to expect, and a button that opens a new draft."""
    course = request.GET.get("course", "")
    form = StartForm(
        request.POST if request.method == "POST" else None,
        initial={"course": course} if course.isdigit() else {},
    )
    if request.method == "POST":
        if not form.is_valid():
            response = landing(request, page, form)
            response.status_code = 400
            return response
        draft = services.start_draft(request, page, course_id=form.cleaned_data.get("course"))
        first = next(iter(definition_for(page.kind).steps))
        return redirect(page.step_url(draft, first))
    return landing(request, page, form)


def landing(request, page, form):
    steps = definition_for(page.kind).steps
    first = next(iter(steps))
    drafts = [
        {
            "updated_at": draft.updated_at,
            "url": page.step_url(draft, (draft.state or {}).get("step") or first),
        }
        for draft in services.drafts_in_session(request, page)
    ]
    return page.render(
        request,
        context_overrides={
            "start_form": form,
            "steps": [form_class.title for form_class in steps.values()],
            "drafts": drafts,
        },
    )


def step(request, page, draft_id, step):
    draft = open_draft(request, page, draft_id)
    if draft is None:
        return unavailable(request, page)
    if draft.submitted:
        return redirect(page.confirmation_url(draft))
    return run_wizard(request, page, draft, step)


def resume(request, page, token):
    """A private resume link: reopens its draft in this browser, whatever the session."""
    draft = services.draft_from_token(token)
    if draft is None or draft.page_id != page.pk:
        return unavailable(request, page, status=404)
    services.allow(request, draft)
    current = (draft.state or {}).get("step") or next(iter(definition_for(draft.kind).steps))
    return HttpResponseRedirect(page.step_url(draft, current))


def saved(request, page, draft_id):
    """After "save and continue later": the private link, shown once and e-mailed if we can."""
    draft = open_draft(request, page, draft_id)
    if draft is None:
        return unavailable(request, page)
    if draft.submitted:
        return redirect(page.confirmation_url(draft))
    url, email = services.issue_resume_link(request, draft, page.resume_url)
    current = (draft.state or {}).get("step") or next(iter(definition_for(draft.kind).steps))
    return page.render(
        request,
        template="forms/draft_saved.html",
        context_overrides={
            "resume_link": url,
            "emailed_to": email,
            "expires": draft.resume_expires_at,
            "continue_url": page.step_url(draft, current),
        },
    )


def confirmation(request, page, draft_id):
    draft = open_draft(request, page, draft_id)
    if draft is None or not draft.submitted:
        return unavailable(request, page)
    return page.render(
        request,
        template="forms/confirmation.html",
        context_overrides={"application": draft.application},
    )


@never_cache
def application_status(request):
    """Reference plus e-mail → state and last message; the same answer for every wrong pair."""
    form = StatusForm(request.POST or None)
    context = {"form": form, "searched": False}
    status = 200
    if request.method == "POST":
        if services.status_lookup_limited(request):
            context["rate_limited"] = True
            status = 429
        elif form.is_valid():
            application = services.find_application(
                form.cleaned_data["reference"], form.cleaned_data["email"]
            )
            context.update(searched=True, application=application, states=ApplicationState)
        else:
            status = 400
    context["page_title"] = _("Check the state of an application")
    return TemplateResponse(request, "forms/application_status.html", context, status=status)


@never_cache
def answer_info_request(request, token):
    """The applicant answers staff's request for information, through the e-mailed link."""
    info_request = review.info_request_for(token)
    if info_request is None:
        return TemplateResponse(request, "forms/info_request_unavailable.html", status=404)
    form = InfoAnswerForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
    )
    if request.method == "POST" and form.is_valid():
        review.answer_info_request(
            info_request, form.cleaned_data["answer"], form.cleaned_data["documents"]
        )
        return TemplateResponse(
            request,
            "forms/info_request_answered.html",
            {"reference": info_request.application.reference},
        )
    return TemplateResponse(
        request,
        "forms/info_request.html",
        {"form": form, "info_request": info_request},
    )
