"""The JSON report: `AnalysisResult.to_dict()`, the versioned contract, described by schema.json."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from analyzer.types import AnalysisResult


def render(result: AnalysisResult) -> str:
    """The result as indented JSON (UTF-8 kept as is), ending with a newline."""
    return json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n"


def contract_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the contract, as a new dict on every call."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema


@cache
def _schema_text() -> str:
    return files("analyzer.report").joinpath("schema.json").read_text(encoding="utf-8")
