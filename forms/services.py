"""What happens to applications: drafts, resume links, submission, references, e-mail.

Views and the wizard call these; they hold the rules.
"""

import logging
import secrets

from django_ratelimit.core import is_ratelimited

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from wagtail.models import Locale

from content.models import NetworkPage

from .answers import serialize_forms
from .definitions import definition_for
from .models import Application, Document, Draft, ReferenceCounter
from .models.drafts import hash_token

logger = logging.getLogger(__name__)

SESSION_KEY = "application_drafts"


def start_draft(request, page, course_id=None):
    """Open a new draft of ``page``'s application for this browser.

    Args:
        request: the visitor's request; its session is allowed to open the draft.
        page: the ApplicationFormPage applied through.
        course_id: a course chosen on its own page, offered on the course step.

    Returns:
        The new Draft.
    """
    extra = {"course": course_id} if course_id else {}
    draft = Draft.objects.create(
        page=page,
        kind=page.kind,
        language=translation.get_language() or settings.LANGUAGE_CODE,
        state={"step": None, "step_data": {}, "step_files": {}, "extra_data": extra},
    )
    allow(request, draft)
    return draft


def allow(request, draft):
    """Let this browser's session open ``draft`` (the draft, not the session, holds the answers)."""
    allowed = request.session.get(SESSION_KEY, [])
    if str(draft.uuid) not in allowed:
        request.session[SESSION_KEY] = [*allowed, str(draft.uuid)][-20:]


def may_open(request, draft):
    return str(draft.uuid) in request.session.get(SESSION_KEY, [])


def drafts_in_session(request, page):
    """Unsubmitted drafts of ``page`` this browser may reopen, newest first."""
    uuids = request.session.get(SESSION_KEY, [])
    if not uuids:
        return []
    return list(
        Draft.objects.filter(uuid__in=uuids, page=page, application__isnull=True).order_by(
            "-updated_at"
        )
    )


def issue_resume_link(request, draft, resume_url):
    """Give ``draft`` a new private resume link, e-mailed when the applicant gave an address.

    The token is stored hashed and expires after ``APPLICATION_RESUME_DAYS``;
    a new link replaces the previous one.

    Args:
        resume_url: turns a token into the absolute URL of the resume view.

    Returns:
        (url, e-mail address it was sent to or "").
    """
    token = secrets.token_urlsafe(32)
    draft.set_resume_token(token)
    draft.save(update_fields=["resume_token_hash", "resume_expires_at", "updated_at"])
    url = request.build_absolute_uri(resume_url(token))
    email = contact_details(draft).get("email", "")
    if email:
        with translation.override(draft.language):
            send_mail(
                str(translation.gettext("Your application: continue where you left off")),
                render_to_string(
                    "forms/email/resume_link.txt",
                    {"url": url, "expires": draft.resume_expires_at, "page": draft.page},
                ),
                settings.DEFAULT_FROM_EMAIL,
                [email],
            )
    return url, email


def draft_from_token(token):
    """The unsubmitted draft a resume token opens, or None (unknown, expired or used)."""
    if not token or len(token) > 100:
        return None
    draft = (
        Draft.objects.filter(resume_token_hash=hash_token(token), application__isnull=True)
        .select_related("page")
        .first()
    )
    if draft is None or draft.resume_expires_at is None:
        return None
    if draft.resume_expires_at < timezone.now():
        return None
    return draft


def contact_details(draft):
    """Name, e-mail and contact language as typed in the draft so far (unvalidated)."""
    definition = definition_for(draft.kind)
    data = (draft.state or {}).get("step_data", {}).get(definition.contact_step, {})
    prefix = f"{definition.contact_step}-"

    def value(name):
        values = data.get(prefix + name) or [""]
        return str(values[0]).strip()

    email = value("email")
    try:
        validate_email(email)
    except ValidationError:
        # Typed but not yet valid: no e-mail rather than a failed send.
        email = ""
    return {"email": email}


def submission_limited(request):
    """True once this client has sent ``APPLICATION_SUBMIT_RATE`` applications."""
    return is_ratelimited(
        request,
        group="application-submit",
        key="ip",
        rate=settings.APPLICATION_SUBMIT_RATE,
        increment=True,
    )


