"""Years of experience from date ranges: formats, overlaps, per skill, unreadable dates, and what
does not count (education, projects)."""

from __future__ import annotations

from datetime import date

import pytest

from analyzer import Analyzer
from analyzer.experience import read_experience
from analyzer.extract import extract_text
from analyzer.types import ExperienceSummary
from skill_lexicon.postings import load_postings

AS_OF = date(2025, 7, 1)


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def experience(lines: list[str], *, as_of: date = AS_OF, extra: str = "") -> ExperienceSummary:
    text = "Ada Lovelace\nada@example.org\n\nEXPERIENCE\n" + "\n".join(lines) + "\n" + extra
    return read_experience(extract_text(text), {}, load_postings(), as_of=as_of)


@pytest.mark.parametrize(
    ("dates", "start", "end", "months"),
    [
        ("Jan 2020 - Present", "2020-01", "2025-07", 66),
        ("January 2020 \u2013 June 2021", "2020-01", "2021-06", 18),
        ("Sept. 2019 to now", "2019-09", "2025-07", 70),
        ("06/2019 - 08/2020", "2019-06", "2020-08", 15),
        ("2019-06 \u2013 2020-08", "2019-06", "2020-08", 15),
        ("March 2017 to June 2019", "2017-03", "2019-06", 28),
        ("2018-2021", "2018-01", "2021-01", 36),
        ("2019 - now", "2019-01", "2025-07", 78),
        ("Since 2023", "2023-01", "2025-07", 30),
        ("Mar '21 - Dec '22", "2021-03", "2022-12", 22),
        ("2020 - 2020", "2020-01", "2020-01", 1),
        ("July 2021 -- Sept 2022", "2021-07", "2022-09", 15),  # a dash typed as two hyphens
        ("2016 --- 2018", "2016-01", "2018-01", 24),
        ("2015 \u5e74 3 \u6708 - 2016 \u5e74 5 \u6708", "2015-03", "2016-05", 15),  # 2015 年 3 月
        ("2024 \u5e74 6 \u6708 - \u81f3\u4eca", "2024-06", "2025-07", 13),  # ... - 至今 (until now)
    ],
)
def test_date_formats(dates: str, start: str, end: str, months: int) -> None:
    found = experience([f"Engineer, Acme | {dates}", "- Built things"])

    (role,) = found.roles
    assert (role.start, role.end, role.months) == (start, end, months)
    assert found.unreadable == ()


def test_overlapping_roles_count_once() -> None:
    found = experience(
        [
            "Lead, Acme (Jan 2020 - Dec 2021)",
            "Advisor, Beta (Jan 2021 - Dec 2022)",  # overlaps the year 2021
            "Intern, Gamma (Jun 2015 - Aug 2015)",
        ]
    )

    assert [r.months for r in found.roles] == [24, 24, 3]  # both end months count
    assert found.total_years == round((36 + 3) / 12, 1)  # Jan 2020 .. Dec 2022 once


def test_a_history_listed_twice_counts_each_role_once() -> None:
    lines = ["Lead, Acme, 01/2019 to Current", "Analyst, Beta, 01/2015 to 01/2019"]
    found = experience(lines, extra="\nWORK HISTORY\n" + "\n".join(lines) + "\n")

    assert [r.dates for r in found.roles] == ["01/2019 to Current", "01/2015 to 01/2019"]
    assert found.total_years == 10.5  # Jan 2015 .. Jul 2025, once


def test_ongoing_roles_count_to_the_reference_date() -> None:
    lines = ["Engineer, Acme (2022 - present)"]

    assert experience(lines, as_of=date(2024, 1, 1)).total_years == 2.0
    assert experience(lines, as_of=date(2026, 1, 1)).total_years == 4.0
    assert experience(lines, as_of=date(2026, 1, 1)).as_of == "2026-01-01"


@pytest.mark.parametrize(
    ("dates", "reason"),
    [
        ("Summer 2019 - Fall 2019", "names a season"),
        ("13/2019 - 02/2020", "has month 13"),
        ("2021 - 2019", "ends before it starts"),
        ("Jan 2026 - Present", "starts after the reference date"),
        ("Jan 1890 - Feb 1891", "out of range"),
    ],
)
def test_unreadable_dates_are_reported_not_guessed(dates: str, reason: str) -> None:
    found = experience([f"Engineer, Acme | {dates}", "Analyst, Beta | 2015 - 2016"])

    assert [u.text for u in found.unreadable] == [dates]
    assert reason in found.unreadable[0].reason
    assert found.total_years == 1.0  # only the readable role


@pytest.mark.parametrize(
    "text", ["CCNA 200-125", "PostgreSQL 9.6 to 11", "from 22 to 110", "grades 1-12", "1/5 to 1/9"]
)
def test_number_ranges_that_are_not_dates_are_not_reported(text: str) -> None:
    found = experience([f"Engineer, Acme (2020 - 2022): {text}"])

    assert found.unreadable == ()
    assert found.total_years == 2.0


def test_education_and_project_dates_do_not_count() -> None:
    found = experience(
        ["Engineer, Acme (2020 - 2022)"],
        extra="\nPROJECTS\nChess engine (2015 - 2019)\n\nEDUCATION\nBSc Physics, 2010 - 2014\n",
    )

    assert [r.dates for r in found.roles] == ["2020 - 2022"]
    assert found.total_years == 2.0


@pytest.mark.parametrize(
    ("lines", "level", "band"),
    [
        (["Analyst (2023 - 2025)"], "entry", "₹8\u201312 LPA"),
        (["Analyst (2021 - 2025)"], "mid", "₹15\u201325 LPA"),
        (["Analyst (2015 - 2025)"], "senior", "₹30\u201360+ LPA"),
    ],
)
def test_seed_levels_and_salary_bands(lines: list[str], level: str, band: str) -> None:
    found = experience(lines)

    assert (found.level, found.salary_band) == (level, band)
    assert found.salary_region == "India (2026)"


def test_years_per_skill_come_from_the_roles_that_show_it(analyzer: Analyzer) -> None:
    resume = """Ada Lovelace
ada@example.org

EXPERIENCE
ML Engineer, Acme
Jan 2021 - Dec 2023
- Trained PyTorch models and wrote SQL.
Data Analyst, Beta
Jan 2018 - Dec 2020
- Wrote SQL reports.

SKILLS
Python
"""
    result = analyzer.analyze_text(resume, as_of=AS_OF)
    assert result.experience is not None
    years = {s.skill_id: s.years for s in result.experience.skill_years}

    assert years["pytorch"] == 3.0  # Jan 2021 .. Dec 2023
    assert years["sql"] == 6.0  # both roles, no overlap
    assert "python" not in years  # only in the skills list
    assert result.experience.total_years == 6.0


def test_a_resume_without_an_experience_section_has_no_years(analyzer: Analyzer) -> None:
    result = analyzer.analyze_text("Ada\n\nSKILLS\nPython, SQL (2019 - 2021)\n", as_of=AS_OF)

    assert result.experience is not None
    assert result.experience.roles == ()
    assert result.experience.total_years == 0.0
    assert result.experience.level == "entry"
