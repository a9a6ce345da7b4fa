"""Resume PDFs for tests, built with fpdf2: layouts, encodings and damage that real resumes have.

Every builder writes a PDF to `path` and returns it. Sections are `(heading, lines)` pairs; a
line starting with "**" is set in bold at body size (a job title or company name). Text
is set in DejaVu Sans (a Unicode TrueType font, Debian package `fonts-dejavu-core`), so ligature
characters, accents and dashes can be written as they are. Geometry is in points on A4.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from fpdf import FPDF

Sections = Sequence[tuple[str, Sequence[str]]]

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
)
PAGE_WIDTH = 595.0
PAGE_HEIGHT = 842.0
MARGIN = 40.0
LINE = 13.0
"""Line pitch of body text (10 pt)."""

NAME = "Ada Lovelace"
CONTACT = "ada@example.org | +1 555 0100 | github.com/ada"


@functools.cache
def font_file(bold: bool = False) -> Path:
    """DejaVu Sans (bold), or a clear error naming the Debian package that provides it."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in FONT_DIRS:
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"{name} not found; install it: apt-get install fonts-dejavu-core")


class ResumePDF(FPDF):
    """An A4 page in points with DejaVu Sans registered as "dv" (regular and bold)."""

    def __init__(self) -> None:
        super().__init__(unit="pt", format="A4")
        self.set_auto_page_break(False)
        self.add_font("dv", "", str(font_file()))
        self.add_font("dv", "B", str(font_file(bold=True)))
        self.set_margins(MARGIN, MARGIN)

    def text_at(
        self, x: float, y: float, text: str, *, size: float = 10, bold: bool = False
    ) -> None:
        """Write one line with its baseline at (x, y) from the top-left corner."""
        self.set_font("dv", "B" if bold else "", size)
        self.text(x, y, text)

    def header_block(self, name: str, contact: str) -> float:
        """Name and contact line across the page; returns the y where the body starts."""
        self.text_at(MARGIN, MARGIN + 18, name, size=20, bold=True)
        self.text_at(MARGIN, MARGIN + 36, contact, size=9)
        return MARGIN + 66

    def section_block(
        self,
        x: float,
        y: float,
        sections: Sections,
        *,
        heading_size: float = 13,
        letter_spacing: float = 0,
        upper: bool = True,
    ) -> float:
        """Headings (bold, larger) and their lines at x from y down; returns the next free y. A
        heading with a line break is set on two lines, as a narrow column wraps it."""
        for heading, lines in sections:
            self.set_char_spacing(0)
            self.set_font("dv", "B", heading_size)
            self.set_char_spacing(letter_spacing)
            for part in heading.split("\n"):
                self.text(x, y, part.upper() if upper else part)
                y += heading_size + 2
            self.set_char_spacing(0)
            y += 5
            for line in lines:
                bold = line.startswith("**")
                self.text_at(x, y, line.removeprefix("**"), bold=bold)
                y += LINE
            y += 10
        return y


def _save(pdf: FPDF, path: Path | str) -> Path:
    path = Path(path)
    pdf.output(str(path))
    return path


def single_column_pdf(
    path: Path | str,
    sections: Sections,
    *,
    name: str = NAME,
    contact: str = CONTACT,
    heading_size: float = 13,
    letter_spacing: float = 0,
    upper: bool = True,
) -> Path:
    """A one-column resume: name, contact line, then each section under a bold heading."""
    pdf = ResumePDF()
    pdf.add_page()
    y = pdf.header_block(name, contact)
    pdf.section_block(
        MARGIN, y, sections, heading_size=heading_size, letter_spacing=letter_spacing, upper=upper
    )
    return _save(pdf, path)


