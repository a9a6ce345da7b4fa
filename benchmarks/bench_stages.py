"""Where the time of one analysis goes: per stage, per engine, on real and generated resumes.

    python benchmarks/bench_stages.py                         # dev corpus + 200 generated PDFs
    python benchmarks/bench_stages.py --corpus DIR --generated 300 --engines pdfium
    python benchmarks/bench_stages.py --rows FILES... --baseline OLD_CHECKOUT   # the issue's table

For each engine and each set of PDFs, one worker process builds one `Analyzer`, analyses every file
`--repeat` times (keeping, per file, each stage's fastest run: other processes on the machine only
ever slow a run down) and reports, per stage, milliseconds of CPU time per resume (median and p95;
CPU time, because wall time on a shared machine measures the neighbours):

- extract: sniffing the file, reading its text layer (the engine) and the reading order;
- normalise+sections: normalising and assembling the text, sections, the parse report;
- matching: the spaCy matchers, near misses, implications;
- scoring+recommendations: the rest of `Analyzer.analyze` (statuses, score, gaps, learning path);
- rendering: the JSON report;

then resumes per second (one process, all stages), peak resident memory of the worker, and the
cold start: `skillgap analyze` of one file in a fresh process, beyond a bare `python -c pass`.

`--rows` measures the rows of issue 8's table side by side on the files given (with
`--baseline`, also for an older checkout of skillgap, run from its folder by PYTHONPATH): help and
cold-start times, our extraction and `skillgap batch --jobs 1` against pdfminer.six's own
`extract_text`, and the PDFium engine against it. Prints Markdown; not a test, nothing asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

STAGES = ("extract", "normalise+sections", "matching", "scoring+recommendations", "rendering")
DEV_CORPUS = (
    next(
        (p / "shared" / "corpus" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()),
        ROOT.parent / "shared" / "corpus",
    )
    / "dev"
    / "pdf"
)
"""The dev resumes, in the shared corpus above the checkout (a worktree may sit deeper than
main)."""


# ------------------------------------------------------------------------- one worker process


@contextmanager
def stage_timers(spent: dict[str, float]) -> Iterator[None]:
    """Time the production path's own functions, by stage, while the block runs."""
    from analyzer.extract import api
    from analyzer.match.matcher import SkillMatcher

    patched: list[tuple[Any, str, Any]] = []

    def timed(owner: Any, name: str, stage: str) -> None:
        original = getattr(owner, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                spent[stage] += time.process_time() - start

        patched.append((owner, name, original))
        setattr(owner, name, wrapper)

    timed(api, "read_source", "extract")
    timed(api, "read_layouts", "extract")
    timed(api, "order_pages", "extract")
    timed(api, "_build", "normalise+sections")
    timed(SkillMatcher, "match", "matching")
    try:
        yield
    finally:
        for owner, name, original in reversed(patched):
            setattr(owner, name, original)


def run_worker(engine: str, files: list[str], repeat: int) -> dict[str, Any]:
    """Stage times per file (ms, each stage's fastest of `repeat` runs), failures, peak RSS."""
    from analyzer.config import AnalyzerConfig
    from analyzer.engine import Analyzer
    from analyzer.errors import SkillgapError
    from analyzer.report import render

    # in this process: an isolated read (the default) would run the extract stage elsewhere,
    # out of sight of the stage timers; the isolated worker's cost shows in the cold start
    config = AnalyzerConfig(engine=engine, isolate=False)  # type: ignore[arg-type]
    analyzer = Analyzer(config=config)
    analyzer.analyze_text("Skills\nPython, Kubernets\n")  # lazy set-up, as a batch worker does
    with contextlib.suppress(SkillgapError):
        analyzer.analyze(files[0])  # and the engine's own imports
    best: dict[str, dict[str, float]] = {}
    failed: set[str] = set()
    for _ in range(repeat):
        for path in files:
            spent: dict[str, float] = defaultdict(float)
            try:
                with stage_timers(spent):
                    start = time.process_time()
                    result = analyzer.analyze(path)
                    total = time.process_time() - start
                start = time.process_time()
                render(result, "json")
                spent["rendering"] = time.process_time() - start
            except SkillgapError:
                failed.add(path)
                continue
            known = spent["extract"] + spent["normalise+sections"] + spent["matching"]
            spent["scoring+recommendations"] = max(total - known, 0.0)
            ms = {stage: 1000 * spent[stage] for stage in STAGES}
            kept = best.setdefault(path, ms)  # each stage's fastest run: a busy moment in one
            for stage in STAGES:  # stage must not pick the run for the others
                kept[stage] = min(kept[stage], ms[stage])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"per_file": list(best.values()), "failed": len(failed), "peak_rss_mib": peak}


