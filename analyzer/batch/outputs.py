"""What a batch writes: a ranked CSV, one JSON report per line, and an HTML summary that links
each candidate's own HTML report.

Outcomes are first reduced to light `Row`s (so a run over thousands of files does not hold
thousands of reports in memory); full reports are read back from the store when written. Every
output is written to a temporary file beside its target and renamed over it at the end.
"""

from __future__ import annotations

import csv
import html
import io
import json
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from analyzer.batch.folder import with_path
from analyzer.batch.records import Analysis, FileError, FileOutcome
from analyzer.batch.store import ResultStore
from analyzer.errors import OutputError
from analyzer.report.csv import safe_cell
from analyzer.report.files import check_output_path, open_atomically, umask, write_atomically
from analyzer.report.html import CONTENT_SECURITY_POLICY
from analyzer.types import STATUSES

TOP_GAPS = 3
REPORTS_MARKER = ".skillgap-reports"
"""The file that marks a per-candidate reports folder as skillgap's (so --overwrite may replace
it); a folder without it is never replaced."""


@dataclass(frozen=True, slots=True)
class Row:
    """One file of a batch, reduced to what the ranking and the summaries show."""

    file: str
    """The path as found: the folder given, joined with the file's place in it."""
    name: str
    """The path inside the folder, with forward slashes."""
    sha256: str
    score: float | None
    counts: Mapping[str, int]
    """Status -> how many of the profile's skills have it."""
    top_gaps: tuple[str, ...]
    present: Mapping[str, bool]
    """Skill id -> found, in the profile's order."""
    error: FileError | None
    required_met: int | None = None
    """Against a job: the required skills the resume shows, of `required_asked`."""
    required_asked: int | None = None
    missing_required: tuple[str, ...] = ()
    """Against a job: the names of the required skills the resume lacks (its must-haves)."""
    years: float | None = None
    """Years of professional experience the resume's dated roles show."""

    @classmethod
    def of(cls, outcome: FileOutcome, folder: Path) -> Row:
        name = outcome.path.relative_to(folder).as_posix()
        result = outcome.result
        if result is None:
            return cls(str(outcome.path), name, outcome.sha256, None, {}, (), {}, outcome.error)
        skills: list[dict[str, Any]] = result["skills"]
        gaps = sorted(result["gaps"], key=lambda gap: gap["priority"])
        target: dict[str, Any] | None = result.get("target")
        experience: dict[str, Any] | None = result.get("experience")
        names = {skill["id"]: skill["name"] for skill in skills}
        return cls(
            file=str(outcome.path),
            name=name,
            sha256=outcome.sha256,
            score=float(result["score"]["readiness"]),
            counts=Counter(skill["status"] for skill in skills),
            top_gaps=tuple(gap["name"] for gap in gaps[:TOP_GAPS]),
            present={skill["id"]: bool(skill["present"]) for skill in skills},
            error=None,
            required_met=None if target is None else int(target["required_met"]),
            required_asked=None if target is None else int(target["required_asked"]),
            missing_required=()
            if target is None
            else tuple(names.get(i, i) for i in target["missing_required"]),
            years=None if experience is None else float(experience["total_years"]),
        )

    def lacks(self, skill_ids: Sequence[str]) -> tuple[str, ...]:
        """The skills of `skill_ids` this resume does not show."""
        return tuple(i for i in skill_ids if not self.present.get(i, False))


@dataclass(frozen=True, slots=True)
class Ranking:
    """The rows to output: analysed files best first (rank 1 first), then the failed ones."""

    ranked: tuple[Row, ...]
    failed: tuple[Row, ...]
    filtered: tuple[tuple[Row, tuple[str, ...]], ...] = ()
    """Analysed files left out by `require`, each with the must-haves it lacks."""
    for_job: bool = False
    """True when the resumes were scored for a job: the outputs show its columns."""

    @property
    def skill_ids(self) -> tuple[str, ...]:
        ids: dict[str, None] = {}
        for row in self.ranked:
            ids.update(dict.fromkeys(row.present))
        return tuple(ids)