def two_column_pdf(
    path: Path | str,
    left_sections: Sections,
    right_sections: Sections,
    *,
    name: str = NAME,
    contact: str = CONTACT,
    left_width: float = 245.0,
    gutter: float = 30.0,
) -> Path:
    """Two columns under a full-width header; each column has its own sections."""
    pdf = ResumePDF()
    pdf.add_page()
    y = pdf.header_block(name, contact)
    pdf.section_block(MARGIN, y, left_sections)
    pdf.section_block(MARGIN + left_width + gutter, y, right_sections)
    return _save(pdf, path)


def sidebar_pdf(
    path: Path | str,
    main_sections: Sections,
    sidebar_sections: Sections,
    *,
    side: Literal["left", "right"] = "left",
    name: str = NAME,
    contact: str = CONTACT,
) -> Path:
    """A narrow sidebar (skills, contact, languages) beside the main column, on either side."""
    sidebar_width, gutter = 150.0, 25.0
    pdf = ResumePDF()
    pdf.add_page()
    if side == "left":
        sidebar_x, main_x = MARGIN, MARGIN + sidebar_width + gutter
    else:
        main_x, sidebar_x = MARGIN, PAGE_WIDTH - MARGIN - sidebar_width
    pdf.text_at(main_x, MARGIN + 18, name, size=20, bold=True)
    y = MARGIN + 50
    sidebar_y = pdf.section_block(sidebar_x, MARGIN + 18, [("Contact", [contact[:24]])])
    pdf.section_block(sidebar_x, sidebar_y, sidebar_sections)
    pdf.section_block(main_x, y, main_sections)
    return _save(pdf, path)


def margin_headings_pdf(
    path: Path | str, sections: Sections, *, gutter: float | None = None
) -> Path:
    """A CV whose headings (bold) stand in a left margin, on the row of their section's first
    line: from the page's margin, or set flush right `gutter` points before the text. A heading
    with a line break wraps over the rows of its section's first lines ("SKILLS &\nINTERESTS")."""
    pdf = ResumePDF()
    pdf.add_page()
    y = pdf.header_block(NAME, CONTACT)
    for heading, lines in sections:
        for row, part in enumerate(heading.split("\n")):
            x = MARGIN
            if gutter is not None:
                pdf.set_font("dv", "B", 10)
                x += 130 - gutter - pdf.get_string_width(part)
            pdf.text_at(x, y + row * LINE, part, bold=True)
        for line in lines:
            pdf.text_at(MARGIN + 130, y, line)
            y += LINE
        y += 8
    return _save(pdf, path)


def table_pdf(
    path: Path | str,
    heading: str,
    rows: Sequence[Sequence[str]],
    *,
    before: Sections = (),
    after: Sections = (),
    column_x: Sequence[float] = (MARGIN, 200.0, 400.0),
) -> Path:
    """A resume whose section `heading` is a table: each row's cells at the `column_x` offsets."""
    pdf = ResumePDF()
    pdf.add_page()
    y = pdf.header_block(NAME, CONTACT)
    y = pdf.section_block(MARGIN, y, before)
    pdf.text_at(MARGIN, y, heading.upper(), size=13, bold=True)
    y += 20
    for row in rows:
        for x, cell in zip(column_x, row, strict=False):
            pdf.text_at(x, y, cell)
        y += LINE
    pdf.section_block(MARGIN, y + 10, after)
    return _save(pdf, path)


def drawn_bullets_pdf(
    path: Path | str, sections: Sections, *, dot: float = 3.0, icon: bool = False
) -> Path:
    """A resume printed from HTML: each line written "- item" is a list item whose bullet is a
    filled disc `dot` points across, drawn (not typed) 8 points left of its text and centred on
    its lowercase letters, as Chromium prints a list's discs. With `icon`, a small filled square
    touches each disc: the pieces of an icon, not a bullet."""
    pdf = ResumePDF()
    pdf.add_page()
    y = pdf.header_block(NAME, CONTACT)
    text_x = MARGIN + dot + 8
    for heading, lines in sections:
        pdf.text_at(MARGIN, y, heading.upper(), size=13, bold=True)
        y += 20
        for line in lines:
            if line.startswith("- "):
                middle = y - 3.0  # half the height of DejaVu Sans's lowercase at 10 pt
                pdf.ellipse(MARGIN, middle - dot / 2, dot, dot, style="F")
                if icon:
                    pdf.rect(MARGIN + dot, middle - dot / 2, dot, dot, style="F")
                pdf.text_at(text_x, y, line.removeprefix("- "))
            else:
                pdf.text_at(MARGIN, y, line.removeprefix("**"), bold=line.startswith("**"))
            y += LINE
        y += 10
    return _save(pdf, path)


