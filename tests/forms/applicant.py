"""Filling in applications through the test client, as a browser without JavaScript would."""

import re
from html import unescape
from html.parser import HTMLParser

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

HIDDEN_INPUT = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')
# CSRF tokens and signed links: random letters that may spell a short name by chance.
RANDOM_TOKEN = re.compile(r"[A-Za-z0-9_:-]{32,}")

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)
EXECUTABLE = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 200


def pdf(name="document.pdf"):
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def png(name="photo.png"):
    return SimpleUploadedFile(name, PNG, content_type="image/png")


def italian(text, **params):
    """``text`` as an Italian page shows it: translated when the catalogue has it."""
    with translation.override("it"):
        message = translation.gettext(text)
    return message % params if params else message


def already_uploaded(name):
    return f"{italian('Already uploaded:')} {name}"


def shown_text(response):
    """The page as a person reads it: entities decoded, random tokens left out."""
    return RANDOM_TOKEN.sub("", unescape(response.text))


def hidden_fields(response):
    return {name: unescape(value) for name, value in HIDDEN_INPUT.findall(response.text)}


class FormValues(HTMLParser):
    """What a browser would send back from a page: typed, ticked and selected values."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.values = {}
        self._textarea = self._select = None

    def add(self, name, value):
        self.values.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.add(name, attrs.get("value", "on"))
            elif kind not in ("file", "submit"):
                self.add(name, attrs.get("value") or "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.add(name, "")
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self.add(self._select, attrs.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "textarea":
            # Browsers drop the newline that opens a textarea's content.
            self.values[self._textarea][-1] = self.values[self._textarea][-1].removeprefix("\n")
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea:
            self.values[self._textarea][-1] += data


def form_values(response):
    parser = FormValues()
    parser.feed(response.text)
    return parser.values


def as_shown(answers):
    """``answers`` as ``Applicant.values`` reads them back: sorted lists, files left out."""
    return {
        name: sorted(value) if isinstance(value, list) else [value]
        for name, value in answers.items()
        if not hasattr(value, "read") and value != ""
    }


class Applicant:
    """One browser: a test client with CSRF checks on, walking the wizard."""

    def __init__(self, client):
        self.client = client
        self.url = None
        self.response = None

    def open(self, url):
        self.response = self.client.get(url, follow=True)
        self.url = self.response.redirect_chain[-1][0] if self.response.redirect_chain else url
        return self.response

    def start(self, page_url, course=None):
        """Open the form page and start a new draft; lands on the first step."""
        self.open(page_url + (f"?course={course}" if course else ""))
        return self.post({}, raw=True)

    def post(self, answers, step=None, files=None, raw=False, **buttons):
        """Post the current page's form with ``answers`` (field names without the step prefix)."""
        # As a browser does: everything the page's form holds, then what was typed.
        data = {
            name: values[0] if len(values) == 1 else values
            for name, values in form_values(self.response).items()
        }
        prefix = "" if raw else f"{step or self.current_step}-"
        for name, value in answers.items():
            data[prefix + name] = value
        for name, upload in (files or {}).items():
            data[prefix + name] = upload
        data.update(buttons)
        self.response = self.client.post(self.url, data, follow=True)
        if self.response.redirect_chain:
            self.url = self.response.redirect_chain[-1][0]
        return self.response

    @property
    def current_step(self):
        return next(
            value
            for name, value in hidden_fields(self.response).items()
            if name.endswith("-current_step")
        )

    def fill(self, steps):
        """Post each step's answers in turn, checking that each one is accepted."""
        for step, answers in steps:
            assert self.current_step == step, (step, self.current_step, self.errors())
            files = {k: v for k, v in answers.items() if hasattr(v, "read")}
            plain = {k: v for k, v in answers.items() if k not in files}
            self.post(plain, files=files)
            assert self.response.status_code == 200
        return self.response

    def fill_from(self, steps, first, until=None):
        """Post the answers of ``steps`` (a dict, in order) from ``first`` on, ``until`` not."""
        names = list(steps)
        last = names.index(until) if until else len(names)
        return self.fill([(name, steps[name]) for name in names[names.index(first) : last]])

    def back(self):
        """The "Back" button: posts the step as it is and goes to the previous one."""
        previous = re.search(r'name="wizard_goto_step" value="([^"]+)"', self.response.text)
        return self.post({}, wizard_goto_step=previous.group(1))

    def values(self, step=None):
        """The answers the current page shows for a step, by field name without the prefix."""
        prefix = f"{step or self.current_step}-"
        return {
            name.removeprefix(prefix): sorted(value)
            for name, value in form_values(self.response).items()
            if name.startswith(prefix)
        }

    @property
    def draft(self):
        from forms.models import Draft

        uuid = re.search(r"/([0-9a-f-]{36})/", self.url).group(1)
        return Draft.objects.get(uuid=uuid)

    @property
    def text(self):
        return unescape(self.response.text)

    def error(self, field, step=None):
        """The error summary's message for a field of the step (its link leads to the field)."""
        anchor = f"id_{step or self.current_step}-{field}"
        for target, message in self.error_links().items():
            if target == anchor or re.fullmatch(rf"{re.escape(anchor)}_\d+", target):
                return message
        return None

    def error_links(self):
        """The error summary's links: field id → message."""
        summary = re.search(r'class="[^"]*portal-error-summary.*?</ul>', self.response.text, re.S)
        if not summary:
            return {}
        return {
            anchor: unescape(text)
            for anchor, text in re.findall(r'<a href="#([^"]+)">([^<]*)</a>', summary.group(0))
        }

    def errors(self):
        return re.findall(
            r'class="portal-error"[^>]*>\s*<p[^>]*>(?:<span[^>]*>[^<]*</span>)?([^<]*)',
            self.response.text,
        )