def rank(
    rows: list[Row],
    *,
    top: int | None = None,
    min_score: float | None = None,
    require: Sequence[str] = (),
    for_job: bool = False,
) -> Ranking:
    """Sort by score (highest first), then required skills met, then file; keep those that show
    every skill of `require` (the others are listed as filtered), scores >= `min_score`, then
    the `top` best. Failed files are always kept, sorted by file."""
    analysed = [r for r in rows if r.error is None]
    filtered = tuple(
        (r, r.lacks(require)) for r in sorted(analysed, key=lambda r: r.file) if r.lacks(require)
    )
    ranked = sorted(
        (r for r in analysed if not r.lacks(require)),
        key=lambda r: (-(r.score or 0), -(r.required_met or 0), r.file),
    )
    if min_score is not None:
        ranked = [r for r in ranked if (r.score or 0) >= min_score]
    if top is not None:
        ranked = ranked[:top]
    failed = sorted((r for r in rows if r.error is not None), key=lambda r: r.file)
    return Ranking(tuple(ranked), tuple(failed), filtered, for_job)


# ------------------------------------------------------------------------------------- CSV

CSV_COLUMNS = (
    "rank",
    "file",
    "status",
    "score",
    *STATUSES,
    "top_gaps",
    "error_code",
    "error_message",
)
"""The first columns; one column per skill id follows (1 = found, 0 = not)."""
JOB_CSV_COLUMNS = ("required_met", "required_asked", "must_haves_missing", "years")
"""After the first columns when resumes are scored for a job."""


def csv_text(ranking: Ranking) -> str:
    """The ranking as CSV, every cell made safe to open in a spreadsheet. Files left out by
    `--require` follow the ranked ones with status `filtered` and the must-haves they lack."""
    skill_ids = ranking.skill_ids
    job_columns = JOB_CSV_COLUMNS if ranking.for_job else ()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([safe_cell(c) for c in (*CSV_COLUMNS, *job_columns, *skill_ids)])

    def job_cells(row: Row) -> list[object]:
        if not ranking.for_job:
            return []
        return [row.required_met, row.required_asked, "; ".join(row.missing_required), row.years]

    for number, row in enumerate(ranking.ranked, start=1):
        cells = [
            number,
            row.file,
            "ok",
            f"{row.score:.1f}",
            *(row.counts.get(s, 0) for s in STATUSES),
            "; ".join(row.top_gaps),
            None,
            None,
            *job_cells(row),
            *(int(row.present.get(i, False)) for i in skill_ids),
        ]
        writer.writerow([safe_cell(c) for c in cells])
    for row, lacking in ranking.filtered:
        cells = [None, row.file, "filtered", f"{row.score:.1f}"]
        cells += [*(row.counts.get(s, 0) for s in STATUSES), "; ".join(row.top_gaps)]
        cells += [None, "lacks required " + ", ".join(lacking), *job_cells(row)]
        cells += [int(row.present.get(i, False)) for i in skill_ids]
        writer.writerow([safe_cell(c) for c in cells])
    for row in ranking.failed:
        assert row.error is not None
        cells = [None, row.file, "failed", None, *(None for _ in STATUSES), None]
        cells += [row.error.code, row.error.message, *(None for _ in job_columns)]
        cells += [None for _ in skill_ids]
        writer.writerow([safe_cell(c) for c in cells])
    return buffer.getvalue()


# ----------------------------------------------------------------------------------- JSONL


def write_jsonl(target: Path, ranking: Ranking, report: Callable[[Row], dict[str, Any]]) -> None:
    """One line per file, in ranking order: the JSON report (`report(row)`, the JSON contract)
    for analysed files, `{"file", "error": {"code", "message"}}` for failed ones."""
    with open_atomically(target) as handle:
        for row in ranking.ranked:
            handle.write(json.dumps(report(row), ensure_ascii=False) + "\n")
        for row in ranking.failed:
            assert row.error is not None
            line = {"file": row.file, "error": row.error.to_dict()}
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")


