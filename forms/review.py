"""Staff work on applications: who sees what, assignment, transitions, messages, seats.

Every change goes through here, takes the application's row lock, checks the
version the reviewer saw (optimistic locking) and writes a Wagtail log entry.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import models, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log

from content.models import CoursePage
from content.permissions import REGIONAL_ADMINS as REGIONAL_ADMINS_GROUP

from .models import Application, ApplicationKind, ApplicationState, Document, InfoRequest
from .models.drafts import hash_token

State = ApplicationState

# The lifecycle of DESIGN.md. An approved enrolment can still be withdrawn:
# the applicant gives up the seat, and the next on the waiting list gets it.
TRANSITIONS = {
    State.SUBMITTED: {State.IN_REVIEW, State.WITHDRAWN},
    State.IN_REVIEW: {State.INFO_REQUESTED, State.APPROVED, State.REJECTED, State.WITHDRAWN},
    State.INFO_REQUESTED: {State.IN_REVIEW, State.WITHDRAWN},
    State.APPROVED: set(),
    State.REJECTED: set(),
    State.WITHDRAWN: set(),
}
NOTE_REQUIRED = {State.INFO_REQUESTED, State.REJECTED}
DECIDED = {State.APPROVED, State.REJECTED, State.WITHDRAWN}
PENDING = [State.SUBMITTED, State.IN_REVIEW, State.INFO_REQUESTED]
REVIEWERS_SUFFIX = " reviewers"


class ReviewError(Exception):
    """A change that cannot be made; the message says why, for the reviewer."""


class Conflict(ReviewError):
    """Someone else changed the application since the reviewer loaded it."""


class SeatsFull(ReviewError):
    """The course has no seat for this enrolment; it stays on the waiting list."""


# Who sees what.
def is_regional_admin(user):
    return user.is_superuser or user.groups.filter(name=REGIONAL_ADMINS_GROUP).exists()


def network_codes(user):
    """Codes of the networks whose reviewer group ``user`` is in."""
    names = user.groups.filter(name__endswith=REVIEWERS_SUFFIX).values_list("name", flat=True)
    return {name.removesuffix(REVIEWERS_SUFFIX) for name in names}


def visible_to(user, queryset=None):
    """The applications ``user`` may see: their networks', or all for a regional admin."""
    queryset = Application.objects.all() if queryset is None else queryset
    if not user.is_authenticated:
        return queryset.none()
    if is_regional_admin(user):
        return queryset
    return queryset.filter(network__code__in=network_codes(user))


