"""The upload page at / and the error page it may lead to: plain HTML forms, no script, nothing
loaded from anywhere, under a Content-Security-Policy that allows only posting the form here."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from html import escape
from importlib import resources
from string import Template

from starlette.responses import HTMLResponse

from analyzer.serve.settings import ServiceSettings
from analyzer.version import __version__
from skill_lexicon import Lexicon

PAGE_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
"""The report's policy, except that the form may post to this service (and no site frames it)."""


@cache
def _template() -> Template:
    text = resources.files("analyzer.serve").joinpath("templates/upload.html").read_text("utf-8")
    return Template(text)


def upload_page(lexicon: Lexicon, settings: ServiceSettings) -> HTMLResponse:
    """The form: a resume, an optional job posting, the target role, and Analyse."""
    default = lexicon.profiles[lexicon.default_profile]
    # The first option sends no profile: the job posting decides what is scored when one is
    # given (a profile beside a job is refused), the default role otherwise.
    options = "\n".join(
        [
            f'<option value="" selected>{escape(default.name)} (default)</option>',
            *(
                f'<option value="{escape(p.id)}">{escape(p.name)}</option>'
                for p in lexicon.profiles.values()
                if p.id != default.id
            ),
        ]
    )
    kept = "kept by the operator" if settings.keep_dir is not None else "not kept after the report"
    html = _template().substitute(
        profiles=options,
        max_upload=f"{settings.max_upload_bytes / 1024 / 1024:.0f} MB",
        version=escape(__version__),
        kept=kept,
    )
    return HTMLResponse(html, headers={"Content-Security-Policy": PAGE_CSP})


def error_page(status: int, message: str, headers: Mapping[str, str]) -> HTMLResponse:
    """An error for a person who used the upload page: the message and a way back."""
    html = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        "<title>skillgap: the resume could not be analysed</title></head><body>"
        f"<h1>The resume could not be analysed</h1><p>{escape(message)}</p>"
        '<p><a href="/">Try another file</a></p></body></html>'
    )
    return HTMLResponse(
        html, status_code=status, headers={**headers, "Content-Security-Policy": PAGE_CSP}
    )
