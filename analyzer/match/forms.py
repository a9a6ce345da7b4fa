"""How a line presents a skill, read from the line itself rather than from its section's name.

A resume whose headings are missing, unusual or misread still shows what a person did: a bullet
that opens with an action verb ("Built", "Deployed", "Led") under a role with dates reads as
experience, and a bare comma list ("Python, SQL, Docker") reads as a skills list. `shown_as()`
names that form ("action", "list") or None; scoring turns a form into a status (see
`analyzer.score`), so a status comes from the evidence as well as from the section it stands in.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analyzer.extract.dates import has_role_dates
from analyzer.extract.glyphs import ITEM_MARKS
from analyzer.extract.headings import MIN_LABELLED_ITEMS, list_items
from analyzer.types import EvidenceForm

BULLET_START = re.compile(rf"^[{ITEM_MARKS}]\s*")
LIST_LABEL = re.compile(r"^[^,;|•:]{1,40}:\s*")
"""An inline label before a list: "Languages: ", "Cloud & DevOps: "."""
MIN_LIST_ITEMS = 3
MAX_ITEM_LINES = 4
"""How many wrapped lines one bullet item may span, looking back for where it starts."""
LABELLED_LINE = re.compile(r"[^\S\n]*(?:[^\s:]+[^\S\n]+){0,3}[^\s:]+:(?:\s|$)")
"""A line opening with a label of one to four words and a colon ("Cloud & DevOps: Azure")."""
LABELLED_LIST_LINES = 4
"""How many lines a labelled list may wrap over ("Testing: pytest, Locust,\nSelenium, load
testing, chaos\ntesting" in a narrow sidebar)."""
ROLE_LOOKBACK_CHARS = 2_000
"""How far above an item its role's dates may stand (a role's bullets rarely run longer); it also
keeps the look-back linear in the length of the resume."""
SENTENCE_END = (".", "!", "?", ":")


def shown_as(
    text: str,
    start: int,
    end: int,
    section_start: int,
    is_action_verb: Callable[[str], bool],
    known: dict[tuple[int, int, int], EvidenceForm | None] | None = None,
) -> EvidenceForm | None:
    """The form of the item that holds text[start:end]: "action", "list" or None.

    `section_start` bounds the look-back for a role's dates; `is_action_verb` tells whether a
    lower-case word opens an account of work ("built", "deployed"). `known` keeps the forms
    of the items of one `text` found so far (several matches often share an item).
    """
    opening = item_start(text, start, section_start)
    item_end = text.find("\n", end)
    if known is None:
        return _form(text, opening, item_end, section_start, is_action_verb)
    key = (opening, item_end, section_start)
    if key not in known:
        known[key] = _form(text, opening, item_end, section_start, is_action_verb)
    return known[key]


def _form(
    text: str,
    item_start: int,
    item_end: int,
    section_start: int,
    is_action_verb: Callable[[str], bool],
) -> EvidenceForm | None:
    """The form of the item text[item_start:item_end] (to the end when `item_end` is -1)."""
    item = _item(text, item_start, item_end)
    if is_list(item):
        return "list"
    if _opens_with_verb(item, is_action_verb):
        since = max(section_start, item_start - ROLE_LOOKBACK_CHARS)
        if has_role_dates(text, since, item_start + len(item)):
            return "action"
    return None


def opens_with_action(
    text: str, start: int, floor: int, is_action_verb: Callable[[str], bool]
) -> bool:
    """Whether the item that holds text[start] (looking back no further than `floor`) is an
    account of work, dated or not: it opens with an action verb ("Built a pipeline for ...") and
    is not a bare list."""
    item = _item(text, item_start(text, start, floor), text.find("\n", start))
    return not is_list(item) and _opens_with_verb(item, is_action_verb)


def _item(text: str, item_start: int, item_end: int) -> str:
    """text[item_start:item_end] (to the end when `item_end` is -1), its white space made single."""
    return " ".join(text[item_start : len(text) if item_end == -1 else item_end].split())


def _opens_with_verb(item: str, is_action_verb: Callable[[str], bool]) -> bool:
    """Whether an item opens with an action verb and says more than it: "Clustered the
    customers" is an account of work, "• Clustering" alone names a skill."""
    words = BULLET_START.sub("", item).split(" ", 1)
    return len(words) > 1 and is_action_verb(words[0].strip(",;").lower())


def item_start(text: str, start: int, floor: int) -> int:
    """Where the bullet item or sentence holding `start` begins: its line, or an earlier line
    when this one continues it (starts in lower case after a line that does not end a sentence)."""
    line_start = text.rfind("\n", floor, start) + 1 if start > floor else floor
    line_start = max(line_start, floor)
    for _ in range(MAX_ITEM_LINES):
        line = text[line_start:start].lstrip()
        if line_start <= floor or not line[:1].islower():
            break
        previous_end = line_start - 1
        previous_start = max(text.rfind("\n", floor, previous_end) + 1, floor)
        previous = text[previous_start:previous_end].rstrip()
        if not previous or previous.endswith(SENTENCE_END):
            break
        line_start = previous_start
    return line_start


def labelled_list_start(text: str, line_start: int) -> int | None:
    """Where the labelled line begins whose list the line at `line_start` holds: that line, or
    one a few lines up its block whose list wrapped down to it, each line of the tail holding a
    comma or following one ("QA: pytest, Selenium, load\ntesting, fuzzing"); else None. A line
    with neither is the next row's label, wrapped ("Natural Language\nProcessing: NLTK"), and a
    bullet's line opens no label's list."""
    start = line_start
    for _ in range(LABELLED_LIST_LINES):
        end = text.find("\n", start)
        line = text[start : len(text) if end < 0 else end]
        if LABELLED_LINE.match(line):
            return start
        if start < 2 or text[start - 2] == "\n" or BULLET_START.match(line):
            return None  # the block's first line, or a bullet's
        if "," not in line and text[start - 2] != ",":
            return None  # a label wrapped, not a list's tail
        start = text.rfind("\n", 0, start - 1) + 1
    return None


def is_list(item: str) -> bool:
    """A bare list: at least three short items between commas, semicolons, bars or bullets, or
    two after an inline label ("Frameworks: PyTorch, JAX")."""
    body, labelled = list_body(item)
    items = list_items(body)
    return items is not None and len(items) >= (MIN_LABELLED_ITEMS if labelled else MIN_LIST_ITEMS)


def list_body(line: str) -> tuple[str, bool]:
    """A line's list without the bullet and the inline label before it, nor a closing full stop,
    and whether a label opened it."""
    body = BULLET_START.sub("", line)
    label = LIST_LABEL.match(body)
    return (body[label.end() :] if label else body).rstrip("."), label is not None
