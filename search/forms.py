from django import forms
from django.utils.translation import gettext_lazy as _

from .types import ResultType

MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    """The search page's and the API's parameters, validated alike."""

    q = forms.CharField(
        label=_("Search the portal"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        strip=True,
        error_messages={
            "max_length": _("Use at most %(limit_value)d characters."),
        },
    )
    network = forms.RegexField(label=_("Network"), regex=r"^[A-Z]{2}$", required=False, strip=True)
    type = forms.ChoiceField(
        label=_("Type"), choices=[("", _("All types")), *ResultType.choices], required=False
    )
    page = forms.IntegerField(label=_("Page"), min_value=1, max_value=1000, required=False)

    def clean_q(self):
        # Control characters carry no meaning in a search and upset engines.
        text = "".join(ch for ch in self.cleaned_data["q"] if ch.isprintable() or ch == " ")
        return " ".join(text.split())
