"""Accuracy against hand labels: per-skill precision, recall and F1, micro and macro averages,
and every false positive and negative with the evidence behind it, so a miss can be traced.

Labels are JSON lines `{"file": NAME, "skills": {skill_id: "quote from the resume"}}` naming the
skills each resume shows. Soft skills are not labelled and not evaluated.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from analyzer.engine import Analyzer
from analyzer.errors import ConfigError, SkillgapError
from analyzer.types import AnalysisResult, Evidence, to_plain


@dataclass(frozen=True, slots=True)
class SkillScore:
    skill_id: str
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class Miss:
    """A false positive (with the accepted evidence that caused it) or a false negative (with the
    labelled quote, and any evidence that was found but not accepted, with its reason)."""

    kind: str
    file: str
    skill_id: str
    quote: str
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Averages:
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class EvalReport:
    files: int
    failed: tuple[str, ...]
    skills: tuple[SkillScore, ...]
    micro: Averages
    macro: Averages
    misses: tuple[Miss, ...]

    def to_dict(self) -> dict[str, object]:
        plain: dict[str, object] = to_plain(self)
        return plain


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def _describe(evidence: Evidence) -> str:
    verdict = "" if evidence.accepted else f" [not accepted: {evidence.reason}]"
    return (
        f"p{evidence.page} {evidence.section} {evidence.match_type} {evidence.rule!r}: "
        f"{evidence.context!r}{verdict}"
    )


def read_labels(path: str | os.PathLike[str]) -> list[dict[str, object]]:
    """The label lines; ConfigError names the line that is not a label."""
    labels = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                label = json.loads(line)
                if not isinstance(label["file"], str) or not isinstance(label["skills"], dict):
                    raise TypeError("file must be a string and skills an object")
            except (ValueError, KeyError, TypeError) as error:
                raise ConfigError(
                    f"line {number} is not a label: {error}", path=str(path)
                ) from None
            labels.append(label)
    return labels


def evaluate(
    labels_path: str | os.PathLike[str],
    pdf_dir: str | os.PathLike[str],
    analyzer: Analyzer,
    *,
    profile: str | None = None,
) -> EvalReport:
    """Analyse every labelled file with `analyzer` and compare the skills found with the labels."""
    if not Path(labels_path).is_file():
        raise ConfigError("labels file not found", path=str(labels_path))
    if not Path(pdf_dir).is_dir():
        raise ConfigError("is not a folder of resumes", path=str(pdf_dir))
    scored = [s.id for s in analyzer.lexicon.skills.values() if s.group != "soft"]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    misses: list[Miss] = []
    failed: list[str] = []
    labels = read_labels(labels_path)
    for label in labels:
        name = str(label["file"])
        quotes = {str(k): str(v) for k, v in dict(label["skills"]).items()}  # type: ignore[call-overload]
        truth = set(quotes) & set(scored)
        try:
            result: AnalysisResult | None = analyzer.analyze(Path(pdf_dir) / name, profile=profile)
        except SkillgapError as error:
            failed.append(f"{name}: {error}")
            result = None
        found = {s.id: s for s in result.skills} if result else {}
        predicted = {i for i in scored if i in found and found[i].present}
        for skill_id in sorted(truth & predicted):
            tp[skill_id] += 1
        for skill_id in sorted(predicted - truth):
            fp[skill_id] += 1
            shown = [e for e in found[skill_id].evidence if e.accepted][:3]
            misses.append(Miss("FP", name, skill_id, "", tuple(_describe(e) for e in shown)))
        for skill_id in sorted(truth - predicted):
            fn[skill_id] += 1
            near = found[skill_id].evidence[:3] if skill_id in found else ()
            misses.append(
                Miss("FN", name, skill_id, quotes[skill_id], tuple(_describe(e) for e in near))
            )
    rows = _skill_scores(scored, tp, fp, fn)
    return EvalReport(
        files=len(labels),
        failed=tuple(failed),
        skills=tuple(rows),
        micro=_micro(tp, fp, fn),
        macro=_macro(rows),
        misses=tuple(misses),
    )


def _skill_scores(
    ids: Iterable[str], tp: Counter[str], fp: Counter[str], fn: Counter[str]
) -> list[SkillScore]:
    rows = []
    for skill_id in ids:
        if tp[skill_id] or fp[skill_id] or fn[skill_id]:
            p = _ratio(tp[skill_id], tp[skill_id] + fp[skill_id])
            r = _ratio(tp[skill_id], tp[skill_id] + fn[skill_id])
            rows.append(
                SkillScore(skill_id, tp[skill_id], fp[skill_id], fn[skill_id], p, r, _f1(p, r))
            )
    return rows


def _micro(tp: Counter[str], fp: Counter[str], fn: Counter[str]) -> Averages:
    t, f, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    p, r = _ratio(t, t + f), _ratio(t, t + n)
    return Averages(p, r, _f1(p, r))


def _macro(rows: list[SkillScore]) -> Averages:
    """Unweighted means over the skills that occur in the labels or the predictions."""
    if not rows:
        return Averages(0.0, 0.0, 0.0)
    n = len(rows)
    return Averages(
        round(sum(r.precision for r in rows) / n, 4),
        round(sum(r.recall for r in rows) / n, 4),
        round(sum(r.f1 for r in rows) / n, 4),
    )


def format_report(report: EvalReport) -> str:
    """The report as a terminal table, then the misses, then the averages."""
    lines = [
        f"{'skill':30s} {'tp':>4s} {'fp':>4s} {'fn':>4s} {'prec':>6s} {'recall':>6s} {'f1':>6s}"
    ]
    for s in report.skills:
        lines.append(
            f"{s.skill_id:30s} {s.tp:4d} {s.fp:4d} {s.fn:4d} "
            f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"
        )
    for miss in report.misses:
        quote = f" label: {miss.quote[:70]!r}" if miss.quote else ""
        lines.append(f"{miss.kind} {miss.file} {miss.skill_id}{quote}")
        lines.extend(f"    {line}" for line in miss.evidence)
    lines.extend(f"FAILED {failure}" for failure in report.failed)
    m, a = report.micro, report.macro
    lines.append(
        f"files={report.files} failed={len(report.failed)} "
        f"micro precision={m.precision:.3f} recall={m.recall:.3f} f1={m.f1:.3f} "
        f"macro precision={a.precision:.3f} recall={a.recall:.3f} f1={a.f1:.3f}"
    )
    return "\n".join(lines) + "\n"


def format_markdown(report: EvalReport) -> str:
    """The averages and per-skill table as Markdown, for the README."""
    m, a = report.micro, report.macro
    lines = [
        f"{report.files} resumes, {len(report.failed)} failed; "
        f"micro precision **{m.precision:.3f}**, recall **{m.recall:.3f}**, F1 **{m.f1:.3f}**; "
        f"macro precision {a.precision:.3f}, recall {a.recall:.3f}, F1 {a.f1:.3f}.",
        "",
        "| skill | tp | fp | fn | precision | recall | F1 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines.extend(
        f"| {s.skill_id} | {s.tp} | {s.fp} | {s.fn} | {s.precision:.3f} | {s.recall:.3f} | "
        f"{s.f1:.3f} |"
        for s in report.skills
    )
    return "\n".join(lines) + "\n"
