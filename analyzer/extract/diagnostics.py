"""The parse report: what extraction saw and repaired, a verdict on the text, and notes for users.

The verdict is `unusable` when there is too little readable text or most glyphs had no Unicode
mapping (extract then raises UnusableTextError), `degraded` when the text was read but with
substantial repairs or losses that may hide skills, `ok` otherwise. Every reason is a sentence a
user can act on.
"""

from __future__ import annotations

import dataclasses
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass

from analyzer.extract.language import detect_language
from analyzer.extract.lines import GlyphCounts
from analyzer.extract.normalize import RepairCounts
from analyzer.types import Diagnostic, PageStats, ParseReport, Section, Severity, Verdict

MIN_LETTERS = 3
"""Fewer letters than this and there is nothing to analyse."""
FEW_LETTERS = 200
"""Fewer letters than this is a very short resume: the analysis will see little."""
UNUSABLE_UNMAPPED_SHARE = 0.3
DEGRADED_UNMAPPED_SHARE = 0.02
MIN_LETTER_SHARE = 0.3
"""Text whose non-space characters are mostly not letters is symbol soup, not words."""
DEGRADED_MOJIBAKE = 10
UNUSABLE_GARBLED_SHARE = 0.3
DEGRADED_GARBLED_SHARE = 0.1
MIN_WORDS_TO_JUDGE = 10
"""Below this many words, too few to tell garbled text from terse text."""

_LONG_TOKEN = re.compile(r"\w{4,}")
r"""The words of 4 characters or more: runs of word characters, as `\w+` finds them, of that
length (a shorter run is skipped whole, since a match starts only where `\w{4}` fits)."""
_DIGITS_INSIDE = re.compile(r"[^\W\d_]\d+[^\W\d_]")
_TWO_FLIPS = re.compile(r"[a-z][A-Z].*[a-z][A-Z]")
"""Case flips (lower, then upper) twice inside a word; "PyTorch" flips once."""
_VOWELS = frozenset("aeiouy")
_VOWELLESS_WORDS = frozenset({"https", "sftp", "mssql", "plsql", "tsql", "pgsql", "sqlcmd"})


@dataclass(frozen=True, slots=True)
class ReadFacts:
    """What the reader knew beyond the text: glyphs it dropped, OCR'd and textless pages."""

    glyphs: GlyphCounts
    ocr_pages: tuple[int, ...] = ()
    textless_pages: tuple[int, ...] = ()
    encoding: str | None = None


def build_report(
    text: str,
    pages: tuple[PageStats, ...],
    facts: ReadFacts,
    repairs: RepairCounts,
    sections: Sequence[Section],
) -> tuple[ParseReport, tuple[Diagnostic, ...]]:
    """The parse report of one resume and the diagnostics worth telling its reader."""
    unmapped = facts.glyphs.unmapped + repairs.unmapped
    icons = facts.glyphs.icons + repairs.icons
    visible = _visible(text)
    seen = max(facts.glyphs.glyphs, visible + unmapped + icons, 1)
    share = unmapped / seen
    language = detect_language(text)
    verdict, reasons = _verdict(text, visible, facts, repairs, share)
    report = ParseReport(
        pages=pages,
        unmapped_glyph_share=round(share, 4),
        mojibake=repairs.mojibake,
        letter_spaced_headings=repairs.letter_spaced,
        icon_glyphs=icons,
        language=language,
        ocr=bool(facts.ocr_pages),
        repairs=_all_repairs(repairs, facts.glyphs).describe(),
        text_quality=verdict,
        reasons=reasons,
    )
    return report, _diagnostics(report, facts, repairs, sections, unmapped)


