"""Word (.docx) fixtures written by python-docx, and damaged or hostile Word files, for tests.

Every document is invented here; none comes from a real resume.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.shared import Pt

Section = tuple[str, Sequence[str]]
"""(heading, paragraphs)."""

_TEXT_BOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml">'
    '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
    "{paragraphs}"
    "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox>"
    "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def word_resume(
    sections: Sequence[Section],
    *,
    name: str = "Ada Example",
    header: str | None = None,
    text_box: Sequence[str] = (),
) -> bytes:
    """A one-column resume: a title, then each section under a "Heading 1" paragraph.

    `header` goes into the page header; `text_box` lines into a text box anchored after the
    name (with the VML fallback copy Word writes beside it).
    """
    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    document.add_paragraph(name, style="Title")
    if text_box:
        anchor = document.add_paragraph()
        paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in text_box)
        anchor._p.append(parse_xml(_TEXT_BOX.format(paragraphs=paragraphs)))
    for heading, paragraphs in sections:
        document.add_heading(heading, level=1)
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
    return _save(document)


def two_column_resume(sidebar: Sequence[Section], main: Sequence[Section]) -> bytes:
    """The common template: a one-row, two-cell table, a sidebar on the left and the main column
    on the right, headings in bold 14 pt runs (no heading styles), as template makers do."""
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    for cell, sections in zip(table.rows[0].cells, (sidebar, main), strict=True):
        first = True
        for heading, paragraphs in sections:
            title = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            run = title.add_run(heading.upper())
            run.bold = True
            run.font.size = Pt(14)
            for paragraph in paragraphs:
                cell.add_paragraph(paragraph)
    return _save(document)


def data_table_resume(heading: str, rows: Sequence[Sequence[str]]) -> bytes:
    """A resume whose section is a grid of short cells (a skills matrix)."""
    document = docx.Document()
    document.add_paragraph("Ada Example", style="Title")
    document.add_heading(heading, level=1)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    return _save(document)


def paged_resume(pages: Sequence[Sequence[Section]]) -> bytes:
    """Sections spread over pages separated by hard page breaks."""
    document = docx.Document()
    for index, sections in enumerate(pages):
        if index:
            document.add_page_break()
        for heading, paragraphs in sections:
            document.add_heading(heading, level=1)
            for paragraph in paragraphs:
                document.add_paragraph(paragraph)
    return _save(document)


def with_macros(data: bytes, *, keep_text: bool = True) -> bytes:
    """`data` as a macro-enabled document (.docm): a VBA project part, and without any text
    unless `keep_text`."""
    if not keep_text:
        document = docx.Document()
        data = _save(document)
    return _rezip(data, extra={"word/vbaProject.bin": b"\x00Attribute VB_Name = 1\x00" * 8})


def zip_bomb(data: bytes, *, inflated: int) -> bytes:
    """`data` with one more part of `inflated` zero bytes (it compresses about 1000 times)."""
    return _rezip(data, extra={"word/media/filler.bin": b"\x00" * inflated})


def many_parts(data: bytes, count: int) -> bytes:
    return _rezip(data, extra={f"word/filler/part{i}.xml": b"<a/>" for i in range(count)})


WORD_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def with_document_xml(data: bytes, xml: str) -> bytes:
    """`data` with its main part replaced by `xml` (hostile XML for the parser tests)."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            content = source.read(item.filename)
            target.writestr(item, xml.encode() if item.filename == "word/document.xml" else content)
    return buffer.getvalue()


def entity_bomb() -> str:
    """A main part whose one entity would expand to a billion characters."""
    entities = '<!ENTITY e0 "lol">' + "".join(
        f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10)
    )
    return (
        f'<?xml version="1.0"?><!DOCTYPE d [{entities}]><w:document {WORD_NAMESPACE}>'
        "<w:body><w:p><w:r><w:t>&e9;</w:t></w:r></w:p></w:body></w:document>"
    )


def external_entity(target: str) -> str:
    """A main part that asks the parser to read a local file into the text."""
    return (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{target}">]>'
        f"<w:document {WORD_NAMESPACE}><w:body><w:p><w:r><w:t>Skills &x;</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )


def nested_tables(depth: int) -> str:
    return (
        f"<w:document {WORD_NAMESPACE}><w:body>"
        + "<w:tbl><w:tr><w:tc>" * depth
        + "<w:p><w:r><w:t>Python</w:t></w:r></w:p>"
        + "</w:tc></w:tr></w:tbl>" * depth
        + "</w:body></w:document>"
    )


def not_word_zip() -> bytes:
    """A zip archive of a spreadsheet-like package: no word/ part."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


def encrypted_word() -> bytes:
    """The shape of a password-protected Office file: an OLE compound file whose directory
    names the EncryptedInfo and EncryptedPackage streams (MS-OFFCRYPTO)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 100
    directory += "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100
    return header + directory + b"\x00" * 2048


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _save(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def _rezip(data: bytes, *, extra: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        for name, content in extra.items():
            target.writestr(name, content)
    return buffer.getvalue()
