"""What an operator sets when starting the service: address, workers, limits, token, storage.

One frozen record, checked once at start-up (`check`), so a bad setting stops the service with
its message and exit code before it listens, never while it answers.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from analyzer.config import DEFAULT_BATCH_MEMORY_MB
from analyzer.errors import ConfigError

TOKEN_VARIABLE = "SKILLGAP_API_TOKEN"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_TIMEOUT = 30.0
"""Seconds one analysis may take before the request gets 504 (from when a warm worker takes it)."""
DEFAULT_QUEUE_PER_WORKER = 4
"""Requests that may wait for each worker; past that the service answers 503 at once."""
DEFAULT_MAX_UPLOAD_MB = 10
DEFAULT_MAX_BATCH_FILES = 20
DEFAULT_MAX_BATCH_MB = 50
DEFAULT_MAX_CONNECTIONS = 200
"""Open connections uvicorn accepts before it answers 503 itself (each may be uploading)."""
MIN_TOKEN_CHARS = 16
_MEGABYTE = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ServiceSettings:
    """The service's settings; `skillgap serve` builds one from its options."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    workers: int = 1
    """Analysis worker processes, each with spaCy and the lexicon loaded once."""
    timeout: float = DEFAULT_TIMEOUT
    memory_mb: int | None = DEFAULT_BATCH_MEMORY_MB
    """Address-space cap of each worker process (None: no cap)."""
    queue: int | None = None
    """Requests that may wait for a worker (default: `DEFAULT_QUEUE_PER_WORKER` per worker)."""
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_MB * _MEGABYTE
    max_batch_files: int = DEFAULT_MAX_BATCH_FILES
    max_batch_bytes: int = DEFAULT_MAX_BATCH_MB * _MEGABYTE
    max_connections: int = DEFAULT_MAX_CONNECTIONS
    keep_dir: Path | None = None
    """Where to keep each upload and its result; None: nothing is kept after the response."""
    token: str | None = None
    """The API token every request but /healthz must carry; None: no token asked."""
    lexicon: str | None = None
    ocr: bool = False
    ocr_language: str = "eng"
    cache_dir: str | None = None
    """Where workers keep what they build once (`AnalyzerConfig.cache_dir`); None: nothing."""

    @property
    def capacity(self) -> int:
        """Analyses accepted at once: running on every worker plus waiting in the queue."""
        queue = DEFAULT_QUEUE_PER_WORKER * self.workers if self.queue is None else self.queue
        return self.workers + queue

    def check(self) -> None:
        """Raise ConfigError for settings the service must not start with."""
        problems = []
        if self.workers < 1:
            problems.append(f"--workers is {self.workers}; it must be at least 1")
        if self.timeout <= 0:
            problems.append(f"--timeout is {self.timeout}; it must be positive")
        if min(self.max_upload_bytes, self.max_batch_bytes, self.max_batch_files) < 1:
            problems.append("upload limits must be positive")
        if self.token is not None and len(self.token) < MIN_TOKEN_CHARS:
            problems.append(f"{TOKEN_VARIABLE} must have at least {MIN_TOKEN_CHARS} characters")
        if self.token is None and not is_loopback(self.host):
            problems.append(
                f"--host {self.host} is reachable from other machines: set {TOKEN_VARIABLE} "
                "to an API token (e.g. `export SKILLGAP_API_TOKEN=$(openssl rand -hex 32)`), "
                "or keep the default --host 127.0.0.1"
            )
        if self.keep_dir is not None and not self.keep_dir.is_dir():
            problems.append(f"--keep {self.keep_dir} is not an existing folder")
        if problems:
            raise ConfigError("cannot start the service: " + "; ".join(problems))


def is_loopback(host: str) -> bool:
    """Whether `host` is reachable only from this machine (localhost, 127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def token_from_environment() -> str | None:
    """The API token from SKILLGAP_API_TOKEN (None when unset or empty)."""
    return os.environ.get(TOKEN_VARIABLE) or None
