"""How resumes write dates: the one home of the months, years and ranges every stage reads.

- `DATE_LIKE`: a piece of a line that holds a date ("2019", "06/2019", "Sep.", "present"); a
  column of such pieces is a date column, not text (reading order, sections).
- `ROLE_DATES` (searched fast by `find_role_dates` and `has_role_dates`): a role's or a
  project's time, as a range or one still open. A line that holds one is content, not a name or
  a contact line (sections); a bullet under it is an account of work (matching); a line where one
  starts opens an entry (matching keeps the line break before it).
- `NUMERIC_DATES`: dates in digits only, one or a range ("01/2021 - 03/2022"): read whole, they
  are no phone number (sections).
- `RANGE`: the ranges the experience stage reads into months; `LOOKS_LIKE_RANGE` finds what it
  reports as unreadable. `matches()` finds either as fast as their start allows.

`ROLE_DATES` finds every range `RANGE` reads whose dates hold a four-digit year, and some it does
not read (a day in the date, "Sep 2020 -" left open at the end of its line): finding a role needs
no months, counting its years does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
}  # fmt: skip
SEASONS = ("spring", "summer", "fall", "autumn", "winter")
ONGOING = ("present", "current", "now", "today", "to date", "ongoing", "date", "\u81f3\u4eca")
"""Words for an ongoing role (the last is Chinese "until now")."""
CJK_MONTH = r"(\d{4})\s*\u5e74\s*(\d{1,2})\s*\u6708"
"""A year and month written the Chinese and Japanese way: 2015 年 3 月."""
MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
"""A month's English name or its abbreviation, exactly."""
_MONTH_PREFIX = "|".join(dict.fromkeys(name[:3] for name in MONTHS))
"""A month's first three letters: with any letters after them, its English name and the names in
other languages that open the same way ("Sept", "Mars", "Janvier")."""
_YEAR = r"(?:19|20)\d{2}"
YEAR = re.compile(rf"\b{_YEAR}\b")
"""A year, 1900-2099, standing as a word of its own."""

DATE_LIKE = re.compile(
    rf"\b{_YEAR}\b|\b\d{{1,2}}/\d{{2,4}}\b|\b(?:{_MONTH_PREFIX})[a-z]*\.?(?:\s|$)"
    r"|\b(?:present|current|now|today|heute|actualidad|presente|aujourd)",
    re.IGNORECASE,
)

NUMERIC_DATES = re.compile(rf"(?:\d{{1,2}}[ ./-]+)*{_YEAR}(?:[ ()./-]+(?:{_YEAR}|\d{{1,2}}))*")
"""Dates written in digits, one or a range, with a year ("2019 - 2021", "01/2021 - 03/2022",
"2021.03"); `fullmatch` it: digits with a group of three or more that is no year are not dates."""

