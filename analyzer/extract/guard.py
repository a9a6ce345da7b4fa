"""Limits inside pdfminer.six, and every failure of the PDF libraries turned into ours.

pdfminer.six trusts its input: it inflates a stream whatever it inflates to, retries a corrupt
Flate stream one byte at a time, draws a form XObject that draws itself 3^25 times, expands a
character-map range of four billion codes, and lets StopIteration, MemoryError or struct errors
escape. `limited(limits, path)` is the one place that bounds all of this while a file is read:

- stream decoding is replaced by a bounded one (Flate, LZW and RunLength never produce more than
  the bytes left of `limits.inflated_bytes`; a corrupt Flate stream keeps what inflated before the
  damage, in linear time; a predictor row longer than its data is damage, not an allocation);
- a single token (a string, a name, a comment) may not grow past `limits.characters` bytes;
- every object pdfminer builds for a page (the tokens it parses, the page's dictionary
  included; content streams; glyphs; character-map entries) is counted against
  `limits.page_objects`, glyphs also against `limits.characters`, and form XObjects drawn
  inside each other against `limits.nesting`;
- an exception raised inside pdfminer.six, pypdfium2, ftfy or pytesseract that is not already a
  skillgap error becomes `CorruptPDFError` (`WorkerCrashedError` for MemoryError), so bad input
  never reads as "internal error".

The hooks are installed on pdfminer's classes once, the first time `limited` is used, and do
nothing unless the current thread is inside `limited`: pdfminer behaves as before for any other
caller in the same process (a host program using pdfminer itself).
"""

from __future__ import annotations

import functools
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from analyzer.config import Limits
from analyzer.errors import CorruptPDFError, LimitExceededError, SkillgapError, WorkerCrashedError

FOREIGN_PACKAGES = ("pdfminer", "pypdfium2", "ftfy", "pytesseract", "PIL")
"""Libraries whose exceptions on malformed input are the input's fault, not a skillgap bug."""
INFLATE_CHUNK = 64 * 1024
"""Compressed bytes fed to zlib at a time; on damage, the chunk is fed again byte by byte."""


@dataclass(slots=True)
class _Budget:
    """What the file being read has used so far (one per `limited` block, per thread)."""

    limits: Limits
    path: str
    inflated: int = 0
    characters: int = 0
    page_objects: int = 0
    depth: int = 0

    def over(self, what: str, limit_name: str, limit: int | float) -> LimitExceededError:
        return LimitExceededError(what, limit=f"{limit_name}={limit}", path=self.path)

    def objects(self, count: int = 1) -> None:
        self.page_objects += count
        if self.page_objects > self.limits.page_objects:
            raise self.over(
                "has a page that makes more objects than a resume page has",
                "page_objects",
                self.limits.page_objects,
            )

    def glyph(self) -> None:
        self.characters += 1
        if self.characters > self.limits.characters:
            raise self.over(
                "draws more characters than a resume has", "characters", self.limits.characters
            )
        self.page_objects += 1  # `objects()` inlined: this runs for every glyph
        if self.page_objects > self.limits.page_objects:
            self.objects(0)

    def room(self) -> int:
        """Bytes streams may still inflate to."""
        return self.limits.inflated_bytes - self.inflated

    def inflate(self, count: int) -> None:
        self.inflated += count
        if self.inflated > self.limits.inflated_bytes:
            raise self.over(
                "has streams that inflate to more bytes than a resume needs (a compression bomb?)",
                "inflated_bytes",
                self.limits.inflated_bytes,
            )


_local = threading.local()


def _budget() -> _Budget | None:
    return getattr(_local, "budget", None)


