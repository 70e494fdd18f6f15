"""Filling in applications through the test client, as a browser without JavaScript would."""

import re
from html import unescape

from django.core.files.uploadedfile import SimpleUploadedFile

HIDDEN_INPUT = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')

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


def hidden_fields(response):
    return {name: unescape(value) for name, value in HIDDEN_INPUT.findall(response.text)}


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
        data = hidden_fields(self.response)
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

    def errors(self):
        return re.findall(
            r'class="portal-error"[^>]*>\s*<p[^>]*>(?:<span[^>]*>[^<]*</span>)?([^<]*)',
            self.response.text,
        )
