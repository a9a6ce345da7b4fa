"""Line-level text repair: every change to characters happens here, before any offset exists.

Each reader hands over raw rows; `normalise_line` rewrites one row and `dehyphenate` joins words
split across rows. The final text is built from the rewritten rows, so every offset computed later
indexes the repaired text and never has to be mapped back. `RepairCounts` keeps what was changed,
for the parse report.

Order matters: mojibake is repaired first (ftfy needs the raw bytes' shapes), then East Asian
punctuation becomes its ASCII form and a space ("、" -> ", "), then NFKC (ligatures, full-width
forms, odd spaces), then dashes, quotes, a space where CJK characters meet a Latin word, bullets
and icons, then letter-spaced headings
(which need the double spaces that mark word gaps), and last runs of spaces collapse.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import ftfy
import ftfy.badness
import ftfy.chardata

from analyzer.extract import glyphs

_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    normalization=None,
    explain=False,
)
"""ftfy repairs encodings only; ligatures, widths and quotes are ours, so they are counted."""
_FTFY_WORK = re.compile(
    "["
    + "".join(re.escape(chr(code)) for code in sorted(ftfy.chardata.CONTROL_CHARS))
    + "\x80-\x9f"  # fix_c1_controls
    + "\ud800-\udfff"  # fix_surrogates
    + "]"  # (remove_terminal_escapes starts at ESC, \x1b, one of the control characters)
)
"""A character one of `_FTFY`'s fixers other than the encoding fix would change. A line with
none, and with nothing ftfy's own mojibake test (`is_bad`) flags, is one ftfy returns as it is:
most lines with a bullet or a dash, which need not pay for ftfy's machinery."""

_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
MOJIBAKE = re.compile(f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_HIGH}]+")
"""UTF-8 bytes read as Windows-1252 or Latin-1: a lead byte (Â-ô) and continuation bytes."""
_BROKEN_TRIPLE = re.compile(f"[âïð][\u0080-\u00bf{_CP1252_HIGH}]{{1,3}}")
"""What is left of a three-byte sequence that lost a byte: unrecoverable, so dropped."""
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

LIGATURES = re.compile("[\ufb00-\ufb06\u0132\u0133\u01c4-\u01cc\u01f1-\u01f3]")
_INVISIBLE = str.maketrans(dict.fromkeys(glyphs.INVISIBLE, ""))
_REWRITES = _INVISIBLE | glyphs.DASHES | glyphs.QUOTES
"""Invisible characters dropped, dashes and quotes made plain, in one pass (no character is in
two of these tables, and none is a control character)."""


def _any_key(table: dict[int, str]) -> re.Pattern[str]:
    """A pattern finding any character `table` translates. `str.translate` looks every
    character of a text beyond ASCII up in its table (5 us a line of a resume), the pattern
    scans in C; most lines hold no such character, and are left as they are."""
    return re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(table)) + "]")


_EAST_ASIAN_PUNCTUATION = _any_key(glyphs.EAST_ASIAN_PUNCTUATION)
_REWRITTEN = _any_key(_REWRITES)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r" {2,}")
_TAB_RUN = re.compile(r" *\t[ \t]*")


def _words(text: str) -> list[str]:
    return text.split()


COMPOUND_PREFIXES = frozenset(
    _words(
        "scikit self non cross well high low end real full open state cutting multi co ex pre "
        "post semi anti inter intra sub super e x long short two three front back fine few zero "
        "one"
    )
)
"""A word broken after one of these at a line end keeps its hyphen ("scikit-" + "learn")."""
COMPOUND_SUFFIXES = frozenset(
    _words(
        "driven based oriented focused level time scale source side facing ready aware friendly "
        "specific related intensive native first free heavy like wide making solving centric "
        "powered enabled grade tier learn end stack step class world term series augmented "
        "answering shot tuning tuned "
        # a field's task after what it works on ("anomaly-detection", "data-processing"): no
        # closed compound ends in one of these
        "detection recognition classification segmentation generation processing engineering"
    )
)
"""...or when the part after the break is a common compound tail ("data-" + "driven")."""


@dataclass(slots=True)
class RepairCounts:
    """How many of each repair normalisation made; `describe()` words them for the report."""

    mojibake: int = 0
    ligatures: int = 0
    hyphenations: int = 0
    letter_spaced: int = 0
    icons: int = 0
    unmapped: int = 0
    bullets: int = 0

    def describe(self) -> tuple[str, ...]:
        said = (
            (self.mojibake, "fixed {} mojibake sequence{}"),
            (self.ligatures, "normalised {} ligature{}"),
            (self.hyphenations, "joined {} hyphenated word{}"),
            (self.letter_spaced, "collapsed {} letter-spaced heading{}"),
            (self.icons, "removed {} icon glyph{}"),
            (self.unmapped, "removed {} unmapped glyph{}"),
        )
        return tuple(text.format(n, "" if n == 1 else "s") for n, text in said if n)


