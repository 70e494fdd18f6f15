"""No shared cache or browser back-forward cache may keep an applicant's pages."""

import pytest

from .applicant import hidden_fields
from .test_resume import RESUME_LINK

pytestmark = pytest.mark.django_db


def assert_never_cached(response, what):
    header = response.headers.get("Cache-Control", "")
    for directive in ("no-cache", "no-store", "private"):
        assert directive in header, (what, header)


def test_every_form_view_is_never_cached(started, browser, form_page):
    page = form_page("TO", "training_enrolment")
    applicant, steps = started("training_enrolment", until="needs")
    draft_url = applicant.url.rsplit("/", 2)[0]
    client = applicant.client

    def post(url, data):
        token = client.cookies["csrftoken"].value
        return client.post(url, {"csrfmiddlewaretoken": token, **data})

    management = {
        name: value
        for name, value in hidden_fields(applicant.response).items()
        if name.endswith("-current_step")
    }
    responses = {
        "form page": client.get(page.url),
        "step": client.get(f"{draft_url}/needs/"),
        "step with errors": post(
            f"{draft_url}/needs/", {**management, "needs-accessibility": "x" * 2000}
        ),
        "save for later": post(f"{draft_url}/needs/", {**management, "save_later": "1"}),
        "saved": client.get(f"{draft_url}/saved/"),
        "status page": client.get("/it/application-status/"),
        "status lookup": post("/it/application-status/", {"reference": "x"}),
        "forged resume": client.get(f"{page.url}continue/forged/"),
        "another browser's draft": browser().client.get(f"{draft_url}/needs/"),
        "start": post(page.url, {}),
    }
    link = RESUME_LINK.search(responses["saved"].text).group(1)
    responses["resume"] = browser().client.get(link)
    applicant.open(f"{draft_url}/needs/")
    applicant.fill_from(steps, "needs")
    responses["confirmation"] = client.get(f"{draft_url}/sent/")
    responses["step after sending"] = client.get(f"{draft_url}/needs/")

    for what, response in responses.items():
        assert response.status_code not in (403, 500), what
        assert_never_cached(response, what)
