"""Memory of one long-lived Analyzer: resident size over many analyses of resumes full of new words.

    python benchmarks/bench_memory.py                    # 500 analyses, growth after the first 50
    python benchmarks/bench_memory.py --analyses 2000 --after 100

Every resume holds 300 made-up words (as names, e-mail addresses and project names are to a
vocabulary), so a store that kept every word it ever saw would grow with each one. Prints the
resident set size (from /proc/self/statm, after a garbage collection) and the size of spaCy's
string store at checkpoints, and the growth from `--after` analyses to the last. Not a test.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analyzer.engine import Analyzer


def resident_mib() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def resume(rng: random.Random, number: int) -> str:
    def word() -> str:
        return "".join(rng.choices(string.ascii_lowercase, k=rng.randint(4, 11)))

    words = " ".join(word() for _ in range(300))
    return (
        f"Candidate {number}\nExperience\nBuilt {word()} models in Python and PyTorch; {words}\n"
        f"Skills\nPython, SQL, Kubernets, {word()}, {word()}\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--analyses", type=int, default=500)
    parser.add_argument("--after", type=int, default=50, help="growth is measured from here")
    args = parser.parse_args()
    rng = random.Random(7)
    analyzer = Analyzer()
    strings = analyzer._matcher.nlp.vocab.strings
    checkpoints = sorted({1, args.after, *range(100, args.analyses + 1, 100), args.analyses})
    sizes: dict[int, float] = {}
    print("| analyses | RSS MiB | strings in spaCy's store |\n|---:|---:|---:|")
    for number in range(1, args.analyses + 1):
        analyzer.analyze_text(resume(rng, number))
        if number in checkpoints:
            gc.collect()
            sizes[number] = resident_mib()
            print(f"| {number} | {sizes[number]:.1f} | {len(strings)} |", flush=True)
    growth = 100 * (sizes[args.analyses] - sizes[args.after]) / sizes[args.after]
    print(f"\ngrowth from {args.after} to {args.analyses} analyses: {growth:.1f}%")


if __name__ == "__main__":
    main()
