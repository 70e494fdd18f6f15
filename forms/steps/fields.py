"""Fields the application steps share: dates, documents, IBAN."""

import filetype
from stdnum import iban
from stdnum.exceptions import ValidationError as NumberError

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

# What an applicant may upload, judged by the file's content, not its name.
ACCEPTED_TYPES = {
    "application/pdf": "PDF",
    "image/jpeg": "JPEG",
    "image/png": "PNG",
}
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]


class DateField(forms.DateField):
    """A date typed as the browser's date picker sends it, or as people write it."""

    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", DATE_INPUT_FORMATS)
        super().__init__(**kwargs)


def sniff_content_type(upload):
    """The MIME type the file's first bytes say it is, or None."""
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(261)
    upload.seek(position)
    kind = filetype.guess(head)
    return kind.mime if kind else None


def validate_document(upload):
    limit = settings.APPLICATION_UPLOAD_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("The file is %(size)s; files can be up to %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
    if sniff_content_type(upload) not in ACCEPTED_TYPES:
        raise ValidationError(
            _(
                "This file is not a PDF, JPEG or PNG document. "
                "Scan or photograph the document and upload that file."
            ),
            code="wrong_type",
        )


class DocumentInput(forms.ClearableFileInput):
    template_name = "forms/widgets/document_input.html"

    def __init__(self, attrs=None):
        super().__init__({"accept": ",".join(ACCEPTED_TYPES), **(attrs or {})})
        # Names of files already uploaded for this field; the wizard sets them.
        self.stored_names = []

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["stored_names"] = self.stored_names
        return context


class DocumentField(forms.FileField):
    """One document: PDF, JPEG or PNG by content, within the size limit."""

    widget = DocumentInput
    default_validators = [validate_document]
    default_error_messages = {
        "empty": _("The file you chose is empty. Choose the file again."),
    }


class MultipleDocumentInput(DocumentInput):
    allow_multiple_selected = True


class MultipleDocumentField(DocumentField):
    """Any number of documents (certificates, say); each is checked on its own."""

    widget = MultipleDocumentInput

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            cleaned = [super(MultipleDocumentField, self).clean(item, initial) for item in data]
            if not cleaned and self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return cleaned
        return [super().clean(data, initial)] if data else []

    def bound_data(self, data, initial):
        return data


class IbanField(forms.CharField):
    """An IBAN, checked by its country format and check digits (ISO 13616)."""

    default_error_messages = {
        "invalid": _("This is not a valid IBAN. Check it against your bank statement."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 42)
        super().__init__(**kwargs)
        self.widget.attrs.update({"autocomplete": "off", "spellcheck": "false"})

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return value
        try:
            return iban.validate(value)
        except NumberError as error:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from error
