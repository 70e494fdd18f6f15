"""Demo applications: a handful per kind and state, so reviewers have a queue to work on."""

import datetime

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from django.utils.text import slugify

from wagtail.models import Locale

from content.models import CourseStatus, NetworkPage

from . import review, services
from .definitions import definition_for
from .models import Application, ApplicationFormPage, ApplicationKind, Document, Draft
from .steps.skills import COMPETENCE_AREAS

State = review.State
# A minimal, valid PDF: enough for a reviewer to download and open.
DEMO_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

PEOPLE = [
    ("Ana", "Popescu", "ro"),
    ("Olena", "Kovalenko", "uk"),
    ("María", "Fernández", "es"),
    ("Giulia", "Bianchi", "it"),
    ("Fatima", "El Amrani", "ar"),
    ("Marco", "Rossi", "it"),
    ("Aminata", "Diallo", "fr"),
    ("Elena", "Ionescu", "ro"),
]

# (network code, kind, variant, the states it goes through after submission)
QUEUE = [
    ("TO", ApplicationKind.SKILLS_ASSESSMENT, "", [State.IN_REVIEW]),
    ("TO", ApplicationKind.TRAINING_ENROLMENT, "", []),
    ("TO", ApplicationKind.FAMILY_SUBSIDY, "incentive", [State.IN_REVIEW, State.INFO_REQUESTED]),
    ("TO", ApplicationKind.SKILLS_ASSESSMENT, "", [State.IN_REVIEW, State.APPROVED]),
    ("CN", ApplicationKind.FAMILY_SUBSIDY, "replacement", [State.IN_REVIEW, State.REJECTED]),
    ("CN", ApplicationKind.TRAINING_ENROLMENT, "", [State.IN_REVIEW]),
    ("CN", ApplicationKind.SKILLS_ASSESSMENT, "", [State.WITHDRAWN]),
    ("AL", ApplicationKind.SKILLS_ASSESSMENT, "", []),
]
NOTES = {
    State.INFO_REQUESTED: "Manca la comunicazione di assunzione leggibile.",
    State.REJECTED: "Il contratto è stato firmato prima dell'apertura del bando.",
}
MESSAGES = {
    State.INFO_REQUESTED: "Ci serve una copia leggibile della comunicazione di assunzione.",
}


def answers(kind, variant, person, page):
    """Raw step data, as the wizard would have posted it."""
    first, last, language = person
    about = {
        "first_name": first,
        "last_name": last,
        "date_of_birth": "1979-04-12",
        "nationality": "—",
        "languages": ["it", language],
        "email": f"{slugify(first)}.{slugify(last)}@example.org",
        "phone": "+39 333 000 0000",
        "contact_language": language,
    }
    later = (timezone.localdate() + datetime.timedelta(days=365)).isoformat()
    if kind == ApplicationKind.SKILLS_ASSESSMENT:
        helpdesks = page.network_helpdesks()
        return {
            "about": about,
            "right-to-work": {"permit_type": "work", "permit_expiry": later},
            "experience": {
                "years": "5",
                "care_settings": ["family_live_in"],
                "tasks": "Igiene, pasti, compagnia, accompagnamento alle visite.",
                "competences": ["personal_care", "nutrition", "dementia"],
            },
            "self-assessment": dict.fromkeys([code for code, _label in COMPETENCE_AREAS], "3"),
            "documents": {},
            "interview": {"helpdesk": str(helpdesks[0].pk), "availability": ["tue_morning"]},
            "consent": {"privacy": "on", "truthful": "on"},
        }
    if kind == ApplicationKind.TRAINING_ENROLMENT:
        course = next(
            course
            for course in page.network_courses()
            if course.status in (CourseStatus.OPEN, CourseStatus.FULL)
        )
        return {
            "about": about,
            "course": {"course": str(course.pk), "waiting_list": "on"},
            "prerequisites": {"italian_level": "a2"},
            "needs": {"language_support": "on"},
            "consent": {"privacy": "on", "truthful": "on"},
        }
    steps = {
        "variant": {"variant": variant},
        "applicant": about | {"tax_code": "BNCGLI70A41L219X", "relationship": "child"},
        "cared-person": {"age_band": "85_plus", "main_needs": ["personal_care", "dementia"]},
        "contract": {
            "carer_name": "Olena Shevchenko",
            "start_date": "2026-09-01",
            "weekly_hours": "30",
            "contract_level": "BS",
            "hiring_notice_number": "1234567890",
        },
        "economic": {"band": "10k_20k"},
        "payment": {"account_holder": f"{first} {last}", "iban": "IT60X0542811101000000123456"},
        "documents": {},
        "consent": {"privacy": "on", "truthful": "on"},
    }
    if variant == "replacement":
        steps["replacement"] = {
            "starts": later,
            "ends": later,
            "replacement_carer": "Maria Rossi",
            "usual_carer_activity": "course",
            "activity_details": "Corso di qualificazione",
        }
    return steps