# ------------------------------------------------------------------------------------ HTML


def reports_folder(summary: Path) -> Path:
    """Where the per-candidate reports of `summary.html` go: `summary_reports/` beside it."""
    return summary.with_name(f"{summary.stem}_reports")


def check_reports_folder(folder: Path, *, overwrite: bool) -> None:
    """OutputError unless `folder` may be (re)written: absent, or skillgap's with `overwrite`."""
    if not folder.exists():
        return
    if not (folder / REPORTS_MARKER).is_file():
        raise OutputError("exists and was not written by skillgap; move it away", path=str(folder))
    if not overwrite:
        raise OutputError("exists; pass --overwrite to replace it", path=str(folder))


def write_reports(folder: Path, ranking: Ranking, report: Callable[[Row], str]) -> None:
    """Each ranked candidate's HTML report (`report(row)`) at `folder/<name>.html`, written into
    a temporary folder that then replaces `folder`."""
    fresh = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        fresh.chmod(0o777 & ~umask())  # mkdtemp makes it private; make it like any new folder
        (fresh / REPORTS_MARKER).write_text("written by skillgap batch\n", encoding="utf-8")
        for row in ranking.ranked:
            target = fresh / f"{row.name}.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(report(row), encoding="utf-8")
        old = folder.with_name(f".{folder.name}.old") if folder.exists() else None
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
            folder.rename(old)
        fresh.rename(folder)
        if old is not None:
            shutil.rmtree(old)
    except OSError as error:
        shutil.rmtree(fresh, ignore_errors=True)
        raise OutputError(f"cannot be written: {error}", path=str(folder)) from None


def report_href(folder: Path, row: Row) -> str:
    """The link from the summary (beside `folder`) to the candidate's report."""
    return quote(f"{folder.name}/{row.name}.html")


def summary_html(ranking: Ranking, *, reports: Path | None, skipped: int = 0) -> str:
    """A self-contained page: the ranking (linking each report in `reports`), then failures."""
    e = html.escape
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{e(CONTENT_SECURITY_POLICY)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>skillgap batch: ranked candidates</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>Ranked candidates</h1>",
        f"<p>{len(ranking.ranked)} ranked, {len(ranking.filtered)} filtered out,"
        f" {len(ranking.failed)} failed,"
        f" {skipped} skipped (not a resume file).</p>",
        "<table><thead><tr><th>Rank</th><th>File</th><th>Readiness</th>"
        + "".join(f"<th>{e(s.capitalize())}</th>" for s in STATUSES)
        + (
            "<th>Required met</th><th>Must-haves missing</th><th>Years</th>"
            if ranking.for_job
            else ""
        )
        + "<th>Top gaps</th></tr></thead><tbody>",
    ]
    for number, row in enumerate(ranking.ranked, start=1):
        name = e(row.file)
        link = f'<a href="{e(report_href(reports, row))}">{name}</a>' if reports else name
        lines.append(
            f"<tr><td>{number}</td><td>{link}</td><td>{row.score:.1f}</td>"
            + "".join(f"<td>{row.counts.get(s, 0)}</td>" for s in STATUSES)
            + (
                f"<td>{row.required_met} / {row.required_asked}</td>"
                f"<td>{e('; '.join(row.missing_required))}</td><td>{row.years or 0:g}</td>"
                if ranking.for_job
                else ""
            )
            + f"<td>{e('; '.join(row.top_gaps))}</td></tr>"
        )
    lines.append("</tbody></table>")
    if ranking.filtered:
        lines.append("<h2>Filtered out by --require</h2><table><thead><tr><th>File</th>")
        lines.append("<th>Readiness</th><th>Lacks</th></tr></thead><tbody>")
        for row, lacking in ranking.filtered:
            lines.append(
                f"<tr><td>{e(row.file)}</td><td>{row.score:.1f}</td>"
                f"<td>{e(', '.join(lacking))}</td></tr>"
            )
        lines.append("</tbody></table>")
    if ranking.failed:
        lines.append("<h2>Failed</h2><table><thead><tr><th>File</th><th>Code</th>")
        lines.append("<th>Error</th></tr></thead><tbody>")
        for row in ranking.failed:
            assert row.error is not None
            lines.append(
                f"<tr><td>{e(row.file)}</td><td>{e(row.error.code)}</td>"
                f"<td>{e(row.error.message)}</td></tr>"
            )
        lines.append("</tbody></table>")
    lines.append("</body></html>")
    return "\n".join(lines) + "\n"


