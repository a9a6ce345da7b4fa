"""What a job description asks for (`skillgap job`), as text, JSON or one HTML page.

JSON is `JobTarget.to_dict()`: it can be saved and given back to `skillgap analyze --job`.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Mapping

from analyzer.errors import ConfigError
from analyzer.job.record import JobEvidence, JobTarget
from analyzer.report.view import printable

JOB_FORMATS: tuple[str, ...] = ("text", "json", "html")
QUOTE_CHARS = 110


def render_job(target: JobTarget, fmt: str) -> str:
    """`target` in format `fmt` (text, json, html), ending with a newline."""
    renderer = _RENDERERS.get(fmt)
    if renderer is None:
        raise ConfigError(f"unknown job format {fmt!r}; choose one of: {', '.join(JOB_FORMATS)}")
    return renderer(target)


def _json(target: JobTarget) -> str:
    return json.dumps(target.to_dict(), indent=2, ensure_ascii=False) + "\n"


def _quote(evidence: tuple[JobEvidence, ...]) -> str:
    if not evidence:
        return ""
    first = printable(evidence[0].context)
    return first if len(first) <= QUOTE_CHARS else first[: QUOTE_CHARS - 3] + "..."


def _years(target: JobTarget) -> str:
    parts = []
    for years in target.years_asked:
        if years.minimum is not None and years.maximum is not None:
            parts.append(f"{years.minimum:g}-{years.maximum:g} ({years.level})")
        elif years.minimum is not None:
            parts.append(f"{years.minimum:g}+ ({years.level})")
        elif years.maximum is not None:
            parts.append(f"at most {years.maximum:g} ({years.level})")
    return ", ".join(dict.fromkeys(parts)) or "not stated"


def _text(target: JobTarget) -> str:
    lines = [
        f"skillgap job: {printable(target.title or target.source.path)}",
        f"Source: {printable(target.source.path)}",
        "Seniority: "
        + (", ".join(f"{printable(s.word)} ({s.level})" for s in target.seniority) or "not stated"),
        f"Years of experience asked: {_years(target)}",
        "",
    ]
    for level in ("required", "preferred"):
        asked = [r for r in target.requirements if r.level == level]
        lines.append(f"{level.capitalize()} ({len(asked)})")
        lines += [f"  {printable(r.name):<28} {_quote(r.evidence)}" for r in asked] or ["  none"]
        lines.append("")
    lines.append(f"Asked but not in the lexicon ({len(target.unlisted_terms)})")
    lines += [
        f"  {printable(t.name):<28} {t.level:<9} {_quote(t.evidence)}"
        for t in target.unlisted_terms
    ] or ["  none"]
    if target.any_of:
        lines += ["", "Alternatives (any one will do)"]
        lines += [
            "  " + " | ".join(printable(k) for k in (*group.skills, *group.terms))
            for group in target.any_of
        ]
    if target.not_asked:
        lines += ["", "Named but not asked"]
        seen: set[tuple[str, str]] = set()
        for note in target.not_asked:
            if (note.id, note.reason) not in seen:
                seen.add((note.id, note.reason))
                lines.append(f"  {printable(note.name):<28} {printable(note.reason)}")
    return "\n".join(lines) + "\n"


def _html(target: JobTarget) -> str:
    def esc(value: str) -> str:
        return html.escape(printable(value))

    def rows(level: str) -> str:
        return "\n".join(
            f"<tr><td>{esc(r.name)}</td><td><code>{esc(r.id)}</code></td>"
            f"<td>{esc(r.evidence[0].section) if r.evidence else ''}</td>"
            f"<td>{esc(_quote(r.evidence))}</td></tr>"
            for r in target.requirements
            if r.level == level
        )

    tables = "".join(
        f"<h2>{level.capitalize()}</h2>\n<table><thead><tr><th>Skill</th><th>Id</th>"
        f"<th>Part</th><th>The job says</th></tr></thead>\n<tbody>\n{rows(level)}\n"
        "</tbody></table>\n"
        for level in ("required", "preferred")
    )
    terms = "".join(
        f"<li>{esc(t.name)} ({esc(t.level)}): {esc(_quote(t.evidence))}</li>"
        for t in target.unlisted_terms
    )
    dropped = "".join(
        f"<li>{esc(n.name)}: {esc(n.reason)}</li>"
        for n in {(n.id, n.reason): n for n in target.not_asked}.values()
    )
    title = esc(target.title or target.source.path)
    seniority = ", ".join(esc(s.word) for s in target.seniority) or "not stated"
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">\n"
        f"<title>skillgap job: {title}</title>\n"
        "<style>body{font:15px/1.5 system-ui,sans-serif;max-width:980px;margin:2em auto;"
        "padding:0 1em;color:#1f2937}table{border-collapse:collapse;width:100%}"
        "td,th{border-bottom:1px solid #e5e7eb;padding:.3em .5em;text-align:left;"
        "vertical-align:top}</style>\n</head>\n<body>\n"
        f"<h1>{title}</h1>\n<p>Seniority: {seniority} &middot; years of experience asked: "
        f"{esc(_years(target))}</p>\n{tables}"
        f"<h2>Asked but not in the lexicon</h2>\n<ul>{terms or '<li>none</li>'}</ul>\n"
        f"<h2>Named but not asked</h2>\n<ul>{dropped or '<li>none</li>'}</ul>\n"
        "</body>\n</html>\n"
    )


_RENDERERS: Mapping[str, Callable[[JobTarget], str]] = {
    "text": _text,
    "json": _json,
    "html": _html,
}
