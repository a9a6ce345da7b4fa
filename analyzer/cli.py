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

from analyzer.config import (
    DEFAULT_BATCH_MEMORY_MB,
    DEFAULT_BATCH_TIMEOUT,
    DEFAULT_ENGINE,
    DEFAULT_FILES_PER_WORKER,
    ENGINES,
    Engine,
)
from analyzer.errors import SkillgapError
from analyzer.report import FORMATS
from analyzer.report.job import JOB_FORMATS
from analyzer.serve import settings as service
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
    from analyzer.workers import quiet_libraries

    quiet_libraries()  # the CLI's own process


def check_job_or_profile(job: str | None, profile: str | None) -> None:
    """A job decides what is scored, so it cannot come with a profile (exit 2)."""
    if job is not None and profile is not None:
        fail("give --job or --profile, not both: a job decides what is scored", 2)


def read_job_argument(job: str, analyzer: Callable[[], Analyzer]) -> JobTarget:
    """The job a command was given: a path, or - for standard input. A target saved as .json is
    loaded as it is; only a posting to read builds `analyzer()` (its spaCy pipeline)."""
    from analyzer.job.record import is_saved_job, load_saved_job

    if job == "-":
        return analyzer().read_job(sys.stdin.buffer.read(), name="<stdin>")
    path = Path(job)
    return load_saved_job(path) if is_saved_job(path) else analyzer().read_job(path)


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

output_option = click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    default=None,
    help="Write here instead of stdout.",
)
overwrite_option = click.option(
    "--overwrite", is_flag=True, help="Replace the -o file if it exists."
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
engine_option = click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default=DEFAULT_ENGINE,
    show_default=True,
    help="What reads PDF text: pdfminer.six, or PDFium (about 10x faster; "
    "pip install 'skillgap[pdfium]'; a file it cannot read is read by pdfminer.six).",
)
limit_option = click.option(
    "--limit",
    "limit_settings",
    metavar="NAME=VALUE",
    multiple=True,
    help="Change a per-file limit, e.g. --limit seconds=20 --limit memory_mb=1024 (names: "
    "file_bytes, pages, characters, page_objects, inflated_bytes, nesting, seconds, memory_mb; "
    "also read from SKILLGAP_LIMITS=name=value,...).",
)


def chosen_limits(settings: tuple[str, ...]) -> Any:
    """`Limits` from SKILLGAP_LIMITS, then the --limit options (a ConfigError names a bad one)."""
    from analyzer.config import Limits

    return Limits.from_environment().with_settings(settings)


cache_dir_option = click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="SKILLGAP_CACHE_DIR",
    default=None,
    help="A folder where skillgap may keep what it builds once (the lemma table cut to the "
    "lexicon), for faster starts; nothing is written without it (also SKILLGAP_CACHE_DIR).",
)


def cache_folder(cache_dir: Path | None) -> str | None:
    """`AnalyzerConfig.cache_dir` from --cache-dir (None: nothing is kept)."""
    return None if cache_dir is None else str(cache_dir)


memory_mb_option = click.option(
    "--memory-mb",
    type=click.IntRange(min=0),
    default=DEFAULT_BATCH_MEMORY_MB,
    show_default=True,
    help="Memory cap of each worker in MiB (0: no cap).",
)
ocr_option = click.option(
    "--ocr",
    is_flag=True,
    help="OCR image-only PDFs (needs Tesseract: apt-get install tesseract-ocr).",
)
ocr_language_option = click.option(
    "--ocr-language",
    default="eng",
    show_default=True,
    help="Tesseract language(s) for --ocr, e.g. eng+deu (needs tesseract-ocr-deu).",
)