# --------------------------------------------------------------------------- the orchestrator


def generated_pdfs(folder: Path, count: int) -> list[str]:
    """`count` varied resumes (one column, two columns, a sidebar) written with the tests' PDF
    factory and the batch benchmark's generator of resume content."""
    from bench_batch import resume

    from tests import pdf_factory

    paths = []
    for seed in range(count):
        lines = resume(seed)
        sections: list[tuple[str, list[str]]] = []
        for line in lines[3:]:
            if not line:
                continue
            if line in {"Summary", "Skills", "Experience", "Projects", "Education"}:
                sections.append((line, []))
            elif sections:
                sections[-1][1].append(line)
        path = folder / f"generated-{seed:04d}.pdf"
        layout = seed % 3
        if layout == 0:
            pdf_factory.single_column_pdf(path, sections, name=lines[0], contact=lines[1])
        elif layout == 1:
            pdf_factory.two_column_pdf(path, sections[:2], sections[2:], name=lines[0])
        else:
            pdf_factory.sidebar_pdf(path, sections[2:], sections[:2], name=lines[0])
        paths.append(str(path))
    return paths


NEUTRAL_FOLDER = tempfile.gettempdir()
"""Where the measured commands run: `python -m` and `python -c` put the working folder first on
`sys.path`, so run from a checkout they would import its skillgap whatever PYTHONPATH says (a
`--baseline` would measure this checkout twice)."""


def measure_set(engine: str, files: list[str], repeat: int) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as listing:
        json.dump(files, listing)
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--worker", engine, listing.name, "--repeat", str(repeat)],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        Path(listing.name).unlink()
    measured: dict[str, Any] = json.loads(done.stdout)
    return measured


def best_seconds(command: Sequence[str], runs: int = 3, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False, env=env, cwd=NEUTRAL_FOLDER)
        times.append(time.perf_counter() - start)
    return min(times)


def run_timed(command: Sequence[str], env: dict[str, str] | None) -> tuple[float, float]:
    """Wall seconds of `command`, and the CPU seconds (user and system) of its process and of
    the processes it waited for (the isolated reading worker and its fork server)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False, env=env, cwd=NEUTRAL_FOLDER)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def interleaved_starts(
    file: str, envs: Sequence[dict[str, str] | None], runs: int
) -> list[tuple[float, float, float]]:
    """Per checkout (`envs`): `--help` and a cold `analyze -f json` of `file`, beyond a bare
    `python -c pass` (wall), and the analysis's CPU time beyond the bare start's; best of `runs`,
    the checkouts taking turns, so a busy moment of the machine hits them alike."""
    commands = {
        "bare": [sys.executable, "-c", "pass"],
        "help": [sys.executable, "-m", "analyzer", "--help"],
        "analyze": [sys.executable, "-m", "analyzer", "analyze", file, "-f", "json"],
    }
    best = [dict.fromkeys(commands, (math.inf, math.inf)) for _ in envs]
    for _ in range(runs):
        for kept, env in zip(best, envs, strict=True):
            for name, command in commands.items():
                wall, cpu = run_timed(command, env)
                kept[name] = (min(kept[name][0], wall), min(kept[name][1], cpu))
    return [
        (
            kept["help"][0] - kept["bare"][0],
            kept["analyze"][0] - kept["bare"][0],
            kept["analyze"][1] - kept["bare"][1],
        )
        for kept in best
    ]


def cold_start(engine: str, file: str, env: dict[str, str] | None = None) -> float:
    bare = best_seconds([sys.executable, "-c", "pass"], env=env)
    command = [sys.executable, "-m", "analyzer", "analyze", file, "-f", "json"]
    if engine != "pdfminer":
        command += ["--engine", engine]
    return best_seconds(command, env=env) - bare


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def stage_table(results: list[tuple[str, str, dict[str, Any], float]]) -> str:
    head = "| set | engine | files | " + " | ".join(f"{s} ms (median / p95)" for s in STAGES)
    head += " | resumes/s | cold start s | peak RSS MiB |"
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for name, engine, measured, cold in results:
        per_file = measured["per_file"]
        cells = []
        for stage in STAGES:
            values = [f[stage] for f in per_file]
            cells.append(f"{statistics.median(values):.1f} / {percentile(values, 0.95):.1f}")
        per_second = 1000 * len(per_file) / sum(sum(f.values()) for f in per_file)
        files = f"{len(per_file)}" + (
            f" ({measured['failed']} failed)" if measured["failed"] else ""
        )
        lines.append(
            f"| {name} | {engine} | {files} | "
            + " | ".join(cells)
            + f" | {per_second:.1f} | {cold:.2f} | {measured['peak_rss_mib']:.0f} |"
        )
    lines.append("")
    splits = (  # where "extraction" ends: after reading, or after all of `analyzer/extract`
        ("everything after extraction / extraction", 1),
        ("matching, scoring and rendering / reading, normalising and sections", 2),
    )
    for name, engine, measured, _ in results:
        per_file = measured["per_file"]
        for label, first_after in splits:
            reading, rest = STAGES[:first_after], STAGES[first_after:]
            after = [sum(f[stage] for stage in rest) for f in per_file]
            extract = [sum(f[stage] for stage in reading) for f in per_file]
            ratios = [a / e for a, e in zip(after, extract, strict=True) if e > 0]
            medians = sum(statistics.median(f[s] for f in per_file) for s in rest)
            extract_median = sum(statistics.median(f[s] for f in per_file) for s in reading)
            lines.append(
                f"{name}, {engine}: {label} = {medians / extract_median:.3f} (sum of the stage "
                f"medians), {statistics.median(ratios):.3f} (median of the per-resume ratios)"
            )
    return "\n".join(lines)


# ------------------------------------------------------------ the issue's table, side by side


RATIO_PROBE = """
import json, sys, time
from pdfminer.high_level import extract_text
from analyzer.extract import extract
files = json.loads(sys.argv[1]); engine = sys.argv[2]; runs = int(sys.argv[3])
def ours(path):
    return extract(path) if engine == "pdfminer" else extract(path, engine=engine)
