"""The posting vocabulary is data, validated with every problem at file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from skill_lexicon import LexiconError, load_lexicon
from skill_lexicon.postings import load_postings, validate_postings

BUILTIN = Path(__file__).resolve().parents[2] / "skill_lexicon/data/postings/postings.toml"


def test_the_builtin_vocabulary_is_valid_and_names_known_skills() -> None:
    assert validate_postings(skill_ids=load_lexicon().skills) == []
    vocabulary = load_postings()
    assert [level.id for level in vocabulary.levels] == ["entry", "mid", "senior"]


@pytest.mark.parametrize(
    ("years", "level"), [(0, "entry"), (2.9, "entry"), (3, "mid"), (5.5, "mid"), (6, "senior")]
)
def test_seed_levels_by_whole_years(years: float, level: str) -> None:
    assert load_postings().level_for_years(years).id == level


def broken(tmp_path: Path, old: str, new: str) -> Path:
    text = BUILTIN.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "postings.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if needle in line)


def test_every_problem_is_reported_with_its_line(tmp_path: Path) -> None:
    path = broken(tmp_path, "window = 12", 'window = 0\nnegation_afterr = ["x"]')
    text = path.read_text(encoding="utf-8").replace('name = "Scala"', 'name = ""')
    path.write_text(text.replace('"preferably", "bonus if"', '"Preferably", "bonus if"'), "utf-8")

    problems = [str(p) for p in validate_postings(path)]
    window, capital, empty = (
        line_of(path, needle) for needle in ("window = 0", "preferred_before =", 'name = ""')
    )

    assert any(p.startswith(f"{path}:{window}: cues.window:") for p in problems)
    assert any(
        "cues.negation_afterr: unknown key 'negation_afterr'; did you mean 'negation_after'?" in p
        for p in problems
    )
    assert any(
        f":{capital}: cues.preferred_before[1]: 'Preferably' must be lower" in p for p in problems
    )
    assert any("must be lower case" in p for p in problems)
    assert any(f":{empty}: unlisted[1].name: must not be empty" in p for p in problems)
    assert len(problems) == 4


def test_levels_must_be_contiguous(tmp_path: Path) -> None:
    path = broken(tmp_path, "min_years = 3", "min_years = 4")

    (problem,) = validate_postings(path)

    assert "levels" in problem.key_path and "must start the year after" in problem.message


def test_unknown_skills_and_toml_errors(tmp_path: Path) -> None:
    path = broken(tmp_path, "[skills.ci-cd]", "[skills.ci-cd-pipelines]")
    (problem,) = validate_postings(path, skill_ids=load_lexicon().skills)
    assert problem.key_path == "skills.ci-cd-pipelines"
    assert problem.line == line_of(path, "[skills.ci-cd-pipelines]")

    bad = tmp_path / "bad.toml"
    bad.write_text('version = "1.0.0"\n[cues\n', encoding="utf-8")
    with pytest.raises(LexiconError) as raised:
        load_postings(bad)
    assert raised.value.problems[0].startswith(f"{bad}:2: invalid TOML")
    assert raised.value.exit_code == 11


def test_the_lexicon_validate_command_checks_a_posting_vocabulary(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from analyzer.cli import main

    text = BUILTIN.read_text(encoding="utf-8")
    good = tmp_path / "postings.toml"
    good.write_text(text)
    assert CliRunner().invoke(main, ["lexicon", "validate", str(good)]).exit_code == 0
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace("[skills.mlops]", "[skills.no-such-skill]", 1))
    result = CliRunner().invoke(main, ["lexicon", "validate", str(bad)])
    assert result.exit_code == 11
    line = text.splitlines().index("[skills.mlops]") + 1
    assert f"bad.toml:{line}: skills.no-such-skill: unknown skill id" in result.stderr
