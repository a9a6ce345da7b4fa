"""Which characters are icons, bullets or noise: the tables behind glyph clean-up.

Resumes draw contact marks (phone, mail, GitHub) with icon fonts such as Font Awesome. Their glyphs
come out of a PDF either as private-use code points, as `(cid:N)` when the font has no Unicode map,
or as ordinary letters ("z" for a calendar, "#" for a phone) that only the font name gives away.
Bullets arrive as a zoo of symbols, some of them private-use code points of Symbol and Wingdings.
"""

from __future__ import annotations

import functools
import re
import unicodedata

ICON_FONT = re.compile(
    r"awesome|marvosym|wingding|webding|dingbat|zapf|academicons|simpleicons|simple-icons"
    r"|materialicons|material.?design|material.?symbols|ionicons|octicons|glyphicons|feather"
    r"|typicons|entypo|linearicons|devicon|remixicon|bootstrap.?icons|tabler|phosphor|lucide"
    r"|icomoon|fontello|socicon|openmoji|notocoloremoji|coloremoji|segoe.?ui.?symbol",
    re.IGNORECASE,
)
"""Font names whose glyphs are pictures, not text. Matched on the name without subset prefix."""

BULLET_FONT = re.compile(r"wingding|dingbat|zapf|symbol", re.IGNORECASE)
"""Fonts whose glyph at the start of a line is a list bullet (Word's Symbol and Wingdings)."""

BOLD_FONT = re.compile(
    r"bold|black|heavy|semibold|demi|extrabold|ultrabold|cmbx|cmssbx|sfbx|-bd\b|\bbd\b|,b\b",
    re.IGNORECASE,
)
"""Font names of bold faces, including TeX's (cmbx, cmssbx) and the "Name,Bold" style of Word."""

BULLET = "\u2022"
BULLET_CHARS = frozenset(
    "\u2022\u25aa\u25e6\u25cf\u25cb\u25a0\u25a1\u25c6\u25c7\u25ba\u25b8\u25b9\u25b6\u25b7"
    "\u27a2\u27a4\u2794\u279c\u27a3\u27a5\u27a7\u2713\u2714\u2717\u2718\u2756\u2043\u2219"
    "\u2023\u29bf\u29be\u26ab\u26ac\u25d8\u25d9\u274d\u274f\u2750\u2751\u2752\u25fe\u25fd"
    "\u25ab\u25fb\u25fc\u2666\u2662\u276f"
)
"""Characters mapped to the plain bullet wherever they stand: round, square, diamond and
triangle bullets, arrowheads, check marks, hyphen bullet (written as escapes: many look alike)."""

ITEM_MARKS = "\u2022\u00b7*>~\u2013\u2014-"
"""What opens a list item in extracted text: the bullet every bullet glyph becomes, and the marks
people type (a middle dot, an asterisk, an angle, a tilde, dashes, a hyphen), as the body of a
regular-expression character class (the hyphen last)."""

LEADING_BULLET_CHARS = frozenset("\u00b7\u22c5\u2192\u21d2\u27f6\u203a*-")
"""Characters that are bullets only at the start of a line and before a space: middle dots,
arrows, "*" and "-" (a middle dot elsewhere separates words, a hyphen joins them)."""

PRIVATE_USE_BULLETS = frozenset(
    chr(code)
    for code in (
        *(0xF0B7, 0xF0A7, 0xF0A8, 0xF076, 0xF0D8, 0xF0FC, 0xF06C, 0xF06E, 0xF0E0, 0xF0F0),
        *(0xF0A4, 0xF097, 0xF0AE, 0xF09F, 0xF0A1, 0xF075, 0xF0D7, 0xF0E8, 0xF02D),
    )
)
"""Private-use code points that Symbol and Wingdings bullets map to in Word exports."""

INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f\u00ad")
"""Zero-width characters and the soft hyphen (invisible in text files; PDFs map it before)."""

DASHES = str.maketrans(
    dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u207b", "-")
)
"""Hyphens, en and em dashes, minus signs -> "-"."""
QUOTES = str.maketrans(
    dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4", "'")
    | dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"')
)
"""Curly, low, reversed and prime quotes, guillemets -> straight quotes."""


@functools.lru_cache(maxsize=512)
def font_family(fontname: str) -> str:
    """The font name without the six-letter subset tag ("ABCDEF+Lato-Bold" -> "Lato-Bold")."""
    prefix, plus, rest = fontname.partition("+")
    return rest if plus and len(prefix) == 6 and prefix.isalpha() else fontname


@functools.lru_cache(maxsize=512)
def is_icon_font(fontname: str) -> bool:
    return bool(ICON_FONT.search(fontname))


@functools.lru_cache(maxsize=512)
def is_bold_font(fontname: str) -> bool:
    return bool(BOLD_FONT.search(fontname))


def is_private_use(char: str) -> bool:
    code = ord(char)
    return 0xE000 <= code <= 0xF8FF or code >= 0xF0000


def is_pictograph(char: str) -> bool:
    """Emoji and pictographic symbols (phone, envelope, house) that decorate contact lines."""
    code = ord(char)
    if char in BULLET_CHARS:
        return False
    return (
        0x1F000 <= code <= 0x1FAFF
        or 0x2600 <= code <= 0x27BF
        or 0x2B00 <= code <= 0x2BFF
        or (0x2300 <= code <= 0x23FF and unicodedata.category(char) == "So")
    )


EAST_ASIAN_PUNCTUATION = str.maketrans(
    {
        "\u3001": ", ",  # ideographic comma: separates list items
        "\uff64": ", ",  # its half-width form
        "\u3002": ". ",  # ideographic full stop
        "\uff0c": ", ",  # full-width comma, semicolon and colon (NFKC drops the space after)
        "\uff1b": "; ",
        "\uff1a": ": ",
        "\uff08": " (",  # full-width parentheses
        "\uff09": ")",
        "\u30fb": " \u00b7 ",  # katakana middle dot: separates words like the middle dot
        "\u3010": "[",  # lenticular and corner brackets: headings and quotes
        "\u3011": "] ",
        "\u300c": '"',
        "\u300d": '"',
        "\u300e": '"',
        "\u300f": '"',
    }
)
"""East Asian punctuation -> its ASCII form with the space a Latin text puts after it, so that
"Python、PyTorch" separates its items as "Python, PyTorch" does. NFKC maps the
full-width forms but not the ideographic comma, and leaves no space after any of them."""

_CJK = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
"""Kana, CJK ideographs (and extension A) and Hangul syllables."""
CJK_LATIN_GAP = re.compile(rf"(?<={_CJK})(?=[A-Za-z0-9])|(?<=[A-Za-z0-9+#])(?={_CJK})")
"""Where a Chinese, Japanese or Korean character meets a Latin word with no space
("使用Python和Docker"): a space there lets the Latin word match as itself."""
CJK_CHARACTER = re.compile(_CJK)
"""A character `CJK_LATIN_GAP` needs beside every gap: a text without one has none. Found by a
fast scan (a pattern that opens with a character set), which `CJK_LATIN_GAP`, opening with a
look-behind, is not: it tries itself at every position."""
