"""The `skillgap` command: translates arguments, errors and formats, and nothing more.

Every command calls the library (`Analyzer`, `load_lexicon`, ...). Results go to stdout or the file
named with -o; diagnostics go to stderr. Exit codes are those of `analyzer.errors` (README).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from datetime import datetime
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from analyzer.config import DEFAULT_BATCH_MEMORY_MB, DEFAULT_BATCH_TIMEOUT
from analyzer.errors import SkillgapError
from analyzer.report import FORMATS
from analyzer.version import __version__

if TYPE_CHECKING:
    from analyzer.engine import Analyzer
    from analyzer.job import JobTarget

# Only light modules are imported above: each command imports the stages it runs, so `--help`,
# `--version` and `lexicon validate` never load spaCy or pdfminer.six (tests/cli check it).

F = TypeVar("F", bound=Callable[..., Any])

EXIT_INTERNAL = 1


def fail(message: str, code: int) -> None:
    click.secho(f"skillgap: error: {message}", fg="red", err=True)
    sys.exit(code)


def translate_errors(command: F) -> F:
    """Turn skillgap errors into one line on stderr and their exit code; never a traceback
    (set SKILLGAP_DEBUG=1 to see one for an unexpected error)."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except SkillgapError as error:
            fail(str(error), error.exit_code)
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except Exception as error:  # an unexpected failure is a bug: say so plainly
            if os.environ.get("SKILLGAP_DEBUG"):
                raise
            fail(
                f"internal error ({type(error).__name__}: {error}); "
                "rerun with SKILLGAP_DEBUG=1 for details and please report it",
                EXIT_INTERNAL,
            )
        return None

    return wrapper  # type: ignore[return-value]


