"""The `skillgap` command: translates arguments, errors and formats, and nothing more.

Every command calls the library (`Analyzer`, `load_lexicon`, ...). Results go to stdout or the file
named with -o; diagnostics go to stderr. Exit codes are those of `analyzer.errors` (README).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from analyzer.config import AnalyzerConfig
from analyzer.engine import Analyzer, __version__
from analyzer.errors import SkillgapError
from analyzer.evaluate import evaluate, format_report
from analyzer.report import FORMATS, render
from analyzer.report.files import check_output_path, write_atomically
from skill_lexicon import validate_lexicon

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
    target = check_output_path(output, inputs=inputs, overwrite=overwrite)
    write_atomically(target, content)
    click.echo(f"skillgap: wrote {target}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="skillgap")
def main() -> None:
    """skillgap: which in-demand ML-engineering skills a resume shows, and what to learn next."""


profile_option = click.option(
    "--profile", "-p", default=None, help="Target role (default: ml-engineer). See `skillgap lexicon profiles`."
)
lexicon_option = click.option(
    "--lexicon", "lexicon_path", type=click.Path(path_type=Path), default=None,
    help="Your own lexicon (a TOML file or folder) instead of the built-in one.",
)


@main.command()
@click.argument("resume", type=click.Path(path_type=Path))
@profile_option
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None, help="Write here instead of stdout.")
@click.option("--overwrite", is_flag=True, help="Replace the -o file if it exists.")
@lexicon_option
@click.option("--ocr", is_flag=True, help="OCR image-only PDFs (needs Tesseract: apt-get install tesseract-ocr).")
@translate_errors
def analyze(
    resume: Path, profile: str | None, fmt: str, output: Path | None, overwrite: bool,
    lexicon_path: Path | None, ocr: bool,
) -> None:
    """Analyse one resume (PDF or .txt) and report its skills, score and gaps."""
    if output is not None:
        check_output_path(output, inputs=(str(resume),), overwrite=overwrite)
    analyzer = Analyzer(lexicon=lexicon_path, config=AnalyzerConfig(ocr=ocr))
    result = analyzer.analyze(resume, profile=profile)
    for note in result.diagnostics:
        if note.severity != "info":
            click.secho(f"skillgap: {note.severity}: {note.message}", fg="yellow", err=True)
    color = fmt == "text" and output is None and sys.stdout.isatty()
    emit(render(result, fmt, color=color), output, inputs=(str(resume),), overwrite=overwrite)


@main.group()
def lexicon() -> None:
    """Inspect and validate lexicons."""


@lexicon.command("validate")
@click.argument("path", type=click.Path(path_type=Path))
@translate_errors
def lexicon_validate(path: Path) -> None:
    """Check a lexicon file or folder; report every problem with its location."""
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
    analyzer = Analyzer(lexicon=lexicon_path)
    for profile in analyzer.lexicon.profiles.values():
        marker = " (default)" if profile.id == analyzer.lexicon.default_profile else ""
        click.echo(f"{profile.id}{marker}: {profile.name} - {profile.description}")


@main.command("eval")
@click.argument("labels", type=click.Path(path_type=Path))
@click.argument("pdf_dir", type=click.Path(path_type=Path))
@profile_option
@lexicon_option
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@translate_errors
def eval_command(
    labels: Path, pdf_dir: Path, profile: str | None, lexicon_path: Path | None, fmt: str
) -> None:
    """Score skill detection against hand labels (JSONL: {"file", "skills": {id: quote}})."""
    report = evaluate(labels, pdf_dir, Analyzer(lexicon=lexicon_path), profile=profile)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(report), nl=False)
