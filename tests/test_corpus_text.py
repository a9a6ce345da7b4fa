"""Nothing of the development corpus is in the project: no six words in a row of its resumes or
postings appear in a test, a lexicon file, the code, the docs or the examples. The corpus is for
measuring; a rule or a test sentence built from its words fits those files and no others.

The corpus lives beside the project (`../shared/corpus`, where CI has it) and is only read here,
never copied."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analyzer.extract import extract

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
RUN_LENGTH = 6
"""How many words in a row make a copy."""
GENERIC = frozenset({"experience as a machine learning engineer"})
"""Runs every posting of the field may hold, the bundled example posting's among them."""
WORD = re.compile(r"[a-z0-9]+")
PROJECT_TEXT = ("tests", "skill_lexicon", "analyzer", "docs", "examples", "benchmarks")
TEXT_SUFFIXES = {".py", ".toml", ".md", ".txt", ".json", ".jsonl", ".csv", ".html", ".tsv", ".j2"}


def runs(text: str) -> set[str]:
    """Every run of RUN_LENGTH words of `text`, in lower case, punctuation dropped."""
    words = WORD.findall(text.lower())
    return {" ".join(words[i : i + RUN_LENGTH]) for i in range(len(words) - RUN_LENGTH + 1)}


def test_runs_are_words_in_a_row_whatever_the_punctuation() -> None:
    assert runs("Built a model; then - deployed it: to prod!") == {
        "built a model then deployed it",
        "a model then deployed it to",
        "model then deployed it to prod",
    }
    assert runs("too short to count") == set()


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} is not here (CI has ../shared)")
def test_no_run_of_corpus_words_is_in_the_project() -> None:
    corpus: set[str] = set()
    for pdf in sorted((CORPUS / "dev" / "pdf").glob("*.pdf")):
        corpus |= runs(extract(pdf).text)
    for posting in sorted((CORPUS / "jobs-dev" / "txt").glob("*")):
        corpus |= runs(posting.read_text(encoding="utf-8", errors="replace"))
    assert len(corpus) > 10_000  # the corpus was read
    files = [ROOT / "README.md", ROOT / "CHANGELOG.md"] + [
        path
        for folder in PROJECT_TEXT
        for path in sorted((ROOT / folder).rglob("*"))
        if path.suffix in TEXT_SUFFIXES and path.is_file()
    ]
    copied = {
        str(path.relative_to(ROOT)): sorted(found)[:3]
        for path in files
        if (found := runs(path.read_text(encoding="utf-8", errors="replace")) & corpus - GENERIC)
    }
    assert not copied
