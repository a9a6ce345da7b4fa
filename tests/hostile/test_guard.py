"""The pdfminer.six guard's pieces and the limits record, one behaviour at a time."""

from __future__ import annotations

import zlib

import pytest

from analyzer.config import AnalyzerConfig, Limits
from analyzer.errors import ConfigError, CorruptPDFError, LimitExceededError
from analyzer.extract import guard


def budget(**limits: int) -> guard._Budget:
    return guard._Budget(Limits(**limits), "cv.pdf")  # type: ignore[arg-type]


def test_a_corrupt_flate_stream_keeps_what_inflated_before_the_damage() -> None:
    from pdfminer.pdftypes import decompress_corrupted

    text = b"".join(b"line %d of the content stream\n" % n for n in range(3000))
    packed = zlib.compress(text)
    damaged = packed[: len(packed) // 2] + b"\xff" * 50 + packed[len(packed) // 2 :]
    out = guard.inflate(damaged, budget())
    assert out == decompress_corrupted(damaged)  # what pdfminer keeps, without its 1-byte loop
    assert out[:1000] == text[:1000]
    assert guard.inflate(packed, budget()) == text


def test_inflation_stops_at_the_limit() -> None:
    bomb = zlib.compress(bytes(50 * 1024 * 1024))
    with pytest.raises(LimitExceededError, match=r"cv.pdf: .*\(limit inflated_bytes=1048576\)"):
        guard.inflate(bomb, budget(inflated_bytes=1024 * 1024))


def test_run_length_decoding_stops_at_the_end_of_its_data() -> None:
    assert guard.run_length_decode(b"\x02abc\xfex\x80ignored", budget()) == b"abcxxx"
    assert guard.run_length_decode(b"\x05ab", budget()) == b"ab"  # pdfminer: StopIteration
    with pytest.raises(LimitExceededError):
        guard.run_length_decode(b"\x81x" * 100, budget(inflated_bytes=1000))


def test_errors_of_a_library_become_ours_and_our_bugs_stay_bugs() -> None:
    from pdfminer import runlength

    with pytest.raises(CorruptPDFError, match=r"cv.pdf: is a damaged PDF .*RuntimeError"):  # noqa: SIM117
        with guard.limited(Limits(), path="cv.pdf"):
            runlength.rldecode(b"\x05ab")
    with pytest.raises(KeyError), guard.limited(Limits(), path="cv.pdf"):
        {}["ours"]


def test_outside_the_guard_pdfminer_is_unchanged() -> None:
    from pdfminer.pdftypes import PDFStream

    with guard.limited(Limits(), path="x.pdf"):
        pass
    stream = PDFStream({"Filter": None}, zlib.compress(b"BT ET"))
    stream.decode()
    assert stream.data == zlib.compress(b"BT ET")  # no filter named: left as it is


def test_limits_are_validated_and_parsed_from_settings() -> None:
    with pytest.raises(ConfigError, match="limit pages is 0"):
        Limits(pages=0)
    with pytest.raises(ConfigError, match="memory_mb is 10"):
        Limits(memory_mb=10)
    assert Limits(memory_mb=0).memory_mb == 0  # no cap
    limits = Limits().with_settings(["seconds=2.5", "page-objects=1000"])
    assert (limits.seconds, limits.page_objects) == (2.5, 1000)
    assert Limits.from_environment({"SKILLGAP_LIMITS": "pages=3, characters=99"}).pages == 3
    with pytest.raises(ConfigError, match=r"'pages=many': 'many' is not a number"):
        Limits().with_settings(["pages=many"])
    config = AnalyzerConfig(limits=Limits(pages=7))
    assert config.max_pages == 7 and config.max_file_bytes == Limits().file_bytes
