"""A long-lived Analyzer does not keep the words of the resumes it has read."""

from __future__ import annotations

import random
import string
from concurrent.futures import ThreadPoolExecutor

from analyzer import Analyzer
from tests.builders import tiny_lexicon


def resume_with_new_words(seed: int) -> str:
    """200 made-up words, none of them English (common words are kept on purpose: see
    `analyzer.match.vocabulary`)."""
    rng = random.Random(seed)
    words = " ".join(
        "qx" + "".join(rng.choices(string.ascii_lowercase, k=rng.randint(4, 9))) for _ in range(200)
    )
    return f"Experience\nBuilt models in Python; {words}\nSkills\nPython, SQL, Kubernets\n"


def test_vocabulary_does_not_grow_with_new_words() -> None:
    analyzer = Analyzer(lexicon=tiny_lexicon())
    strings = analyzer._matcher.nlp.vocab.strings
    first = analyzer.analyze_text(resume_with_new_words(0))
    analyzer.analyze_text(resume_with_new_words(1))  # what recurs ("Kubernets,") is kept now
    size = len(strings)
    for seed in range(2, 7):
        result = analyzer.analyze_text(resume_with_new_words(seed))
        assert result.skill("python").status == first.skill("python").status == "demonstrated"
    assert len(strings) == size


def test_results_outlive_the_memory_zone_across_threads() -> None:
    analyzer = Analyzer(lexicon=tiny_lexicon())
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(analyzer.analyze_text, map(resume_with_new_words, range(8))))
    for result in results:
        python = result.skill("python")
        assert [e.text for e in python.evidence][:1] == ["Python"]
        assert python.evidence[0].context.startswith("Built models in Python;")
