"""Generated pathological inputs: the shapes of issue 9's table, built from nothing but code.

Each builder writes one file to `path` and returns it. None of these files is malicious beyond its
shape: a very long document, one enormous line, a content stream that inflates to a gigabyte, a
form XObject that draws itself in a 3^25 fan-out. `raw_pdf` assembles a PDF from object bodies with
a correct cross-reference table, so every structural oddity is exactly the one we meant.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF

WORDS = [
    "model",
    "data",
    "pipeline",
    "training",
    "python",
    "service",
    "cloud",
    "feature",
    "deploy",
    "metric",
    "batch",
    "stream",
    "query",
    "latency",
    "cluster",
    "schema",
    "tensor",
    "gradient",
    "vector",
    "index",
    "cache",
    "review",
]


def raw_pdf(path: Path | str, objects: Sequence[bytes], *, trailer_extra: bytes = b"") -> Path:
    """A PDF whose objects are `objects` (numbered from 1; object 1 must be the catalog) with a
    correct xref table, so damage is only what the bodies carry."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer_extra,
        xref,
    )
    target = Path(path)
    target.write_bytes(bytes(out))
    return target


def stream(data: bytes, extra: bytes = b"") -> bytes:
    """A stream object body holding `data` as it is (the caller compresses if it wants)."""
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def one_page_pdf(
    path: Path | str,
    content: bytes,
    *,
    content_extra: bytes = b"",
    more: Sequence[bytes] = (),
    xobjects: bytes = b"",
) -> Path:
    """One page whose content stream is `content` (objects: 1 catalog, 2 pages, 3 page, 4 font,
    5 content, then `more` from 6)."""
    resources = b"<< /Font << /F1 4 0 R >> " + (b"/XObject " + xobjects if xobjects else b"")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
        + resources
        + b">> /Contents 5 0 R >>",
        FONT,
        stream(content, content_extra),
        *more,
    ]
    return raw_pdf(path, objects)