def letter_spaced_heading_pdf(path: Path | str, sections: Sections, *, spacing: float = 6) -> Path:
    """Headings drawn with wide character spacing ("S K I L L S"), as designer templates do."""
    return single_column_pdf(path, sections, letter_spacing=spacing)


def ligature_pdf(path: Path | str, sections: Sections | None = None) -> Path:
    """Text holding ligature characters (U+FB01 "fi", U+FB02 "fl"), as LaTeX and Word emit them."""
    return single_column_pdf(
        path,
        sections
        or [
            ("Skills", ["Tensor\ufb02ow, scikit-learn, work\ufb02ow orchestration"]),
            (
                "Experience",
                ["Built classi\ufb01ers for e\ufb03cient \ufb01nancial fraud detection"],
            ),
        ],
    )


def hyphenated_pdf(path: Path | str, lines: Sequence[str] | None = None) -> Path:
    """Body lines broken inside words at their ends ("data-" / "base"), as justified text is."""
    return single_column_pdf(
        path,
        [
            (
                "Experience",
                lines
                or [
                    "Designed a relational data-",
                    "base for billing and a scikit-",
                    "learn model for churn with data-",
                    "driven dashboards.",
                ],
            )
        ],
    )


def multi_page_pdf(path: Path | str, pages: Sequence[Sections]) -> Path:
    """One page per entry of `pages`; the first carries the name and contact header."""
    pdf = ResumePDF()
    for number, sections in enumerate(pages):
        pdf.add_page()
        y = pdf.header_block(NAME, CONTACT) if number == 0 else MARGIN + 20
        pdf.section_block(MARGIN, y, sections)
    return _save(pdf, path)


def sidebar_pages_pdf(
    path: Path | str,
    pages: Sequence[tuple[Sections, Sections]],
    *,
    sidebar_width: float = 150.0,
    side: Literal["left", "right"] = "left",
    footer: str = "",
) -> Path:
    """A sidebar (on the left or the right) and a main column on every page, `(sidebar, main)`
    sections a page, every line of both set on one baseline grid (a page printed from HTML); the
    first page carries the name. Lines written without a heading go on from the page before.
    A `footer` runs under both columns of every page."""
    if side == "left":
        sidebar_x, main_x = MARGIN, MARGIN + sidebar_width + 25
    else:
        main_x, sidebar_x = MARGIN, PAGE_WIDTH - MARGIN - sidebar_width
    pdf = ResumePDF()
    for number, (sidebar, main) in enumerate(pages):
        pdf.add_page()
        top = MARGIN + 18
        if number == 0:
            pdf.text_at(main_x, top, NAME, size=20, bold=True)
            top += 2 * LINE
        if footer:
            pdf.text_at(MARGIN, PAGE_HEIGHT - MARGIN, f"{footer} {number + 1}")
        for x, sections in ((sidebar_x, sidebar), (main_x, main)):
            y = top
            for heading, lines in sections:
                if heading:
                    pdf.text_at(x, y, heading.upper(), bold=True)
                    y += LINE
                for line in lines:
                    pdf.text_at(x, y, line)
                    y += LINE
    return _save(pdf, path)


def encrypted_pdf(
    path: Path | str,
    sections: Sections,
    *,
    user_password: str = "secret",
    owner_password: str = "owner-secret",
) -> Path:
    """A resume encrypted with a user password ("" gives one that opens without asking)."""
    pdf = ResumePDF()
    pdf.add_page()
    pdf.section_block(MARGIN, pdf.header_block(NAME, CONTACT), sections)
    pdf.set_encryption(owner_password=owner_password, user_password=user_password)
    return _save(pdf, path)


