"""One self-contained HTML page: score, coverage chart, skills, gaps, learning path, evidence.

The page loads nothing: CSS is inline, the charts are inline SVG, there is no script, and a
Content-Security-Policy forbids fetching anything. Every value from the result is escaped where it
is written, and only http(s) URLs become links, so a resume or a lexicon holding markup shows it
as text. The page skeleton and its CSS are in `templates/report.html`.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from functools import cache
from html import escape
from importlib.resources import files
from pathlib import PurePath
from string import Template
from urllib.parse import urlsplit

from analyzer.report.view import (
    GroupCoverage,
    accepted_evidence,
    excerpt,
    printable,
    skill_groups,
)
from analyzer.types import AnalysisResult, Evidence, Gap, LearningStep, SkillAssessment, Status

STATUS_SYMBOL: dict[Status, str] = {
    "demonstrated": "✔",
    "listed": "●",
    "mentioned": "○",
    "missing": "✘",
}


def render(result: AnalysisResult) -> str:
    """The report as one HTML document (always in color: status badges carry symbols and words
    too, so it reads without the color)."""
    name = PurePath(result.source.path).name or result.source.path
    body = "\n".join(
        [
            _masthead(result, name),
            _overview(result),
            _target(result),
            _experience(result),
            _skills(result),
            _gaps(result),
            _learning_path(result),
            _evidence(result),
            _diagnostics(result),
            _footer(result),
        ]
    )
    return _template().substitute(
        content_security_policy=CONTENT_SECURITY_POLICY,
        title=_text(f"skillgap report: {name}"),
        analyzer_version=_text(result.analyzer_version),
        body=body,
    )


CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
)
"""The policy of every page skillgap writes (reports, the batch summary): nothing is fetched or
run, only the page's own inline CSS applies, and no form or base URL can send data anywhere."""


