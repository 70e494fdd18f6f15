"""About the applicant: who they are and how to reach them."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .base import StepForm
from .fields import DateField

LANGUAGE_CHOICES = [(code, name) for code, name in settings.LANGUAGES]


class ContactForm(StepForm):
    """Who applies and how to reach them: shared by every kind's first personal step."""

    first_name = forms.CharField(
        label=_("First name"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("We send the confirmation and your link to continue later here."),
    )
    phone = forms.CharField(
        label=_("Phone"),
        max_length=32,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    contact_language = forms.ChoiceField(
        label=_("Language we should use to contact you"), choices=LANGUAGE_CHOICES
    )

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        digits = [c for c in phone if c.isdigit()]
        if len(digits) < 6 or any(c not in "0123456789 +-./()" for c in phone):
            raise ValidationError(_("Enter a phone number, for example +39 011 123 4567."))
        return phone


class AboutYouForm(ContactForm):
    title = _("About you")
    field_order = [
        "first_name",
        "last_name",
        "date_of_birth",
        "nationality",
        "languages",
        "other_languages",
        "email",
        "phone",
        "contact_language",
    ]

    date_of_birth = DateField(
        label=_("Date of birth"),
        help_text=_("For example 2026-03-27."),
        widget=forms.DateInput(attrs={"type": "date", "autocomplete": "bday"}, format="%Y-%m-%d"),
    )
    nationality = forms.CharField(label=_("Nationality"), max_length=100)
    languages = forms.MultipleChoiceField(
        label=_("Languages you speak"),
        choices=LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
    )
    other_languages = forms.CharField(
        label=_("Other languages you speak"), max_length=200, required=False
    )

    def clean_date_of_birth(self):
        born = self.cleaned_data["date_of_birth"]
        today = timezone.localdate()
        if born > today.replace(year=today.year - 16):
            raise ValidationError(_("You must be at least 16 years old to apply."))
        if born.year < today.year - 110:
            raise ValidationError(_("Check the year of birth."))
        return born


PERMIT_CHOICES = [
    ("eu_citizen", _("I am a citizen of the European Union: no permit needed")),
    ("work", _("Residence permit for work")),
    ("family", _("Residence permit for family reasons")),
    ("long_term", _("EU long-term residence permit (no expiry)")),
    ("renewal_pending", _("Permit being renewed (I have the receipt)")),
    ("other", _("Other permit")),
]
PERMITS_WITH_EXPIRY = {"work", "family", "renewal_pending", "other"}


class RightToWorkForm(StepForm):
    title = _("Right to work")

    permit_type = forms.ChoiceField(
        label=_("Your right to work in Italy"),
        choices=PERMIT_CHOICES,
        widget=forms.RadioSelect,
    )
    permit_expiry = DateField(
        label=_("Expiry date of the permit or receipt"),
        required=False,
        help_text=_("Needed unless you are an EU citizen or hold a long-term permit."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("permit_type") in PERMITS_WITH_EXPIRY and not cleaned.get("permit_expiry"):
            self.add_error("permit_expiry", _("Enter the expiry date of your permit."))
        return cleaned
