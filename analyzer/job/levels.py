"""At what level a posting asks for what it names: required, preferred, or not at all.

The section gives the default (requirements: required; preferred / nice to have: preferred; duties:
asked, at the required level unless the qualifications prefer it; about us, perks, how to apply:
not asked). Cues in the same clause override it: "X is a plus", "ideally X", "(X preferred)" make
X preferred; "X (required)" in a nice-to-have list makes it required; "X is not required" and "no
need for X" drop it. "(preferred)" after one of several alternatives ("Azure (preferred), AWS,
GCP") says which alternative the team uses and keeps the item's level. In an intro, a clause about
the company ("our platform runs on AWS") asks nothing; one about the candidate ("in this role you
will build LLM agents") is a duty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from analyzer.extract.glyphs import ITEM_MARKS
from skill_lexicon.postings import ASKING_KINDS, PostingVocabulary

AskedLevel = Literal["required", "preferred", "duty"]
"""`duty`: named in the duties; required unless a qualification prefers it."""

_CLAUSE_END = re.compile(
    r"\n|[;•·|]|(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bvs)(?<!\b[A-Z])[.!?](?=\s|$)"
)
"""Line breaks, bullets, semicolons, and sentence ends (not "e.g.", "etc.", "vs.", "U.S.",
"Ph.D."; but "... with AWS." ends its sentence)."""
_WORDS = re.compile(r"\w+")
COMPANY_REACH = 4
"""In a clause about the candidate, a company cue this many words or fewer before a mention still
makes it the company's ("you will join our Kubernetes platform team")."""
_ALTERNATIVES = re.compile(r",|\bor\b|/|\band\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Cue:
    kind: Literal["preferred", "required", "negated", "company", "candidate"]
    side: Literal["before", "after", "any", "paren"]
    """Where the cue's scope is: after it, before it, the whole clause, or (for "paren") the
    item before the parentheses the cue fills alone."""
    phrase: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Reading:
    """How one mention is asked: its level, or None with the reason it is not asked."""

    level: AskedLevel | None
    reason: str = ""


WRAPPED_LINE_CHARS = 60
"""A line at least this long that ends without punctuation continues on the next line (prose
wrapped by its editor), unless the next line starts a bullet."""
_NEXT_IS_ITEM = re.compile(rf"\n\s*(?:[+#{ITEM_MARKS}]|\d{{1,2}}[.)]|\n|$)")


_DANGLING = re.compile(
    r"\b(?:a|an|the|and|or|of|in|on|to|with|for|from|by|as|at|into|using|such|like|including|"
    r"your|our|their|its|is|are|be|will|can|who|that|which|both|either|e\.g\.|i\.e\.),?$",
    re.IGNORECASE,
)


def _wrapped(text: str, newline: int) -> bool:
    """True when the line ending at `newline` is long prose cut mid-sentence: the next line starts
    in lower case, or this one ends on a word no sentence or list item ends with ("in", "and")."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    if len(line) < WRAPPED_LINE_CHARS or _NEXT_IS_ITEM.match(text, newline):
        return False
    following = text[newline + 1 : newline + 2]
    return following.islower() or bool(_DANGLING.search(line))


MAX_CLAUSE_CHARS = 600
"""Longer runs without a clause end (no sentence is this long) are cut at a comma or a space, so
reading a cue stays local and its cost bounded."""


def clauses(text: str) -> list[Clause]:
    """Bullets, sentences and semicolon-separated parts of `text`, in order. A line break ends a
    clause unless it only wraps a long line of prose."""
    found, start = [], 0
    for boundary in _CLAUSE_END.finditer(text):
        if boundary.group(0) == "\n" and _wrapped(text, boundary.start()):
            continue
        if boundary.start() > start:
            found += _bounded(text, start, boundary.start())
        start = boundary.end()
    if start < len(text):
        found += _bounded(text, start, len(text))
    return found


def _bounded(text: str, start: int, end: int) -> list[Clause]:
    """`text[start:end]` as clauses of at most MAX_CLAUSE_CHARS, cut after a comma or a space."""
    parts = []
    while end - start > MAX_CLAUSE_CHARS:
        limit = start + MAX_CLAUSE_CHARS
        cut = max(text.rfind(",", start, limit), text.rfind(" ", start, limit))
        cut = cut + 1 if cut > start else limit
        parts.append(Clause(start, cut))
        start = cut
    parts.append(Clause(start, end))
    return parts


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    ordered = sorted(set(phrases), key=len, reverse=True)
    if not ordered:
        return None
    alternatives = "|".join(re.escape(p) for p in ordered)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


class LevelReader:
    """Reads the level of each mention from its section and the cues of its clause."""

    def __init__(self, vocabulary: PostingVocabulary) -> None:
        cues = vocabulary.cues
        self.window = cues.window
        self.choice = frozenset(cues.choice)
        """Cues that, after one of several alternatives, pick it and keep its level."""
        groups: list[tuple[str, str, Sequence[str]]] = [
            ("preferred", "before", cues.preferred_before),
            ("preferred", "after", cues.preferred_after),
            ("required", "after", cues.required),
            ("required", "paren", cues.required_in_parentheses),
            ("negated", "before", cues.negation_before),
            ("negated", "after", cues.negation_after),
            ("company", "any", cues.company),
            ("candidate", "any", cues.candidate),
        ]
        self._patterns = [
            (kind, side, pattern)
            for kind, side, phrases in groups
            if (pattern := _phrase_pattern(phrases)) is not None
        ]

    def read_text(self, text: str) -> TextCues:
        return TextCues(self, text)

    def cues_in(self, text: str, clause: Clause) -> list[_Cue]:
        """The cues of one clause; a cue inside a longer cue of another kind ("not required" in
        "desired but not required") gives way to it."""
        found: list[_Cue] = []
        snippet = text[clause.start : clause.end]
        for kind, side, pattern in self._patterns:
            for match in pattern.finditer(snippet):
                found.append(
                    _Cue(
                        kind,  # type: ignore[arg-type]
                        side,  # type: ignore[arg-type]
                        match.group(0).lower(),
                        clause.start + match.start(),
                        clause.start + match.end(),
                    )
                )
        return [
            cue
            for cue in found
            if not any(
                other.kind != cue.kind
                and other.start <= cue.start
                and cue.end <= other.end
                and (other.end - other.start) > (cue.end - cue.start)
                for other in found
            )
        ]


class TextCues:
    """The clauses and cues of one posting text, read once."""

    def __init__(self, reader: LevelReader, text: str) -> None:
        self.reader = reader
        self.text = text
        self.clauses = clauses(text)
        self._starts = [c.start for c in self.clauses]
        self._cues: dict[int, list[_Cue]] = {}

    def clause_at(self, offset: int) -> Clause:
        import bisect

        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and self.clauses[index].start <= offset < max(
            self.clauses[index].end, offset + 1
        ):
            return self.clauses[index]
        return Clause(offset, offset)

    def _cues_of(self, clause: Clause) -> list[_Cue]:
        if clause.start not in self._cues:
            self._cues[clause.start] = self.reader.cues_in(self.text, clause)
        return self._cues[clause.start]

    def _words_between(self, start: int, end: int) -> int:
        return len(_WORDS.findall(self.text[min(start, end) : max(start, end)]))

    def _parentheses(self, clause: Clause, offset: int) -> tuple[int, int] | None:
        """The (open, close) offsets of the parentheses around `offset` in its clause."""
        open_at = self.text.rfind("(", clause.start, offset)
        if open_at == -1 or self.text.rfind(")", open_at, offset) != -1:
            return None
        close_at = self.text.find(")", offset, clause.end)
        return (open_at, close_at) if close_at != -1 else None

    def reading(self, start: int, end: int, section_kind: str, *, fallback: bool) -> Reading:
        """The level of the mention `text[start:end]` in a section of `section_kind`.

        With `fallback` (a posting with no duties or requirements part), intro text counts as
        required unless it is about the company."""
        clause = self.clause_at(start)
        cues = self._cues_of(clause)
        negation = self._negation(cues, start, end)
        if negation:
            return Reading(None, f"negated: {negation!r}")
        if section_kind not in ASKING_KINDS:
            if section_kind != "intro":
                return Reading(None, f"in the {section_kind} part of the posting")
            about_candidate = any(c.kind == "candidate" for c in cues)
            if self._about_company(cues, start, about_candidate):
                return Reading(None, "describes the company, not the job")
            if not fallback and not about_candidate:
                return Reading(None, "in the introduction, not asked of the candidate")
        inline = self._inline(clause, cues, start, end)
        if inline:
            return Reading(inline)
        default: dict[str, AskedLevel] = {
            "requirements": "required",
            "preferred": "preferred",
            "duties": "duty",
            "intro": "required" if fallback else "duty",
        }
        return Reading(default[section_kind])

    def _about_company(self, cues: Sequence[_Cue], start: int, about_candidate: bool) -> bool:
        """True when the clause describes the company: a company cue ("our", "we use") with no
        word about the candidate, or one just before the mention ("runs on our AWS stack")."""
        company = [c for c in cues if c.kind == "company"]
        if not about_candidate:
            return bool(company)
        return any(
            c.end <= start and self._words_between(c.end, start) <= COMPANY_REACH for c in company
        )

    def _negation(self, cues: Sequence[_Cue], start: int, end: int) -> str | None:
        window = self.reader.window
        for cue in cues:
            if cue.kind != "negated":
                continue
            if (
                cue.side == "before"
                and cue.end <= start
                and self._words_between(cue.end, start) <= window
            ):
                return cue.phrase
            if (
                cue.side == "after"
                and cue.start >= end
                and self._words_between(end, cue.start) <= window
            ):
                return cue.phrase
        return None

    def _inline(
        self, clause: Clause, cues: Sequence[_Cue], start: int, end: int
    ) -> AskedLevel | None:
        """The level cues in the clause give the mention, the nearest cue winning."""
        window = self.reader.window
        around = self._parentheses(clause, start)
        best: tuple[int, AskedLevel] | None = None
        for cue in cues:
            if cue.kind not in ("preferred", "required"):
                continue
            level: AskedLevel = cue.kind
            cue_parens = self._parentheses(clause, cue.start)
            alone = cue_parens is not None and (
                self.text[cue_parens[0] + 1 : cue_parens[1]].strip().lower() == cue.phrase
            )
            if cue.side == "paren" and not alone:
                continue
            if cue_parens is not None:
                if not alone:
                    # "(TypeScript preferred)": the cue speaks for what its parentheses hold.
                    if cue_parens != around:
                        continue
                    distance = 0
                elif end <= cue_parens[0]:
                    # "Docker (preferred)": the cue speaks for the item just before it.
                    item_start = max(
                        self.text.rfind(sep, clause.start, cue_parens[0]) for sep in ",;/("
                    )
                    if start < item_start:
                        continue
                    if cue.phrase in self.reader.choice and self._has_alternatives(
                        clause, cue_parens
                    ):
                        return None
                    distance = self._words_between(end, cue_parens[0])
                else:
                    continue
            elif around is not None and not (around[0] < cue.start < around[1]):
                # the mention is inside parentheses the cue is not: "(PyTorch) is a plus" still
                # counts when the cue follows the parentheses.
                if cue.side == "after" and cue.start > around[1]:
                    distance = self._words_between(end, cue.start)
                else:
                    continue
            elif cue.side == "before" and cue.end <= start:
                distance = self._words_between(cue.end, start)
            elif cue.side == "after" and cue.start >= end:
                distance = self._words_between(end, cue.start)
            else:
                continue
            if distance <= window and (best is None or distance < best[0]):
                best = (distance, level)
        return best[1] if best else None

    def _has_alternatives(self, clause: Clause, parens: tuple[int, int]) -> bool:
        """True when the parenthesised cue follows one item of a list of alternatives."""
        before = self.text[clause.start : parens[0]]
        after = self.text[parens[1] + 1 : clause.end]
        return bool(_ALTERNATIVES.search(after)) or bool(
            re.search(r"(,|\bor\b|/)\s*[\w.+#-]+\s*$", before, re.IGNORECASE)
        )


def strongest(levels: Iterable[AskedLevel]) -> Literal["required", "preferred"] | None:
    """A skill's level from its mentions: required anywhere wins; else preferred in the
    qualifications wins over a duty; a duty alone is required."""
    seen = set(levels)
    if "required" in seen:
        return "required"
    if "preferred" in seen:
        return "preferred"
    return "required" if "duty" in seen else None
