"""Time limits, saturation and the API token, each on a server started with those settings."""

from __future__ import annotations

import base64
import concurrent.futures
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from analyzer.cli import main
from tests import pdf_factory
from tests.serve.conftest import Server, start_server, stop_server

TOKEN = "0123456789abcdef0123456789abcdef"
SLOW_TEXT = "Experience\n" + "Built Python services with Docker and Kubernetes on AWS. " * 30000
"""About 1.7 MB of resume text, within the character limit: matching it takes seconds, far past
a one-second time limit."""


@pytest.fixture(scope="module")
def tight(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One worker, one place in the queue, a one-second time limit."""
    running = start_server(
        tmp_path_factory.mktemp("tight"), "--workers", "1", "--queue", "1", "--timeout", "1"
    )
    yield running
    stop_server(running.process)


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Path]]:
    """A server with an API token, keeping uploads in a folder, reading scans by OCR."""
    folder = tmp_path_factory.mktemp("guarded")
    kept = folder / "kept"
    kept.mkdir()
    running = start_server(
        folder,
        "--workers",
        "1",
        "--keep",
        str(kept),
        "--ocr",
        env={"SKILLGAP_API_TOKEN": TOKEN},
    )
    yield running, kept
    stop_server(running.process)


def slow_request(server: Server) -> httpx.Response:
    with server.client() as client:
        return client.post("/v1/analyze", json={"text": SLOW_TEXT, "name": "long.txt"})


@pytest.mark.slow
def test_an_analysis_past_the_time_limit_is_504_and_the_server_goes_on(tight: Server) -> None:
    response = slow_request(tight)
    assert response.status_code == 504
    error = response.json()["error"]
    assert error["code"] == "E015"
    assert error["message"] == "long.txt: took longer than 1 s"
    with tight.client() as client:  # a fresh worker answers the next request
        quick = client.post("/v1/analyze", json={"text": "Skills\nPython, SQL"})
    assert quick.status_code == 200


@pytest.mark.slow
def test_past_the_capacity_requests_are_refused_with_503_and_none_is_lost(tight: Server) -> None:
    with concurrent.futures.ThreadPoolExecutor(6) as pool:
        responses = list(pool.map(lambda _: slow_request(tight), range(6)))
    statuses = sorted(r.status_code for r in responses)
    assert len(statuses) == 6, "every request is answered"
    assert statuses.count(503) >= 4  # one running, one waiting: the rest refused at once
    assert set(statuses) <= {503, 504}
    refused = next(r for r in responses if r.status_code == 503)
    assert refused.headers["retry-after"] == "2"
    assert refused.json()["error"]["code"] == "busy"


def test_a_public_address_needs_a_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SKILLGAP_API_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--port", "1"])
    assert result.exit_code == 14
    assert "SKILLGAP_API_TOKEN" in result.stderr
    assert "0.0.0.0" in result.stderr


def test_a_short_token_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKILLGAP_API_TOKEN", "secret")
    result = CliRunner().invoke(main, ["serve", "--port", "1"])
    assert result.exit_code == 14
    assert "at least 16 characters" in result.stderr


def test_the_token_is_asked_everywhere_but_healthz(guarded: tuple[Server, Path]) -> None:
    server, _ = guarded
    basic = base64.b64encode(f"anyone:{TOKEN}".encode()).decode()
    with server.client() as client:
        assert client.get("/healthz").status_code == 200
        for path in ("/", "/version", "/openapi.json"):
            refused = client.get(path)
            assert refused.status_code == 401
            assert refused.json()["error"]["code"] == "unauthorized"
            assert 'Basic realm="skillgap"' in refused.headers.get_list("www-authenticate")
        wrong = client.get("/version", headers={"Authorization": f"Bearer {TOKEN[:-1]}x"})
        assert wrong.status_code == 401
        assert client.post("/v1/analyze", json={"text": "Skills"}).status_code == 401
        assert client.get("/version", headers={"Authorization": f"Bearer {TOKEN}"}).is_success
        assert client.get("/", headers={"Authorization": f"Basic {basic}"}).is_success


def test_keep_dir_holds_each_upload_and_its_result(guarded: tuple[Server, Path]) -> None:
    server, kept = guarded
    with server.client(headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        response = client.post(
            "/v1/analyze", files={"resume": ("ada.txt", b"Skills\nPython, SQL\n")}
        )
    assert response.status_code == 200
    uploads = sorted(p for p in kept.iterdir() if p.name.endswith("-ada.txt"))
    assert len(uploads) == 1
    assert uploads[0].read_bytes() == b"Skills\nPython, SQL\n"
    assert Path(f"{uploads[0]}.result.json").is_file()


@pytest.mark.ocr
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs the tesseract binary")
def test_with_ocr_the_service_reads_a_scan(guarded: tuple[Server, Path], tmp_path: Path) -> None:
    server, _ = guarded
    scan = pdf_factory.image_only_pdf(
        tmp_path / "scan.pdf", ["EXPERIENCE", "Trained models in Python", "SKILLS", "Docker"]
    )
    with server.client(headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        response = client.post("/v1/analyze", files={"resume": ("scan.pdf", scan.read_bytes())})
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["diagnostics"]["parse"]["ocr"] is True
    docker = next(s for s in report["skills"] if s["id"] == "docker")
    assert docker["present"] and all(e["ocr"] for e in docker["evidence"])
