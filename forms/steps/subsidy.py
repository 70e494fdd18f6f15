"""The family-subsidy application, in its two variants."""

from django import forms
from django.utils.translation import gettext_lazy as _

from forms.models import SubsidyVariant

from .base import StepForm
from .fields import DateField, DocumentField, IbanField
from .personal import ContactForm

AGE_BANDS = [
    ("under_65", _("Under 65")),
    ("65_74", _("65 to 74")),
    ("75_84", _("75 to 84")),
    ("85_plus", _("85 or over")),
]
MAIN_NEEDS = [
    ("personal_care", _("Personal care")),
    ("mobility", _("Moving about")),
    ("supervision", _("Company and supervision")),
    ("dementia", _("Memory loss or dementia")),
    ("household", _("Housework and meals")),
    ("night", _("Help at night")),
]
RELATIONSHIPS = [
    ("self", _("I am the person cared for")),
    ("child", _("Son or daughter")),
    ("spouse", _("Husband, wife or partner")),
    ("other_relative", _("Other relative")),
    ("guardian", _("Legal guardian or support administrator")),
]
CONTRACT_LEVELS = [(level, level) for level in ("A", "AS", "B", "BS", "C", "CS", "D", "DS")]
ECONOMIC_BANDS = [
    ("up_to_10k", _("Up to 10,000 euro")),
    ("10k_20k", _("From 10,000 to 20,000 euro")),
    ("20k_30k", _("From 20,000 to 30,000 euro")),
    ("30k_40k", _("From 30,000 to 40,000 euro")),
    ("over_40k", _("Over 40,000 euro")),
]
USUAL_CARER_ACTIVITY = [
    ("assessment", _("Skills assessment")),
    ("course", _("Training course")),
]


class VariantForm(StepForm):
    title = _("What you are applying for")

    variant = forms.ChoiceField(
        label=_("Subsidy"), choices=SubsidyVariant.choices, widget=forms.RadioSelect
    )


class ApplicantForm(ContactForm):
    title = _("About you")
    field_order = [
        "first_name",
        "last_name",
        "tax_code",
        "relationship",
        "email",
        "phone",
        "contact_language",
    ]

    tax_code = forms.CharField(label=_("Tax code"), max_length=16, min_length=11)
    relationship = forms.ChoiceField(
        label=_("Your relationship with the person cared for"),
        choices=RELATIONSHIPS,
        widget=forms.RadioSelect,
    )

    def clean_tax_code(self):
        return self.cleaned_data["tax_code"].upper().replace(" ", "")


class CaredPersonForm(StepForm):
    """Only what the subsidy needs to know: no name, no health record."""

    title = _("The person cared for")

    age_band = forms.ChoiceField(label=_("Age"), choices=AGE_BANDS, widget=forms.RadioSelect)
    main_needs = forms.MultipleChoiceField(
        label=_("Main needs"), choices=MAIN_NEEDS, widget=forms.CheckboxSelectMultiple
    )


class ContractForm(StepForm):
    title = _("The care worker and the contract")

    carer_name = forms.CharField(label=_("Care worker's full name"), max_length=200)
    start_date = DateField(label=_("Contract start date"))
    weekly_hours = forms.IntegerField(
        label=_("Weekly hours"), min_value=1, max_value=54, help_text=_("At most 54.")
    )
    contract_level = forms.ChoiceField(
        label=_("Contract level"),
        choices=[("", "—"), *CONTRACT_LEVELS],
        help_text=_("As written in the contract (national agreement for domestic work)."),
    )
    hiring_notice_number = forms.CharField(
        label=_("Hiring notice number"),
        max_length=40,
        required=False,
        help_text=_("The number INPS gave the hiring notice."),
    )

    def clean(self):
        cleaned = super().clean()
        incentive = self.wizard_context.get("variant") == SubsidyVariant.INCENTIVE
        if incentive and not cleaned.get("hiring_notice_number"):
            self.add_error(
                "hiring_notice_number",
                _("Enter the hiring notice number: the incentive needs it."),
            )
        return cleaned


class ReplacementForm(StepForm):
    title = _("The replacement")

    starts = DateField(label=_("Replacement starts"))
    ends = DateField(label=_("Replacement ends"))
    replacement_carer = forms.CharField(
        label=_("Replacement care worker's full name"), max_length=200
    )
    usual_carer_activity = forms.ChoiceField(
        label=_("What the usual care worker attends"),
        choices=USUAL_CARER_ACTIVITY,
        widget=forms.RadioSelect,
    )
    activity_details = forms.CharField(
        label=_("Which assessment or course"),
        max_length=200,
        help_text=_("Its reference or the course title."),
    )

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts"), cleaned.get("ends")
        if starts and ends and ends < starts:
            self.add_error("ends", _("The replacement must end after it starts."))
        return cleaned


class EconomicForm(StepForm):
    title = _("Household economic indicator")

    band = forms.ChoiceField(
        label=_("Your household's economic indicator (ISEE)"),
        choices=ECONOMIC_BANDS,
        widget=forms.RadioSelect,
        help_text=_("As declared; we may ask for the certificate later."),
    )


class PaymentForm(StepForm):
    title = _("Payment")

    account_holder = forms.CharField(label=_("Account holder"), max_length=200)
    iban = IbanField(label=_("IBAN"), help_text=_("For example IT60 X054 2811 1010 0000 0123 456."))


class SubsidyDocumentsForm(StepForm):
    title = _("Documents")
    has_files = True

    contract = DocumentField(label=_("Employment contract"))
    hiring_notice = DocumentField(
        label=_("Hiring notice"),
        required=False,
        help_text=_("Needed for the incentive."),
    )

    def clean(self):
        cleaned = super().clean()
        incentive = self.wizard_context.get("variant") == SubsidyVariant.INCENTIVE
        if incentive and not cleaned.get("hiring_notice") and "hiring_notice" not in self.errors:
            self.add_error("hiring_notice", _("Upload the hiring notice: the incentive needs it."))
        return cleaned
