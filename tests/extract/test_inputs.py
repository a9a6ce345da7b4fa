"""Every bad input is a distinct skillgap error that names the file and the reason."""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from analyzer.config import Limits
from analyzer.errors import (
    CorruptPDFError,
    CorruptWordError,
    EmptyInputError,
    EncryptedPDFError,
    InputNotFoundError,
    LimitExceededError,
    NotAFileError,
    NoTextLayerError,
    SkillgapError,
    UnsupportedInputError,
    UnusableTextError,
)
from analyzer.extract import extract
from tests import pdf_factory
from tests.extract.helpers import assert_consistent

SECTIONS = [
    ("Skills", ["Python, SQL, Docker"]),
    ("Experience", ["Data engineer at Acme, built pipelines in Python and Spark"]),
]


def _valid_pdf(tmp_path: Path) -> bytes:
    return pdf_factory.single_column_pdf(tmp_path / "valid.pdf", SECTIONS).read_bytes()


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("resume.txt", "Skills: Python")
    return buffer.getvalue()


NOT_PDF: list[tuple[str, Callable[[], bytes], str]] = [
    ("png", lambda: b"\x89PNG\r\n\x1a\n" + bytes(200), "looks like a PNG image"),
    ("jpeg", lambda: b"\xff\xd8\xff\xe0" + bytes(200), "looks like a JPEG image"),
    ("zip", _zip, "looks like a ZIP archive"),
    ("html", lambda: b"<!DOCTYPE html><html><body>Skills</body></html>", "an HTML page"),
    ("random", lambda: bytes(range(256)) * 8, "looks like binary data"),
    ("legacy-doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "(.doc)"),
]


@pytest.mark.parametrize(("label", "content", "reason"), NOT_PDF, ids=[c[0] for c in NOT_PDF])
def test_a_non_pdf_named_pdf_says_what_it_looks_like(
    tmp_path: Path, label: str, content: Callable[[], bytes], reason: str
) -> None:
    path = tmp_path / f"resume-{label}.pdf"
    path.write_bytes(content())
    with pytest.raises(UnsupportedInputError) as caught:
        extract(path)
    message = str(caught.value)
    assert str(path) in message
    assert "not a PDF" in message
    assert reason in message


@pytest.mark.parametrize("name", ["resume.docx", "resume.pdf"])
def test_a_broken_word_package_is_a_word_error_under_any_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(_docx())  # Word parts, but no content types or relationships
    with pytest.raises(CorruptWordError, match="cannot be read as a Word document"):
        extract(path)


def test_a_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.pdf"
    with pytest.raises(InputNotFoundError, match="no such file") as caught:
        extract(path)
    assert str(path) in str(caught.value)
    assert caught.value.path == str(path)


def test_a_directory(tmp_path: Path) -> None:
    with pytest.raises(NotAFileError, match="is a directory") as caught:
        extract(tmp_path)
    assert str(tmp_path) in str(caught.value)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.pdf", b"", "is empty (0 bytes)"),
        ("empty.txt", b"", "is empty (0 bytes)"),
        ("blank.txt", b"  \n\t\n  ", "only white space"),
        ("blank.pdf", b"\n\n\n", "only white space"),
        ("blank16.txt", "   \n".encode("utf-16"), "only white space"),
    ],
)
def test_empty_and_blank_files(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(EmptyInputError, match=re.escape(reason)) as caught:
        extract(path)
    assert name in str(caught.value)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="truncated-half"),
        pytest.param(lambda data: data[: len(data) // 5], id="truncated-fifth"),
        pytest.param(lambda data: b"%PDF-1.7\n", id="header-only"),
        pytest.param(lambda data: b"%PDF-1.4\n" + bytes(range(256)) * 12, id="header-then-garbage"),
        pytest.param(lambda data: data.replace(b"xref", b"xrfe"), id="broken-xref"),
    ],
)
def test_a_damaged_pdf_is_corrupt(tmp_path: Path, damage: Callable[[bytes], bytes]) -> None:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(damage(_valid_pdf(tmp_path)))
    with pytest.raises(CorruptPDFError, match="damaged or truncated") as caught:
        extract(path)
    assert "damaged.pdf" in str(caught.value)


