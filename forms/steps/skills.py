"""The skills-assessment application: experience, self-assessment, documents, interview."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .base import StepForm
from .fields import DocumentField, MultipleDocumentField

COMPETENCE_AREAS = [
    ("personal_care", _("Personal care and hygiene")),
    ("mobility", _("Mobility and transfers")),
    ("nutrition", _("Nutrition")),
    ("medication", _("Medication reminders")),
    ("household", _("Household management")),
    ("communication", _("Communication and relationships")),
    ("dementia", _("Dementia and cognitive decline")),
    ("first_aid", _("First aid and emergencies")),
]

CARE_SETTINGS = [
    ("family_live_in", _("Living in with a family")),
    ("family_hourly", _("By the hour in families' homes")),
    ("care_home", _("Care home or nursing home")),
    ("hospital", _("Hospital")),
    ("abroad", _("Care work abroad")),
]

SELF_ASSESSMENT_SCALE = [
    ("1", _("1: no experience")),
    ("2", _("2: some experience, I need guidance")),
    ("3", _("3: I do it on my own")),
    ("4", _("4: I could teach it")),
]

AVAILABILITY = [
    ("mon_morning", _("Monday morning")),
    ("mon_afternoon", _("Monday afternoon")),
    ("tue_morning", _("Tuesday morning")),
    ("tue_afternoon", _("Tuesday afternoon")),
    ("wed_morning", _("Wednesday morning")),
    ("wed_afternoon", _("Wednesday afternoon")),
    ("thu_morning", _("Thursday morning")),
    ("thu_afternoon", _("Thursday afternoon")),
    ("fri_morning", _("Friday morning")),
    ("fri_afternoon", _("Friday afternoon")),
    ("sat_morning", _("Saturday morning")),
]


class ExperienceForm(StepForm):
    title = _("Care experience")

    years = forms.IntegerField(
        label=_("Years of experience in care work"), min_value=0, max_value=60
    )
    care_settings = forms.MultipleChoiceField(
        label=_("Where you have worked"),
        choices=CARE_SETTINGS,
        widget=forms.CheckboxSelectMultiple,
    )
    tasks = forms.CharField(
        label=_("Tasks you have performed"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_("In your own words: a few lines are enough."),
    )
    competences = forms.MultipleChoiceField(
        label=_("Areas in which you have worked"),
        choices=COMPETENCE_AREAS,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class SelfAssessmentForm(StepForm):
    title = _("Self-assessment")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, label in COMPETENCE_AREAS:
            self.fields[code] = forms.ChoiceField(
                label=label, choices=SELF_ASSESSMENT_SCALE, widget=forms.RadioSelect
            )


class SkillsDocumentsForm(StepForm):
    title = _("Documents")
    has_files = True

    cv = DocumentField(label=_("CV"), required=False)
    id_document = DocumentField(
        label=_("Identity document"), help_text=_("Passport, identity card or residence permit.")
    )
    certificates = MultipleDocumentField(
        label=_("Certificates"),
        required=False,
        help_text=_("Courses or work certificates; you can choose several files."),
    )


class InterviewForm(StepForm):
    title = _("Interview")

    helpdesk = forms.TypedChoiceField(
        label=_("Helpdesk where you prefer to meet"), coerce=int, widget=forms.RadioSelect
    )
    availability = forms.MultipleChoiceField(
        label=_("When you are available for the interview"),
        choices=AVAILABILITY,
        widget=forms.CheckboxSelectMultiple,
    )
    notes = forms.CharField(
        label=_("Anything else we should know"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        helpdesks = self.wizard_context.get("helpdesks", [])
        self.fields["helpdesk"].choices = [
            (page.pk, f"{page.title} ({page.municipality})") for page in helpdesks
        ]
