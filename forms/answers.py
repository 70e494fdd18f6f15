"""Answers as data: stored as JSON with the application, shown as label/value pairs."""

import datetime
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils import formats, translation
from django.utils.translation import gettext


@dataclass(frozen=True)
class Answer:
    name: str
    label: str
    display: str


def as_json(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, UploadedFile):
        return value.name
    if isinstance(value, list | tuple):
        return [as_json(item) for item in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def display(field, value):
    """``value`` as a person reads it: choice labels, dates, yes/no, file names."""
    if isinstance(field, forms.BooleanField):
        return gettext("Yes") if value else gettext("No")
    if value in (None, "", [], False):
        return gettext("Not given")
    if isinstance(field, forms.MultipleChoiceField):
        labels = dict(field.choices)
        return ", ".join(str(labels.get(item, item)) for item in value)
    if isinstance(field, forms.ChoiceField):
        return str(dict(field.choices).get(value, value))
    if isinstance(value, datetime.date):
        return formats.date_format(value)
    if isinstance(value, list | tuple):
        return ", ".join(getattr(item, "name", str(item)) for item in value)
    if isinstance(value, UploadedFile):
        return value.name
    return str(value)


def answers_of(form):
    """The form's answers, in field order, for people to read."""
    return [
        Answer(name, str(field.label), display(field, form.cleaned_data.get(name)))
        for name, field in form.fields.items()
        if not getattr(field, "is_honeypot", False)
    ]


def serialize_forms(form_dict):
    """Every step's answers as JSON: raw values, plus labels in the source language for staff."""
    with translation.override(settings.LANGUAGE_CODE):
        return {
            "steps": [
                {
                    "step": step,
                    "title": str(form.title),
                    "answers": [
                        {
                            "name": answer.name,
                            "label": answer.label,
                            "value": as_json(form.cleaned_data.get(answer.name)),
                            "display": answer.display,
                        }
                        for answer in answers_of(form)
                    ],
                }
                for step, form in form_dict.items()
                if form.fields and step != "review"
            ]
        }
