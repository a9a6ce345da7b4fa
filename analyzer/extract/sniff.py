"""Open the input and decide what it is by its bytes, not its name.

Every refusal names the file and the reason: a missing path, a directory, an empty file, a file too
large to be a resume, and a file that is neither PDF nor text, which we describe by its magic bytes
("looks like a PNG image") so the user knows what they actually passed.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from analyzer.errors import (
    EmptyInputError,
    InputNotFoundError,
    LimitExceededError,
    NotAFileError,
    UnsupportedInputError,
)
from analyzer.extract.docx import is_word_document

PDF_MAGIC = b"%PDF-"
PDF_MAGIC_WINDOW = 1024
"""Readers accept junk before the header; so do we, as far as this many bytes."""
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
PRINTABLE_SHARE = 0.95
"""Decoded text whose characters are this printable is text even without a text suffix."""

_MEGABYTE = 1024 * 1024
_MAX_BYTES_PER_CHARACTER = 4
_MARKUP = re.compile(r"\s*(<!doctype\s+html|<html|<head|<body|<\?xml|<svg)", re.IGNORECASE)
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"WEBP", 8, "a WebP image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "a legacy Microsoft Office document (.doc)"),
    (b"{\\rtf", 0, "an RTF document"),
    (b"%!PS", 0, "a PostScript file"),
    (b"\x1f\x8b", 0, "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!", 0, "a RAR archive"),
    (b"\x7fELF", 0, "an executable program"),
    (b"MZ", 0, "a Windows executable"),
)


@dataclass(frozen=True, slots=True)
class SourceFile:
    """The input's bytes, what they are (PDF, Word or text), and for text the decoded string."""

    path: str
    data: bytes
    kind: Literal["pdf", "text", "docx"]
    sha256: str
    text: str | None = None
    encoding: str | None = None


def read_source(
    path: str | os.PathLike[str], *, max_file_bytes: int, max_characters: int | None = None
) -> SourceFile:
    """Read `path` and classify it, or raise the error that says what is wrong with it.

    A text file longer than `max_characters` is refused, and refused before it is read whole
    when its size alone proves it (no encoding takes more than 4 bytes a character).
    """
    name = os.fspath(path)
    data = _read_bytes(Path(name), name, max_file_bytes, max_characters)
    digest = hashlib.sha256(data).hexdigest()
    if PDF_MAGIC in data[:PDF_MAGIC_WINDOW]:
        return SourceFile(name, data, "pdf", digest)
    suffix = Path(name).suffix.lower()
    if is_word_document(data, suffix):
        return SourceFile(name, data, "docx", digest)
    decoded = decode_text(data, allow_legacy=suffix in TEXT_SUFFIXES)
    if decoded is not None:
        text, encoding = decoded
        if max_characters is not None and len(text) > max_characters:
            raise too_many_characters(name, f"{len(text):,}", max_characters)
        if not text.strip():
            raise EmptyInputError("holds only white space; there is no resume text", path=name)
        if not _MARKUP.match(text) and (suffix in TEXT_SUFFIXES or _looks_like_text(text)):
            return SourceFile(name, data, "text", digest, text, encoding)
    what = describe_bytes(data)
    if suffix == ".pdf":
        raise UnsupportedInputError(f"is not a PDF (looks like {what})", path=name)
    hint = "; export the resume as PDF" if "document" in what else ""
    raise UnsupportedInputError(f"is not a PDF or a text file (looks like {what}){hint}", path=name)


def starts_like_pdf(path: str | os.PathLike[str]) -> bool:
    """True when the file at `path` begins like a PDF (read no further); False when it does
    not or cannot be read (`read_source` then says why)."""
    try:
        with Path(path).open("rb") as handle:
            return PDF_MAGIC in handle.read(PDF_MAGIC_WINDOW)
    except OSError:
        return False


def _read_bytes(
    path: Path, name: str, max_file_bytes: int, max_characters: int | None = None
) -> bytes:
    if not path.exists():
        raise InputNotFoundError("no such file", path=name)
    if path.is_dir():
        raise NotAFileError("is a directory, not a resume file", path=name)
    if not path.is_file():
        raise NotAFileError("is not a regular file (a device, socket or pipe)", path=name)
    size = path.stat().st_size
    if size > max_file_bytes:
        raise LimitExceededError(
            f"is {size / _MEGABYTE:.1f} MB, larger than a resume can be",
            limit=f"file_bytes={max_file_bytes}",
            path=name,
        )
    if size == 0:
        raise EmptyInputError("is empty (0 bytes)", path=name)
    try:
        with path.open("rb") as handle:
            head = handle.read(PDF_MAGIC_WINDOW)
            if (
                max_characters is not None
                and size > _MAX_BYTES_PER_CHARACTER * max_characters
                and PDF_MAGIC not in head
            ):  # text this large holds too many characters in any encoding: do not read it
                raise too_many_characters(name, f"about {size:,}", max_characters)
            # as much as the size said, and one byte more: asking for the limit itself would
            # allocate a buffer of the limit's size for every file
            data = head + handle.read(min(size, max_file_bytes) + 1 - len(head))
            if len(data) > size:  # it grew while read: read on, as far as the limit
                data += handle.read(max_file_bytes + 1 - len(data))
    except OSError as exc:
        raise InputNotFoundError(f"cannot be read ({exc.strerror or exc})", path=name) from exc
    if not data.strip():
        raise EmptyInputError("holds only white space; there is no resume text", path=name)
    return data


def too_many_characters(name: str, count: str, limit: int) -> LimitExceededError:
    """The error for text longer than the `characters` limit."""
    return LimitExceededError(
        f"has {count} characters of text, more than a resume can have",
        limit=f"characters={limit}",
        path=name,
    )


def decode_text(data: bytes, *, allow_legacy: bool) -> tuple[str, str] | None:
    """(text, encoding) for UTF-8, or UTF-16/32 with a byte-order mark; with `allow_legacy`
    (a .txt name) also Windows-1252 or Latin-1 when UTF-8 fails. None when it is not text."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _decode(data, encoding)
    if b"\x00" in data:
        return None
    decoded = _decode(data, "utf-8")
    if decoded is not None or not allow_legacy:
        return decoded
    return _decode(data, "cp1252") or _decode(data, "latin-1")


def _decode(data: bytes, encoding: str) -> tuple[str, str] | None:
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return None


def _looks_like_text(text: str) -> bool:
    sample = text[:20000]
    printable = sum(1 for ch in sample if ch.isprintable() or ch in "\n\r\t\f")
    return printable >= PRINTABLE_SHARE * len(sample)


def describe_bytes(data: bytes) -> str:
    """What the bytes look like, from their magic numbers: "a PNG image", "a ZIP archive"..."""
    if data.startswith(b"PK\x03\x04"):
        return _describe_zip(data)
    for magic, offset, what in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            return what
    head = data[:PDF_MAGIC_WINDOW].decode("utf-8", errors="ignore")
    if _MARKUP.match(head):
        return "an XML document" if "<?xml" in head.lower()[:10] else "an HTML page"
    return "binary data"


def _describe_zip(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return "a ZIP archive"
    for prefix, what in (
        ("word/", "a Word document (.docx)"),
        ("ppt/", "a PowerPoint document (.pptx)"),
        ("xl/", "an Excel document (.xlsx)"),
    ):
        if any(n.startswith(prefix) for n in names):
            return what
    if "content.xml" in names:
        return "an OpenDocument document (.odt)"
    return "a ZIP archive"
