"""`from_plain` reads JSON values back into typed records, the inverse of `to_plain`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import pytest

from analyzer.types import PlainValueError, from_plain, to_plain


@dataclass(frozen=True, slots=True)
class Part:
    name: str
    weight: float
    level: Literal["required", "preferred"]


@dataclass(frozen=True, slots=True)
class Whole:
    title: str | None
    count: int
    parts: tuple[Part, ...]
    tags: tuple[str, ...] = ()


WHOLE = Whole("ML engineer", 2, (Part("python", 1.0, "required"), Part("sql", 0.5, "preferred")))


def test_a_record_reads_back_equal_to_itself() -> None:
    plain = to_plain(WHOLE)

    assert from_plain(Whole, plain) == WHOLE
    assert from_plain(Whole, {**plain, "title": None}).title is None


def test_an_integer_in_a_float_field_becomes_a_float() -> None:
    read = from_plain(Part, {"name": "python", "weight": 1, "level": "required"})

    assert read.weight == 1.0
    assert isinstance(read.weight, float)


def test_missing_keys_take_their_default_and_unknown_keys_are_ignored() -> None:
    plain = to_plain(WHOLE)
    del plain["tags"]

    assert from_plain(Whole, {**plain, "added_in_a_later_version": [1, 2]}) == WHOLE


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"count": "2"}, "count: must be an integer"),
        ({"count": True}, "count: must be an integer"),
        ({"title": 3}, "title: must be a string"),
        ({"parts": {}}, "parts: must be a JSON array"),
        ({"parts": [None]}, "parts[0]: must be a JSON object"),
        ({"parts": [{"name": "x", "weight": "1", "level": "required"}]}, "parts[0].weight: must"),
        ({"parts": [{"name": "x", "weight": 1, "level": "must"}]}, "parts[0].level: 'must' is not"),
        ({"parts": [{"name": "x", "level": "required"}]}, "parts[0].weight: is missing"),
        ({"tags": ["a", 1]}, "tags[1]: must be a string"),
    ],
)
def test_a_wrong_value_is_named_by_its_key_path(change: dict[str, Any], message: str) -> None:
    with pytest.raises(PlainValueError) as raised:
        from_plain(Whole, {**to_plain(WHOLE), **change})

    assert str(raised.value).startswith(message)


def test_a_value_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(PlainValueError, match="must be a JSON object"):
        from_plain(Whole, ["not", "a", "record"])