def status_lookup_limited(request):
    return is_ratelimited(
        request,
        group="application-status",
        key="ip",
        rate=settings.APPLICATION_STATUS_RATE,
        increment=True,
    )


def next_reference(network_code, year):
    """The next reference of a network for a year, e.g. TO-2026-000123; never reused."""
    with transaction.atomic():
        ReferenceCounter.objects.get_or_create(network_code=network_code, year=year)
        counter = ReferenceCounter.objects.select_for_update().get(
            network_code=network_code, year=year
        )
        counter.last_number += 1
        counter.save(update_fields=["last_number"])
    return f"{network_code}-{year}-{counter.last_number:06d}"


def source_network(page):
    """The network of ``page`` in the source language, whichever language it was reached in."""
    network = NetworkPage.objects.ancestor_of(page).select_related("locale").first()
    if network is None:
        raise ValueError(f"{page} is not inside a network")
    default = Locale.get_default()
    if network.locale_id == default.pk:
        return network
    return network.get_translation_or_none(default) or network


def privacy_notice_version():
    from content.models import PortalSettings

    return PortalSettings.cached().privacy_notice_version or "unversioned"


def submit_draft(draft, form_dict):
    """Turn a draft whose every step is valid into one Application.

    Safe against double submission: the draft row is locked, and a draft
    that already has an application returns it instead of making another.

    Args:
        draft: the Draft being submitted.
        form_dict: step name → valid bound form, in order.

    Returns:
        (application, created): created is False when it already existed.
    """
    definition = definition_for(draft.kind)
    contact = form_dict[definition.contact_step].cleaned_data
    course_form = form_dict.get("course")
    network = source_network(draft.page)
    try:
        with transaction.atomic():
            locked = Draft.objects.select_for_update().get(pk=draft.pk)
            if locked.application_id:
                return locked.application, False
            application = Application.objects.create(
                reference=next_reference(network.code, timezone.localdate().year),
                kind=draft.kind,
                variant=form_dict["variant"].cleaned_data["variant"]
                if "variant" in form_dict
                else "",
                network=network,
                form_page=draft.page,
                course=course_form.chosen_course() if course_form else None,
                waiting_list=bool(course_form and course_form.cleaned_data.get("waiting_list")),
                applicant_name=f"{contact['first_name']} {contact['last_name']}"[:200],
                email=contact.get("email", ""),
                language=contact.get("contact_language") or draft.language,
                answers=serialize_forms(form_dict),
                schema_version=Application.SCHEMA_VERSION,
                privacy_notice_version=privacy_notice_version(),
            )
            documents = Document.objects.filter(draft=locked)
            for document in documents:
                document.label = str(form_dict[document.step].fields[document.field].label)[:100]
                document.application = application
                document.draft = None
                document.save(update_fields=["label", "application", "draft"])
            # The answers now live in the application only.
            Draft.objects.filter(pk=locked.pk).update(
                application=application, state={}, resume_token_hash="", resume_expires_at=None
            )
    except IntegrityError:
        # Another request submitted the same draft at the same moment.
        draft.refresh_from_db()
        if draft.application_id:
            return draft.application, False
        raise
    draft.application = application
    send_confirmation(application)
    return application, True


def send_confirmation(application):
    if not application.email:
        return
    with translation.override(application.language):
        send_mail(
            str(
                translation.gettext("Application %(reference)s received")
                % {"reference": application.reference}
            ),
            render_to_string("forms/email/confirmation.txt", {"application": application}),
            settings.DEFAULT_FROM_EMAIL,
            [application.email],
        )


def find_application(reference, email):
    """The application matching both reference and e-mail, else None (no hint which was wrong)."""
    reference = (reference or "").strip().upper()
    email = (email or "").strip()
    if not reference or not email:
        return None
    return Application.objects.filter(reference=reference, email__iexact=email).first()


def delete_draft(draft):
    """Delete a draft and the files uploaded to it."""
    for document in Document.objects.filter(draft=draft):
        document.delete_file()
        document.delete()
    draft.delete()