def demo_document(name):
    return SimpleUploadedFile(name, DEMO_PDF, content_type="application/pdf")


def bound_forms(kind, data, page):
    """The valid step forms of one application, built as the wizard builds them."""
    definition = definition_for(kind)
    variant = data.get("variant", {}).get("variant")
    context = {
        "interview": {"helpdesks": page.network_helpdesks()},
        "course": {"courses": page.network_courses()},
        "contract": {"variant": variant},
        "documents": {"variant": variant},
    }
    files = {
        ApplicationKind.SKILLS_ASSESSMENT: {"id_document": demo_document("documento.pdf")},
        ApplicationKind.FAMILY_SUBSIDY: {
            "contract": demo_document("contratto.pdf"),
            "hiring_notice": demo_document("comunicazione-assunzione.pdf"),
        },
    }.get(kind, {})
    form_dict = {}
    for step, form_class in definition.steps.items():
        if step not in data:
            continue
        prefix = step
        posted = MultiValueDict()
        for name, value in data[step].items():
            posted.setlist(f"{prefix}-{name}", value if isinstance(value, list) else [value])
        uploads = MultiValueDict(
            {f"{prefix}-{name}": [upload] for name, upload in files.items()}
            if step == "documents"
            else {}
        )
        form = form_class(
            data=posted, files=uploads, prefix=prefix, wizard_context=context.get(step, {})
        )
        if not form.is_valid():
            raise ValueError(f"demo answers for {kind}/{step} are invalid: {form.errors}")
        form_dict[step] = form
    return form_dict


def attach(draft, form_dict):
    for step, form in form_dict.items():
        for name, value in form.cleaned_data.items():
            if hasattr(value, "read"):
                document = Document(
                    draft=draft,
                    step=step,
                    field=name,
                    original_name=value.name,
                    content_type=value.content_type,
                    size=value.size,
                )
                document.file.save(value.name, value, save=False)
                document.save()


@override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend")
def demo_applications():
    """Submit the demo queue and move each application as its network's reviewer would.

    Does nothing when applications exist already, so the demo can be loaded twice.
    """
    if Application.objects.exists():
        return 0
    italian = Locale.get_default()
    for index, (code, kind, variant, states) in enumerate(QUEUE):
        network = NetworkPage.objects.get(code=code, locale=italian)
        page = ApplicationFormPage.objects.child_of(network).get(kind=kind)
        data = answers(kind, variant, PEOPLE[index % len(PEOPLE)], page)
        form_dict = bound_forms(kind, data, page)
        draft = Draft.objects.create(page=page, kind=kind, language="it")
        attach(draft, form_dict)
        application, _created = services.submit_draft(draft, form_dict)
        reviewer = get_user_model().objects.get(username=f"reviewer.{code.lower()}")
        if states:
            application = review.assign(application, application.version, reviewer, reviewer)
        for state in states:
            application = review.transition(
                application,
                application.version,
                reviewer,
                state,
                note=NOTES.get(state, ""),
                message=MESSAGES.get(state, ""),
            )
    return len(QUEUE)