_TO = r"(?:-{1,3}|\u2013|\u2014|~|to|until|till|through|thru)"
"""What stands between a range's two dates (a dash typed as two or three hyphens too, as LaTeX and
Markdown write one: "2019 -- 2021")."""
_ONGOING = "|".join(word.replace(" ", r"\s+") for word in ONGOING)
_ROLE_DATE = (
    rf"(?:(?:(?:(?:{_MONTH_PREFIX})[a-z]*|{'|'.join(SEASONS)})\.?,?\s*'?)?(?:\d{{1,2}}\s*[/.-]\s*)?"
    rf"{_YEAR}(?:\s*[/.-]\s*\d{{1,2}}(?!\d)){{0,2}}|{_YEAR}\s*\u5e74\s*\d{{1,2}}\s*\u6708)"
)
"""A date as a role states it: a year, after a month's name or number (or a season), or before a
month's and a day's numbers ("Jan 2020", "05/2019", "2019.05", "2016-12-05"), or the Chinese and
Japanese way ("2015 年 3 月")."""
ROLE_DATES = re.compile(
    rf"\b{_ROLE_DATE}\s*{_TO}\s*(?:{_ROLE_DATE}|{_ONGOING})\b"
    rf"|\bsince\s+{_ROLE_DATE}\b|\b{_ROLE_DATE}\s*(?:-|\u2013|\u2014)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A date range, as a role or a project states its time: "2019 - 2021", "Jan 2020 - Present",
"05/2019 - 08/2021", "2019-05 - present", or one still open: "Since 09/2019", "Sep 2020 -" at
the end of its line."""
DATES_ALONE = re.compile(
    rf"(?:{_ROLE_DATE})(?:\s*{_TO}\s*(?:{_ROLE_DATE}|{_ONGOING}))?", re.IGNORECASE
)
"""A role's date or dates and nothing else, to `fullmatch` what ends a line after its title
("Apr 2025 - Jan 2026", "Aug 2026 - Present", "2024")."""
_YEAR_IN_TEXT = re.compile(_YEAR)
"""The year every `ROLE_DATES` match holds: found by a fast scan, as a case-insensitive pattern
that opens with a word boundary is not (sre tries all of it at every position)."""

_POINT = (
    rf"(?:(?:{MONTH_WORD})\.?,?\s*'?\d{{2,4}}"  # Jan 2020, Sept. 2019, Jan '20
    r"|\d{1,2}\s*[/.]\s*\d{4}"  # 06/2019, 6.2019
    r"|\d{4}\s*[/-]\s*\d{1,2}(?!\d)"  # 2019-06, 2019/6
    r"|(?:" + "|".join(SEASONS) + r")\s+\d{4}"  # Summer 2019 (unreadable: no month)
    rf"|{CJK_MONTH}"
    r"|\d{4})"
)
_END = rf"(?:{_POINT}|{_ONGOING})"
RANGE = re.compile(
    rf"(?<![\w/.-])(?P<start>{_POINT})\s*{_TO}\s*"
    rf"(?P<end>{_END})(?![\w/])"
    rf"|(?<!\w)(?:since|from)\s+(?P<since>{_POINT})(?![\w/])",
    re.IGNORECASE,
)
_DATE_WORD = "|".join(sorted([*MONTHS, *SEASONS], key=len, reverse=True))
_DATE_ISH = (
    rf"(?:(?:{_DATE_WORD})\.?,?\s*(?:'?\d{{2}}\b|\d{{3,4}})"  # a month or season and a year
    rf"|{_YEAR}(?:\s*[/.-]\s*\d{{1,2}}(?!\d))?"  # a year, perhaps with a month
    r"|\d{1,2}\s*[/.]\s*\d{4})"  # a month and a year
)
LOOKS_LIKE_RANGE = re.compile(
    rf"(?<![\w/])(?:{_DATE_ISH})\s*(?:-|\u2013|\u2014|to|until)\s*"
    rf"(?:{_DATE_ISH}|present|current|now)(?![\w/])",
    re.IGNORECASE,
)
"""Anything shaped like a date range, to report the ones `RANGE` cannot read."""
_FIRST_CHARACTER = r"(?=[\djfmasondw])"
"""What a date, "since" or "from" opens with: a quick test before the words are tried."""
RANGE_START = re.compile(
    rf"\W{_FIRST_CHARACTER}(?:(?<![/.-])(?:\d|{MONTH_WORD}|{'|'.join(SEASONS)})|since|from)",
    re.IGNORECASE,
)
LOOKS_LIKE_RANGE_START = re.compile(
    rf"\W(?<!/){_FIRST_CHARACTER}(?:\d|{_DATE_WORD})", re.IGNORECASE
)
"""Where a match of `RANGE` (of `LOOKS_LIKE_RANGE`) may start, one character on: after what the
look-behind allows, the digit or the word its first date opens with (or "since", "from"). Both
open with a character set, which sre scans for fast; `RANGE`, opening with a look-behind, is tried
in full at every position, which made reading the dates a tenth of scoring (see `matches`)."""


def matches(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, the same matches, `pattern` tried only at the text's start and
    where `starts` finds that a match may start (one character into a match of `starts`). A
    match of `starts` holds one non-word character then word characters, so no place a match
    may start is inside another's; `pattern` matches no empty text."""
    pos = 0
    for at in chain((0,), (found.start() + 1 for found in starts.finditer(text))):
        if at >= pos and (match := pattern.match(text, at)):
            yield match
            pos = match.end()


def find_role_dates(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """`ROLE_DATES.search(text, start, end)`, searched from near the first year: a match holds a
    year, and before its first one only "since", a month's name or number and what separates them,
    so none starts before the run of such characters that ends at the first year of the range."""
    end = len(text) if end is None else end
    year = _YEAR_IN_TEXT.search(text, start, end)
    if year is None:
        return None
    begin = year.start()
    while begin > start and _in_date_prefix(text[begin - 1]):
        begin -= 1
    return ROLE_DATES.search(text, begin, end)


def has_role_dates(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] holds a role's dates (`find_role_dates`)."""
    return find_role_dates(text, start, end) is not None


def _in_date_prefix(char: str) -> bool:
    """Whether `char` may stand between a `ROLE_DATES` match's start and its first year: any
    letter (the case-insensitive `[a-z]` also matches a few non-ASCII ones), white space, a digit
    of a month's number and the separators after it ("Since 09/2019", "Jan., 2020", "Dec '2019")."""
    return char.isalpha() or char.isspace() or char.isdigit() or char in "./-,'"