def normalise_line(text: str, counts: RepairCounts) -> str:
    """One row, repaired: encoding, Unicode forms, punctuation, bullets, icons, spacing."""
    text = _repair_mojibake(text, counts)
    if text.isascii():  # ligatures, NFKC, invisibles, dashes: all outside ASCII; one quote is not
        text = text.replace("`", "'")
    else:
        counts.ligatures += len(LIGATURES.findall(text))
        if _EAST_ASIAN_PUNCTUATION.search(text):
            text = text.translate(glyphs.EAST_ASIAN_PUNCTUATION)
        text = unicodedata.normalize("NFKC", text)
        if _REWRITTEN.search(text):
            text = text.translate(_REWRITES)
        if glyphs.CJK_CHARACTER.search(text):
            text = glyphs.CJK_LATIN_GAP.sub(" ", text)
    if not text.isprintable():  # every control character is unprintable (and so is a tab)
        text = _CONTROL.sub("", text)
    text = _map_symbols(text, counts)
    text = _collapse_letter_spacing(text, counts)
    if "\t" in text:
        text = _TAB_RUN.sub("\t", text)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    return text.strip(" \t")


def _repair_mojibake(text: str, counts: RepairCounts) -> str:
    if text.isascii():
        return text
    fixed = ftfy.fix_text(text, _FTFY) if _FTFY_WORK.search(text) or _is_bad(text) else text
    if fixed != text:
        counts.mojibake += max(len(MOJIBAKE.findall(text)), 1)
    broken = len(_BROKEN_TRIPLE.findall(fixed))
    if broken:
        counts.mojibake += broken
        fixed = _BROKEN_TRIPLE.sub("", fixed)
    return fixed


_BADNESS = ftfy.badness.BADNESS_RE
BADNESS_REACH = 7
"""The most characters a match of ftfy's mojibake pattern (`ftfy.badness.is_bad`) spans. Every
match holds a non-ASCII character, and the pattern looks neither behind nor past its match
(tests/extract/test_normalize.py checks all three on the installed ftfy)."""
LONE_BADNESS = frozenset(map(chr, range(0x80, 0xA0))) | frozenset("\u0152\u0153\u00c2\u00c3")
"""The only characters a match of the pattern holds as its one non-ASCII character (C1
controls, "Œ", "œ", "Â", "Ã"): every other match holds two or more (checked with the above)."""


def _is_bad(text: str) -> bool:
    """`ftfy.badness.is_bad(text)`, searched only within reach of the line's non-ASCII
    characters: searching a whole line tries the pattern's 37 branches at every position of it
    (13 us a line with a bullet), and a line is mostly ASCII. A line with one non-ASCII
    character, which no match holds alone (a bullet, an accent), is not searched at all."""
    beyond = [found.start() for found in _NON_ASCII.finditer(text)]
    if len(beyond) == 1 and text[beyond[0]] not in LONE_BADNESS:
        return False
    low = high = 0  # the stretch of text to search next (none yet)
    for at in beyond:  # a match holding it lies within [at - REACH + 1, at + REACH)
        if high and at - BADNESS_REACH < high:  # overlaps the stretch: the stretch grows
            high = at + BADNESS_REACH
            continue
        if high and _BADNESS.search(text, low, high):
            return True
        low, high = max(at - BADNESS_REACH + 1, 0), at + BADNESS_REACH
    return bool(high) and _BADNESS.search(text, low, high) is not None


def _map_symbols(text: str, counts: RepairCounts) -> str:
    """Bullets become "•"; private-use icons, pictographs and the replacement mark are dropped.

    Every such character is outside ASCII, so only those are looked at (a line is mostly ASCII).
    """

    def mapped(found: re.Match[str]) -> str:
        char = found.group()
        if char in glyphs.BULLET_CHARS or char in glyphs.PRIVATE_USE_BULLETS:
            counts.bullets += 1
            return glyphs.BULLET
        if glyphs.is_private_use(char) or glyphs.is_pictograph(char):
            counts.icons += 1
            return ""
        if char == "\ufffd":
            counts.unmapped += 1
            return ""
        return char

    line = (text if text.isascii() else _NON_ASCII.sub(mapped, text)).lstrip()
    if len(line) > 1 and line[0] in glyphs.LEADING_BULLET_CHARS and line[1] == " ":
        line = glyphs.BULLET + line[1:]
    return line