def plain_pdfium(path):
    import pypdfium2
    document = pypdfium2.PdfDocument(path)
    text = "".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    return text
def pdfium_reading(path):
    from analyzer.extract import pdfium
    with open(path, "rb") as file:
        return pdfium.read_pdf(file.read(), path=path, max_pages=50)
def pdfium_stage(path):  # the per-stage table's "extract": reading and reading order
    from analyzer.config import Limits
    from analyzer.extract import api
    limits = Limits()
    source = api.read_source(
        path, max_file_bytes=limits.file_bytes, max_characters=limits.characters
    )
    layouts, _ = api.read_layouts(source, "pdfium", limits.pages)
    return api.order_pages(layouts)
candidates = {"extract_text": extract_text, "ours": ours}
if engine == "pdfium-text":
    candidates = {"extract_text": extract_text, "ours": plain_pdfium}
if engine == "pdfium-read":
    candidates = {"extract_text": extract_text, "ours": pdfium_reading}
if engine == "pdfium-stage":
    candidates = {"extract_text": extract_text, "ours": pdfium_stage}
for function in candidates.values():
    function(files[0])
best = {name: float("inf") for name in candidates}
for _ in range(runs):  # interleaved, so a busy moment hits both
    for name, function in candidates.items():
        start = time.process_time()
        for path in files:
            function(path)
        best[name] = min(best[name], time.process_time() - start)
