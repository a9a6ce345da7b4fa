"""The CSV report: one row per skill, and no cell a spreadsheet would run."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest

from analyzer.report import csv as csv_report
from analyzer.report.csv import safe_cell
from analyzer.types import AnalysisResult


def rows(report: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(report)))


def test_header_and_one_row_per_skill(result: AnalysisResult) -> None:
    report = csv_report.render(result)

    assert report.splitlines()[0] == ",".join(csv_report.COLUMNS)
    assert [row["id"] for row in rows(report)] == [s.id for s in result.skills]


def test_a_present_skill_row(result: AnalysisResult) -> None:
    python = rows(csv_report.render(result))[0]

    assert python == {
        "id": "python",
        "name": "Python",
        "group": "programming",
        "demand": "very-high",
        "weight": "3.0",
        "scored": "true",
        "present": "true",
        "status": "demonstrated",
        "strength": "1.0",
        "evidence_count": "2",
        "first_evidence": "Python",
        "page": "1",
        "section": "experience",
        "requirement": "",  # no target job
        "years": "",  # no experience computed for this result
    }


def test_a_missing_skill_counts_no_rejected_evidence(result: AnalysisResult) -> None:
    kubernetes = next(row for row in rows(csv_report.render(result)) if row["id"] == "kubernetes")

    assert kubernetes["present"] == "false"
    assert kubernetes["evidence_count"] == "0"
    assert kubernetes["first_evidence"] == kubernetes["page"] == kubernetes["section"] == ""


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@x", "'@x"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("normal", "normal"),
        ("a=b", "a=b"),
        ("", ""),
        (None, ""),
        (True, "true"),
        (False, "false"),
        (0.6, "0.6"),
        (-1, "'-1"),
    ],
)
def test_safe_cell(value: object, cell: str) -> None:
    assert safe_cell(value) == cell


@pytest.mark.parametrize("name", ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "normal"])
def test_rendered_cells_are_neutralised(result: AnalysisResult, name: str) -> None:
    renamed = dataclasses.replace(result.skills[0], name=name)
    hostile = dataclasses.replace(result, skills=(renamed, *result.skills[1:]))

    cell = rows(csv_report.render(hostile))[0]["name"]

    assert cell == (name if name == "normal" else "'" + name)