def text_ops(lines: Sequence[str]) -> bytes:
    """A content stream that writes each line one below the other in Helvetica 10."""
    body = [b"BT /F1 10 Tf 12 TL 40 800 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        body.append(b"(" + escaped.encode("latin-1", "replace") + b") Tj T*")
    body.append(b"ET")
    return b"\n".join(body)


def resume_lines() -> list[str]:
    return [
        "Skills",
        "Python, PyTorch, Kubernetes, SQL",
        "Experience",
        "Deployed models to production with Docker.",
    ]


# ----------------------------------------------------------------------------- long documents


def random_words_pdf(path: Path | str, *, pages: int = 60, seed: int = 1) -> Path:
    """`pages` pages of short random "words" of random letters, in small type (fpdf2)."""
    rng = random.Random(seed)
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("helvetica", size=7)
    for _ in range(pages):
        pdf.add_page()
        for row in range(95):
            words = [
                "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 4)))
                for _ in range(30)
            ]
            pdf.text(30, 30 + row * 8.2, " ".join(words))
    pdf.output(str(path))
    return Path(path)


def dense_text_pdf(path: Path | str, *, pages: int = 60, seed: int = 2) -> Path:
    """`pages` pages of ordinary dense prose (words from the field), a heading every page."""
    rng = random.Random(seed)
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    for page in range(pages):
        pdf.add_page()
        pdf.set_font("helvetica", "B", 12)
        pdf.text(40, 40, "Experience" if page % 2 else "Projects")
        pdf.set_font("helvetica", size=9)
        for row in range(68):
            pdf.text(40, 60 + row * 11, " ".join(rng.choice(WORDS) for _ in range(14)))
    pdf.output(str(path))
    return Path(path)


def many_bullets_text(path: Path | str, *, lines: int = 20000) -> Path:
    """A text resume with thousands of bulleted lines under one Experience heading."""
    rng = random.Random(3)
    body = ["Ada Example", "Experience"]
    body += [f"- {' '.join(rng.choice(WORDS) for _ in range(8))}" for _ in range(lines)]
    return _write_text(path, "\n".join(body) + "\n")


def many_headings_text(path: Path | str, *, headings: int = 20000) -> Path:
    """A text resume of thousands of "Skills" headings, each with one line under it."""
    body = ["Ada Example"]
    for _ in range(headings):
        body += ["Skills", "Python, SQL"]
    return _write_text(path, "\n".join(body) + "\n")


def one_line_text(path: Path | str, *, megabytes: int = 20) -> Path:
    """One line of words, `megabytes` MB long."""
    chunk = " ".join(WORDS) + " "
    size = megabytes * 1024 * 1024
    return _write_text(path, (chunk * (size // len(chunk) + 1))[:size])


def short_lines_text(path: Path | str, *, megabytes: int = 45) -> Path:
    """Short lines of words, `megabytes` MB in all."""
    chunk = "\n".join(WORDS) + "\n"
    size = megabytes * 1024 * 1024
    return _write_text(path, (chunk * (size // len(chunk) + 1))[:size])


def no_spaces_text(path: Path | str, *, megabytes: int = 20) -> Path:
    """Letters without a space or a line break, `megabytes` MB."""
    return _write_text(path, "abcdefghij" * (megabytes * 1024 * 1024 // 10))


def _write_text(path: Path | str, text: str) -> Path:
    target = Path(path)
    target.write_text(text, encoding="utf-8")
    return target


# ---------------------------------------------------------------------- hostile content streams


def many_operators_pdf(path: Path | str, *, operators: int = 200_000) -> Path:
    """One page whose content stream has `operators` text-showing operators."""
    ops = [b"BT /F1 1 Tf 0 0 Td"]
    ops += [b"(a) Tj 0.001 0 Td"] * (operators // 2)
    ops.append(b"ET")
    return one_page_pdf(
        path, zlib.compress(b"\n".join(ops)), content_extra=b"/Filter /FlateDecode "
    )


def long_line_pdf(path: Path | str, *, characters: int = 500_000) -> Path:
    """One line of `characters` characters in one text operator."""
    words = (b"model data " * (characters // 11 + 1))[:characters]
    content = b"BT /F1 1 Tf 10 400 Td (" + words + b") Tj ET"
    return one_page_pdf(path, zlib.compress(content), content_extra=b"/Filter /FlateDecode ")


def flate_bomb_pdf(path: Path | str, *, inflated_mb: int = 256) -> Path:
    """A content stream of spaces that inflates to `inflated_mb` MB (about 1000:1)."""
    squeezer = zlib.compressobj(9)
    block = b" " * (1024 * 1024)
    packed = [squeezer.compress(b"BT /F1 10 Tf 40 800 Td (Python) Tj ET\n")]
    packed += [squeezer.compress(block) for _ in range(inflated_mb)]
    packed.append(squeezer.flush())
    return one_page_pdf(path, b"".join(packed), content_extra=b"/Filter /FlateDecode ")


def huge_contents_array_pdf(path: Path | str, *, length: int = 1_000_000) -> Path:
    """A page whose /Contents array names the same small stream `length` times."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents [" + b"5 0 R " * length + b"] >>",
        FONT,
        stream(b"BT /F1 10 Tf 40 800 Td (Python) Tj ET"),
    ]
    return raw_pdf(path, objects)


def xobject_fanout_pdf(path: Path | str, *, depth: int = 25, fanout: int = 3) -> Path:
    """Form XObject k draws form k+1 `fanout` times, `depth` levels deep: fanout**depth draws."""
    first = 6
    forms = []
    for level in range(depth):
        if level == depth - 1:
            body = b"BT /F1 10 Tf 40 800 Td (Python) Tj ET"
            resources = b"<< /Font << /F1 4 0 R >> >>"
        else:
            body = b" ".join([b"/X Do"] * fanout)
            resources = b"<< /XObject << /X %d 0 R >> >>" % (first + level + 1)
        forms.append(
            stream(
                body,
                b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources " + resources + b" ",
            )
        )
    return one_page_pdf(path, b"/X Do", more=forms, xobjects=b"<< /X %d 0 R >>" % first)


def huge_string_pdf(path: Path | str, *, megabytes: int = 8) -> Path:
    """A hex string of `megabytes` MB shown by one operator."""
    content = b"BT /F1 10 Tf 40 800 Td <" + b"41" * (megabytes * 512 * 1024) + b"> Tj ET"
    return one_page_pdf(path, zlib.compress(content), content_extra=b"/Filter /FlateDecode ")


def tounicode_range_pdf(path: Path | str) -> Path:
    """A font whose ToUnicode CMap maps an enormous code range."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange\n"
        b"1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
    content = b"BT /F1 10 Tf 40 800 Td (Python) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        font,
        stream(content),
        stream(cmap),
    ]
    return raw_pdf(path, objects)


# ------------------------------------------------------------------------------ broken filters


def runlength_garbage_pdf(path: Path | str) -> Path:
    """A content stream declared RunLengthDecode whose bytes end inside a run."""
    return one_page_pdf(path, b"\x05abc", content_extra=b"/Filter /RunLengthDecode ")


def predictor_columns_pdf(path: Path | str) -> Path:
    """A content stream whose PNG predictor declares a huge column count."""
    data = zlib.compress(b"\x02" + b"\x00" * 64)
    return one_page_pdf(
        path,
        data,
        content_extra=b"/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 4000000000 >> ",
    )


def duplicated_flate_pdf(path: Path | str, *, copies: int = 100) -> Path:
    """A Flate content stream with one range of its bytes repeated `copies` times (about 10 KB):
    the stream is corrupt from there on."""
    text = text_ops([" ".join(random.Random(4).choice(WORDS) for _ in range(12))] * 60)
    packed = zlib.compress(text)
    middle = len(packed) // 2
    damaged = packed[:middle] + packed[middle : middle + 100] * copies + packed[middle:]
    return one_page_pdf(path, damaged, content_extra=b"/Filter /FlateDecode ")


def resume_pdf(path: Path | str) -> Path:
    """A small, ordinary resume: the good file mixed in with the hostile ones."""
    return one_page_pdf(path, text_ops(resume_lines()))


def huge_token_pdf(path: Path | str, *, megabytes: int = 6) -> Path:
    """A page dictionary holding one literal string of `megabytes` MB (read by the document's
    own parser, a buffer at a time)."""
    junk = b"(" + b"A" * (megabytes * 1024 * 1024) + b")"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Junk "
        + junk
        + b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        FONT,
        stream(text_ops(resume_lines())),
    ]
    return raw_pdf(path, objects)


def xref_stream_predictor_pdf(path: Path | str) -> Path:
    """A PDF whose cross-reference stream declares a PNG predictor with 4e9 columns."""
    bodies = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        FONT,
        stream(text_ops(resume_lines())),
    ]
    out = bytearray(b"%PDF-1.7\n")
    for number, body in enumerate(bodies, start=1):
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    data = zlib.compress(b"\x02" + b"\x01" * 64)
    out += (
        b"6 0 obj\n"
        + stream(
            data,
            b"/Type /XRef /Size 7 /Root 1 0 R /W [1 4 2] /Filter /FlateDecode"
            b" /DecodeParms << /Predictor 12 /Columns 4000000000 >> ",
        )
        + b"\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_at
    )
    target = Path(path)
    target.write_bytes(bytes(out))
    return target
