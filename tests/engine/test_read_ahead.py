"""`ReadAhead`: a resume file read while the Analyzer is built gives what `Analyzer.analyze` of the
path gives, and its errors surface at the same place, with the same code."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer import Analyzer, AnalyzerConfig
from analyzer.engine import ReadAhead
from analyzer.errors import ConfigError, SkillgapError
from tests import pdf_factory
from tests.builders import tiny_lexicon

SECTIONS = [("Skills", ["Python, SQL, PyTorch"]), ("Experience", ["Built models in Python."])]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(lexicon=tiny_lexicon(), config=AnalyzerConfig())


@pytest.mark.parametrize("isolate", [True, False])
def test_a_pdf_read_ahead_analyses_as_its_path(tmp_path: Path, isolate: bool) -> None:
    config = AnalyzerConfig(isolate=isolate)
    analyzer = Analyzer(lexicon=tiny_lexicon(), config=config)
    pdf = pdf_factory.single_column_pdf(tmp_path / "resume.pdf", SECTIONS)
    ahead = analyzer.analyze(ReadAhead(pdf, config))
    direct = analyzer.analyze(pdf)
    assert ahead.to_dict() == direct.to_dict()
    assert "python" in {s.id for s in ahead.skills if s.present}


def test_a_text_file_is_read_when_asked_for(tmp_path: Path, analyzer: Analyzer) -> None:
    resume = tmp_path / "resume.txt"
    resume.write_text("Skills\nPython, SQL\n", encoding="utf-8")
    ahead = ReadAhead(resume, analyzer.config)
    resume.write_text("Skills\nPyTorch\n", encoding="utf-8")  # not read yet: the new text counts
    result = analyzer.analyze(ahead)
    assert result.to_dict() == analyzer.analyze(resume).to_dict()


def test_a_bad_pdf_fails_in_analyze_with_its_own_code(tmp_path: Path, analyzer: Analyzer) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    with pytest.raises(SkillgapError) as direct:
        analyzer.analyze(broken)
    ahead = ReadAhead(broken, analyzer.config)
    with pytest.raises(SkillgapError) as read_ahead:
        analyzer.analyze(ahead)
    assert type(read_ahead.value) is type(direct.value)
    assert read_ahead.value.code == direct.value.code
    assert str(read_ahead.value) == str(direct.value)


def test_an_unknown_profile_is_reported_before_a_bad_file(
    tmp_path: Path, analyzer: Analyzer
) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    with pytest.raises(ConfigError):
        analyzer.analyze(ReadAhead(broken, analyzer.config), profile="no-such-profile")


def test_a_read_ahead_under_another_config_is_refused(tmp_path: Path, analyzer: Analyzer) -> None:
    resume = tmp_path / "resume.txt"
    resume.write_text("Skills\nPython, SQL\n", encoding="utf-8")
    other = AnalyzerConfig(ocr=True)  # read with OCR, scored by an Analyzer without it
    with pytest.raises(ConfigError, match=r"resume\.txt: read ahead under another config"):
        analyzer.analyze(ReadAhead(resume, other))
    assert analyzer.analyze(ReadAhead(resume, AnalyzerConfig())).to_dict() == (
        analyzer.analyze(resume).to_dict()
    )