@main.command()
@click.argument("resume", type=click.Path(path_type=Path))
@profile_option
@click.option(
    "--format", "-f", "fmt", type=click.Choice(FORMATS), default="text", show_default=True
)
@output_option
@overwrite_option
@lexicon_option
@ocr_option
@ocr_language_option
@engine_option
@limit_option
@job_option
@as_of_option
@cache_dir_option
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
    engine: Engine,
    limit_settings: tuple[str, ...],
    job: str | None,
    as_of: datetime | None,
    cache_dir: Path | None,
) -> None:
    """Analyse one resume (PDF, Word .docx or .txt) and report its skills, score and gaps.

    With --job, score it for that job description (a .txt, .md or .pdf posting, or a target
    saved by `skillgap job --format json`) instead of a profile."""
    from analyzer.config import AnalyzerConfig
    from analyzer.engine import Analyzer, ReadAhead
    from analyzer.report.files import check_output_path

    check_job_or_profile(job, profile)
    if output is not None:
        check_output_path(output, inputs=(str(resume),), overwrite=overwrite)
    config = AnalyzerConfig(
        ocr=ocr,
        ocr_language=ocr_language,
        engine=engine,
        limits=chosen_limits(limit_settings),
        cache_dir=cache_folder(cache_dir),
    )
    reading = ReadAhead(resume, config)  # a PDF is read while the rest loads
    from analyzer.report import render

    analyzer = Analyzer(lexicon=lexicon_path, config=config)
    target = read_job_argument(job, lambda: analyzer) if job is not None else None
    result = analyzer.analyze(
        reading, profile=profile, job=target, as_of=as_of.date() if as_of else None
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
@output_option
@overwrite_option
@lexicon_option
@engine_option
@limit_option
@cache_dir_option
@translate_errors
def job_command(
    job_path: str,
    fmt: str,
    output: Path | None,
    overwrite: bool,
    lexicon_path: Path | None,
    engine: Engine,
    limit_settings: tuple[str, ...],
    cache_dir: Path | None,
) -> None:
    """Read a job description (.txt, .md or .pdf; - for standard input) and report what it asks
    for: skills at their level (required or preferred), terms outside the lexicon, title,
    seniority and years of experience. Save --format json to reuse it with `analyze --job`."""
    from analyzer.config import AnalyzerConfig
    from analyzer.engine import Analyzer
    from analyzer.report.files import check_output_path
    from analyzer.report.job import render_job

    if output is not None:
        check_output_path(output, inputs=(job_path,), overwrite=overwrite)
    config = AnalyzerConfig(
        engine=engine, limits=chosen_limits(limit_settings), cache_dir=cache_folder(cache_dir)
    )
    target = read_job_argument(job_path, lambda: Analyzer(lexicon=lexicon_path, config=config))
    emit(render_job(target, fmt), output, inputs=(job_path,), overwrite=overwrite)


@main.group()
def lexicon() -> None:
    """Inspect and validate lexicons."""


@lexicon.command("validate")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--patterns",
    is_flag=True,
    help="Also have spaCy's Matcher check the token patterns (loads spaCy; analyses always do).",
)
@translate_errors
def lexicon_validate(path: Path, patterns: bool) -> None:
    """Check a lexicon file or folder (or a posting vocabulary file); report every problem with
    its location."""
    from skill_lexicon import load_lexicon, validate_lexicon
    from skill_lexicon.postings import is_posting_vocabulary, validate_postings

    if is_posting_vocabulary(path):
        problems: list[object] = list(validate_postings(path, load_lexicon().skills))
    else:
        problems = list(validate_lexicon(path, patterns=patterns))
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


@main.group("store")
def store_group() -> None:
    """Look after a batch store (the SQLite file `skillgap batch` keeps results in)."""


