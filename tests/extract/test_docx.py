"""Word resumes: reading order, sections from styles, layout tables, and every bad .docx refused
with its own error."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from analyzer.errors import (
    CorruptWordError,
    EmptyInputError,
    EncryptedWordError,
    UnsafeWordError,
    UnsupportedInputError,
)
from analyzer.extract import extract
from analyzer.extract.docx import MACROS_NOTE, MAX_PARTS
from tests import docx_factory as make
from tests.extract.helpers import assert_consistent, headed, section_text

EXPERIENCE = ("Experience", ["Built training pipelines in Python.", "Deployed models with Docker."])
SKILLS = ("Skills", ["Python, SQL, Kubernetes"])


def test_paragraphs_in_order_with_heading_styles_as_sections(tmp_path: Path) -> None:
    path = make.write(tmp_path / "cv.docx", make.word_resume([EXPERIENCE, SKILLS]))
    resume = extract(path)
    assert_consistent(resume)
    assert resume.media_type == "docx"
    assert headed(resume) == {"EXPERIENCE": "experience", "SKILLS": "skills"}
    assert resume.text.index("Built training") < resume.text.index("Deployed models")
    assert section_text(resume, "Skills").endswith("Python, SQL, Kubernetes")
    start = resume.text.index("Docker")
    assert resume.section_at(start).kind == "experience"


def test_header_and_text_box_are_read_once(tmp_path: Path) -> None:
    data = make.word_resume(
        [EXPERIENCE], header="ada@example.org | +1 555 0100 200", text_box=["Certified: AWS"]
    )
    resume = extract(make.write(tmp_path / "cv.docx", data))
    assert resume.text.startswith("ada@example.org")
    assert resume.text.count("Certified: AWS") == 1  # the VML fallback copy is skipped
    assert resume.text.index("Certified: AWS") < resume.text.index("Experience")
    assert resume.sections[0].kind == "contact"


def test_two_column_table_layout_reads_each_column_whole(tmp_path: Path) -> None:
    sidebar = [("Contact", ["ada@example.org", "Berlin"]), ("Skills", ["Python", "SQL", "Docker"])]
    main = [
        ("Summary", ["ML engineer."]),
        ("Experience", ["Trained models with TensorFlow.", "Served them.", "Watched drift."]),
        ("Education", ["MSc Statistics"]),
    ]
    resume = extract(make.write(tmp_path / "cv.docx", make.two_column_resume(sidebar, main)))
    assert_consistent(resume)
    assert resume.parse.pages[0].columns == 2
    assert list(headed(resume).values()) == [
        "contact",
        "skills",
        "summary",
        "experience",
        "education",
    ]
    assert section_text(resume, "SKILLS").split("\n")[1:4] == ["Python", "SQL", "Docker"]
    assert "TensorFlow" in section_text(resume, "EXPERIENCE")


def test_data_table_rows_keep_their_cells_together(tmp_path: Path) -> None:
    data = make.data_table_resume("Skills", [["Python", "5 years"], ["SQL", "3 years"]])
    resume = extract(make.write(tmp_path / "cv.docx", data))
    assert section_text(resume, "Skills").split("\n")[1:] == ["Python\t5 years", "SQL\t3 years"]


def test_hard_page_breaks_make_pages(tmp_path: Path) -> None:
    data = make.paged_resume([[EXPERIENCE], [SKILLS]])
    resume = extract(make.write(tmp_path / "cv.docx", data))
    assert_consistent(resume)
    assert len(resume.pages) == 2
    assert resume.page_at(resume.text.index("Kubernetes")) == 2


def test_word_content_is_found_by_bytes_whatever_the_name(tmp_path: Path) -> None:
    resume = extract(make.write(tmp_path / "cv.bin", make.word_resume([EXPERIENCE])))
    assert resume.media_type == "docx"


def test_macro_document_is_read_and_its_macros_noted(tmp_path: Path) -> None:
    data = make.with_macros(make.word_resume([EXPERIENCE]))
    resume = extract(make.write(tmp_path / "cv.docm", data))
    assert "Docker" in resume.text
    assert MACROS_NOTE in [d.message for d in resume.diagnostics]


@pytest.mark.parametrize(
    ("name", "data", "error", "message"),
    [
        ("png.docx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, CorruptWordError, "looks like a PNG"),
        ("cut.docx", b"PK\x03\x04" + b"\x00" * 64, CorruptWordError, "damaged or truncated"),
        ("sheet.docx", make.not_word_zip(), CorruptWordError, "not a Word document"),
        ("locked.docx", make.encrypted_word(), EncryptedWordError, "password-protected"),
        ("macros.docm", make.with_macros(b"", keep_text=False), UnsafeWordError, "macros"),
    ],
)
def test_bad_word_files_get_their_own_error(
    tmp_path: Path, name: str, data: bytes, error: type[Exception], message: str
) -> None:
    path = make.write(tmp_path / name, data)
    with pytest.raises(error, match=message) as raised:
        extract(path)
    assert str(path) in str(raised.value)


def test_encrypted_word_file_is_recognised_under_any_name(tmp_path: Path) -> None:
    with pytest.raises(EncryptedWordError):
        extract(make.write(tmp_path / "cv.doc", make.encrypted_word()))


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    data = make.zip_bomb(make.word_resume([EXPERIENCE]), inflated=300 * 1024 * 1024)
    assert len(data) < 2 * 1024 * 1024
    with pytest.raises(UnsafeWordError, match="zip bomb"):
        extract(make.write(tmp_path / "bomb.docx", data))


def test_too_many_parts_is_refused(tmp_path: Path) -> None:
    data = make.many_parts(make.word_resume([EXPERIENCE]), MAX_PARTS + 1)
    with pytest.raises(UnsafeWordError, match=f"more than the {MAX_PARTS}"):
        extract(make.write(tmp_path / "parts.docx", data))


def test_word_document_without_text_is_empty(tmp_path: Path) -> None:
    data = make.word_resume([], name="")
    with pytest.raises(EmptyInputError, match="without text"):
        extract(make.write(tmp_path / "empty.docx", data))


def test_legacy_doc_is_still_unsupported(tmp_path: Path) -> None:
    legacy = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    with pytest.raises(UnsupportedInputError, match="legacy Microsoft Office"):
        extract(make.write(tmp_path / "cv.doc", legacy))


@pytest.mark.parametrize(
    ("xml", "reason"),
    [
        (make.entity_bomb(), "amplification"),
        (make.nested_tables(3000), "depth"),
    ],
    ids=["entity-bomb", "deep-nesting"],
)
def test_hostile_xml_is_refused_quickly(tmp_path: Path, xml: str, reason: str) -> None:
    data = make.with_document_xml(make.word_resume([EXPERIENCE]), xml)
    started = time.monotonic()
    with pytest.raises(CorruptWordError, match=reason):
        extract(make.write(tmp_path / "hostile.docx", data))
    assert time.monotonic() - started < 5


def test_external_entities_are_never_read(tmp_path: Path) -> None:
    secret = make.write(tmp_path / "secret.txt", b"Kubernetes")
    data = make.with_document_xml(make.word_resume([EXPERIENCE]), make.external_entity(str(secret)))
    resume = extract(make.write(tmp_path / "xxe.docx", data))
    assert "Kubernetes" not in resume.text
    assert resume.text.startswith("Skills")
