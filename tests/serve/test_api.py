"""The HTTP API against a real server: reports in every format, hostile files with the CLI's
codes and messages, upload limits, batches, and every response checked against /openapi.json."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from analyzer.cli import main
from analyzer.report.html import CONTENT_SECURITY_POLICY
from tests import docx_factory as make
from tests import pdf_factory
from tests.serve.conftest import Server
from tests.serve.openapi_check import assert_matches, response_schema

SECTIONS = [
    (
        "Experience",
        ["Built forecasting models in Python and PyTorch; deployed on Kubernetes."],
    ),
    ("Skills", ["SQL, Docker, Git"]),
]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("uploads")
    pdf = pdf_factory.single_column_pdf(folder / "ada.pdf", SECTIONS)
    good = pdf.read_bytes()
    (folder / "truncated.pdf").write_bytes(good[: len(good) // 3])
    (folder / "photo.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "empty.pdf").write_bytes(b"")
    return {
        "pdf": pdf,
        "docx": make.write(folder / "ada.docx", make.word_resume(SECTIONS)),
        "two-column": make.write(
            folder / "columns.docx", make.two_column_resume(SECTIONS[1:], SECTIONS[:1])
        ),
        "truncated": folder / "truncated.pdf",
        "png": folder / "photo.pdf",
        "empty": folder / "empty.pdf",
        "encrypted-pdf": pdf_factory.encrypted_pdf(folder / "locked.pdf", SECTIONS),
        "encrypted-docx": make.write(folder / "locked.docx", make.encrypted_word()),
        "not-word": make.write(folder / "sheet.docx", make.not_word_zip()),
        "bomb": make.write(
            folder / "bomb.docx",
            make.zip_bomb(make.word_resume(SECTIONS), inflated=300 * 1024 * 1024),
        ),
        "macros": make.write(folder / "macros.docm", make.with_macros(b"", keep_text=False)),
    }


def upload(client: httpx.Client, path: Path, **options: Any) -> httpx.Response:
    with path.open("rb") as handle:
        return client.post("/v1/analyze", files={"resume": (path.name, handle)}, **options)


def check(document: dict[str, Any], path: str, response: httpx.Response) -> dict[str, Any]:
    """The response's JSON, after checking it against what the document says `path` returns."""
    body: dict[str, Any] = response.json()
    schema = response_schema(
        document, path, "post" if path.startswith("/v1") else "get", response.status_code
    )
    assert_matches(document, schema, body)
    return body


@pytest.mark.parametrize(
    ("kind", "media_type"), [("pdf", "pdf"), ("docx", "docx"), ("two-column", "docx")]
)
def test_a_resume_upload_gives_the_json_contract(
    client: httpx.Client,
    document: dict[str, Any],
    files: dict[str, Path],
    kind: str,
    media_type: str,
) -> None:
    response = upload(client, files[kind])
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    report = check(document, "/v1/analyze", response)
    assert report["source"]["path"] == files[kind].name
    assert report["source"]["media_type"] == media_type
    status = {s["id"]: s["status"] for s in report["skills"]}
    assert status["python"] == "demonstrated"
    assert status["docker"] == "listed"


def test_the_report_matches_the_cli_one(client: httpx.Client, files: dict[str, Path]) -> None:
    served = upload(client, files["pdf"]).json()
    result = CliRunner().invoke(main, ["analyze", str(files["pdf"]), "--format", "json"])
    local = json.loads(result.stdout)
    assert served["score"] == local["score"]
    assert served["skills"] == local["skills"]
    assert served["source"]["sha256"] == local["source"]["sha256"]


