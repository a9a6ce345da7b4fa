"""Batch throughput: `analyze_folder` with 1 and 2 worker processes on generated resume PDFs.

    python benchmarks/bench_batch.py            # 200 PDFs, jobs 1 and 2
    python benchmarks/bench_batch.py --files 400 --jobs 1 2 4
    python benchmarks/bench_batch.py --row FILE.pdf ... [--baseline OLD_CHECKOUT] [--rounds 6]

`--row` measures issue 8's batch row alone: `skillgap batch --jobs 1` over the files (wall, the
whole command) against one process running pdfminer.six's `extract_text` over them, in shuffled
rounds (this checkout, `--baseline` through PYTHONPATH, and the reference each once a round, a
fresh store each time, from a folder outside the checkouts), best and median of each. Prefix it
with `chrt -r 1` on a shared machine to keep the neighbours' load out of the wall times.

Each run gets a fresh store, so every file is analysed. Two throughputs are reported: over the
whole run (worker start-up included) and once the workers are warm (files finished after every
worker had loaded spaCy and the lexicon, over the time since). Each setting runs `--repeat` times,
interleaved, and the best run is kept, since other processes on the machine only ever slow a run
down; the load average is printed so a busy machine shows. Peak RSS is the largest resident size
a worker reported. Prints a Markdown table; not a test, nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF

from analyzer.batch import analyze_folder

SKILLS = (
    "Python",
    "pandas",
    "NumPy",
    "SQL",
    "PostgreSQL",
    "PyTorch",
    "TensorFlow",
    "Keras",
    "scikit-learn",
    "XGBoost",
    "Docker",
    "Kubernetes",
    "MLflow",
    "Kubeflow",
    "Airflow",
    "Spark",
    "AWS SageMaker",
    "GCP Vertex AI",
    "Git",
    "Linux",
    "statistics",
    "A/B testing",
    "LLMs",
    "RAG",
    "Hugging Face Transformers",
)
DUTIES = (
    "Built a {0} model to predict churn and deployed it to production with {1}.",
    "Trained deep learning models in {0}; tracked experiments in {1}.",
    "Designed {0} pipelines and monitored them with {1}.",
    "Wrote {0} queries against the warehouse and automated reports with {1}.",
    "Led a team of three engineers migrating {0} workloads to {1}.",
    "Fine-tuned language models with {0} and served them with {1}.",
)


def resume(seed: int) -> list[str]:
    """The lines of a varied resume: 1 to 3 jobs, a skills list, sometimes projects."""
    rng = random.Random(seed)
    lines = [f"Candidate {seed}", f"candidate{seed}@example.org | +1 555 0100", ""]
    lines += ["Summary", "Machine learning engineer who ships models.", ""]
    lines += ["Skills", ", ".join(rng.sample(SKILLS, rng.randint(3, 14))), ""]
    lines.append("Experience")
    for job in range(rng.randint(1, 3)):
        lines.append(f"ML Engineer, Company {job}, {2015 + job * 3}-{2017 + job * 3}")
        for _ in range(rng.randint(2, 6)):
            lines.append(rng.choice(DUTIES).format(*rng.sample(SKILLS, 2)))
    if rng.random() < 0.5:
        lines += ["", "Projects", f"Open-source {rng.choice(SKILLS)} toolkit with 1k stars."]
    lines += ["", "Education", "MSc Computer Science, Example University"]
    return lines


def write_pdfs(folder: Path, count: int) -> None:
    for n in range(count):
        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        for line in resume(n):
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.output(str(folder / f"resume-{n:04d}.pdf"))


@dataclass(frozen=True)
class Measure:
    jobs: int
    files: int
    failed: int
    seconds: float
    warm_files_per_second: float
    peak_rss_mib: float

    @property
    def files_per_second(self) -> float:
        return self.files / self.seconds


def measure(folder: Path, jobs: int, work: Path, attempt: int = 0) -> Measure:
    store = work / f"store-{jobs}-{attempt}.sqlite"
    started = time.monotonic()
    run = analyze_folder(folder, jobs=jobs, store=store)
    arrivals: list[float] = []
    failed = 0
    with run:
        for outcome in run:
            arrivals.append(time.monotonic())
            failed += not outcome.ok
    ended = time.monotonic()  # after the workers have been stopped
    stats = run.stats
    assert stats is not None and stats.warm_at is not None
    warm = [t for t in arrivals if t > stats.warm_at]
    warm_rate = len(warm) / (warm[-1] - stats.warm_at) if warm else float("nan")
    peak = max(stats.peak_rss_kb.values()) / 1024
    return Measure(jobs, len(arrivals), failed, ended - started, warm_rate, peak)


REFERENCE = (
    "import sys, glob\nfrom pdfminer.high_level import extract_text\n"
    "for p in sorted(glob.glob(sys.argv[1] + '/*.pdf')): extract_text(p)\n"
)
"""The row's reference: one process running pdfminer.six's `extract_text` over the folder."""


def batch_row(files: list[Path], baseline: Path | None, rounds: int) -> str:
    """Issue 8's batch row as a Markdown table (see the module's docstring)."""
    with tempfile.TemporaryDirectory(prefix="skillgap-row-") as temp:
        work = Path(temp)
        folder = work / "in"
        folder.mkdir()
        for path in files:
            shutil.copy(path, folder)
        commands: dict[str, tuple[list[str], dict[str, str] | None]] = {
            "`extract_text`, one process": ([sys.executable, "-c", REFERENCE, str(folder)], None)
        }
        checkouts = {"this checkout": None}
        if baseline is not None:
            checkouts[f"baseline ({baseline.name})"] = {**os.environ, "PYTHONPATH": str(baseline)}
        seconds: dict[str, list[float]] = {name: [] for name in [*commands, *checkouts]}
        loads = [os.getloadavg()[0]]
        for attempt in range(rounds):
            for index, (name, env) in enumerate(checkouts.items()):
                out = work / f"{attempt}-{index}.csv"  # a fresh store each run
                command = [sys.executable, "-m", "analyzer", "batch", str(folder), "--jobs", "1"]
                commands[name] = ([*command, "--out", str(out)], env)
            order = list(commands)
            random.shuffle(order)
            for name in order:
                command, env = commands[name]
                started = time.perf_counter()
                subprocess.run(command, check=True, env=env, cwd=work, capture_output=True)
                seconds[name].append(time.perf_counter() - started)
            loads.append(os.getloadavg()[0])
    reference = seconds["`extract_text`, one process"]
    lines = [
        f"{len(files)} files, {rounds} rounds, {os.cpu_count()} cores, Python"
        f" {sys.version.split()[0]}; 1-minute load {min(loads):.1f}-{max(loads):.1f}\n",
        "| command | best s | median s | best / reference best | median / reference median |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, times in seconds.items():
        lines.append(
            f"| {name} | {min(times):.2f} | {statistics.median(times):.2f} |"
            f" {min(times) / min(reference):.2f} |"
            f" {statistics.median(times) / statistics.median(reference):.2f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--row", type=Path, nargs="+", metavar="PDF", help="issue 8's batch row")
    parser.add_argument("--baseline", type=Path, default=None, help="an older checkout (--row)")
    parser.add_argument("--rounds", type=int, default=6, help="rounds of --row")
    args = parser.parse_args()
    if args.row:
        baseline = args.baseline.resolve() if args.baseline else None
        print(batch_row([p.resolve() for p in args.row], baseline, args.rounds))
        return
    with tempfile.TemporaryDirectory(prefix="skillgap-bench-") as temp:
        work = Path(temp)
        folder = work / "resumes"
        folder.mkdir()
        write_pdfs(folder, args.files)
        (work / "warm").mkdir()
        write_pdfs(work / "warm", 1)
        measure(work / "warm", 1, work)  # starts the fork server: imports happen once, here
        load_before = os.getloadavg()[0]
        runs = [  # interleaved, so a change in the machine's load hits every setting alike
            measure(folder, jobs, work, attempt)
            for attempt in range(args.repeat)
            for jobs in args.jobs
        ]
        results = [
            max((r for r in runs if r.jobs == jobs), key=lambda r: r.warm_files_per_second)
            for jobs in args.jobs
        ]
        load_after = os.getloadavg()[0]
    base = results[0]
    print(
        f"{args.files} generated PDFs, {os.cpu_count()} cores, Python {sys.version.split()[0]},"
        f" best of {args.repeat}; 1-minute load average {load_before:.1f} before,"
        f" {load_after:.1f} after\n"
    )
    print("| jobs | files/s (whole run) | files/s (warm) | speed-up (warm) | wall s | peak RSS |")
    print("|---:|---:|---:|---:|---:|---:|")
    for r in results:
        speedup = r.warm_files_per_second / base.warm_files_per_second
        print(
            f"| {r.jobs} | {r.files_per_second:.1f} | {r.warm_files_per_second:.1f} |"
            f" {speedup:.2f}x | {r.seconds:.1f} | {r.peak_rss_mib:.0f} MiB |"
        )
    if any(r.failed for r in results):
        print(f"\nfailed files: {[r.failed for r in results]}")
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nparent process peak RSS: {parent:.0f} MiB")


if __name__ == "__main__":
    main()
