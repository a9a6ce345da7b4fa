"""skillgap inside a host program: threads share one Analyzer for real, and nothing global changes
(logging levels, the umask, the multiprocessing start method, signal handlers)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from analyzer.engine import Analyzer
from tests.hostile import inputs

SKILL_LINES = (
    "Python, pandas, NumPy",
    "SQL and PostgreSQL",
    "PyTorch, TensorFlow",
    "Docker, Kubernetes",
    "scikit-learn",
    "Git and Linux",
    "MLflow",
    "AWS",
    "Spark, Airflow",
)
DONE_LINES = (
    "Deployed models to production with Docker.",
    "Trained classifiers in PyTorch.",
    "Ran pipelines on Kubernetes.",
    "Wrote SQL reports for the warehouse.",
)


def resume_lines(seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        f"Candidate {seed}",
        "Skills",
        *rng.sample(SKILL_LINES, k=rng.randint(1, len(SKILL_LINES))),
        "Experience",
        *rng.sample(DONE_LINES, k=rng.randint(0, len(DONE_LINES))),
    ]


def make_resumes(folder: Path, count: int) -> list[Path]:
    """`count` different resumes: every fifth a PDF, the others text."""
    paths = []
    for seed in range(count):
        if seed % 5 == 0:
            paths.append(
                inputs.one_page_pdf(folder / f"r{seed}.pdf", inputs.text_ops(resume_lines(seed)))
            )
        else:
            path = folder / f"r{seed}.txt"
            path.write_text("\n".join(resume_lines(seed)) + "\n", encoding="utf-8")
            paths.append(path)
    return paths


def test_eight_threads_sharing_one_analyzer_get_the_single_threaded_results(
    tmp_path: Path,
) -> None:
    paths = make_resumes(tmp_path, 100)
    analyzer = Analyzer()
    alone = [analyzer.analyze(path).to_dict() for path in paths]
    with ThreadPoolExecutor(max_workers=8) as pool:
        shared = list(pool.map(lambda path: analyzer.analyze(path).to_dict(), paths))
    assert len({json.dumps(r["skills"], sort_keys=True) for r in alone}) > 10, "varied inputs"
    for one, many in zip(alone, shared, strict=True):
        assert one == many


HOST = textwrap.dedent(
    """
    import json, logging, multiprocessing, os, signal, sys
    from pathlib import Path

    def umask():
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return line.split()[1]

    def state():
        loggers = {name: logging.getLogger(name).level for name in ("", "pdfminer", "ftfy")}
        return {
            "loggers": loggers,
            "umask": umask(),
            "start_method": multiprocessing.get_start_method(allow_none=True),
            "sigint": str(signal.getsignal(signal.SIGINT)),
            "handlers": len(logging.getLogger().handlers),
        }

    os.umask(0o027)
    logging.getLogger("pdfminer").setLevel(logging.DEBUG)
    before = state()
    from analyzer import Analyzer
    from analyzer.batch import analyze_folder
    analyzer = Analyzer()
    analyzer.analyze(sys.argv[1])
    analyzer.analyze(sys.argv[2])
    after = state()
    print(json.dumps({"before": before, "after": after}))
    """
)


def test_using_the_library_changes_nothing_global_in_the_host(tmp_path: Path) -> None:
    pdf = inputs.resume_pdf(tmp_path / "cv.pdf")
    text = tmp_path / "cv.txt"
    text.write_text("Skills\nPython\n", encoding="utf-8")
    script = tmp_path / "host.py"
    script.write_text(HOST, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(pdf), str(text)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    states = json.loads(done.stdout)
    assert states["after"] == states["before"]
    assert states["before"]["loggers"]["pdfminer"] == 10 and states["before"]["umask"] == "0027"
