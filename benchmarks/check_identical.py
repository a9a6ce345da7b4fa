"""Write every report a set of inputs gives, or check that they are the same, byte for byte.

    python benchmarks/check_identical.py write BEFORE_DIR     # on the code before a change
    python benchmarks/check_identical.py check BEFORE_DIR     # after it: the first difference

For speed work that must not change a result. One `Analyzer` (default config, reading in this
process) writes the JSON reports of:

- the PDFs of `--corpus` (the dev resumes), in order and then again in reverse order (state an
  analysis leaves behind, caches and kept words, must not change the next one's report);
- `--generated` PDFs written with the tests' PDF factory (one column, two columns, a sidebar);
- `--texts` generated resume texts (`bench_batch.resume`) and as many random texts of lexicon
  phrases (aliases and lemma phrases in every case, cues, separators, line breaks);
- each posting of `--jobs` as `skillgap job -f json` writes it, and three of the PDFs analysed
  against each posting.

Ongoing roles are counted to a fixed date, so reports do not change from one day to the next.
Nothing is asserted beyond the comparison; the reports are written only under the folder named.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

AS_OF = date(2026, 12, 1)
SHA256 = re.compile(r'"sha256": "[0-9a-f]{64}"')
DEV = next(
    (p / "shared" / "corpus" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()),
    ROOT.parent / "shared" / "corpus",
)
"""The shared corpus, in a folder above the checkout (a worktree may sit deeper than main)."""


def lexicon_texts(count: int, seed: int = 8) -> Iterator[tuple[str, str]]:
    """Random texts of the lexicon's phrases, cues and separators, under resume headings."""
    from analyzer.lexicon import load_lexicon

    lexicon = load_lexicon(None)
    phrases = sorted(p for s in lexicon.skills.values() for p in (*s.aliases, *s.lemmas))
    cues = sorted({*lexicon.cues.negation, *lexicon.cues.wish, *lexicon.cues.action_verbs})
    glue = [", ", "; ", " | ", " • ", "\n", "\n\n", " and ", " (", ") ", ": ", " / ", " "]
    headings = ["Skills", "Experience", "Projects", "Summary", "Education", "Interests"]
    cases = [str, str.lower, str.upper, str.title]
    rng = random.Random(seed)
    for n in range(count):
        parts = [f"Person {n}\n"]
        for _ in range(rng.randint(2, 5)):
            parts.append(f"\n{rng.choice(headings)}\n")
            if rng.random() < 0.5:
                parts.append(f"Engineer, Firm {n}, 2019 - Present\n")
            for _ in range(rng.randint(3, 25)):
                word = rng.choice(phrases if rng.random() < 0.7 else cues)
                if rng.random() < 0.1:  # a near miss
                    cut = rng.randrange(len(word))
                    word = word[:cut] + word[cut + 1 :]
                parts.append(rng.choice(cases)(word) + rng.choice(glue))
        yield f"lexicon-{n:04d}", "".join(parts)


def reports(folder: Path, args: argparse.Namespace) -> Iterator[tuple[str, str]]:
    """(name, report text) of every input, in a fixed order."""
    from bench_batch import resume
    from bench_stages import generated_pdfs

    from analyzer.config import AnalyzerConfig
    from analyzer.engine import Analyzer
    from analyzer.errors import SkillgapError
    from analyzer.report import render
    from analyzer.report.job import render_job

    analyzer = Analyzer(config=AnalyzerConfig(isolate=False))

    def analysed(name: str, path: Path, **options: object) -> tuple[str, str]:
        try:
            result = analyzer.analyze(path, as_of=AS_OF, **options)  # type: ignore[arg-type]
        except SkillgapError as error:
            return name, f"error {type(error).__name__}: {error}\n"
        return name, render(result, "json")

    pdfs = sorted(Path(args.corpus).glob("*.pdf"))
    if not pdfs:
        raise SystemExit(f"no PDFs in {args.corpus}")
    for path in pdfs:
        yield analysed(f"dev-{path.stem}", path)
    for path in reversed(pdfs):
        yield analysed(f"dev-again-{path.stem}", path)
    for n, lines in enumerate(resume(seed) for seed in range(args.texts)):
        result = analyzer.analyze_text("\n".join(lines), name=f"text-{n}", as_of=AS_OF)
        yield f"text-{n:04d}", render(result, "json")
    for name, text in lexicon_texts(args.texts):
        yield name, render(analyzer.analyze_text(text, name=name, as_of=AS_OF), "json")
    for path in generated_pdfs(folder, args.generated):
        name, report = analysed(Path(path).stem, Path(path))
        report = report.replace(str(folder), "<generated>")  # a new folder every run
        yield name, SHA256.sub('"sha256": "<the PDF writer dates its files>"', report)
    for posting in sorted(Path(args.jobs).glob("*.txt")):
        target = analyzer.read_job(posting)
        yield f"job-{posting.stem}", render_job(target, "json")
        for path in pdfs[:: max(1, len(pdfs) // 3)][:3]:
            yield analysed(f"job-{posting.stem}-{path.stem}", path, job=target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("write", "check"))
    parser.add_argument("folder", type=Path, help="where the reports are written / were written")
    parser.add_argument("--corpus", default=str(DEV / "dev" / "pdf"))
    parser.add_argument("--jobs", default=str(DEV / "jobs-dev" / "txt"))
    parser.add_argument("--generated", type=int, default=60)
    parser.add_argument("--texts", type=int, default=200)
    args = parser.parse_args()
    if args.action == "write":
        args.folder.mkdir(parents=True, exist_ok=True)
    count = differing = 0
    with tempfile.TemporaryDirectory() as work:
        for name, report in reports(Path(work), args):
            count += 1
            target = args.folder / f"{name}.json"
            if args.action == "write":
                target.write_text(report, encoding="utf-8")
            elif not target.exists() or target.read_text(encoding="utf-8") != report:
                differing += 1
                if differing <= 10:
                    print(f"differs: {name}")
    if args.action == "write":
        print(f"{count} reports written to {args.folder}")
        return 0
    print(f"{count} reports, {differing} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
