"""Report stage: an `AnalysisResult` rendered as text, JSON, HTML or CSV.

Each format is one module with `render(result) -> str` (the text format also takes `color`, for
ANSI styles on a terminal); `render()` here picks one through the `RENDERERS` table. Renderers
read only the result (and the resume text it carries for evidence in context); they never see a
spaCy `Doc`. Every output ends with a newline.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from analyzer.errors import ConfigError
from analyzer.report import csv, html, json, text
from analyzer.types import AnalysisResult


class Renderer(Protocol):
    def __call__(self, result: AnalysisResult) -> str: ...


RENDERERS: Mapping[str, Renderer] = {
    "text": text.render,
    "json": json.render,
    "html": html.render,
    "csv": csv.render,
}
FORMATS: tuple[str, ...] = tuple(RENDERERS)
"""The report formats, in the order the CLI lists them: text, json, html, csv."""


def render(result: AnalysisResult, fmt: str, *, color: bool = False) -> str:
    """`result` in format `fmt`; `color` adds ANSI styles to the text format only.

    Raises ConfigError naming the formats there are when `fmt` is not one of them.
    """
    renderer = RENDERERS.get(fmt)
    if renderer is None:
        raise ConfigError(f"unknown report format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if fmt == "text":
        return text.render(result, color=color)
    return renderer(result)


__all__ = ["FORMATS", "RENDERERS", "Renderer", "render"]