@contextmanager
def limited(limits: Limits, *, path: str) -> Iterator[None]:
    """Read a PDF (with pdfminer.six, pypdfium2, ftfy...) inside this block: its limits hold and
    the libraries' exceptions become skillgap errors naming `path`."""
    _install_hooks()
    outer = _budget()
    _local.budget = _Budget(limits, path)
    try:
        yield
    except SkillgapError:
        raise
    except MemoryError as error:
        raise WorkerCrashedError(
            f"ran out of memory while reading it (limit memory_mb={limits.memory_mb})", path=path
        ) from error
    except Exception as error:
        if not raised_in_library(error):
            raise  # ours: a bug, reported as one
        detail = str(error).strip()[:200] or type(error).__name__
        raise CorruptPDFError(
            f"is a damaged PDF that cannot be read ({type(error).__name__}: {detail})", path=path
        ) from error
    finally:
        _local.budget = outer


def raised_in_library(error: BaseException) -> bool:
    """True when the innermost frame of `error` (or of the error it was raised from, e.g. the
    StopIteration inside a generator's RuntimeError) is in one of `FOREIGN_PACKAGES`."""
    seen: BaseException | None = error
    while seen is not None:
        if _innermost_module(seen.__traceback__).startswith(FOREIGN_PACKAGES):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _innermost_module(traceback: TracebackType | None) -> str:
    module = ""
    while traceback is not None:
        module = str(traceback.tb_frame.f_globals.get("__name__", ""))
        traceback = traceback.tb_next
    return module


# ------------------------------------------------------------------------------------ hooks

_install_lock = threading.Lock()
_installed = False


def _install_hooks() -> None:
    """Wrap pdfminer's stream decoding, content parsing, page and glyph rendering and
    character-map building, once; each wrapper defers to the original outside `limited`."""
    global _installed
    with _install_lock:
        if _installed:
            return
        from pdfminer.cmapdb import FileCMap, FileUnicodeMap
        from pdfminer.pdfinterp import PDFPageInterpreter
        from pdfminer.pdftypes import PDFStream
        from pdfminer.psparser import PSBaseParser

        from analyzer.extract.pdf import CharCollector

        PDFStream.decode = _hook(PDFStream.decode, _decode)  # type: ignore[method-assign]
        PSBaseParser.nexttoken = _token_hook(  # type: ignore[method-assign]
            PSBaseParser.nexttoken
        )
        PSBaseParser.fillbuf = _bounded_token(  # type: ignore[method-assign]
            PSBaseParser.fillbuf
        )
        PDFPageInterpreter.process_page = _hook(  # type: ignore[method-assign]
            PDFPageInterpreter.process_page, _new_page
        )
        PDFPageInterpreter.render_contents = _hook(  # type: ignore[method-assign]
            PDFPageInterpreter.render_contents, _nested_contents
        )
        CharCollector.render_char = _glyph_hook(  # type: ignore[method-assign]
            CharCollector.render_char
        )
        FileUnicodeMap.add_cid2unichr = _counting_hook(  # type: ignore[method-assign]
            FileUnicodeMap.add_cid2unichr
        )
        FileCMap.add_code2cid = _counting_hook(  # type: ignore[method-assign]
            FileCMap.add_code2cid
        )
        _installed = True


Guard = Callable[..., Any]


def _hook(original: Callable[..., Any], guard: Guard) -> Callable[..., Any]:
    """`original`, or `guard(budget, original, *args)` while a budget is active."""

    @functools.wraps(original)
    def hooked(*args: Any, **kwargs: Any) -> Any:
        budget = _budget()
        if budget is None:
            return original(*args, **kwargs)
        return guard(budget, original, *args, **kwargs)

    hooked.__skillgap_original__ = original  # type: ignore[attr-defined]
    return hooked


def _counting_hook(original: Callable[..., Any]) -> Callable[..., Any]:
    """`original`, counting one page object per call while a budget is active."""

    @functools.wraps(original)
    def hooked(*args: Any, **kwargs: Any) -> Any:
        budget = getattr(_local, "budget", None)
        if budget is not None:
            budget.objects()
        return original(*args, **kwargs)

    hooked.__skillgap_original__ = original  # type: ignore[attr-defined]
    return hooked