def colleagues(application):
    """Users who may be assigned ``application``: its network's reviewers."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True, groups__name=f"{application.network.code}{REVIEWERS_SUFFIX}"
        )
        .order_by("first_name", "last_name", "username")
        .distinct()
    )


def allowed_transitions(application):
    targets = set(TRANSITIONS[application.state])
    if (
        application.state == State.APPROVED
        and application.kind == ApplicationKind.TRAINING_ENROLMENT
    ):
        targets.add(State.WITHDRAWN)
    return [state for state in State if state in targets]


# Changes.
CONFLICT_MESSAGE = _(
    "Someone else changed this application while you were looking at it. "
    "Nothing you entered was saved: read the latest version and try again."
)


def _lock(application, version):
    row = Application.objects.select_for_update().get(pk=application.pk)
    if version is not None and row.version != version:
        raise Conflict(CONFLICT_MESSAGE)
    return row


def _save(row, *fields):
    row.version += 1
    row.save(update_fields=[*fields, "version", "updated_at"])
    return row


@transaction.atomic
def assign(application, version, by, assignee):
    """Assign to ``assignee`` (a colleague of the same network) or, with None, unassign."""
    row = _lock(application, version)
    if assignee is not None and not colleagues(row).filter(pk=assignee.pk).exists():
        raise ReviewError(_("Applications can only be assigned to reviewers of their network."))
    row.assigned_to = assignee
    _save(row, "assigned_to")
    log(
        row,
        "forms.assign",
        user=by,
        data={"assignee": assignee.get_username() if assignee else ""},
    )
    return row


@transaction.atomic
def add_note(application, by, note):
    """An internal note: staff only, never shown or sent to the applicant."""
    note = note.strip()
    if not note:
        raise ReviewError(_("Write the note first."))
    log(application, "forms.note", user=by, data={"note": note})


def transition(application, version, by, target, note="", message=""):
    """Move ``application`` to ``target`` if the lifecycle allows it.

    Args:
        version: the version the reviewer saw; a newer one raises Conflict.
        note: internal note; required for "information requested" and "rejected".
        message: for the applicant, e-mailed in their language and shown on the
            status page; required when requesting information.

    Returns:
        The updated application.
    """
    try:
        with transaction.atomic():
            return _transition(application, version, by, target, note, message)
    except SeatsFull:
        # The refusal rolled everything back; the place in the queue must stay.
        Application.objects.filter(pk=application.pk).update(waiting_list=True)
        raise


def _transition(application, version, by, target, note, message):
    row = _lock(application, version)
    note, message = note.strip(), message.strip()
    if target not in allowed_transitions(row):
        raise ReviewError(
            _("An application that is “%(current)s” cannot become “%(target)s”.")
            % {"current": row.get_state_display(), "target": State(target).label}
        )
    if target in NOTE_REQUIRED and not note:
        raise ReviewError(_("Write a note saying why: it is required for this decision."))
    if target == State.INFO_REQUESTED and not message:
        raise ReviewError(_("Write the message telling the applicant what is needed."))

    previous = row.state
    fields = ["state"]
    if target == State.APPROVED and row.kind == ApplicationKind.TRAINING_ENROLMENT:
        take_seat(row)
        fields.append("waiting_list")
    row.state = target
    if target in DECIDED:
        row.decided_at = timezone.now()
        fields.append("decided_at")
    if message:
        row.applicant_message = message
        fields.append("applicant_message")
    _save(row, *fields)
    log(
        row,
        "forms.transition",
        user=by,
        data={"from": previous, "to": target, "note": note, "message": message},
    )
    if target == State.INFO_REQUESTED:
        link = open_info_request(row, by, message)
        notify(row, message, link=link)
    elif message:
        notify(row, message)
    if previous == State.APPROVED and row.kind == ApplicationKind.TRAINING_ENROLMENT:
        give_up_seat(row, by)
    return row


# Training seats: approved enrolments hold them; the waiting list keeps its order.
def seat_course(application):
    """The course whose seats count: the source-language page, which every translation follows."""
    course = application.course
    if course is None:
        return None
    from wagtail.models import Locale

    return course.get_translation_or_none(Locale.get_default()) or course


def waiting_list(course):
    """Pending enrolments for ``course`` (any translation) waiting for a seat, first come first."""
    return Application.objects.filter(
        course__translation_key=course.translation_key,
        state__in=PENDING,
        waiting_list=True,
    ).order_by("submitted_at", "pk")


def take_seat(row):
    course = seat_course(row)
    if course is None:
        return
    locked = CoursePage.objects.select_for_update().get(pk=course.pk)
    ahead = waiting_list(course).filter(submitted_at__lt=row.submitted_at).exclude(pk=row.pk)
    if locked.seats_taken >= locked.seats or (row.waiting_list and ahead.exists()):
        if not row.waiting_list:
            row.waiting_list = True
            row.save(update_fields=["waiting_list"])
        position = waiting_list(course).filter(submitted_at__lte=row.submitted_at).count()
        raise SeatsFull(
            _(
                "The course has no free seat for this application: it stays on the "
                "waiting list, in position %(position)s."
            )
            % {"position": position}
        )
    CoursePage.objects.filter(translation_key=locked.translation_key).update(
        seats_taken=models.F("seats_taken") + 1
    )
    row.waiting_list = False


SEAT_FREED_MESSAGE = _(
    "A seat on the course has become free and it is yours: your enrolment is approved."
)


def give_up_seat(row, by):
    """A withdrawn approved enrolment frees its seat for the first on the waiting list."""
    course = seat_course(row)
    if course is None:
        return
    locked = CoursePage.objects.select_for_update().get(pk=course.pk)
    CoursePage.objects.filter(translation_key=locked.translation_key, seats_taken__gt=0).update(
        seats_taken=models.F("seats_taken") - 1
    )
    following = waiting_list(course).select_for_update().first()
    if following is None:
        return
    try:
        take_seat(following)
    except SeatsFull:
        # Seats were cut meanwhile: the freed one was not really free.
        return
    previous = following.state
    following.state = State.APPROVED
    following.decided_at = timezone.now()
    with translation.override(following.language):
        following.applicant_message = str(SEAT_FREED_MESSAGE)
    _save(following, "state", "decided_at", "waiting_list", "applicant_message")
    log(
        following,
        "forms.transition",
        user=by,
        data={"from": previous, "to": State.APPROVED, "note": "", "promoted": True},
    )
    notify(following, following.applicant_message)


# Talking to the applicant.
def notify(application, message, link=""):
    """E-mail ``message`` to the applicant, in their own language, once the
    change it announces is committed: a change rolled back is never announced.

    The change does not depend on the e-mail: if sending fails, the change
    stays, the applicant still finds the message on the status page, and
    the failure is logged.
    """
    if not application.email:
        return
    transaction.on_commit(lambda: _send_notice(application, message, link), robust=True)


def _send_notice(application, message, link):
    with translation.override(application.language):
        send_mail(
            str(
                _("News about your application %(reference)s")
                % {"reference": application.reference}
            ),
            render_to_string(
                "forms/email/staff_message.txt",
                {"application": application, "message": message, "link": link},
            ),
            settings.DEFAULT_FROM_EMAIL,
            [application.email],
        )


def open_info_request(application, by, message):
    """Create the private link through which the applicant answers; returns its URL."""
    from django.urls import reverse

    token = secrets.token_urlsafe(32)
    # Only the latest request can be answered: an older link would otherwise
    # come back to life each time the application returns to this state.
    InfoRequest.objects.filter(application=application, answered_at__isnull=True).update(
        expires_at=timezone.now()
    )
    InfoRequest.objects.create(
        application=application,
        requested_by=by,
        message=message,
        token_hash=hash_token(token),
        expires_at=timezone.now() + timedelta(days=settings.APPLICATION_RESUME_DAYS),
    )
    with translation.override(application.language):
        path = reverse("application_info", kwargs={"token": token})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def info_request_for(token):
    """The open request a token answers, or None (unknown, expired or answered)."""
    if not token or len(token) > 100:
        return None
    request = (
        InfoRequest.objects.filter(token_hash=hash_token(token), answered_at__isnull=True)
        .select_related("application")
        .first()
    )
    if request is None or request.expires_at < timezone.now():
        return None
    if request.application.state != State.INFO_REQUESTED:
        return None
    return request


@transaction.atomic
def answer_info_request(info_request, answer, uploads):
    """The applicant's answer: attached to the application, which returns to review."""
    row = Application.objects.select_for_update().get(pk=info_request.application_id)
    if row.state != State.INFO_REQUESTED or (
        InfoRequest.objects.filter(pk=info_request.pk, answered_at__isnull=False).exists()
    ):
        # A second post of the same answer (a double click) found it answered already.
        return row
    info_request.answer = answer
    info_request.answered_at = timezone.now()
    info_request.save(update_fields=["answer", "answered_at"])
    for upload in uploads:
        document = Document(
            application=row,
            info_request=info_request,
            step="info",
            field="documents",
            label=str(_("Sent with the answer")),
            original_name=upload.name[-200:],
            content_type=upload.content_type or "",
            size=upload.size,
        )
        document.file.save(upload.name[-100:], upload, save=False)
        document.save()
    row.state = State.IN_REVIEW
    _save(row, "state")
    log(
        row,
        "forms.info_answered",
        user=None,
        data={"from": State.INFO_REQUESTED, "to": State.IN_REVIEW, "files": len(uploads)},
    )
    return row


# Audit of reading.
def log_view(application, user):
    log(application, "forms.view", user=user)


def log_download(document, user):
    log(
        document.application,
        "forms.download",
        user=user,
        data={"document": document.pk, "name": document.original_name},
    )


def log_export(user, applications, file_format, personal):
    """One entry per exported application, so each application's history shows it."""
    for application in applications:
        log(
            application,
            "forms.export",
            user=user,
            data={"format": file_format, "personal": personal},
        )


def waiting_too_long(queryset, days=None):
    days = settings.APPLICATION_WAITING_DAYS if days is None else days
    return queryset.filter(state__in=PENDING, updated_at__lt=timezone.now() - timedelta(days=days))
