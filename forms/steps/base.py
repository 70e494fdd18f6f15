"""What every step form shares: a title, and fields the summary can describe."""

from django import forms
from django.utils.translation import gettext_lazy as _


class StepForm(forms.Form):
    """One step of an application.

    ``title`` names the step in the progress list, the page title and the
    "check your answers" summary.
    """

    title = ""
    template_name = "forms/step_form.html"

    def __init__(self, *args, wizard_context=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.wizard_context = wizard_context or {}

    def full_clean(self):
        super().full_clean()
        # Screen readers announce a field's error when it gets focus.
        for name in self.errors:
            if name in self.fields:
                bound = self[name]
                described = [f"{bound.auto_id}_error"]
                if self.fields[name].help_text:
                    described.append(f"{bound.auto_id}_helptext")
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": " ".join(described)}
                )


class ConsentForm(StepForm):
    title = _("Consent")

    privacy = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree that my data is used for this application."
        ),
    )
    truthful = forms.BooleanField(
        label=_("I declare that the information I have given is true."),
    )


class ReviewForm(StepForm):
    """The "check your answers" step; its honeypot catches form-filling robots."""

    title = _("Check your answers")
    template_name = "forms/review_form.html"

    # Hidden from people (and from screen readers); robots fill every field.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def honeypot_filled(self):
        return bool(self.is_bound and self.data.get(self.add_prefix("website")))
