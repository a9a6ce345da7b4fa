"""`analyzer.report.render`: one entry point, a small table of formats."""

from __future__ import annotations

import dataclasses

import pytest

from analyzer.errors import ConfigError
from analyzer.report import FORMATS, RENDERERS, render
from analyzer.types import AnalysisResult


def test_formats_are_the_table() -> None:
    assert FORMATS == ("text", "json", "html", "csv")
    assert tuple(RENDERERS) == FORMATS


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_a_complete_document(result: AnalysisResult, fmt: str) -> None:
    output = render(result, fmt)

    assert output.endswith("\n")
    assert "Python" in output


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_without_the_resume_text(
    result_without_resume: AnalysisResult, fmt: str
) -> None:
    assert "Python" in render(result_without_resume, fmt)


def test_color_reaches_the_text_renderer(result: AnalysisResult) -> None:
    assert "\x1b[" in render(result, "text", color=True)
    assert "\x1b[" not in render(result, "text")


def test_unknown_format_names_the_valid_ones(result: AnalysisResult) -> None:
    with pytest.raises(
        ConfigError, match=r"unknown report format 'pdf'; choose one of: text, json, html, csv"
    ):
        render(result, "pdf")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_result_with_nothing_in_it_still_renders(result: AnalysisResult, fmt: str) -> None:
    empty = dataclasses.replace(
        result,
        skills=(),
        gaps=(),
        learning_path=(),
        diagnostics=(),
        score=dataclasses.replace(result.score, readiness=0.0, earned=0.0, possible=0.0),
    )

    output = render(empty, fmt)

    assert output.endswith("\n")
    assert "0.0" in output or fmt == "csv"
