"""The HTTP service (`skillgap serve`, the `serve` extra): the analyzer behind a small JSON API
and an upload page, for HR systems that are not Python programs.

`create_app(settings)` builds the ASGI application (Starlette); `run(settings)` serves it with
uvicorn. The service keeps no state between requests, so it scales by running replicas behind a
load balancer. See the README, "HTTP service", and /openapi.json.

Names load on first use (PEP 562): the CLI reads the defaults in `analyzer.serve.settings`
without importing Starlette, uvicorn or spaCy.
"""

from __future__ import annotations

import sys
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any

from analyzer.errors import ConfigError
from analyzer.serve.settings import ServiceSettings

if TYPE_CHECKING:
    from analyzer.serve.app import create_app

__all__ = ["ServiceSettings", "create_app", "run"]

SERVE_MODULES = ("starlette", "uvicorn", "python_multipart")
"""What the `serve` extra installs."""


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from analyzer.serve.app import create_app

        return create_app
    raise AttributeError(f"module 'analyzer.serve' has no attribute {name!r}")


def run(settings: ServiceSettings) -> None:
    """Serve until interrupted. Raises ConfigError / LexiconError before listening when the
    serve extra is missing, or the settings or the lexicon are bad."""
    missing = [name for name in SERVE_MODULES if find_spec(name) is None]
    if missing:
        raise ConfigError(
            f"the service needs the serve extra ({', '.join(missing)} missing): "
            "pip install 'skillgap[serve]'"
        )
    import uvicorn

    from analyzer.serve.app import create_app

    app = create_app(settings)
    host = f"[{settings.host}]" if ":" in settings.host else settings.host
    print(
        f"skillgap: serving on http://{host}:{settings.port} with {settings.workers} "
        f"worker(s){', API token required' if settings.token else ''}",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level="warning",
        limit_concurrency=settings.max_connections,
        server_header=False,
        timeout_graceful_shutdown=int(settings.timeout) + 5,
    )
