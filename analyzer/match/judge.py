"""Whether a raw match counts: exclusions, context rules for ambiguous terms, negations and wishes.

Each check returns None when the match stands, or the reason it does not, which is kept on the
evidence so a user can see why a word on their resume was not counted.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from skill_lexicon.model import ContextRule

BOUNDARY_TOKENS = frozenset({".", ";", "•", "|", "!", "?", "·"})
"""Tokens that end the clause a cue or a context word must share with the match."""


def clause_tokens_before(doc: Doc, start: int, window: int) -> range:
    """Token indexes of up to `window` tokens before `start` within the same clause."""
    first = start
    while first > 0 and start - first < window:
        token = doc[first - 1]
        if token.text in BOUNDARY_TOKENS or "\n\n" in token.text:
            break
        first -= 1
    return range(first, start)


def clause_tokens_after(doc: Doc, end: int, window: int) -> range:
    """Token indexes of up to `window` tokens after `end` within the same clause."""
    last = end
    while last < len(doc) and last - end < window:
        token = doc[last]
        if token.text in BOUNDARY_TOKENS or "\n\n" in token.text:
            break
        last += 1
    return range(end, last)


def _words_near(doc: Doc, span: Span, window: int, *, inside: bool = False) -> str:
    """The lower-case words and lemmas around `span` (and in it, when `inside`: a token pattern's
    own gap words are context too), space-padded for whole-word search."""
    indexes = [*clause_tokens_before(doc, span.start, window)]
    indexes += [*range(span.start, span.end)] if inside else []
    indexes += [*clause_tokens_after(doc, span.end, window)]
    words = [doc[i].lower_ for i in indexes] + [doc[i].lemma_ for i in indexes]
    return " " + " ".join(words) + " "


def context_rejection(
    rule: ContextRule, surface: str, section: str, doc: Doc, span: Span, *, pattern: bool = False
) -> str | None:
    """Why an ambiguous term fails its context rule, or None when it passes. For a token
    `pattern` the words inside its span count as context as well as those around it."""
    if rule.case_sensitive and surface not in rule.terms_cased:
        return f"ambiguous {surface!r}: only {', '.join(rule.terms_cased)} in this case count"
    if not rule.sections and not rule.require_any:
        return None
    if section in rule.sections:
        return None
    near = _words_near(doc, span, rule.window, inside=pattern)
    if any(f" {word} " in near for word in rule.require_any):
        return None
    needs = ", ".join(rule.require_any[:5]) or "none"
    where = ", ".join(rule.sections) or "none"
    return f"ambiguous {surface!r}: no context word near it ({needs}) and not in section ({where})"


def cue_rejection(
    cue_spans: Sequence[tuple[int, int, str, str]], doc: Doc, span: Span, window: int
) -> str | None:
    """Why a match is negated or only wished for, or None.

    `cue_spans` are (start token, end token, kind, phrase) of negation and wish cues. A cue counts
    when it ends within `window` tokens before the match in the same clause, unless a parenthesis
    holds it that closes before the match (it remarks on the item before it: "MLflow (if used),
    Docker"), or when it stands in a parenthesis that opens right after the match ("Rust
    (currently learning)", "MLflow (e.g. if used)").
    """
    if not cue_spans:  # most resumes: nothing to look around for
        return None
    before = clause_tokens_before(doc, span.start, window)
    remark = parenthesis_after(doc, span.end, window)
    for start, end, kind, phrase in cue_spans:
        in_clause_before = before and before.start <= start and end <= span.start
        if in_clause_before and not _closed_before(doc, before.start, start, span.start):
            return f"{kind}: {phrase!r}"
        if remark is not None and remark.start <= start and end <= remark.stop:
            return f"{kind}: {phrase!r}"
    return None


def _closed_before(doc: Doc, clause_start: int, cue_start: int, match_start: int) -> bool:
    """True when a parenthesis opened before the cue (in its clause) closes before the match."""
    opened = any(doc[i].text == "(" for i in range(clause_start, cue_start + 1))
    return opened and any(doc[i].text == ")" for i in range(cue_start, match_start))


def parenthesis_after(doc: Doc, end: int, window: int) -> range | None:
    """Token indexes of the parenthesis that opens at `end` (right after a match), brackets
    included, up to its closing bracket or `window` tokens in it; None when none opens there."""
    if end >= len(doc) or doc[end].text != "(":
        return None
    last = end + 1
    while last < len(doc) and last - end <= window and doc[last].text != ")":
        last += 1
    return range(end, min(last + 1, len(doc)))
