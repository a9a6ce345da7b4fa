"""Commands import only what they need: help, version and lexicon checks never load spaCy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("spacy", "pdfminer", "sklearn")


def modules_loaded_by(*args: str, watched: tuple[str, ...] = HEAVY) -> set[str]:
    probe = (
        "import sys, runpy\n"
        f"sys.argv = ['skillgap', *{list(args)!r}]\n"
        "try:\n"
        "    runpy.run_module('analyzer', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print('loaded:' + ','.join(m for m in {watched!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("loaded:"), done.stdout
    return set(filter(None, last.removeprefix("loaded:").split(",")))


@pytest.mark.parametrize(
    "args",
    [("--help",), ("--version",), ("analyze", "--help"), ("batch", "--help"), ("job", "--help")],
)
def test_help_and_version_load_no_heavy_library(args: tuple[str, ...]) -> None:
    assert modules_loaded_by(*args) == set()


def test_import_analyzer_is_light() -> None:
    probe = f"import sys, analyzer; print([m for m in {HEAVY!r} if m in sys.modules])"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_public_names_still_resolve() -> None:
    import analyzer

    assert analyzer.Analyzer.__name__ == "Analyzer"
    assert set(analyzer.__all__) <= set(dir(analyzer))
    with pytest.raises(AttributeError):
        _ = analyzer.NoSuchName  # type: ignore[attr-defined]


def test_cli_formats_are_the_renderers() -> None:
    from analyzer.report import FORMATS, RENDERERS

    assert tuple(RENDERERS) == FORMATS


def test_analyze_loads_no_scikit_learn(tmp_path: Path) -> None:
    """Near misses are computed without scikit-learn: a cold analysis does not pay its import."""
    resume = tmp_path / "resume.txt"
    resume.write_text("Skills\nPython, Kubernets, Tensorflw\nExperience\nBuilt models.\n")
    loaded = modules_loaded_by("analyze", str(resume), "--format", "json")
    assert loaded == {"spacy"}


def test_analyze_loads_no_spacy_command_line(tmp_path: Path) -> None:
    """spaCy's own command line (typer, weasel, an HTTP client) is not loaded to analyse."""
    resume = tmp_path / "resume.txt"
    resume.write_text("Skills\nPython, Docker\n")
    watched = ("spacy", "spacy.cli", "typer", "weasel")
    assert modules_loaded_by("analyze", str(resume), watched=watched) == {"spacy"}


def test_analyze_of_a_pdf_leaves_the_reading_to_its_worker(tmp_path: Path) -> None:
    """The isolated worker reads the PDF: the command's own process imports no extraction."""
    from tests import pdf_factory

    resume = pdf_factory.single_column_pdf(tmp_path / "resume.pdf", [("Skills", ["Python"])])
    watched = ("pdfminer", "ftfy", "analyzer.extract.api")
    assert modules_loaded_by("analyze", str(resume), "-f", "json", watched=watched) == set()