def test_html_by_accept_is_the_self_contained_report_under_its_csp(
    client: httpx.Client, files: dict[str, Path]
) -> None:
    response = upload(client, files["pdf"], headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "default-src 'none'" in CONTENT_SECURITY_POLICY
    assert response.text.lstrip().lower().startswith("<!doctype html>")
    assert "ada.pdf" in response.text


@pytest.mark.parametrize(
    ("fmt", "media", "marker"),
    [("csv", "text/csv", "id,name,group"), ("text", "text/plain", "Readiness:")],
)
def test_format_parameter_picks_csv_or_text(
    client: httpx.Client, files: dict[str, Path], fmt: str, media: str, marker: str
) -> None:
    response = upload(
        client, files["docx"], params={"format": fmt}, headers={"Accept": "application/json"}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media)
    assert marker in response.text


def test_text_in_a_json_body(client: httpx.Client, document: dict[str, Any]) -> None:
    body = {
        "text": "Experience\nShipped PyTorch models.\nSkills\nSQL",
        "name": "ada.txt",
        "profile": "ai-engineer",
    }
    response = client.post("/v1/analyze", json=body)
    assert response.status_code == 200, response.text
    report = check(document, "/v1/analyze", response)
    assert report["source"] == {**report["source"], "path": "ada.txt", "media_type": "text"}
    assert report["profile"]["id"] == "ai-engineer"


def cli_message(path: Path) -> tuple[int, str]:
    """The CLI's exit code and message for `path`, without its "skillgap: error: " prefix."""
    result = CliRunner().invoke(main, ["analyze", str(path)])
    return result.exit_code, result.stderr.strip().removeprefix("skillgap: error: ")


@pytest.mark.parametrize(
    ("kind", "status", "code"),
    [
        ("png", 415, "E006"),
        ("empty", 400, "E005"),
        ("truncated", 422, "E007"),
        ("encrypted-pdf", 422, "E008"),
        ("not-word", 422, "E018"),
        ("encrypted-docx", 422, "E019"),
        ("bomb", 422, "E020"),
        ("macros", 422, "E020"),
    ],
)
def test_bad_files_get_the_cli_code_and_message(
    client: httpx.Client,
    document: dict[str, Any],
    files: dict[str, Path],
    kind: str,
    status: int,
    code: str,
) -> None:
    response = upload(client, files[kind])
    assert response.status_code == status
    error = check(document, "/v1/analyze", response)["error"]
    exit_code, message = cli_message(files[kind])
    assert (error["code"], error["exit_code"]) == (code, exit_code)
    name = files[kind].name
    assert error["file"] == name
    assert error["message"] == message.replace(str(files[kind]), name, 1)
    assert "Traceback" not in response.text


@pytest.mark.parametrize(
    ("request_options", "status", "code", "words"),
    [
        (
            {"data": {"profile": "astronaut"}, "files": {"resume": ("a.txt", b"Skills\nSQL")}},
            400,
            "E014",
            "unknown profile 'astronaut'",
        ),
        (
            {"params": {"format": "pdf"}, "files": {"resume": ("a.txt", b"Skills\nSQL")}},
            400,
            "E002",
            "unknown format 'pdf'",
        ),
        ({"data": {"profile": "ml-engineer"}}, 400, "E002", "field 'resume'"),
        (
            {"json": {"text": "Skills", "resume_url": "x"}},
            400,
            "E002",
            "unknown field(s): resume_url",
        ),
        (
            {"content": b"Skills: SQL", "headers": {"content-type": "text/plain"}},
            415,
            "E002",
            "multipart/form-data",
        ),
    ],
)
def test_bad_requests_say_what_is_wrong(
    client: httpx.Client,
    document: dict[str, Any],
    request_options: dict[str, Any],
    status: int,
    code: str,
    words: str,
) -> None:
    response = client.post("/v1/analyze", **request_options)
    assert response.status_code == status
    error = check(document, "/v1/analyze", response)["error"]
    assert error["code"] == code
    assert words in error["message"]


def test_an_oversized_upload_is_refused_by_its_length(
    client: httpx.Client, document: dict[str, Any]
) -> None:
    big = b"Skills\n" + b"Python " * (2 * 1024 * 1024)  # 14 MB, over the 10 MB default
    response = client.post("/v1/analyze", files={"resume": ("big.txt", big)})
    assert response.status_code == 413
    error = check(document, "/v1/analyze", response)["error"]
    assert error["code"] == "E006"
    assert "10 MB limit" in error["message"]


def test_an_oversized_upload_sent_in_chunks_is_cut_off(client: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'--b\r\nContent-Disposition: form-data; name="resume"; filename="x.txt"\r\n\r\n'
        for _ in range(12):
            yield b"x" * (1024 * 1024)

    response = client.post(
        "/v1/analyze",
        content=chunks(),
        headers={"content-type": "multipart/form-data; boundary=b"},
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "E006"


def test_a_batch_answers_each_file_in_order(
    client: httpx.Client, document: dict[str, Any], files: dict[str, Path]
) -> None:
    names = ["pdf", "png", "docx", "encrypted-docx"]
    sent = [("files", (files[k].name, files[k].read_bytes())) for k in names]
    response = client.post("/v1/batch", files=sent, data={"profile": "ai-engineer"})
    assert response.status_code == 200, response.text
    results = check(document, "/v1/batch", response)["results"]
    assert [r["file"] for r in results] == [files[k].name for k in names]
    assert [r["status"] for r in results] == [200, 415, 200, 422]
    assert results[0]["result"]["profile"]["id"] == "ai-engineer"
    assert results[3]["error"]["code"] == "E019"
    assert [sorted(set(r) & {"result", "error"}) for r in results] == [
        ["result"],
        ["error"],
        ["result"],
        ["error"],
    ]


def test_a_batch_has_a_file_count_limit(client: httpx.Client, document: dict[str, Any]) -> None:
    sent = [("files", (f"r{i}.txt", b"Skills\nSQL")) for i in range(21)]
    response = client.post("/v1/batch", files=sent)
    assert response.status_code == 413
    error = check(document, "/v1/batch", response)["error"]
    assert "at most 20" in error["message"]


def test_health_version_and_unknown_paths(client: httpx.Client, document: dict[str, Any]) -> None:
    health = client.get("/healthz")
    assert health.status_code == 200
    assert check(document, "/healthz", health)["status"] == "ok"
    version = check(document, "/version", client.get("/version"))
    assert version["schema"] == "1.1"
    assert "ml-engineer" in version["profiles"]
    missing = client.get("/v2/nothing")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not-found"
    assert client.get("/v1/analyze").status_code == 405


def test_every_response_carries_security_headers(client: httpx.Client) -> None:
    for response in (client.get("/"), client.get("/healthz"), client.get("/nothing")):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["cache-control"] == "no-store"


def test_the_openapi_document_is_consistent(document: dict[str, Any]) -> None:
    from jsonschema import Draft202012Validator

    assert document["openapi"].startswith("3.1")
    for name, schema in document["components"]["schemas"].items():
        Draft202012Validator.check_schema(schema), name
    text = json.dumps(document)
    for ref in {part.split('"')[0] for part in text.split('"$ref": "')[1:]}:
        node: Any = document
        for key in ref.removeprefix("#/").split("/"):
            node = node[key]
    assert "https://" not in json.dumps(document["paths"])


def test_nothing_sent_is_left_on_disk(
    server: Server, client: httpx.Client, files: dict[str, Path]
) -> None:
    secret = b"Experience\nZebra-unique-marker trained Python models.\n"
    assert client.post("/v1/analyze", files={"resume": ("mine.txt", secret)}).status_code == 200
    upload(client, files["docx"])
    left = [p for p in server.tmpdir.rglob("*") if p.is_file()]
    assert left == [], left
