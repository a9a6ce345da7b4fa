"""Job postings over HTTP: POST /v1/jobs reads one, POST /v1/analyze scores a resume for one;
answers equal the CLI's and match /openapi.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from analyzer.cli import main
from tests import pdf_factory
from tests.serve.openapi_check import assert_matches, response_schema

POSTING = """Senior Machine Learning Engineer

About us
We build our own platform on Scala and Kafka.

What you will do
- Train and ship forecasting models in Python and PyTorch.

Requirements
- 5+ years of experience building machine learning systems
- Strong SQL; Kubernetes in production

Nice to have
- Experience with AWS SageMaker is a plus
"""
RESUME = """Experience
Machine Learning Engineer, Acme (Jan 2019 - Dec 2023)
- Trained PyTorch models in Python and deployed them on Kubernetes.

Skills
SQL, Docker, Git
"""


def checked(document: dict[str, Any], path: str, response: httpx.Response) -> dict[str, Any]:
    body: dict[str, Any] = response.json()
    assert_matches(document, response_schema(document, path, "post", response.status_code), body)
    return body


def cli_job(path: Path) -> dict[str, Any]:
    result = CliRunner().invoke(main, ["job", str(path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    body: dict[str, Any] = json.loads(result.stdout)
    return body


def levels(target: dict[str, Any]) -> dict[str, str]:
    return {r["id"]: r["level"] for r in target["requirements"]}


def test_a_posting_gives_what_the_cli_job_command_gives(
    client: httpx.Client, document: dict[str, Any], tmp_path: Path
) -> None:
    posting = tmp_path / "opening.md"
    posting.write_text(POSTING)
    with posting.open("rb") as handle:
        response = client.post("/v1/jobs", files={"job": ("opening.md", handle)})
    assert response.status_code == 200, response.text
    served = checked(document, "/v1/jobs", response)
    assert levels(served) == levels(cli_job(posting))
    assert levels(served)["kubernetes"] == "required"
    assert levels(served)["aws-machine-learning"] == "preferred"
    assert served["years_required"] == 5


def test_a_posting_as_json_text_and_as_html(client: httpx.Client, document: dict[str, Any]) -> None:
    response = client.post("/v1/jobs", json={"text": POSTING, "name": "opening.txt"})
    assert response.status_code == 200, response.text
    assert "pytorch" in levels(checked(document, "/v1/jobs", response))
    page = client.post("/v1/jobs?format=html", data={"text": POSTING})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in page.headers["content-security-policy"]


def test_a_resume_is_scored_for_a_posting_or_a_saved_job(
    client: httpx.Client, document: dict[str, Any]
) -> None:
    by_text = client.post("/v1/analyze", json={"text": RESUME, "job": POSTING})
    assert by_text.status_code == 200, by_text.text
    report = checked(document, "/v1/analyze", by_text)
    asked = {r["id"]: r for r in report["target"]["requirements"]}
    assert asked["kubernetes"]["level"] == "required"
    assert {s["id"] for s in report["skills"]} == set(asked)  # only what the job asks is scored
    saved = client.post("/v1/jobs", json={"text": POSTING}).json()
    by_saved = client.post("/v1/analyze", json={"text": RESUME, "job": saved})
    assert by_saved.status_code == 200, by_saved.text
    assert by_saved.json()["score"] == report["score"]


def test_a_pdf_resume_and_a_posting_in_one_form(client: httpx.Client, tmp_path: Path) -> None:
    resume = pdf_factory.single_column_pdf(
        tmp_path / "ada.pdf", [("Experience", ["Trained PyTorch models in Python."])]
    )
    with resume.open("rb") as handle:
        response = client.post(
            "/v1/analyze",
            files={"resume": ("ada.pdf", handle), "job": ("opening.txt", POSTING.encode())},
        )
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["source"]["path"] == "ada.pdf"
    assert report["target"]["title"]


@pytest.mark.parametrize(
    ("request_body", "status", "code", "words"),
    [
        ({"text": RESUME, "job": POSTING, "profile": "ai-engineer"}, 400, "E002", "not both"),
        ({"text": RESUME, "job": "Python"}, 422, "E021", "too few"),
        ({"text": RESUME, "job": {"kind": "something else"}}, 422, "E022", ""),
        ({"text": RESUME, "job": 3}, 400, "E002", "job"),
    ],
)
def test_bad_jobs_get_the_cli_codes(
    client: httpx.Client,
    document: dict[str, Any],
    request_body: dict[str, Any],
    status: int,
    code: str,
    words: str,
) -> None:
    response = client.post("/v1/analyze", json=request_body)
    assert response.status_code == status, response.text
    error = checked(document, "/v1/analyze", response)["error"]
    assert error["code"] == code
    assert words in error["message"]


def test_jobs_needs_a_posting_and_a_job_format(client: httpx.Client) -> None:
    assert client.post("/v1/jobs", json={}).json()["error"]["code"] == "E002"
    response = client.post("/v1/jobs?format=csv", json={"text": POSTING})
    assert response.status_code == 400
    assert "text, json, html" in response.json()["error"]["message"]