@cache
def _template() -> Template:
    page = files("analyzer.report").joinpath("templates", "report.html")
    return Template(page.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------------------- parts


def _masthead(result: AnalysisResult, name: str) -> str:
    source, profile = result.source, result.profile
    pages = f"{source.pages} page{'' if source.pages == 1 else 's'}"
    return (
        '<header class="masthead">\n'
        '<p class="eyebrow">skillgap report</p>\n'
        f"<h1>{_text(name)}</h1>\n"
        f'<p class="meta">{pages} · {_text(source.media_type.upper())} · '
        f"profile <strong>{_text(profile.name)}</strong> ({_text(profile.id)}) · "
        f"lexicon {_text(profile.lexicon_version)}</p>\n"
        "</header>"
    )


def _overview(result: AnalysisResult) -> str:
    score = result.score
    counts = " ".join(
        f"{_badge(status, f'{sum(s.status == status for s in result.skills)} {status}')}"
        for status in STATUS_SYMBOL
    )
    return (
        '<section class="overview" aria-label="Overview">\n'
        '<div class="card score-card">\n'
        '<h2 id="readiness">Readiness</h2>\n'
        '<div class="gauge">\n'
        f"{_gauge(score.readiness)}\n"
        f'<p class="score-number">{score.readiness:.1f}<small>/ 100</small></p>\n'
        "</div>\n"
        f'<p class="arithmetic">100 &times; {score.earned:g} earned &divide; '
        f"{score.possible:g} possible</p>\n"
        '<p class="note">weight by demand &times; strength by status, over the scored skills</p>\n'
        "</div>\n"
        '<div class="card">\n'
        '<h2 id="coverage">Coverage by skill group</h2>\n'
        f"{_coverage_chart(skill_groups(result))}\n"
        '<p class="note">Each bar is the share of the group\'s weight the resume earns: '
        "sum(weight &times; strength) &divide; sum(weight). Soft skills and certifications are "
        "reported but not scored.</p>\n"
        f'<p class="status-counts">{counts}</p>\n'
        f'<p class="formula"><code>{_text(score.formula)}</code></p>\n'
        "</div>\n"
        "</section>"
    )


def _gauge(readiness: float) -> str:
    radius, stroke = 70, 14
    circumference = 2 * math.pi * radius
    filled = max(0.0, min(readiness, 100.0)) / 100 * circumference
    color = "#15803d" if readiness >= 70 else "#b45309" if readiness >= 40 else "#b91c1c"
    return (
        '<svg viewBox="0 0 180 180" aria-hidden="true" focusable="false">'
        f'<circle cx="90" cy="90" r="{radius}" fill="none" stroke="#e5e7eb" '
        f'stroke-width="{stroke}"/>'
        f'<circle cx="90" cy="90" r="{radius}" fill="none" stroke="{color}" '
        f'stroke-width="{stroke}" stroke-linecap="round" transform="rotate(-90 90 90)" '
        f'stroke-dasharray="{filled:.2f} {circumference:.2f}"/>'
        "</svg>"
    )


def _coverage_chart(groups: Iterable[GroupCoverage]) -> str:
    scored = [g for g in groups if g.share is not None]
    if not scored:
        return '<p class="note">No skill in this profile is scored.</p>'
    row, label_width, bar_width = 30, 150, 300
    height = row * len(scored)
    bars = []
    for n, group in enumerate(scored):
        share = group.share or 0.0
        y = n * row
        value = f"{share:.0%} · {group.found} of {len(group.skills)} found"
        bars.append(
            f"<g><title>{_text(group.name)}: {value}</title>"
            f'<text class="label" x="{label_width - 10}" y="{y + 19}" text-anchor="end">'
            f"{_text(group.name)}</text>"
            f'<rect class="track" x="{label_width}" y="{y + 6}" width="{bar_width}" height="18" '
            'rx="4"/>'
            f'<rect class="bar" x="{label_width}" y="{y + 6}" width="{share * bar_width:.1f}" '
            'height="18" rx="4"/>'
            f'<text class="value" x="{label_width + bar_width + 10}" y="{y + 19}">{value}</text>'
            "</g>"
        )
    return (
        f'<svg class="coverage-chart" viewBox="0 0 {label_width + bar_width + 150} {height}" '
        'role="img" aria-labelledby="coverage">' + "".join(bars) + "</svg>"
    )


def _target(result: AnalysisResult) -> str:
    """Against a job: each skill asked, met or missing, at its level; the job's unlisted terms."""
    target = result.target
    if target is None:
        return ""
    rows = "\n".join(
        f"<tr><td>{_text(r.name)}</td><td>{_text(r.level)}</td>"
        f"<td>{_badge(r.status)}</td><td>{_met(r.met, r.met_by_alternative)}</td>"
        f"<td>{r.weight:g} = {r.demand_weight:g} &times; {r.factor:g}</td>"
        f"<td>{_text(r.job_evidence)}</td></tr>"
        for r in target.requirements
    )
    table = _scrolling_table(
        "Skills the job asks for",
        "<thead><tr><th>Skill</th><th>Level</th><th>Status</th><th>Met</th><th>Weight</th>"
        f"<th>The job says</th></tr></thead>\n<tbody>\n{rows}\n</tbody>",
    )
    terms = "".join(
        f"<li>{_text(t.name)} ({_text(t.level)}): {'met' if t.met else 'missing'}"
        + (f" &mdash; <q>{_text(t.resume_evidence)}</q>" if t.resume_evidence else "")
        + "</li>"
        for t in target.unlisted_terms
    )
    missing = ", ".join(r.name for r in target.requirements if r.id in target.missing_required)
    content = (
        f"<p><strong>{_text(target.title or target.source)}</strong> &middot; required met "
        f"{target.required_met} of {target.required_asked} &middot; preferred met "
        f"{target.preferred_met} of {target.preferred_asked}</p>\n"
        + (f"<p>Must-haves missing: <strong>{_text(missing)}</strong></p>\n" if missing else "")
        + table
        + (f"\n<h3>Terms outside the lexicon (not scored)</h3>\n<ul>{terms}</ul>" if terms else "")
        + f'\n<p class="formula"><code>{_text(target.formula)}</code></p>'
    )
    return _card("target", "The job", content)


def _met(met: bool, alternative: str | None) -> str:
    if met:
        return "met"
    if alternative:
        return f"met by the alternative {_text(alternative)}"
    return "<strong>missing</strong>"


def _experience(result: AnalysisResult) -> str:
    experience = result.experience
    if experience is None:
        return ""
    roles = "".join(
        f"<li>{_text(role.dates)} ({role.months} months): {_text(role.context)}</li>"
        for role in experience.roles
    )
    unreadable = "".join(
        f"<li><q>{_text(u.text)}</q>: {_text(u.reason)}</li>" for u in experience.unreadable
    )
    asked = (
        f"<p>The job asks {experience.years_asked:g} years: "
        f"{'met' if experience.meets_years else 'not met'}.</p>\n"
        if experience.years_asked is not None
        else ""
    )
    content = (
        f"<p><strong>{experience.total_years:g} years</strong> of professional experience "
        f"(to {_text(experience.as_of)}, overlapping roles counted once): "
        f"{_text(experience.level_name)}, salary band {_text(experience.salary_band)} "
        f"({_text(experience.salary_region)}).</p>\n{asked}"
        + (f"<ul>{roles}</ul>" if roles else "<p>No dated roles in an experience section.</p>")
        + (f"\n<h3>Dates not read</h3>\n<ul>{unreadable}</ul>" if unreadable else "")
    )
    return _card("experience", "Experience", content)


def _skills(result: AnalysisResult) -> str:
    bodies = []
    for group in skill_groups(result):
        share = "not scored" if group.share is None else f"{group.share:.0%} covered"
        rows = [
            "<tr>"
            f'<th scope="rowgroup" colspan="6">{_text(group.name)}'
            f"<span>{share} · {group.found} of {len(group.skills)} found</span></th>"
            "</tr>"
        ]
        rows.extend(_skill_row(result, skill) for skill in group.skills)
        bodies.append("<tbody>\n" + "\n".join(rows) + "\n</tbody>")
    return _card(
        "skills",
        "Skills",
        _scrolling_table(
            "Skills by group",
            "<thead><tr>"
            '<th scope="col">Skill</th><th scope="col">Status</th>'
            '<th scope="col" class="num">Strength</th><th scope="col">Demand</th>'
            '<th scope="col" class="num">Weight</th><th scope="col">Evidence</th>'
            "</tr></thead>\n" + "\n".join(bodies),
        ),
    )


def _skill_row(result: AnalysisResult, skill: SkillAssessment) -> str:
    count = len(accepted_evidence(skill))
    if count:
        quotes = f"{count} quote{'' if count == 1 else 's'}"
    else:
        quotes = f"{len(skill.evidence)} not counted"
    evidence = f'<a href="#{_anchor(result, skill)}">{quotes}</a>' if skill.evidence else "—"
    weight = f"{skill.weight:g}" if skill.scored else "not scored"
    strength = f"{skill.strength:.2f}" if skill.scored else "—"
    return (
        "<tr>"
        f'<th scope="row">{_text(skill.name)}</th>'
        f"<td>{_badge(skill.status)}</td>"
        f'<td class="num">{strength}</td>'
        f"<td>{_text(skill.demand)}</td>"
        f'<td class="num">{weight}</td>'
        f'<td class="nowrap">{evidence}</td>'
        "</tr>"
    )


def _gaps(result: AnalysisResult) -> str:
    if not result.gaps:
        return _card("gaps", "Gaps", "<p>No gaps: every scored skill is demonstrated.</p>")
    rows = "\n".join(_gap_row(gap, result.score.possible) for gap in result.gaps)
    return _card(
        "gaps",
        "Gaps, most costly first",
        _scrolling_table(
            "Gaps",
            "<thead><tr>"
            '<th scope="col" class="num">Priority</th><th scope="col">Skill</th>'
            '<th scope="col">Demand</th><th scope="col">Status</th>'
            '<th scope="col" class="num">Weight &times; (1 &minus; strength)</th>'
            '<th scope="col" class="num">Readiness points</th>'
            f"</tr></thead>\n<tbody>\n{rows}\n</tbody>",
        ),
    )


def _gap_row(gap: Gap, possible: float) -> str:
    readiness_points = 100 * gap.points_missing / possible if possible else 0.0
    return (
        "<tr>"
        f'<td class="num">{gap.priority}</td>'
        f'<th scope="row">{_text(gap.name)}</th>'
        f"<td>{_text(gap.demand)}</td>"
        f"<td>{_badge(gap.status)}</td>"
        f'<td class="num">{gap.weight:g} &times; (1 &minus; {gap.strength:g}) = '
        f"{gap.points_missing:g}</td>"
        f'<td class="num">{readiness_points:.1f}</td>'
        "</tr>"
    )


def _learning_path(result: AnalysisResult) -> str:
    if not result.learning_path:
        return _card("learning-path", "Learning path", "<p>Nothing left to learn here.</p>")
    steps = "\n".join(_step(result, step) for step in result.learning_path)
    return _card("learning-path", "Learning path", f'<ol class="path">\n{steps}\n</ol>')


def _step(result: AnalysisResult, step: LearningStep) -> str:
    status = next((s.status for s in result.skills if s.id == step.skill_id), None)
    why = [f"{_text(step.demand)} demand", f"gap priority {step.priority}"]
    if step.roadmap_stage:
        why.insert(1, f"roadmap step {step.roadmap_step}: {_text(step.roadmap_stage)}")
    details = []
    if step.resources:
        links = "".join(
            f'<li>{_link(r.url, r.title)} <span class="kind">{_text(r.kind)}</span></li>'
            for r in step.resources
        )
        details.append(f"<dt>Learn</dt><dd><ul>{links}</ul></dd>")
    if step.certification is not None:
        cert = step.certification
        details.append(
            f"<dt>Certify</dt><dd>{_link(cert.url, cert.name)} · {_text(cert.provider)}</dd>"
        )
    if step.projects:
        ideas = "".join(
            f"<li><strong>{_text(p.title)}</strong>: {_text(p.description)}</li>"
            for p in step.projects
        )
        details.append(f"<dt>Build</dt><dd><ul>{ideas}</ul></dd>")
    return (
        "<li>"
        f"<h3>{_text(step.name)}</h3>{_badge(status) if status else ''}"
        f'<p class="meta">{" · ".join(why)}</p>'
        + (f"<dl>{''.join(details)}</dl>" if details else "")
        + "</li>"
    )


def _evidence(result: AnalysisResult) -> str:
    cards = [_evidence_card(result, s) for s in result.skills if s.evidence]
    if not cards:
        return _card("evidence", "Evidence", "<p>No evidence was found for any skill.</p>")
    return _card(
        "evidence",
        "Evidence in context",
        '<p class="note">Each quote is the line of the resume that speaks for a skill, the '
        "matched words marked. Quotes that were considered but not counted are struck "
        "through, with the reason.</p>\n"
        f'<div class="evidence-list">\n{"".join(cards)}\n</div>',
    )


def _evidence_card(result: AnalysisResult, skill: SkillAssessment) -> str:
    counted = list(accepted_evidence(skill))
    not_counted = [e for e in skill.evidence if not e.accepted]
    parts = [f"<h3>{_text(skill.name)} {_badge(skill.status)}</h3>"]
    if counted:
        parts.append(_quotes(result, counted))
    if not_counted:
        parts.append(f"<h4>Not counted</h4>{_quotes(result, not_counted)}")
    return f'<article id="{_anchor(result, skill)}">' + "".join(parts) + "</article>\n"


def _quotes(result: AnalysisResult, found: list[Evidence]) -> str:
    language = result.parse.language
    lang = f' lang="{_text(language)}"' if language.isalpha() and len(language) == 2 else ""
    items = []
    for evidence in found:
        shown = excerpt(evidence, result.resume)
        how = _how(evidence)
        mark_class = "" if evidence.accepted else ' class="rejected"'
        quote = (
            ("…" if shown.clipped_before else "")
            + _text(shown.before)
            + f'<mark{mark_class} title="{_text(how)}">{_text(shown.match)}</mark>'
            + _text(shown.after)
            + ("…" if shown.clipped_after else "")
        )
        where = [f"page {evidence.page}", _text(evidence.section), _text(how)]
        if not evidence.accepted and evidence.reason:
            where.append(f"not counted: {_text(evidence.reason)}")
        items.append(
            f"<li><blockquote{lang}>{quote}</blockquote>"
            f'<p class="where">{" · ".join(where)}</p></li>'
        )
    return f'<ul class="quotes">{"".join(items)}</ul>'


def _how(evidence: Evidence) -> str:
    """How a piece of evidence was found, in words: match type, rule, and what qualifies it."""
    if evidence.implied_by:
        how = f"implied by {evidence.implied_by}"
    else:
        how = f"{evidence.match_type} “{evidence.rule}”"
    if evidence.similarity < 1:
        how += f", similarity {evidence.similarity:.2f}"
    if evidence.ocr:
        how += ", read by OCR"
    return how


def _diagnostics(result: AnalysisResult) -> str:
    parse = result.parse
    reasons = "; ".join(_text(r) for r in parse.reasons)
    pages = "; ".join(
        f"page {p.number}: {p.chars:,} characters"
        + (f", {p.columns} columns" if p.columns > 1 else "")
        for p in parse.pages
    )
    facts = [
        (
            "Text quality",
            f'<span class="badge verdict-{parse.text_quality}">'
            f"{parse.text_quality}</span> {reasons}",
        ),
        ("Pages", pages or "—"),
        ("Language", _text(parse.language)),
        ("OCR", "yes" if parse.ocr else "no"),
        ("Unmapped glyphs", f"{parse.unmapped_glyph_share:.1%} of characters"),
        ("Mojibake", str(parse.mojibake)),
        ("Icon glyphs", str(parse.icon_glyphs)),
        ("Letter-spaced headings", str(parse.letter_spaced_headings)),
        ("Repairs", ", ".join(_text(r) for r in parse.repairs) or "none"),
    ]
    listed = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in facts)
    messages = "".join(
        f'<li><span class="badge severity-{note.severity}">{note.severity}</span> '
        f"<code>{_text(note.code)}</code>"
        + (f" page {note.page}:" if note.page is not None else ":")
        + f" {_text(note.message)}</li>"
        for note in result.diagnostics
    )
    return _card(
        "diagnostics",
        "How the resume was read",
        f'<dl class="facts">{listed}</dl>'
        + (f'<ul class="messages">{messages}</ul>' if messages else ""),
    )


