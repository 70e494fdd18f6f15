"""The reviewer's forms on an application; each carries the version it was made from."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..review import allowed_transitions, colleagues


class VersionedForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, application, **kwargs):
        kwargs.setdefault("initial", {})["version"] = application.version
        super().__init__(*args, **kwargs)
        self.application = application

    def is_stale(self):
        """Whether the posted version is older than the application's.

        Asked before ``is_valid()``: the choices follow the newer state, and
        "not a valid choice" would hide what really happened.
        """
        posted = self.data.get(self.add_prefix("version"), "")
        return posted.isdigit() and int(posted) != self.application.version


class AssignForm(VersionedForm):
    assignee = forms.ModelChoiceField(
        label=_("Assign to"),
        queryset=None,
        required=False,
        empty_label=_("Nobody"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = colleagues(self.application)
        self.fields["assignee"].initial = self.application.assigned_to_id


class TransitionForm(VersionedForm):
    state = forms.ChoiceField(label=_("New state"))
    note = forms.CharField(
        label=_("Internal note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Staff only. Required when requesting information or rejecting."),
    )
    message = forms.CharField(
        label=_("Message to the applicant"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "E-mailed to the applicant and shown on the status page. When requesting "
            "information, say what is needed: the e-mail carries a link to answer."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["state"].choices = [
            (state.value, state.label) for state in allowed_transitions(self.application)
        ]


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Internal note"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )
