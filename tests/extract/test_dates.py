"""Dates as resumes write them, in one grammar: what finds a role's dates (sections, matching)
agrees with what reads them into months (experience), and each fast search finds what the whole
search does."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from analyzer.extract import dates
from analyzer.extract.dates import RANGE, ROLE_DATES, has_role_dates

DATE_PIECES = (
    "Jan", "january", "Sept.", "DEC", "summer", "Winter", "Since ", "from ", "2019", "1999",
    "06/2019", "2019-06", "20", "12", "3", "\u0663", " - ", "\u2013", "to", "until", "present",
    "Now", " ", "\n", "x", "a", ".", ",", "/", "'", "(", "_", "\u017f", "2015 \u5e74 3 \u6708",
    "\u81f3\u4eca", "~", "through", "till", "to date", "6.2019", "2019/6",
)  # fmt: skip
FOUR_DIGIT_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


@given(st.lists(st.sampled_from(DATE_PIECES), max_size=12).map("".join))
@example("Role, Winter 2019 - 2020; Sept. 2019 to now, (since 2021) and 06/2019-08/2020")
@example("Jan 2020 - 2021-2022 ftp/2019 - 2020 FROM 2018")
def test_ranges_are_found_where_the_whole_search_finds_them(text: str) -> None:
    """Ranges (and what only looks like one) are tried only where a match may start: the same
    matches, with the same groups, as searching at every position."""
    for pattern, starts in (
        (dates.RANGE, dates.RANGE_START),
        (dates.LOOKS_LIKE_RANGE, dates.LOOKS_LIKE_RANGE_START),
    ):
        everywhere = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in dates.matches(pattern, starts, text)] == (
            everywhere
        )


@pytest.mark.parametrize(
    "text",
    [
        "Acme, Sept.  2019 - Present",  # a month name and spaces before the first year
        "Acme, Septembre\u2003\n2019 to 2021",  # any letters, Unicode spaces, a line break
        "Worked 2019 on it; Jan 2020 - 2021",  # a first year that starts no range
        "Dec 1999 until now",
        "Built pipelines in Python",  # no year at all
        "Acme 2019- 2020x",  # no boundary after the range
        "Acme, 05/2019 - 08/2021",  # a month's number and a separator before the first year
        "Lab since 09/2019",  # "since" and a month's number
        "Lab, Dec '2019 - now",  # an apostrophe before the year
        "Shop 2016-12-05 - 2020-02-14",  # a day's and a month's numbers after the year
        "Team Sep 2020 -\n• Built",  # open at the end of its line
        "Code 1205/2019 - 2021",  # too many digits before the separator: no date there
    ],
)
def test_the_search_for_role_dates_from_the_first_year_finds_what_a_whole_search_does(
    text: str,
) -> None:
    """The search starts near the range's first year; a range still starts where it starts, and
    one cut by either end of the range searched is no range, as for `ROLE_DATES` itself."""
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            whole = ROLE_DATES.search(text, start, end) is not None
            assert has_role_dates(text, start, end) == whole, (text, start, end)


@given(st.lists(st.sampled_from(DATE_PIECES), max_size=12).map("".join))
@example("Acme, Jan 2020 - Mar 2021; 06/2019-08/2020 and 2019-06 to now")
@example("DEC2019 through Summer 2020, 2015 \u5e74 3 \u6708~2019 and 6.2019 till to date")
@example("Sept. 2019 to DEC'1999")
def test_every_range_the_experience_stage_reads_is_a_role_s_dates(text: str) -> None:
    """A range `RANGE` reads, with four-digit years, is found as a role's dates too: extraction,
    matching and the experience stage never disagree on whether a line is dated."""
    for match in RANGE.finditer(text):
        start, end = match.group("start"), match.group("end")
        if start and end and _years(start) and (_years(end) or end.isalpha()):
            assert ROLE_DATES.search(match.group(0)), match.group(0)


def _years(date: str) -> bool:
    """Whether `date` holds a four-digit year of 19xx or 20xx, in ASCII digits."""
    return FOUR_DIGIT_YEAR.search(date) is not None
