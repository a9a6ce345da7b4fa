"""The CSV report: one row per skill, safe to open in a spreadsheet.

`safe_cell()` is also what any other CSV writer in skillgap should put every cell through.
"""

from __future__ import annotations

import csv
import io

from analyzer.report.view import accepted_evidence, printable
from analyzer.types import AnalysisResult, SkillAssessment

COLUMNS = (
    "id",
    "name",
    "group",
    "demand",
    "weight",
    "scored",
    "present",
    "status",
    "strength",
    "evidence_count",
    "first_evidence",
    "page",
    "section",
    "requirement",
    "years",
)
"""The header row. `evidence_count` counts accepted evidence; `first_evidence`, `page` and
`section` describe the first of it and are empty for a skill without any. `requirement` is the
level a target job asks the skill at (empty without a job); `years` the years of the dated roles
that show it (empty when none do)."""

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet reads as the start of a formula when it opens the cell."""


def safe_cell(value: object) -> str:
    """`value` as CSV cell text that a spreadsheet shows instead of running.

    None is empty, booleans are `true` / `false`, anything else is `str(value)`; text that starts
    like a formula (`=`, `+`, `-`, `@`, tab, carriage return) gets a leading apostrophe.
    """
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = str(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def render(result: AnalysisResult) -> str:
    """The skills as CSV with a header row, lines ending in a newline."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    levels = {r.id: r.level for r in result.target.requirements} if result.target else {}
    years = (
        {y.skill_id: y.years for y in result.experience.skill_years} if result.experience else {}
    )
    writer.writerows(
        [safe_cell(cell) for cell in (*_row(skill), levels.get(skill.id), years.get(skill.id))]
        for skill in result.skills
    )
    return buffer.getvalue()


def _row(skill: SkillAssessment) -> tuple[object, ...]:
    found = accepted_evidence(skill)
    first = found[0] if found else None
    return (
        skill.id,
        skill.name,
        skill.group,
        skill.demand,
        skill.weight,
        skill.scored,
        skill.present,
        skill.status,
        skill.strength,
        len(found),
        printable(first.text) if first else None,
        first.page if first else None,
        first.section if first else None,
    )