def _verdict(
    text: str, visible: int, facts: ReadFacts, repairs: RepairCounts, unmapped_share: float
) -> tuple[Verdict, tuple[str, ...]]:
    letters = count_letters(text)
    unusable: list[str] = []
    if letters < MIN_LETTERS:
        unusable.append(f"there is no readable text ({letters} letters)")
    if unmapped_share >= UNUSABLE_UNMAPPED_SHARE:
        unusable.append(
            f"{unmapped_share:.0%} of the glyphs have no Unicode mapping (shown as (cid:N)): the "
            "PDF's fonts hide the text; rerun with --ocr"
        )
    if visible >= 20 and letters < MIN_LETTER_SHARE * visible:
        unusable.append("the text is mostly symbols and digits, not words")
    garbled, words = garbled_share(text)
    judged = words >= MIN_WORDS_TO_JUDGE
    if judged and garbled >= UNUSABLE_GARBLED_SHARE:
        unusable.append(
            f"{garbled:.0%} of the words are letter soup: the PDF's fonts map glyphs to the wrong "
            "characters; rerun with --ocr"
        )
    if unusable:
        return "unusable", tuple(unusable)
    degraded: list[str] = []
    if unmapped_share > DEGRADED_UNMAPPED_SHARE:
        degraded.append(f"{unmapped_share:.1%} of the glyphs had no Unicode mapping and were lost")
    if judged and garbled >= DEGRADED_GARBLED_SHARE:
        degraded.append(f"{garbled:.0%} of the words look garbled (wrong character mapping)")
    if repairs.mojibake >= DEGRADED_MOJIBAKE:
        degraded.append(
            f"{repairs.mojibake} mojibake sequences (text decoded with the wrong encoding) were "
            "repaired; a few characters may still be wrong"
        )
    if letters < FEW_LETTERS:
        degraded.append(f"very little text ({letters} letters)")
    if facts.ocr_pages:
        degraded.append("text was read by OCR and may contain recognition errors")
    if facts.textless_pages:
        degraded.append(f"{_pages(facts.textless_pages)} no text layer and could not be read")
    return ("degraded" if degraded else "ok"), tuple(degraded)


def _all_repairs(repairs: RepairCounts, glyphs: GlyphCounts) -> RepairCounts:
    """The normaliser's repairs plus the glyphs the reader dropped (icon fonts, unmapped)."""
    return dataclasses.replace(
        repairs, icons=repairs.icons + glyphs.icons, unmapped=repairs.unmapped + glyphs.unmapped
    )


def garbled_share(text: str) -> tuple[float, int]:
    """(share of garbled words, words judged) among Latin-script words of 4+ letters.

    A word is garbled when case flips inside it twice ("LxPxQSx"; "PyTorch" flips once), digits
    sit between its letters ("abc1d5e"), or five or more letters that are not an acronym have no
    vowel. Real resumes stay
    near 1%; text from fonts whose glyphs map to the wrong characters is well over a third.
    """
    words = [
        w
        for w in _LONG_TOKEN.findall(text)
        if w.isascii() and (w.isalpha() or sum(map(str.isalpha, w)) >= 4)
    ]
    return sum(map(_is_garbled, words)) / max(len(words), 1), len(words)


def _is_garbled(word: str) -> bool:
    """`word` is ASCII (see `garbled_share`): the cheap tests go first."""
    if word.isalpha() and word[1:].islower():  # lower case or capitalised: no flips or digits
        return (
            len(word) >= 5
            and _VOWELS.isdisjoint(word.lower())
            and word.lower() not in _VOWELLESS_WORDS
        )
    if _TWO_FLIPS.search(word) or _DIGITS_INSIDE.search(word):
        return True
    if word.isupper():  # acronyms such as PLSQL or HTTPS have no vowels
        return False
    lower = word.lower()
    return (
        not _VOWELS.intersection(lower)
        and sum(map(str.isalpha, word)) >= 5
        and lower not in _VOWELLESS_WORDS
    )


def count_letters(text: str) -> int:
    """`sum(map(str.isalpha, text))`: ASCII letters counted by deleting them from the text's
    ASCII bytes (in C), the others one by one."""
    ascii_bytes = text.encode("ascii", "ignore")
    letters = len(ascii_bytes) - len(ascii_bytes.translate(None, _ASCII_LETTERS))
    if text.isascii():
        return letters
    return letters + sum(map(str.isalpha, _NON_ASCII.findall(text)))


_ASCII_LETTERS = string.ascii_letters.encode("ascii")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _visible(text: str) -> int:
    """The characters of `text` that are not white space."""
    return sum(map(len, text.split()))


