"""spaCy's own check of token patterns: at file:line when an Analyzer is built, and on request by
`skillgap lexicon validate --patterns`; never loaded by a plain validation."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import MappingProxyType

import pytest

from skill_lexicon import LexiconError, TokenPattern, load_lexicon, validate_lexicon
from skill_lexicon.patterns import check_patterns, pattern_problems
from tests.cli.test_startup import modules_loaded_by
from tests.lexicon.test_validate import VALID, line_of, write

# LENGTH = -1 is well-typed (an integer), so the schema lets it through; spaCy's Matcher refuses it.
NEGATIVE_LENGTH = VALID.replace(
    'pattern = [{ LOWER = "torch" }, { LIKE_NUM = true, OP = "?" }]',
    'pattern = [{ LOWER = "torch" }, { LENGTH = -1 }]',
)


def test_spacy_finds_what_the_schema_cannot_at_the_patterns_line(tmp_path: Path) -> None:
    path = write(tmp_path, NEGATIVE_LENGTH)

    assert validate_lexicon(path) == []
    [problem] = validate_lexicon(path, patterns=True)

    assert (problem.file, problem.line) == (str(path), line_of(NEGATIVE_LENGTH, "LENGTH = -1"))
    assert problem.key_path == "skills.pytorch.patterns[0].pattern[1]"
    assert problem.message.startswith("spaCy's Matcher: [E154]")
    assert "validate=True" not in problem.message, "spaCy's advice to its own users is dropped"


def test_an_analyzer_built_with_a_bad_pattern_names_its_line(tmp_path: Path) -> None:
    from analyzer import Analyzer
    from analyzer.errors import LexiconError as AnalyzerLexiconError

    path = write(tmp_path, NEGATIVE_LENGTH)

    with pytest.raises(AnalyzerLexiconError) as raised:
        Analyzer(lexicon=path)

    assert raised.value.exit_code == 11
    assert raised.value.problems == [str(p) for p in validate_lexicon(path, patterns=True)]
    assert raised.value.problems[0].startswith(f"{path}:{line_of(NEGATIVE_LENGTH, 'LENGTH')}: ")


def test_schema_errors_point_at_the_token_key_spacy_names(tmp_path: Path) -> None:
    """A lexicon built in code skips the file's checks; spaCy's schema errors are mapped back to
    the pattern's key path and the line of the file the lexicon came from."""
    path = write(tmp_path, VALID)
    lexicon = load_lexicon(path)
    pytorch = lexicon.lookup("pytorch")
    bad = TokenPattern("torch-version", (MappingProxyType({"LOWER": "torch", "IS_ALPHA": 1}),))
    broken = dataclasses.replace(
        lexicon,
        skills={**lexicon.skills, "pytorch": dataclasses.replace(pytorch, patterns=(bad,))},
    )

    [problem] = pattern_problems(broken)

    assert (problem.file, problem.line) == (str(path), line_of(VALID, "pattern = ["))
    assert problem.key_path == "skills.pytorch.patterns[0].pattern[0].IS_ALPHA"
    assert problem.message == "spaCy's Matcher: Input should be a valid boolean"
    with pytest.raises(LexiconError) as raised:
        check_patterns(broken)
    assert raised.value.problems == [str(problem)]


def test_the_builtin_lexicon_passes_spacys_check() -> None:
    assert pattern_problems(load_lexicon()) == []


def test_a_plain_validation_loads_no_spacy_and_patterns_asks_for_it() -> None:
    builtin = str(Path(__file__).resolve().parents[2] / "skill_lexicon/data/v1")
    assert modules_loaded_by("lexicon", "validate", builtin) == set()
    assert modules_loaded_by("lexicon", "validate", "--patterns", builtin) == {"spacy"}
