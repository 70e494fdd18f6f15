"""Small forms around the wizard: starting a draft, looking up an application, answering staff."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .steps.base import StepForm
from .steps.fields import MultipleDocumentField


class StartForm(forms.Form):
    course = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)


class StatusForm(forms.Form):
    reference = forms.RegexField(
        label=_("Reference"),
        regex=r"^\s*[A-Za-z]{2,3}-\d{4}-\d{6}\s*$",
        max_length=40,
        help_text=_("As in your confirmation, for example TO-2026-000123."),
        error_messages={"invalid": _("A reference looks like TO-2026-000123.")},
    )
    email = forms.EmailField(label=_("E-mail you gave in the application"))


class InfoAnswerForm(StepForm):
    """The applicant's answer to a request for information."""

    answer = forms.CharField(
        label=_("Your answer"), widget=forms.Textarea(attrs={"rows": 5}), max_length=4000
    )
    documents = MultipleDocumentField(
        label=_("Documents"),
        required=False,
        help_text=_("PDF, JPEG or PNG; you can choose several files."),
    )