def image_only_pdf(path: Path | str, lines: Sequence[str], *, font_size: int = 40) -> Path:
    """A scan: the lines rendered into a 200 dpi image that fills the page, with no text layer."""
    from PIL import Image, ImageDraw, ImageFont

    scale = 200 / 72
    image = Image.new("L", (int(PAGE_WIDTH * scale), int(PAGE_HEIGHT * scale)), color=255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(font_file()), font_size)
    y = int(MARGIN * scale)
    for line in lines:
        draw.text((int(MARGIN * scale), y), line, fill=0, font=font)
        y += int(font_size * 1.6)
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.image(image, x=0, y=0, w=PAGE_WIDTH, h=PAGE_HEIGHT)
    return _save(pdf, path)


def scan_appended_pdf(path: Path | str, sections: Sections, scan_lines: Sequence[str]) -> Path:
    """A text page followed by a scanned page (an image, no text layer), as when a signed or
    printed page is appended to an exported resume."""
    from PIL import Image, ImageDraw, ImageFont

    scale = 200 / 72
    image = Image.new("L", (int(PAGE_WIDTH * scale), int(PAGE_HEIGHT * scale)), color=255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(font_file()), 40)
    for i, line in enumerate(scan_lines):
        draw.text((int(MARGIN * scale), int(MARGIN * scale) + 64 * i), line, fill=0, font=font)
    pdf = ResumePDF()
    pdf.add_page()
    pdf.section_block(MARGIN, pdf.header_block(NAME, CONTACT), sections)
    pdf.add_page()
    pdf.image(image, x=0, y=0, w=PAGE_WIDTH, h=PAGE_HEIGHT)
    return _save(pdf, path)


def icon_font_pdf(path: Path | str, sections: Sections, icon_font_dir: Path | str) -> Path:
    """A contact line decorated with icon-font glyphs, as LaTeX and HTML templates draw them.

    The icon font is DejaVu renamed "FontAwesome5Free-Solid": what matters to a reader is the
    font name, and Font Awesome's own glyphs map to letters ("z", "#") that must not be read.
    """
    icons = _renamed_font(Path(icon_font_dir), "FontAwesome5Free-Solid")
    pdf = ResumePDF()
    pdf.add_font("icons", "", str(icons))
    pdf.add_page()
    pdf.text_at(MARGIN, MARGIN + 18, NAME, size=20, bold=True)
    x = MARGIN
    for icon, text in (("z", "ada@example.org"), ("#", "+1 555 0100"), ("A", "github.com/ada")):
        pdf.set_font("icons", "", 9)
        pdf.text(x, MARGIN + 36, icon)
        pdf.text_at(x + 12, MARGIN + 36, text, size=9)
        x += 150
    pdf.section_block(MARGIN, MARGIN + 66, sections)
    return _save(pdf, path)


def _renamed_font(folder: Path, name: str) -> Path:
    from fontTools.ttLib import TTFont

    target = folder / f"{name}.ttf"
    if not target.exists():
        font = TTFont(str(font_file()))
        for record in font["name"].names:
            if record.nameID in (1, 3, 4, 6, 16, 21):
                record.string = name
            elif record.nameID in (2, 17, 22):
                record.string = "Solid"
        font.save(str(target))
    return target


def without_unicode_maps(path: Path | str) -> Path:
    """Hide the fonts' Unicode maps in place (the ToUnicode map and the embedded font's own
    cmap): every glyph then reads as an unmapped `(cid:N)`, as in PDFs from some exporters.
    Same-length edits, so the cross-reference table stays valid."""
    path = Path(path)
    data = path.read_bytes().replace(b"/ToUnicode", b"/NoUnicode")
    path.write_bytes(data.replace(b"/FontFile2", b"/NoFontFil"))
    return path