@store_group.command("prune")
@click.argument("path", type=click.Path(path_type=Path))
@profile_option
@lexicon_option
@limit_option
@click.option(
    "--older-than",
    "older_than_days",
    type=click.FloatRange(min=0),
    default=None,
    metavar="DAYS",
    help="Also delete results stored more than DAYS days ago.",
)
@translate_errors
def store_prune(
    path: Path,
    profile: str | None,
    lexicon_path: Path | None,
    limit_settings: tuple[str, ...],
    older_than_days: float | None,
) -> None:
    """Delete the results a batch with these settings would never read again: those of other
    skillgap or library versions, lexicons, profiles or limits (give the batch's --profile,
    --lexicon and --limit), then compact the file."""
    from analyzer.batch.folder import prune_store
    from analyzer.config import AnalyzerConfig

    deleted, kept = prune_store(
        path,
        profile=profile,
        lexicon=lexicon_path,
        config=AnalyzerConfig(limits=chosen_limits(limit_settings)),
        older_than_days=older_than_days,
    )
    click.echo(f"skillgap: {path}: deleted {deleted} stored results, kept {kept}", err=True)


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
@engine_option
@limit_option
@cache_dir_option
@translate_errors
def eval_command(
    labels: Path,
    pdf_dir: Path,
    profile: str | None,
    lexicon_path: Path | None,
    fmt: str,
    engine: Engine,
    limit_settings: tuple[str, ...],
    cache_dir: Path | None,
) -> None:
    """Score skill detection against hand labels (JSONL: {"file", "skills": {id: quote}})."""
    from analyzer.config import AnalyzerConfig
    from analyzer.engine import Analyzer
    from analyzer.evaluate import evaluate, format_markdown, format_report

    config = AnalyzerConfig(
        engine=engine, limits=chosen_limits(limit_settings), cache_dir=cache_folder(cache_dir)
    )
    analyzer = Analyzer(lexicon=lexicon_path, config=config)
    report = evaluate(labels, pdf_dir, analyzer, profile=profile)
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
    help="Analysis worker processes (each loads spaCy once).  "
    "[default: the cores shared with --readers by what the files cost to read and analyse]",
)
@click.option(
    "--readers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that read the files for them.  [default: one more than the cores "
    "--jobs leaves]",
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
@memory_mb_option
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
@engine_option
@click.option(
    "--files-per-worker",
    type=click.IntRange(min=1),
    default=DEFAULT_FILES_PER_WORKER,
    show_default=True,
    help="Replace a worker process after it has analysed this many files.",
)
@limit_option
@ocr_option
@ocr_language_option
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
@cache_dir_option
@translate_errors
def batch(
    folder: Path,
    recursive: bool,
    jobs: int | None,
    readers: int | None,
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
    engine: Engine,
    files_per_worker: int,
    limit_settings: tuple[str, ...],
    ocr: bool,
    ocr_language: str,
    job: str | None,
    as_of: datetime | None,
    require: tuple[str, ...],
    cache_dir: Path | None,
) -> None:
    """Analyse every resume in FOLDER (.pdf, .docx, .docm, .txt, .text, .md) in parallel and
    rank them.

    Results are kept in a store, so a re-run (or a run after a crash) analyses only new or
    changed files. Files that fail are listed with their error; the run goes on. With --job,
    resumes are scored and ranked for that job description.
    """
    if dask_address is None:  # the readers' fork server loads while the rest of the batch does
        from analyzer.batch.runner import prestart_fork_server
        from analyzer.batch.spec import READ_PRELOAD

        prestart_fork_server(READ_PRELOAD)
    from analyzer.batch.job import score_folder
    from analyzer.batch.outputs import Targets
    from analyzer.config import AnalyzerConfig

    check_job_or_profile(job, profile)
    config = AnalyzerConfig(
        ocr=ocr,
        ocr_language=ocr_language,
        engine=engine,
        limits=chosen_limits(limit_settings),
        cache_dir=cache_folder(cache_dir),
    )
    target = None
    if job is not None:  # the workers build their own Analyzer; a saved target needs none here
        from analyzer.engine import Analyzer

        target = read_job_argument(job, lambda: Analyzer(lexicon=lexicon_path, config=config))

    summary = score_folder(
        folder,
        Targets(out, jsonl, html_path),
        store=store,
        recursive=recursive,
        jobs=jobs,
        readers=readers,
        profile=profile,
        lexicon=lexicon_path,
        timeout=timeout,
        memory_mb=memory_mb or None,
        files_per_worker=files_per_worker,
        config=config,
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


"""What `skillgap serve` needs beyond the core: the `serve` extra."""


@main.command()
@click.option(
    "--host",
    default=service.DEFAULT_HOST,
    show_default=True,
    help="Address to listen on; any but loopback needs SKILLGAP_API_TOKEN.",
)
@click.option(
    "--port", type=click.IntRange(0, 65535), default=service.DEFAULT_PORT, show_default=True
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes that run the analyses (each request in one).  [default: one per core]",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=service.DEFAULT_TIMEOUT,
    show_default=True,
    help="Seconds one analysis may take (then 504).",
)
@memory_mb_option
@click.option(
    "--queue",
    type=click.IntRange(min=0),
    default=None,
    help="Analyses that may wait for a worker before 503.  "
    f"[default: {service.DEFAULT_QUEUE_PER_WORKER} per worker]",
)
@click.option(
    "--max-upload-mb",
    type=click.IntRange(min=1),
    default=service.DEFAULT_MAX_UPLOAD_MB,
    show_default=True,
    help="Largest resume upload, in MB (413 past it).",
)
@click.option(
    "--max-batch-files",
    type=click.IntRange(min=1),
    default=service.DEFAULT_MAX_BATCH_FILES,
    show_default=True,
    help="Most files in one /v1/batch request.",
)
@click.option(
    "--max-batch-mb",
    type=click.IntRange(min=1),
    default=service.DEFAULT_MAX_BATCH_MB,
    show_default=True,
    help="Largest /v1/batch request, in MB.",
)
@click.option(
    "--keep",
    "keep_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Keep every upload and its result in this folder (default: nothing is kept).",
)
@lexicon_option
@ocr_option
@ocr_language_option
@cache_dir_option
@translate_errors
def serve(
    host: str,
    port: int,
    workers: int | None,
    timeout: float,
    memory_mb: int,
    queue: int | None,
    max_upload_mb: int,
    max_batch_files: int,
    max_batch_mb: int,
    keep_dir: Path | None,
    lexicon_path: Path | None,
    ocr: bool,
    ocr_language: str,
    cache_dir: Path | None,
) -> None:
    """Serve the analyzer over HTTP: a JSON API, /openapi.json and an upload page at /.

    Listens on 127.0.0.1 unless --host says otherwise; any other address needs an API token in
    SKILLGAP_API_TOKEN (pip install 'skillgap[serve]').
    """
    from analyzer.serve import run
    from analyzer.serve.settings import ServiceSettings, token_from_environment

    megabyte = 1024 * 1024
    run(
        ServiceSettings(
            host=host,
            port=port,
            workers=workers or os.cpu_count() or 1,
            timeout=timeout,
            memory_mb=memory_mb or None,
            queue=queue,
            max_upload_bytes=max_upload_mb * megabyte,
            max_batch_files=max_batch_files,
            max_batch_bytes=max_batch_mb * megabyte,
            keep_dir=keep_dir,
            token=token_from_environment(),
            lexicon=None if lexicon_path is None else str(lexicon_path),
            ocr=ocr,
            ocr_language=ocr_language,
            cache_dir=cache_folder(cache_dir),
        )
    )