def _token_hook(original: Callable[..., Any]) -> Callable[..., Any]:
    """pdfminer's `nexttoken`, counting one page object per token while a budget is active:
    `_counting_hook` with its one argument spelled out and the count inlined, because it wraps
    the hottest call (every token pdfminer parses: 280,000 for 20 resumes)."""

    @functools.wraps(original)
    def nexttoken(parser: Any) -> Any:
        budget = getattr(_local, "budget", None)
        if budget is not None:
            budget.page_objects += 1
            if budget.page_objects > budget.limits.page_objects:
                budget.objects(0)  # over the limit: raises
        return original(parser)

    nexttoken.__skillgap_original__ = original  # type: ignore[attr-defined]
    return nexttoken


def _glyph_hook(original: Callable[..., float]) -> Callable[..., float]:
    """`CharCollector.render_char`, counting each glyph while a budget is active (its
    arguments spelled out: it runs for every glyph)."""

    @functools.wraps(original)
    def render_char(
        device: Any,
        matrix: Any,
        font: Any,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: Any,
        graphicstate: Any,
    ) -> float:
        budget = getattr(_local, "budget", None)
        if budget is not None:
            budget.glyph()
        return original(device, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)

    render_char.__skillgap_original__ = original  # type: ignore[attr-defined]
    return render_char


def _bounded_token(original: Callable[..., Any]) -> Callable[..., Any]:
    """pdfminer's `fillbuf`, called each time the tokenizer needs more input (140,000 times for
    20 resumes, hence a hook of its own): a token (a string, a name, a comment) that has grown
    longer than a resume's whole text is refused before pdfminer spends quadratic time growing
    it further."""

    @functools.wraps(original)
    def fillbuf(parser: Any) -> Any:
        budget = getattr(_local, "budget", None)
        if budget is not None and len(getattr(parser, "_curtoken", b"")) > budget.limits.characters:
            raise budget.over(
                "has one string or token longer than a resume's text",
                "characters",
                budget.limits.characters,
            )
        return original(parser)

    fillbuf.__skillgap_original__ = original  # type: ignore[attr-defined]
    return fillbuf


def _new_page(budget: _Budget, original: Guard, *args: Any, **kwargs: Any) -> Any:
    budget.page_objects = 0
    return original(*args, **kwargs)


def _nested_contents(
    budget: _Budget,
    original: Guard,
    interpreter: Any,
    resources: Any,
    streams: Any,
    *args: Any,
    **kwargs: Any,
) -> Any:
    budget.objects(len(streams) if isinstance(streams, list | tuple) else 1)
    if budget.depth >= budget.limits.nesting:
        raise budget.over(
            "nests drawings (form XObjects) deeper than a resume does",
            "nesting",
            budget.limits.nesting,
        )
    budget.depth += 1
    try:
        return original(interpreter, resources, streams, *args, **kwargs)
    finally:
        budget.depth -= 1


# --------------------------------------------------------------------------- stream decoding


def _decode(budget: _Budget, original: Guard, stream: Any) -> None:
    """pdfminer's `PDFStream.decode`, with every filter bounded by the budget."""
    from pdfminer import pdftypes
    from pdfminer.ascii85 import ascii85decode, asciihexdecode
    from pdfminer.psexceptions import PSSyntaxError

    data = stream.rawdata
    if stream.decipher:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    for name, params in stream.get_filters():
        if name in pdftypes.LITERALS_FLATE_DECODE:
            data = inflate(data, budget)
        elif name in pdftypes.LITERALS_LZW_DECODE:
            data = _lzw_decode(data, budget)
        elif name in pdftypes.LITERALS_ASCII85_DECODE:
            data = ascii85decode(data)
        elif name in pdftypes.LITERALS_ASCIIHEX_DECODE:
            data = asciihexdecode(data)
        elif name in pdftypes.LITERALS_RUNLENGTH_DECODE:
            data = run_length_decode(data, budget)
        elif name in (
            *pdftypes.LITERALS_CCITTFAX_DECODE,
            *pdftypes.LITERALS_DCT_DECODE,
            *pdftypes.LITERALS_JBIG2_DECODE,
            *pdftypes.LITERALS_JPX_DECODE,
        ):
            break  # image data: left encoded (text extraction never decodes images)
        else:
            raise PSSyntaxError(f"unsupported stream filter {name!r}")
        data = _unpredict(data, params, budget)
        budget.inflate(len(data))
    stream.data = data
    stream.rawdata = None


