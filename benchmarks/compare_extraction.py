"""Is the extraction's output unchanged? The `ExtractedResume` of every PDF, before and after.

    python benchmarks/compare_extraction.py --engine pdfium --write /tmp/before.json   # old code
    python benchmarks/compare_extraction.py --engine pdfium --check /tmp/before.json   # new code

Reads the PDFs of `--corpus` (default: the dev corpus) and `--generated N` resumes written with the
tests' PDF factory (one column, two columns, a sidebar, and the factory's special cases: a table,
letter-spaced headings, ligatures, hyphenated lines, several pages, an icon font, fonts without
Unicode maps) and writes, or compares with a file written before, each one's whole extraction
result: text, pages, sections, the parse report and diagnostics (or the error it raised), keyed by
file name. `--check` lists every file whose result differs and exits 1 when any does. A speed
change to extraction must leave every result identical. Not a test: the corpus is not in the
repository.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from bench_stages import DEV_CORPUS, generated_pdfs  # noqa: E402

SECTIONS = [
    ("Skills", ["Python, PyTorch, SQL, Docker", "Kubernetes and Airflow"]),
    ("Experience", ["Built classifiers for fraud detection", "Led a team of four engineers"]),
]


def special_pdfs(folder: Path) -> list[str]:
    """The factory's special layouts (each written once)."""
    from tests import pdf_factory

    made = [
        pdf_factory.table_pdf(
            folder / "special-table.pdf",
            "Skills",
            [["Languages", "Python", "SQL"], ["Tools", "Docker", "Git"]],
            after=SECTIONS,
        ),
        pdf_factory.letter_spaced_heading_pdf(folder / "special-spaced.pdf", SECTIONS),
        pdf_factory.ligature_pdf(folder / "special-ligatures.pdf"),
        pdf_factory.hyphenated_pdf(folder / "special-hyphenated.pdf"),
        pdf_factory.multi_page_pdf(folder / "special-pages.pdf", [SECTIONS, SECTIONS[::-1]]),
        pdf_factory.icon_font_pdf(folder / "special-icons.pdf", SECTIONS, folder),
    ]
    unmapped = pdf_factory.single_column_pdf(folder / "special-unmapped.pdf", SECTIONS)
    made.append(pdf_factory.without_unicode_maps(unmapped))
    return [str(path) for path in made]


def results(files: Sequence[str], engine: str, written: Path) -> dict[str, Any]:
    """Each file's extraction result as plain data (the path left out), or its error. The
    files written in the folder `written` hold the time they were written: their digests are
    left out, and the folder's name in messages."""
    from analyzer.errors import SkillgapError
    from analyzer.extract import extract

    found: dict[str, Any] = {}
    for path in files:
        try:
            resume = extract(path, engine=engine)  # type: ignore[arg-type]
        except SkillgapError as exc:
            message = str(exc).replace(str(written), "<generated>")
            found[Path(path).name] = {"error": type(exc).__name__, "message": message}
            continue
        data = dataclasses.asdict(resume)
        del data["path"]
        if Path(path).parent == written:
            del data["sha256"]
        found[Path(path).name] = data
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--engine", default="pdfium", choices=["pdfminer", "pdfium"])
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS, help="a folder of PDFs")
    parser.add_argument("--generated", type=int, default=60, help="generated PDFs (0: none)")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, help="write the results to this file")
    action.add_argument("--check", type=Path, help="compare with the results in this file")
    args = parser.parse_args(argv)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings on odd fonts

    with tempfile.TemporaryDirectory() as work:
        files = sorted(str(p) for p in args.corpus.glob("*.pdf")) if args.corpus.is_dir() else []
        files += generated_pdfs(Path(work), args.generated) + special_pdfs(Path(work))
        found = json.loads(json.dumps(results(files, args.engine, Path(work))))  # tuples as lists
    if args.write:
        args.write.write_text(json.dumps(found, ensure_ascii=False, sort_keys=True))
        print(f"{len(found)} results written to {args.write}")
        return 0
    before = json.loads(args.check.read_text())
    differ = sorted(
        name for name in before.keys() | found.keys() if before.get(name) != found.get(name)
    )
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(found) - len(differ)} of {len(before.keys() | found.keys())} results identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
