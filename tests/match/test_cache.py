"""The cut lemma table: keyed by what it depends on, never trusted when damaged, the same results
with it as without, and nothing written without a cache folder."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.tokens import Doc

from analyzer.config import AnalyzerConfig
from analyzer.engine import Analyzer, load_lexicon
from analyzer.match import cache
from analyzer.match.cache import (
    LemmaCache,
    cache_key,
    cached_lemma_table,
    cut_lemma_table,
    full_lemma_table,
)
from analyzer.match.nlp import build_pipeline, lower_preserving_length
from skill_lexicon.model import Lexicon, TokenPattern

RESUME = """Ada Example
Experience
Data Scientist, Example Corp, 2021 - 2024
- Deployed models to production and monitored their drift
- Cleaned and processed datasets; evaluated classifiers against baselines
- Led projects on clustering customers; presented findings to leadership
Skills
Python, PyTorch, LLMs, CNNs, Kubernetes, statistics
"""


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


TOKENIZER = build_pipeline(lemmas={})


def tokenize(phrase: str) -> Doc:
    return TOKENIZER.make_doc(lower_preserving_length(phrase))


def renamed(lexicon: Lexicon) -> Lexicon:
    """The lexicon with one more alias for its first skill."""
    skill_id, skill = next(iter(lexicon.skills.items()))
    changed = dataclasses.replace(skill, aliases=(*skill.aliases, "an extra alias"))
    return dataclasses.replace(lexicon, skills={**lexicon.skills, skill_id: changed})


def test_the_key_follows_the_content_and_the_versions(
    lexicon: Lexicon, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = cache_key([lexicon])
    assert cache_key([dataclasses.replace(lexicon, source="elsewhere")]) == key  # not the place
    assert cache_key([renamed(lexicon)]) != key
    monkeypatch.setattr(cache, "_source", lambda name: f"{name} rewritten")
    assert cache_key([lexicon]) != key  # the code that decides which lemmas matter
    monkeypatch.undo()
    monkeypatch.setattr(cache, "_version", lambda name: "0.0-other")
    assert cache_key([lexicon]) != key


def test_the_cut_table_is_part_of_the_full_one(lexicon: Lexicon, tmp_path: Path) -> None:
    full = full_lemma_table()
    cut = cached_lemma_table([lexicon], tokenize, tmp_path)
    assert 0 < len(cut) < len(full) / 10
    assert all(full[form] == lemma for form, lemma in cut.items())
    assert cut["deployed"] == "deploy" and "models" in cut  # words the rules compare


def test_a_word_written_apart_keeps_the_forms_of_its_pieces(lexicon: Lexicon) -> None:
    """A pattern's LEMMA "hand-stitch" is matched as "hand", "-", "stitch" (`written_apart`):
    the cut table keeps the forms that lemmatize to its pieces."""
    skill_id, skill = next(iter(lexicon.skills.items()))
    stitched = TokenPattern("hand-stitched", ({"LEMMA": "hand-stitch"}, {"LEMMA": "seam"}))
    changed = dataclasses.replace(skill, patterns=(*skill.patterns, stitched))
    hyphenated = dataclasses.replace(lexicon, skills={**lexicon.skills, skill_id: changed})
    assert "stitched" not in cut_lemma_table([lexicon], tokenize)
    assert cut_lemma_table([hyphenated], tokenize)["stitched"] == "stitch"


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # cut short
        lambda text: "not json",
        lambda text: text.replace('"deploy"', '"other"', 1),  # table changed, checksum not
        lambda text: json.dumps({**json.loads(text), "key": "another key"}),
    ],
)
def test_a_damaged_entry_is_ignored_and_built_again(
    lexicon: Lexicon, tmp_path: Path, damage: Callable[[str], str]
) -> None:
    good = cached_lemma_table([lexicon], tokenize, tmp_path)
    key = cache_key([lexicon])
    entry = LemmaCache(tmp_path).path(key)
    entry.write_text(damage(entry.read_text(encoding="utf-8")), encoding="utf-8")
    assert LemmaCache(tmp_path).load(key) is None
    assert cached_lemma_table([lexicon], tokenize, tmp_path) == good
    assert LemmaCache(tmp_path).load(key) == good  # rewritten whole
    assert [p.name for p in tmp_path.iterdir()] == [entry.name]  # no temporary file left


def test_the_same_results_with_and_without_the_cache(tmp_path: Path) -> None:
    def report(config: AnalyzerConfig) -> dict[str, object]:
        result = Analyzer(config=config).analyze_text(RESUME, name="resume.txt")
        return result.to_dict()

    plain = report(AnalyzerConfig(isolate=False))
    cached = AnalyzerConfig(isolate=False, cache_dir=str(tmp_path / "cache"))
    assert report(cached) == plain  # cut and stored
    assert len(list((tmp_path / "cache").iterdir())) == 1
    assert report(cached) == plain  # read back
    assert plain["skills"]


def test_nothing_is_written_without_a_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("wrote a cache entry")

    monkeypatch.setattr(LemmaCache, "store", refuse)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    Analyzer(config=AnalyzerConfig(isolate=False)).analyze_text(RESUME)
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_folder_is_not_an_error(lexicon: Lexicon, tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be", encoding="utf-8")
    table = cached_lemma_table([lexicon], tokenize, blocked / "cache")
    assert table == cached_lemma_table([lexicon], tokenize, tmp_path / "cache")
