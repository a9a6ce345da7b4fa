"""A fuzzing harness: generated resumes (PDF, text, Word), mutated the way damaged and hostile
files are, through the real entry point (`Analyzer.analyze`, PDFs in isolated workers). Every case
must end within its limits with a result or a documented error naming the file: never "internal
error" (E001).

CI runs a short bounded run (`FUZZ_EXAMPLES`, default 30 cases per entry point). The longer run:

    SKILLGAP_FUZZ_EXAMPLES=1000 pytest -q -p no:cacheprovider tests/fuzz

Mutations: byte flips, truncation, duplicated ranges, a broken cross-reference table, huge
numbers, deeply nested arrays, streams whose filter gets garbage, and compression bombs; for Word
files, the same byte mutations on the zip, or on the document's XML inside a sound zip.
"""

from __future__ import annotations

import functools
import io
import os
import re
import tempfile
import zipfile
import zlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.config import AnalyzerConfig, Limits
from analyzer.engine import Analyzer
from analyzer.errors import ALL_ERRORS, SkillgapError
from tests import docx_factory, pdf_factory
from tests.hostile import inputs

FUZZ_EXAMPLES = int(os.environ.get("SKILLGAP_FUZZ_EXAMPLES", "30"))
LIMITS = Limits(seconds=20, memory_mb=1024)
DOCUMENTED = {error.code for error in ALL_ERRORS} - {SkillgapError.code}
FUZZ = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    derandomize=os.environ.get("SKILLGAP_FUZZ_RANDOM") is None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)


@functools.cache
def analyzer() -> Analyzer:
    return Analyzer(config=AnalyzerConfig(limits=LIMITS))


@functools.cache
def seeds() -> tuple[bytes, ...]:
    """The files mutations start from: raw-built and fpdf2-built resumes (one with a TrueType
    font and compressed streams, one over two pages)."""
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        sections = [("Skills", ["Python, PyTorch, SQL"]), ("Experience", ["Deployed models."])]
        built = [
            inputs.resume_pdf(base / "raw.pdf"),
            pdf_factory.single_column_pdf(base / "fpdf.pdf", sections),
            pdf_factory.multi_page_pdf(base / "pages.pdf", [sections, sections]),
        ]
        return tuple(path.read_bytes() for path in built)


TEXT_SEED = "Ada Example\nSkills\nPython, PyTorch, SQL\nExperience\n- Deployed models.\n"

# ------------------------------------------------------------------------------ mutations


@st.composite
def flips(draw: st.DrawFn, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 20))):
        at = draw(st.integers(0, len(out) - 1))
        out[at] = draw(st.integers(0, 255))
    return bytes(out)


@st.composite
def truncations(draw: st.DrawFn, data: bytes) -> bytes:
    return data[: draw(st.integers(1, len(data) - 1))]


@st.composite
def duplicated_ranges(draw: st.DrawFn, data: bytes) -> bytes:
    start = draw(st.integers(0, len(data) - 2))
    end = draw(st.integers(start + 1, min(len(data), start + 200)))
    copies = draw(st.integers(2, 100))
    return data[:end] + data[start:end] * copies + data[end:]


@st.composite
def broken_xref(draw: st.DrawFn, data: bytes) -> bytes:
    damage = draw(st.sampled_from([b"", b"xref\n0 999999999\n", b"\x00" * 40, b"startxref\n-5"]))
    at = data.rfind(b"xref")
    return data if at < 0 else data[:at] + damage + data[at + draw(st.integers(0, 60)) :]


@st.composite
def huge_numbers(draw: st.DrawFn, data: bytes) -> bytes:
    numbers = list(re.finditer(rb"(?<![\w.])\d+(?![\w.])", data))
    if not numbers:
        return data
    found = draw(st.sampled_from(numbers))
    big = draw(st.sampled_from([b"99999999999999999999", b"-2147483649", b"1e308", b"4294967296"]))
    return data[: found.start()] + big + data[found.end() :]


@st.composite
def nested_arrays(draw: st.DrawFn, data: bytes) -> bytes:
    depth = draw(st.integers(100, 20000))
    nest = b"[" * depth + b"]" * draw(st.integers(0, depth))
    at = data.find(b"/MediaBox")
    return data if at < 0 else data[:at] + b"/Junk " + nest + b" " + data[at:]