def _diagnostics(
    report: ParseReport,
    facts: ReadFacts,
    repairs: RepairCounts,
    sections: Sequence[Section],
    unmapped: int,
) -> tuple[Diagnostic, ...]:
    notes = [
        Diagnostic(
            "columns",
            f"page {p.number} has {p.columns} columns; they were read one after the other",
            page=p.number,
        )
        for p in report.pages
        if p.columns > 1
    ]
    notes += [
        Diagnostic(
            "ocr",
            f"page {n} was read by OCR (Tesseract); evidence there may contain recognition errors",
            "warning",
            page=n,
        )
        for n in facts.ocr_pages
    ]
    notes += [
        Diagnostic(
            "no-text-layer",
            f"page {n} has no text layer (scanned or image-only); rerun with --ocr to read it",
            "warning",
            page=n,
        )
        for n in facts.textless_pages
    ]
    if unmapped:
        severity: Severity = (
            "warning" if report.unmapped_glyph_share > DEGRADED_UNMAPPED_SHARE else "info"
        )
        notes.append(
            Diagnostic(
                "unmapped-glyphs",
                f"{unmapped} glyphs had no Unicode mapping ((cid:N)) and were removed "
                f"({report.unmapped_glyph_share:.1%} of the text)",
                severity,
            )
        )
    if repairs.mojibake:
        severity = "warning" if repairs.mojibake >= DEGRADED_MOJIBAKE else "info"
        notes.append(
            Diagnostic(
                "mojibake",
                f"repaired {repairs.mojibake} mojibake sequences (UTF-8 text decoded as "
                "Windows-1252, such as 'Ã©' for 'é')",
                severity,
            )
        )
    notes += _repair_notes(repairs, report.icon_glyphs, facts.encoding)
    notes.append(_language_note(report.language))
    coverage = _coverage_note(sections)
    if coverage is not None:
        notes.append(coverage)
    return tuple(notes)


def _coverage_note(sections: Sequence[Section]) -> Diagnostic | None:
    """The one warning about sections: none found, or none that says where skills are shown.
    Statuses then come from the lines themselves (an action-verb bullet under a dated role, a
    bare list), so the score may be lower than the resume deserves."""
    if not any(s.heading for s in sections):
        found = "no section headings were found; the whole resume is treated as one section"
    elif not {"skills", "experience", "projects"} & {s.kind for s in sections}:
        found = "no skills, experience or projects section was recognised"
    else:
        return None
    return Diagnostic(
        "sections",
        f"{found}: statuses come from the lines themselves (action-verb bullets under dated "
        "roles, lists), so the score may be low",
        "warning",
    )


def _repair_notes(repairs: RepairCounts, icons: int, encoding: str | None) -> list[Diagnostic]:
    notes: list[Diagnostic] = []
    if repairs.letter_spaced:
        notes.append(
            Diagnostic(
                "letter-spacing",
                f"collapsed {repairs.letter_spaced} letter-spaced headings ('S K I L L S')",
            )
        )
    if repairs.ligatures:
        notes.append(Diagnostic("ligatures", f"normalised {repairs.ligatures} ligatures ('ﬂ')"))
    if repairs.hyphenations:
        notes.append(
            Diagnostic(
                "hyphenation", f"joined {repairs.hyphenations} words hyphenated at line ends"
            )
        )
    if icons:
        notes.append(Diagnostic("icons", f"removed {icons} icon glyphs (icon fonts, emoji)"))
    if encoding in {"cp1252", "latin-1"}:
        notes.append(
            Diagnostic("encoding", f"the text file is not UTF-8; it was decoded as {encoding}")
        )
    return notes


def _language_note(language: str) -> Diagnostic:
    if language in {"en", "unknown"}:
        return Diagnostic("language", f"resume language: {language}")
    return Diagnostic(
        "language",
        f"resume language: {language}; skill names are matched in English, so some may be missed",
        "warning",
    )


def _pages(numbers: Sequence[int]) -> str:
    if len(numbers) == 1:
        return f"page {numbers[0]} has"
    return "pages " + ", ".join(str(n) for n in numbers) + " have"