print(json.dumps(best))
"""


def extraction_ratio(
    files: list[str], engine: str, runs: int, env: dict[str, str] | None = None
) -> float:
    done = subprocess.run(
        [sys.executable, "-c", RATIO_PROBE, json.dumps(files), engine, str(runs)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=NEUTRAL_FOLDER,
    )
    best = json.loads(done.stdout)
    return float(best["ours"] / best["extract_text"])


def batch_ratio(files: list[str], env: dict[str, str] | None = None, runs: int = 5) -> float:
    """`skillgap batch --jobs 1` over the files against one process running `extract_text`:
    wall time, best of `runs`, the two interleaved so a busy moment hits both."""
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "in"
        folder.mkdir()
        for path in files:
            shutil.copy(path, folder)
        plain = (
            "import sys, glob\nfrom pdfminer.high_level import extract_text\n"
            "for p in sorted(glob.glob(sys.argv[1] + '/*.pdf')): extract_text(p)\n"
        )
        reference = batch = math.inf
        for attempt in range(runs):
            command = [sys.executable, "-c", plain, str(folder)]
            reference = min(reference, best_seconds(command, runs=1, env=env))
            out = Path(work) / f"ranked-{attempt}.csv"  # a fresh store: every file is analysed
            command = [sys.executable, "-m", "analyzer", "batch", str(folder), "--jobs", "1"]
            command += ["--out", str(out)]
            batch = min(batch, best_seconds(command, runs=1, env=env))
        return batch / reference


def issue_rows(
    files: list[str], baseline: Path | None, runs: int, engines: Sequence[str] = ("pdfminer",)
) -> str:
    """The rows of issue 8's table; without "pdfminer" in `engines`, only the PDFium rows (the
    start-up, pdfminer.six and batch rows take most of the run's time)."""
    envs: list[tuple[str, dict[str, str] | None]] = [("this checkout", None)]
    if baseline is not None:
        envs.insert(0, (f"baseline ({baseline.name})", {**os.environ, "PYTHONPATH": str(baseline)}))
    rows: dict[str, list[str]] = defaultdict(list)
    full = "pdfminer" in engines
    starts = []
    if full:
        starts = interleaved_starts(files[0], [env for _, env in envs], runs=max(runs, 5))
    for help_time, cold, cold_cpu in starts:
        rows["`skillgap --help`, beyond `python -c pass` (s)"].append(f"{help_time:.2f}")
        rows["`skillgap analyze` one resume, cold, beyond `python -c pass` (s)"].append(
            f"{cold:.2f}"
        )
        rows["... its CPU time (with the reading worker's), beyond `python -c pass` (s)"].append(
            f"{cold_cpu:.2f}"
        )
    for _, env in envs if full else ():
        ratio = extraction_ratio(files, "pdfminer", runs, env=env)
        rows["our extraction (pdfminer.six) / `extract_text`, CPU"].append(f"{ratio:.2f}")
        rows["`skillgap batch --jobs 1` / one process of `extract_text`, wall"].append(
            f"{batch_ratio(files, env=env):.2f}"
        )
    reference = extraction_ratio(files, "pdfium-text", runs)
    ours = extraction_ratio(files, "pdfium", runs)
    stage = extraction_ratio(files, "pdfium-stage", runs)
    reading = extraction_ratio(files, "pdfium-read", runs)
    missing = "n/a" if baseline is not None else None
    pdfium_row = "our extraction with `--engine pdfium` / `extract_text`, CPU"
    rows[pdfium_row] = [missing, f"{ours:.3f}"] if missing else [f"{ours:.3f}"]
    stage_row = "... its extract stage (reading, reading order: the stage table's) / `extract_text`"
    rows[stage_row] = [missing, f"{stage:.3f}"] if missing else [f"{stage:.3f}"]
    reading_row = "... its PDF reading (`extract/pdfium.py`, lines included) / `extract_text`, CPU"
    rows[reading_row] = [missing, f"{reading:.3f}"] if missing else [f"{reading:.3f}"]
    plain_row = "pypdfium2's plain text reading / `extract_text`, CPU (the reference)"
    rows[plain_row] = [missing, f"{reference:.3f}"] if missing else [f"{reference:.3f}"]
    head = "| measure | " + " | ".join(name for name, _ in envs) + " |"
    lines = [head, "|---|" + "---:|" * len(envs)]
    lines += [
        f"| {name} | " + " | ".join(v or "" for v in values) + " |" for name, values in rows.items()
    ]
    return "\n".join(lines)


# ------------------------------------------------------------------------------------- main


def machine() -> str:
    load = os.getloadavg()[0]
    return (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.system()}; 1-min load {load:.1f}"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS, help="a folder of PDFs")
    parser.add_argument("--generated", type=int, default=200, help="generated PDFs (0: none)")
    parser.add_argument("--engines", nargs="+", default=["pdfminer", "pdfium"])
    parser.add_argument("--repeat", type=int, default=3, help="runs per file; the fastest counts")
    parser.add_argument("--rows", nargs="+", default=None, metavar="PDF", help="issue 8's table")
    parser.add_argument("--baseline", type=Path, default=None, help="an older checkout (--rows)")
    parser.add_argument("--worker", nargs=2, metavar=("ENGINE", "LIST"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        engine, listing = args.worker
        files = json.loads(Path(listing).read_text())
        print(json.dumps(run_worker(engine, files, args.repeat)))
        return
    print(f"Machine: {machine()}\n")
    if args.rows:
        files = [str(Path(f).resolve()) for f in args.rows]
        baseline = args.baseline.resolve() if args.baseline else None
        print(issue_rows(files, baseline, args.repeat, args.engines))
        return
    with tempfile.TemporaryDirectory() as work:
        sets: list[tuple[str, list[str]]] = []
        if args.corpus.is_dir():
            sets.append((args.corpus.name, sorted(str(p) for p in args.corpus.glob("*.pdf"))))
        else:
            print(f"(no folder {args.corpus}: give --corpus)\n")
        if args.generated:
            sets.append((f"{args.generated} generated", generated_pdfs(Path(work), args.generated)))
        results = []
        for name, files in sets:
            for engine in args.engines:
                measured = measure_set(engine, files, args.repeat)
                cold = cold_start(engine, files[0])
                results.append((name, engine, measured, cold))
        print(stage_table(results))


if __name__ == "__main__":
    main()