@st.composite
def garbage_filters(draw: st.DrawFn, data: bytes) -> bytes:
    name = draw(
        st.sampled_from(
            [
                b"/FlateDecode",
                b"/LZWDecode",
                b"/RunLengthDecode",
                b"/ASCII85Decode",
                b"/ASCIIHexDecode",
                b"/CCITTFaxDecode",
                b"/Crypt",
                b"/NoSuchFilter",
            ]
        )
    )
    garbage = draw(st.binary(min_size=1, max_size=400))
    stream = data.find(b"stream\n")
    end = data.find(b"endstream", stream)
    dictionary = data.rfind(b"<<", 0, stream)
    if min(stream, end, dictionary) < 0:
        return data
    head = data[: dictionary + 2] + b" /Filter " + name + b" /DecodeParms << /Predictor 12 "
    head += b"/Columns " + str(draw(st.integers(0, 10**9))).encode() + b" >> "
    return head + data[dictionary + 2 : stream + 7] + garbage + data[end:]


@st.composite
def bombs(draw: st.DrawFn, data: bytes) -> bytes:
    megabytes = draw(st.integers(300, 400))
    squeezer = zlib.compressobj(9)
    packed = b"".join(squeezer.compress(bytes(1024 * 1024)) for _ in range(megabytes))
    packed += squeezer.flush()
    stream = data.find(b"stream\n")
    end = data.find(b"endstream", stream)
    dictionary = data.rfind(b"<<", 0, stream)
    if min(stream, end, dictionary) < 0:
        return data
    head = data[: dictionary + 2] + b" /Filter /FlateDecode "
    return head + data[dictionary + 2 : stream + 7] + packed + b"\n" + data[end:]


MUTATIONS = [
    flips,
    truncations,
    duplicated_ranges,
    broken_xref,
    huge_numbers,
    nested_arrays,
    garbage_filters,
    bombs,
]


@st.composite
def mutated_pdfs(draw: st.DrawFn) -> bytes:
    data = draw(st.sampled_from(seeds()))
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=3)):
        if len(data) > 2:
            data = draw(mutation(data))
    return data


@st.composite
def mutated_texts(draw: st.DrawFn) -> bytes:
    data = TEXT_SEED.encode() + draw(st.text(max_size=300)).encode("utf-8", "surrogatepass")
    for mutation in draw(st.lists(st.sampled_from([flips, truncations, duplicated_ranges]))):
        if len(data) > 2:
            data = draw(mutation(data))
    return data


@functools.cache
def word_seeds() -> tuple[bytes, ...]:
    sections = [("Skills", ["Python, PyTorch, SQL"]), ("Experience", ["Deployed models."])]
    return (
        docx_factory.word_resume(sections),
        docx_factory.two_column_resume(sections[:1], sections[1:]),
    )


@st.composite
def damaged_document_xml(draw: st.DrawFn, data: bytes) -> bytes:
    """The zip stays sound; the document's XML inside it is flipped, cut or repeated."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read("word/document.xml")
    xml = draw(draw(st.sampled_from([flips, truncations, duplicated_ranges]))(xml))
    return docx_factory.with_document_xml(data, xml.decode("utf-8", "replace"))


@st.composite
def mutated_words(draw: st.DrawFn) -> bytes:
    data = draw(st.sampled_from(word_seeds()))
    mutation = draw(st.sampled_from([flips, truncations, duplicated_ranges, damaged_document_xml]))
    return draw(mutation(data))


# ---------------------------------------------------------------------------------- checks


def assert_answered(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            result = analyzer().analyze(path)
        except SkillgapError as error:
            assert error.code in DOCUMENTED, f"{error.code}: {error}"
            assert name in str(error)
        else:
            assert result.source.path == str(path)


@FUZZ
@given(mutated_pdfs())
def test_a_mutated_pdf_gets_a_result_or_a_documented_error(data: bytes) -> None:
    assert_answered(data, "fuzzed.pdf")


@FUZZ
@given(mutated_texts())
def test_a_mutated_text_gets_a_result_or_a_documented_error(data: bytes) -> None:
    assert_answered(data, "fuzzed.txt")


@FUZZ
@given(mutated_words())
def test_a_mutated_word_file_gets_a_result_or_a_documented_error(data: bytes) -> None:
    assert_answered(data, "fuzzed.docx")


@FUZZ
@given(st.binary(min_size=1, max_size=4000))
def test_arbitrary_bytes_get_a_result_or_a_documented_error(data: bytes) -> None:
    assert_answered(b"%PDF-1.7\n" + data, "noise.pdf")