def _collapse_letter_spacing(text: str, counts: RepairCounts) -> str:
    """Letter-spaced words closed up: "R E S E A R C H" and "R ESEARCH" -> "RESEARCH".

    Letters of one word are single-spaced; a wider gap (two spaces, which the PDF reader emits
    for a wider gap between letter-spaced words) separates words. The small-caps form, a capital
    then a space then the rest of the word in capitals, is collapsed only when every word of the
    line has that shape, so "A DAY OF MY LIFE" stays as it is.
    """
    stripped = text.strip()
    if len(stripped) > 90:
        return text
    tokens = stripped.split()
    if not tokens:
        return text
    if _mostly_single_letters(list(map(len, tokens)).count(1), len(tokens)):  # else no letters
        singles = sum(1 for t in tokens if len(t) == 1 and t.isalpha())
        if _mostly_single_letters(singles, len(tokens)):
            words = [w.replace(" ", "") for w in re.split(r" {2,}|\t", stripped)]
            counts.letter_spaced += 1
            return " ".join(w for w in words if w)
    pairs = _small_caps_pairs(tokens)
    if pairs is not None:
        counts.letter_spaced += 1
        return " ".join(pairs)
    return text


def _mostly_single_letters(singles: int, tokens: int) -> bool:
    """Whether a line of `tokens` words, `singles` of them single letters, is letter-spaced.
    Asked first of its one-character words, which the single letters are among: most lines
    have too few of those, and their letters need not be looked at."""
    return singles >= 4 and singles >= 0.8 * tokens


def _small_caps_pairs(tokens: Sequence[str]) -> list[str] | None:
    """Words of a line of the form "E XPERIENCE & S KILLS", or None if the line is not that."""
    words: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in {"&", "AND", "/", "-"}:
            words.append(token)
            i += 1
            continue
        rest = tokens[i + 1] if i + 1 < len(tokens) else ""
        if not (len(token) == 1 and token.isupper() and len(rest) >= 2 and rest.isupper()):
            return None
        words.append(token + rest)
        i += 2
    return words if words else None


def _continues(part: str, following: str) -> bool:
    """Whether a row starting `following` may continue the word whose `part` ends the row
    above with a hyphen: lower case after anything, a capital after a capitalised part, capitals
    after capitals (both of three letters or more)."""
    head = following[:3]
    if head[:1].islower():
        return True
    if not head[:1].isupper() or not part.isalpha():
        return False
    if part.isupper():
        return len(part) >= 3 and len(head) == 3 and head.isalpha() and head.isupper()
    return part[:1].isupper() and part[1:].islower()


def dehyphenate(texts: Sequence[str], counts: RepairCounts) -> list[str]:
    """Join words broken across consecutive rows: "data-" + "base is" -> "database" + "is".

    The rule is deliberately small: a row ending in letter + hyphen, and a next row starting
    with a lower-case letter, are one word; so are a capitalised part and a next row starting
    with a capital, as a typesetter breaks a product's name ("Tensor-" + "Flow", "Sage-" +
    "Maker"), and two upper-case parts of three letters or more ("CERTI-" + "FICATIONS"). The
    hyphen goes, unless the part before it is a common compound prefix ("scikit-learn",
    "self-hosted", "Cross-Validation") or a single letter ("t-tests", "k-means": typesetters
    never break a word after its first letter), the part after it a common compound tail
    ("data-driven", "Data-Driven"), or the word already holds a hyphen before the break
    ("end-to-end") or, capitalised, after it ("Speech-To-Text"); then it stays.
    The fragment moves up to the first row; a row left empty becomes "".
    """
    rows = list(texts)
    for i in range(len(rows) - 1):
        line, following = rows[i], rows[i + 1].lstrip()
        if len(line) < 2 or line[-1] != "-" or not line[-2].isalpha():
            continue
        last_word = line.rsplit(None, 1)[-1][:-1]
        if not _continues(last_word, following):
            continue
        fragment, _, rest = following.partition(" ")
        tail = fragment.rstrip(".,;:)").lower()
        keep_hyphen = (
            "-" in last_word
            or ("-" in fragment and fragment[:1].isupper())
            or len(last_word) == 1
            or last_word.lower() in COMPOUND_PREFIXES
            or tail in COMPOUND_SUFFIXES
        )
        rows[i] = (line if keep_hyphen else line[:-1]) + fragment
        rows[i + 1] = rest.lstrip()
        counts.hyphenations += 1
    return rows
