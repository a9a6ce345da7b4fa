"""Time against size, for text and PDF resumes up to the limits: analysis must grow linearly.

    python benchmarks/bench_scaling.py               # text to 25,000 lines, PDF to 60 pages
    python benchmarks/bench_scaling.py --repeat 1 --quick
    python benchmarks/bench_scaling.py --table       # issue 9's hostile inputs: answer, s, MiB

Every input is generated (tests/hostile/inputs.py). Text resumes (many bulleted lines, or many
"Skills" headings) are analysed by one warm `Analyzer`; PDFs (ordinary dense prose) through
`Analyzer.analyze`, i.e. read in the isolated worker. Each size runs `--repeat` times and the best
is kept (other processes only slow a run down). The last column, microseconds per character,
stays flat when time is proportional to size.

`--table` runs each row of issue 9's table in a fresh process (`skillgap analyze`, default
limits) and reports its answer, wall time (process start included) and the larger of the peak
resident memory of the command's process and of its PDF worker.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyzer.engine import Analyzer  # noqa: E402
from tests.hostile import inputs  # noqa: E402

TEXT_SIZES = (1000, 4000, 16000, 25000)
PDF_PAGES = (1, 4, 15, 60)


def best_of(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def scaling(repeat: int, quick: bool) -> None:
    analyzer = Analyzer()
    analyzer.analyze_text("Skills\nPython\nExperience\nBuilt models.\n")  # warm: fuzzy index
    print("| input | size | characters | seconds (best) | us per character |")
    print("|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        sizes = TEXT_SIZES[:2] if quick else TEXT_SIZES
        for kind, build in (
            ("text, bullets", lambda p, n: inputs.many_bullets_text(p, lines=n)),
            ("text, headings", lambda p, n: inputs.many_headings_text(p, headings=n)),
        ):
            for size in sizes:
                path = build(base / f"{kind[6:]}-{size}.txt", size)
                chars = len(path.read_text(encoding="utf-8"))
                seconds = best_of(repeat, lambda p=path: analyzer.analyze(p))
                print(
                    f"| {kind} | {size} lines | {chars:,} | {seconds:.2f} | "
                    f"{seconds / chars * 1e6:.2f} |",
                    flush=True,
                )
        for pages in PDF_PAGES[:2] if quick else PDF_PAGES:
            path = inputs.dense_text_pdf(base / f"dense-{pages}.pdf", pages=pages)
            result = analyzer.analyze(path)  # also warms the PDF worker
            chars = len(result.resume.text) if result.resume else 0
            seconds = best_of(repeat, lambda p=path: analyzer.analyze(p))
            print(
                f"| PDF, dense prose | {pages} pages | {chars:,} | {seconds:.2f} | "
                f"{seconds / chars * 1e6:.2f} |",
                flush=True,
            )


TABLE: list[tuple[str, Callable[[Path], Path]]] = [
    ("60-page PDF of short random words", inputs.random_words_pdf),
    ("60-page PDF of dense text", inputs.dense_text_pdf),
    ("text, 20,000 bullet lines", lambda p: inputs.many_bullets_text(p, lines=20000)),
    ("text, 20,000 Skills headings", lambda p: inputs.many_headings_text(p, headings=20000)),
    ("20 MB one-line text", inputs.one_line_text),
    ("45 MB text of short lines", inputs.short_lines_text),
    ("20 MB text without spaces", inputs.no_spaces_text),
    ("content stream, 200,000 text operators", inputs.many_operators_pdf),
    ("500,000 characters on one line", inputs.long_line_pdf),
    ("Flate bomb, 256 MB", inputs.flate_bomb_pdf),
    ("Flate bomb, 1 GB", lambda p: inputs.flate_bomb_pdf(p, inflated_mb=1024)),
    ("contents array of 1,000,000 streams", inputs.huge_contents_array_pdf),
    ("3^25 form XObject fan-out", inputs.xobject_fanout_pdf),
    ("8 MB string in one operator", inputs.huge_string_pdf),
    ("ToUnicode range of 2^32 codes", inputs.tounicode_range_pdf),
    ("RunLengthDecode with garbage", inputs.runlength_garbage_pdf),
    ("predictor with 4e9 columns", inputs.predictor_columns_pdf),
    ("xref stream, predictor with 4e9 columns", inputs.xref_stream_predictor_pdf),
    ("one 6 MB string in the page dictionary", inputs.huge_token_pdf),
    ("Flate range duplicated 100 times", inputs.duplicated_flate_pdf),
]


def table() -> None:
    print("| input | exit | answer | seconds | peak MiB |")
    print("|---|---:|---|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for index, (label, build) in enumerate(TABLE):
            suffix = ".txt" if label.startswith(("text", "20 MB", "45 MB")) else ".pdf"
            path = build(Path(folder) / f"row{index}{suffix}")
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--one", str(path)],
                capture_output=True,
                text=True,
                check=False,
            )
            seconds = time.perf_counter() - started
            peak_mib = int(done.stdout.strip().rpartition(" ")[2] or 0) / 1024
            answer = (done.stderr.strip().splitlines() or ["ok"])[-1]
            answer = answer.replace("skillgap: error: ", "").replace(str(path), "FILE")[:110]
            print(
                f"| {label} | {done.returncode} | {answer} | {seconds:.1f} | {peak_mib:.0f} |",
                flush=True,
            )
            path.unlink()


def one(path: str) -> None:
    """Analyse `path` as the CLI does; print the worker's peak RSS (KiB) on stdout."""
    from analyzer import isolation
    from analyzer.cli import main

    try:
        main(
            ["analyze", path, "--format", "json", "-o", os.devnull, "--overwrite"],
            standalone_mode=False,
        )
        code = 0
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(max([own, *(_worker_peak(w) for w in isolation._shared.values())]))
    sys.exit(code)


def _worker_peak(workers: object) -> int:
    """The peak RSS (KiB) of an idle isolated worker, from /proc (0 when it is gone)."""
    peak = 0
    for worker in getattr(workers, "_idle", []):
        try:
            status = Path(f"/proc/{worker.process.pid}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                peak = max(peak, int(line.split()[1]))
    return peak


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="only the two smallest sizes")
    parser.add_argument("--table", action="store_true", help="issue 9's hostile inputs")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.one:
        one(options.one)
    elif options.table:
        table()
    else:
        scaling(options.repeat, options.quick)