def _footer(result: AnalysisResult) -> str:
    return (
        f"<footer>skillgap {_text(result.analyzer_version)} · JSON contract "
        f"{_text(result.schema_version)} · SHA-256 <code>{_text(result.source.sha256)}</code>"
        "</footer>"
    )


# ------------------------------------------------------------------------------------ helpers


def _text(value: str) -> str:
    """`value` on one line, escaped for HTML text and attribute values alike."""
    return escape(printable(value), quote=True)


def _card(anchor: str, title: str, content: str) -> str:
    return (
        f'<section class="card" aria-labelledby="{anchor}">\n'
        f'<h2 id="{anchor}">{title}</h2>\n{content}\n</section>'
    )


def _scrolling_table(label: str, rows: str) -> str:
    """A table that scrolls sideways on a narrow screen, reachable by keyboard."""
    return (
        f'<div class="table-scroll" role="region" aria-label="{label}" tabindex="0">'
        f"<table>\n{rows}\n</table></div>"
    )


def _badge(status: Status, label: str | None = None) -> str:
    """A status badge: a symbol and words as well as a color, so it reads without the color."""
    return f'<span class="badge {status}">{STATUS_SYMBOL[status]} {label or status}</span>'


def _anchor(result: AnalysisResult, skill: SkillAssessment) -> str:
    return f"evidence-{result.skills.index(skill) + 1}"


def _link(url: str, title: str) -> str:
    """A link to `url` when it is a plain http(s) URL, else the title and the URL as text."""
    if is_web_url(url):
        return f'<a href="{escape(url, quote=True)}" rel="noopener noreferrer">{_text(title)}</a>'
    if not url:
        return _text(title)
    return f'{_text(title)} <span class="note">(not a web link: <code>{_text(url)}</code>)</span>'


def is_web_url(url: str) -> bool:
    """Whether `url` is an absolute http or https URL with a host and no blank or control
    characters (which browsers drop, and which could hide another scheme)."""
    if any(c.isspace() or unicodedata.category(c) == "Cc" for c in url):
        return False
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)