_STYLE = (
    "body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}"
    "table{border-collapse:collapse;margin-bottom:2rem}"
    "th,td{border-bottom:1px solid #ddd;padding:.35rem .7rem;text-align:left}"
    "th{background:#f4f4f4}td:nth-child(n+3){font-variant-numeric:tabular-nums}"
)


# ------------------------------------------------------------------------------- writing


@dataclass(frozen=True, slots=True)
class Targets:
    """The files a batch writes: the ranked CSV, the JSONL and the HTML summary (any may be
    None); the summary's per-candidate reports go to `reports_folder(html)`."""

    csv: Path | None = None
    jsonl: Path | None = None
    html: Path | None = None

    @property
    def files(self) -> tuple[Path, ...]:
        return tuple(p for p in (self.csv, self.jsonl, self.html) if p is not None)

    def default_store(self) -> Path | None:
        """The store beside the first output: `results.csv` -> `results.csv.skillgap.sqlite`."""
        first = next(iter(self.files), None)
        return None if first is None else first.with_name(f"{first.name}.skillgap.sqlite")

    def check(self, *, inputs: Sequence[Path], store: Path, overwrite: bool) -> None:
        """OutputError unless every output (and the store) may be written: none is an input or
        named twice, and existing outputs are replaced only with `overwrite`."""
        named = [*self.files, store]
        if self.html is not None:
            named.append(reports_folder(self.html))
        seen: set[Path] = set()
        for path in named:
            if path.resolve() in seen:
                raise OutputError("is named for two outputs", path=str(path))
            seen.add(path.resolve())
        for path in self.files:
            check_output_path(path, inputs=inputs, overwrite=overwrite)
        check_output_path(store, inputs=inputs, overwrite=True)  # an existing store is reused
        if self.html is not None:
            folder = reports_folder(self.html).resolve()
            if any(folder in path.resolve().parents for path in inputs):
                raise OutputError("holds input files; choose another --html", path=str(folder))
            check_reports_folder(folder, overwrite=overwrite)


def write_outputs(
    ranking: Ranking, targets: Targets, store: ResultStore, *, skipped: int = 0
) -> list[Path]:
    """Write every target from the ranking and the store's reports; the paths written."""

    def report(row: Row) -> dict[str, Any]:
        return with_path(_stored(store, row).result or {}, Path(row.file))

    def html_report(row: Row) -> str:
        return _stored(store, row, "html").reports["html"]

    written: list[Path] = []
    if targets.csv is not None:
        write_atomically(targets.csv, csv_text(ranking))
        written.append(targets.csv)
    if targets.jsonl is not None:
        write_jsonl(targets.jsonl, ranking, report)
        written.append(targets.jsonl)
    if targets.html is not None:
        folder = reports_folder(targets.html)
        write_reports(folder, ranking, html_report)
        write_atomically(targets.html, summary_html(ranking, reports=folder, skipped=skipped))
        written += [targets.html, folder]
    return written


def _stored(store: ResultStore, row: Row, *reports: str) -> Analysis:
    analysis = store.get(row.sha256, reports)
    if analysis is None or analysis.result is None:  # the run stored it: only a bug gets here
        raise OutputError(
            f"the store has no report for it (settings {store.settings[:12]})", path=row.file
        )
    return analysis