def inflate(data: bytes, budget: _Budget) -> bytes:
    """Flate-decode `data` into at most `budget.room()` bytes (LimitExceededError past it). A
    corrupt stream keeps what inflated before the damage, as pdfminer does, in linear time."""
    room = budget.room()
    inflater = zlib.decompressobj()
    out = bytearray()
    for start in range(0, len(data), INFLATE_CHUNK):
        chunk = data[start : start + INFLATE_CHUNK]
        before = inflater.copy()
        try:
            out += inflater.decompress(chunk, room + 1 - len(out))
        except zlib.error:
            out += _inflate_until_damage(before, chunk, room + 1 - len(out))
            break
        if len(out) > room or inflater.unconsumed_tail:
            budget.inflate(budget.limits.inflated_bytes + 1)
        if inflater.eof:
            break
    if len(out) > room:
        budget.inflate(budget.limits.inflated_bytes + 1)
    return bytes(out)


def _inflate_until_damage(inflater: Any, chunk: bytes, room: int) -> bytes:
    out = bytearray()
    for index in range(len(chunk)):
        try:
            out += inflater.decompress(chunk[index : index + 1], max(1, room - len(out)))
        except zlib.error:
            break
        if len(out) >= room or inflater.eof:
            break
    return bytes(out)


def run_length_decode(data: bytes, budget: _Budget) -> bytes:
    """RunLengthDecode that stops at the end of its data (pdfminer's raises StopIteration) and
    at the budget."""
    room = budget.room()
    out = bytearray()
    index = 0
    while index < len(data) and len(out) <= room:
        length = data[index]
        if length == 128:  # end of data
            break
        if length < 128:
            out += data[index + 1 : index + 2 + length]
            index += 2 + length
        else:
            out += data[index + 1 : index + 2] * (257 - length)
            index += 2
    if len(out) > room:
        budget.inflate(budget.limits.inflated_bytes + 1)
    return bytes(out)


def _lzw_decode(data: bytes, budget: _Budget) -> bytes:
    import io

    from pdfminer.lzw import LZWDecoder

    room = budget.room()
    out = bytearray()
    for piece in LZWDecoder(io.BytesIO(data)).run():
        out += piece
        if len(out) > room:
            budget.inflate(budget.limits.inflated_bytes + 1)
    return bytes(out)


def _unpredict(data: bytes, params: Any, budget: _Budget) -> bytes:
    """Undo a TIFF or PNG predictor, refusing rows longer than the data (a huge /Columns)."""
    from pdfminer.pdftypes import int_value
    from pdfminer.psexceptions import PSSyntaxError
    from pdfminer.utils import apply_png_predictor, apply_tiff_predictor

    if not isinstance(params, dict) or "Predictor" not in params:
        return data
    predictor = int_value(params["Predictor"])
    if predictor == 1:
        return data
    colors = int_value(params.get("Colors", 1))
    columns = int_value(params.get("Columns", 1))
    bits = int_value(params.get("BitsPerComponent", 8))
    row = (colors * columns * bits + 7) // 8
    if not (0 < colors <= 32 and columns > 0 and bits in (1, 2, 4, 8, 16)) or row > len(data):
        raise PSSyntaxError(
            f"stream predictor with {colors} colors, {columns} columns, {bits} bits does not fit "
            f"its {len(data)} bytes"
        )
    if predictor == 2:
        return bytes(apply_tiff_predictor(colors, columns, bits, data))
    if predictor >= 10:
        return bytes(apply_png_predictor(predictor, colors, columns, bits, data))
    raise PSSyntaxError(f"unsupported stream predictor {predictor}")