def emit(content: str, output: Path | None, *, inputs: tuple[str, ...], overwrite: bool) -> None:
    if output is None:
        click.echo(content, nl=not content.endswith("\n"))
        return
    from analyzer.report.files import check_output_path, write_atomically

    target = check_output_path(output, inputs=inputs, overwrite=overwrite)
    write_atomically(target, content)
    click.echo(f"skillgap: wrote {target}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="skillgap")
def main() -> None:
    """skillgap: which in-demand ML-engineering skills a resume shows, and what to learn next."""


JOB_FORMATS = ("text", "json", "html")
"""`skillgap job` formats (`analyzer.report.job` renders them; named here so --help stays light)."""


def check_job_or_profile(job: str | None, profile: str | None) -> None:
    """A job decides what is scored, so it cannot come with a profile (exit 2)."""
    if job is not None and profile is not None:
        fail("give --job or --profile, not both: a job decides what is scored", 2)


def read_job_argument(analyzer: Analyzer, job: str) -> JobTarget:
    """The job a command was given: a path, or - for standard input."""
    if job == "-":
        return analyzer.read_job(sys.stdin.buffer.read(), name="<stdin>")
    return analyzer.read_job(Path(job))


job_option = click.option(
    "--job",
    "job",
    metavar="JOB",
    default=None,
    help="Score for this job description (.txt, .md, .pdf, a saved job .json, or - for stdin).",
)
as_of_option = click.option(
    "--as-of",
    "as_of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Count ongoing roles ('present') to this date, YYYY-MM-DD.  [default: today]",
)

profile_option = click.option(
    "--profile",
    "-p",
    default=None,
    help="Target role (default: ml-engineer). See `skillgap lexicon profiles`.",
)
lexicon_option = click.option(
    "--lexicon",
    "lexicon_path",
    type=click.Path(path_type=Path),
    default=None,
    help="Your own lexicon (a TOML file or folder) instead of the built-in one.",
)


@main.command()
@click.argument("resume", type=click.Path(path_type=Path))
@profile_option
@click.option(
    "--format", "-f", "fmt", type=click.Choice(FORMATS), default="text", show_default=True
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    default=None,
    help="Write here instead of stdout.",
)
@click.option("--overwrite", is_flag=True, help="Replace the -o file if it exists.")
@lexicon_option
@click.option(
    "--ocr",
    is_flag=True,
    help="OCR image-only PDFs (needs Tesseract: apt-get install tesseract-ocr).",
)
@click.option(
    "--ocr-language",
    default="eng",
    show_default=True,
    help="Tesseract language(s) for --ocr, e.g. eng+deu (needs tesseract-ocr-deu).",
)
@job_option
@as_of_option
@translate_errors
def analyze(
    resume: Path,
    profile: str | None,
    fmt: str,
    output: Path | None,
    overwrite: bool,
    lexicon_path: Path | None,
    ocr: bool,
    ocr_language: str,
    job: str | None,
    as_of: datetime | None,
) -> None:
    """Analyse one resume (PDF or .txt) and report its skills, score and gaps.

    With --job, score it for that job description (a .txt, .md or .pdf posting, or a target
    saved by `skillgap job --format json`) instead of a profile."""
    from analyzer.config import AnalyzerConfig
    from analyzer.engine import Analyzer
    from analyzer.report import render
    from analyzer.report.files import check_output_path

    check_job_or_profile(job, profile)
    if output is not None:
        check_output_path(output, inputs=(str(resume),), overwrite=overwrite)
    analyzer = Analyzer(
        lexicon=lexicon_path, config=AnalyzerConfig(ocr=ocr, ocr_language=ocr_language)
    )
    target = read_job_argument(analyzer, job) if job is not None else None
    result = analyzer.analyze(
        resume, profile=profile, job=target, as_of=as_of.date() if as_of else None
    )
    for note in result.diagnostics:
        if note.severity != "info":
            click.secho(f"skillgap: {note.severity}: {note.message}", fg="yellow", err=True)
    color = fmt == "text" and output is None and sys.stdout.isatty()
    emit(render(result, fmt, color=color), output, inputs=(str(resume),), overwrite=overwrite)


@main.command("job")
@click.argument("job_path", metavar="JOB")
@click.option(
    "--format", "-f", "fmt", type=click.Choice(JOB_FORMATS), default="text", show_default=True
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    default=None,
    help="Write here instead of stdout.",
)
@click.option("--overwrite", is_flag=True, help="Replace the -o file if it exists.")
@lexicon_option
@translate_errors
def job_command(
    job_path: str, fmt: str, output: Path | None, overwrite: bool, lexicon_path: Path | None
) -> None:
    """Read a job description (.txt, .md or .pdf; - for standard input) and report what it asks
    for: skills at their level (required or preferred), terms outside the lexicon, title,
    seniority and years of experience. Save --format json to reuse it with `analyze --job`."""
    from analyzer.engine import Analyzer
    from analyzer.report.files import check_output_path
    from analyzer.report.job import render_job

    if output is not None:
        check_output_path(output, inputs=(job_path,), overwrite=overwrite)
    target = read_job_argument(Analyzer(lexicon=lexicon_path), job_path)
    emit(render_job(target, fmt), output, inputs=(job_path,), overwrite=overwrite)


@main.group()
def lexicon() -> None:
    """Inspect and validate lexicons."""


@lexicon.command("validate")
@click.argument("path", type=click.Path(path_type=Path))
@translate_errors
def lexicon_validate(path: Path) -> None:
    """Check a lexicon file or folder; report every problem with its location."""
    from skill_lexicon import validate_lexicon

    problems = validate_lexicon(path)
    for problem in problems:
        click.echo(str(problem), err=True)
    if problems:
        fail(f"{path}: {len(problems)} problem(s) found", 11)
    click.echo(f"{path}: valid")


@lexicon.command("profiles")
@lexicon_option
@translate_errors
def lexicon_profiles(lexicon_path: Path | None) -> None:
    """List the profiles (target roles) of a lexicon."""
    from analyzer.engine import Analyzer

    analyzer = Analyzer(lexicon=lexicon_path)
    for profile in analyzer.lexicon.profiles.values():
        marker = " (default)" if profile.id == analyzer.lexicon.default_profile else ""
        click.echo(f"{profile.id}{marker}: {profile.name} - {profile.description}")


@main.command("eval")
@click.argument("labels", type=click.Path(path_type=Path))
@click.argument("pdf_dir", type=click.Path(path_type=Path))
@profile_option
@lexicon_option
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
)
@translate_errors
def eval_command(
    labels: Path, pdf_dir: Path, profile: str | None, lexicon_path: Path | None, fmt: str
) -> None:
    """Score skill detection against hand labels (JSONL: {"file", "skills": {id: quote}})."""
    from analyzer.engine import Analyzer
    from analyzer.evaluate import evaluate, format_markdown, format_report

    report = evaluate(labels, pdf_dir, Analyzer(lexicon=lexicon_path), profile=profile)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    elif fmt == "markdown":
        click.echo(format_markdown(report), nl=False)
    else:
        click.echo(format_report(report), nl=False)


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--recursive", "-r", is_flag=True, help="Also analyse the files in subfolders.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes.  [default: one per core]",
)
@profile_option
@lexicon_option
@click.option(
    "--out",
    "-o",
    type=click.Path(path_type=Path),
    default=None,
    help="The ranked CSV (default: stdout, and then --store is needed).",
)
@click.option(
    "--jsonl", type=click.Path(path_type=Path), default=None, help="One JSON report per line."
)
@click.option(
    "--html",
    "html_path",
    type=click.Path(path_type=Path),
    default=None,
    help="A ranked summary page; each candidate's report goes to NAME_reports/ beside it.",
)
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=None,
    help="Keep the N best (failed files are listed after).",
)
@click.option(
    "--min-score", type=click.FloatRange(0, 100), default=None, help="Keep readiness >= X."
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_BATCH_TIMEOUT,
    show_default=True,
    help="Seconds one file may take before it is recorded as failed.",
)
@click.option(
    "--memory-mb",
    type=click.IntRange(min=0),
    default=DEFAULT_BATCH_MEMORY_MB,
    show_default=True,
    help="Memory cap of each worker in MiB (0: no cap).",
)
@click.option(
    "--store",
    type=click.Path(path_type=Path),
    default=None,
    help="The SQLite file that remembers results.  [default: beside the first output, "
    "e.g. results.csv.skillgap.sqlite]",
)
@click.option("--overwrite", is_flag=True, help="Replace outputs that exist.")
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    default=None,
    help="Run on a Dask scheduler, e.g. tcp://10.0.0.5:8786 (pip install 'skillgap[dask]').",
)
@job_option
@as_of_option
@click.option(
    "--require",
    "require",
    metavar="SKILL",
    multiple=True,
    help="Keep only resumes that show this skill id (repeatable); the others are listed as "
    "filtered.",
)
@translate_errors
def batch(
    folder: Path,
    recursive: bool,
    jobs: int | None,
    profile: str | None,
    lexicon_path: Path | None,
    out: Path | None,
    jsonl: Path | None,
    html_path: Path | None,
    top: int | None,
    min_score: float | None,
    timeout: float,
    memory_mb: int,
    store: Path | None,
    overwrite: bool,
    dask_address: str | None,
    job: str | None,
    as_of: datetime | None,
    require: tuple[str, ...],
) -> None:
    """Analyse every resume in FOLDER (.pdf, .txt, .text, .md) in parallel and rank them.

    Results are kept in a store, so a re-run (or a run after a crash) analyses only new or
    changed files. Files that fail are listed with their error; the run goes on. With --job,
    resumes are scored and ranked for that job description.
    """
    from analyzer.batch.job import score_folder
    from analyzer.batch.outputs import Targets

    check_job_or_profile(job, profile)
    target = None
    if job is not None:
        from analyzer.engine import Analyzer

        target = read_job_argument(Analyzer(lexicon=lexicon_path), job)

    summary = score_folder(
        folder,
        Targets(out, jsonl, html_path),
        store=store,
        recursive=recursive,
        jobs=jobs,
        profile=profile,
        lexicon=lexicon_path,
        timeout=timeout,
        memory_mb=memory_mb or None,
        dask_address=dask_address,
        top=top,
        min_score=min_score,
        overwrite=overwrite,
        job=target,
        as_of=as_of.date() if as_of else None,
        require=require,
    )
    if summary.ranked_csv is not None:
        click.echo(summary.ranked_csv, nl=False)
    for path in summary.written:
        click.echo(f"skillgap: wrote {path}", err=True)
    click.echo(f"skillgap: {summary.tally}", err=True)