def test_an_encrypted_pdf_needs_its_password(tmp_path: Path) -> None:
    path = pdf_factory.encrypted_pdf(tmp_path / "locked.pdf", SECTIONS, user_password="secret")
    with pytest.raises(EncryptedPDFError, match="needs a password") as caught:
        extract(path)
    assert "locked.pdf" in str(caught.value)


def test_an_encrypted_pdf_with_an_empty_user_password_reads(tmp_path: Path) -> None:
    path = pdf_factory.encrypted_pdf(tmp_path / "open.pdf", SECTIONS, user_password="")
    resume = extract(path)
    assert "Python, SQL, Docker" in resume.text
    assert_consistent(resume)


def test_an_image_only_pdf_needs_ocr(tmp_path: Path) -> None:
    path = pdf_factory.image_only_pdf(tmp_path / "scan.pdf", ["Skills", "Python and SQL"])
    with pytest.raises(NoTextLayerError) as caught:
        extract(path)
    message = str(caught.value)
    assert "scan.pdf" in message
    assert "has no text layer" in message
    assert "--ocr" in message
    assert "apt-get install tesseract-ocr" in message


def test_a_pdf_of_unmapped_glyphs_is_unusable(tmp_path: Path) -> None:
    path = pdf_factory.single_column_pdf(tmp_path / "cid.pdf", SECTIONS)
    pdf_factory.without_unicode_maps(path)
    with pytest.raises(UnusableTextError, match=r"no Unicode mapping") as caught:
        extract(path)
    assert "cid.pdf" in str(caught.value)


def test_a_file_over_the_size_limit(tmp_path: Path) -> None:
    path = pdf_factory.single_column_pdf(tmp_path / "big.pdf", SECTIONS)
    with pytest.raises(LimitExceededError, match=r"larger than a resume") as caught:
        extract(path, limits=Limits(file_bytes=100))
    assert "big.pdf" in str(caught.value)
    assert "limit file_bytes=100" in str(caught.value)
    assert caught.value.exit_code == 17


def test_a_pdf_over_the_page_limit(tmp_path: Path) -> None:
    path = pdf_factory.multi_page_pdf(tmp_path / "long.pdf", [SECTIONS] * 3)
    with pytest.raises(LimitExceededError, match=r"more pages .* \(limit pages=2\)"):
        extract(path, limits=Limits(pages=2))
    assert len(extract(path, limits=Limits(pages=3)).pages) == 3


def test_every_refusal_is_a_skillgap_error_with_the_path(tmp_path: Path) -> None:
    path = tmp_path / "photo.pdf"
    path.write_bytes(b"GIF89a" + bytes(100))
    with pytest.raises(SkillgapError) as caught:
        extract(os.fspath(path))
    assert caught.value.path == str(path)


def test_a_pdf_with_junk_before_its_header_is_read(tmp_path: Path) -> None:
    path = tmp_path / "prefixed.pdf"
    path.write_bytes(b"\r\n\x00junk" + _valid_pdf(tmp_path))
    assert "Python, SQL, Docker" in extract(path).text


def test_a_token_longer_than_the_characters_limit_is_refused_while_it_grows(
    tmp_path: Path,
) -> None:
    """A string in the file's objects that outgrows `characters` stops the parse at the next
    buffer read (the guard's token check), naming the limit; the same file reads with the
    default limits."""
    from tests.hostile.inputs import raw_pdf, stream

    long_note = b"(" + b"A" * 60_000 + b")"
    path = raw_pdf(
        tmp_path / "note.pdf",
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Note " + long_note + b""
            b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            stream(b"BT /F1 10 Tf 40 800 Td (Skills: Python, SQL and Docker) Tj ET"),
        ],
    )
    with pytest.raises(LimitExceededError, match=r"longer than a resume's text.*characters=20000"):
        extract(path, limits=Limits(characters=20_000))
    assert "Python" in extract(path).text
