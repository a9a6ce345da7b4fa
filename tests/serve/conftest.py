"""Real services for the tests: `skillgap serve` started as a user starts it, on 127.0.0.1 and
a free port, each with its own temporary folder so the tests can see what it leaves on disk."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

STARTUP_SECONDS = 120.0


@dataclass(frozen=True)
class Server:
    url: str
    tmpdir: Path
    process: subprocess.Popen[bytes]

    def client(self, **options: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=120.0, **options)  # type: ignore[arg-type]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(folder: Path, *options: str, env: dict[str, str] | None = None) -> Server:
    """`skillgap serve` on a free loopback port; returns once /healthz says every worker is
    warm."""
    tmpdir = folder / "tmp"
    tmpdir.mkdir(parents=True)
    port = free_port()
    environment = {**os.environ, "TMPDIR": str(tmpdir), **(env or {})}
    with (folder / "server.log").open("wb") as log:  # the server keeps its own copy
        process = subprocess.Popen(
            [sys.executable, "-m", "analyzer", "serve", "--port", str(port), *options],
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited: {(folder / 'server.log').read_text()}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return Server(url, tmpdir, process)
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    stop_server(process)
    raise RuntimeError(f"the server did not get ready: {(folder / 'server.log').read_text()}")


def stop_server(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The service with default settings and one worker."""
    running = start_server(tmp_path_factory.mktemp("service"), "--workers", "1")
    yield running
    stop_server(running.process)


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:
    with server.client() as client:
        yield client


@pytest.fixture(scope="module")
def document(client: httpx.Client) -> dict[str, Any]:
    """The service's own /openapi.json, which responses are checked against."""
    response = client.get("/openapi.json")
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body
