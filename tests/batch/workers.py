"""Per-item functions for the pool tests: module-level, so worker processes can import them."""

from __future__ import annotations

import os
import time


def setup() -> str:
    return f"state of {os.getpid()}"


def slow_setup() -> str:
    time.sleep(1.5)  # like building an Analyzer
    return setup()


def failing_setup() -> str:
    raise RuntimeError("no lexicon here")


def work(state: str, item: str) -> str:
    """Behave as the item's name says: hang, die, raise, eat memory, or answer."""
    if item.startswith("hang"):
        time.sleep(60)
    if item.startswith("die"):
        os._exit(3)
    if item.startswith("raise"):
        raise ValueError(f"bad item {item}")
    if item.startswith("hog"):
        hoard = bytearray(4 * 1024**3)  # past any test memory cap
        return str(len(hoard))
    if item.startswith("slow"):
        time.sleep(0.3)
    return f"{item} done by {state}"


def read(item: str) -> tuple[str, int, float]:
    """A read stage that behaves as the item's name says; else (item, reader pid, when read)."""
    from analyzer.errors import UnsupportedInputError

    if item.startswith("unreadable"):
        raise UnsupportedInputError("is not a resume", path=item)
    if item.startswith("hang-read"):
        time.sleep(60)
    if item.startswith("die-read"):
        os._exit(4)
    if item.startswith("slow-read"):
        time.sleep(0.6)
    return item, os.getpid(), time.monotonic()


def work_on_read(state: str, read: tuple[str, int, float]) -> tuple[str, int, float, str, float]:
    """What was read, who read it and when, then who worked on it and when it started."""
    started = time.monotonic()
    item = read[0]
    if item.startswith("slow"):
        time.sleep(0.6)
    return (*read, state, started)


def lineage() -> str:
    """A set-up whose state names the worker and the process it was forked from."""
    return f"pid {os.getpid()} parent {os.getppid()}"


def collector_setup() -> dict[str, object]:
    """A set-up that reports whether the garbage collector ran meanwhile."""
    import gc

    return {"enabled during set-up": gc.isenabled()}


def collector_work(state: dict[str, object], item: str) -> dict[str, object]:
    """The collector's state when an item is worked on, beside the set-up's."""
    import gc

    return {**state, "enabled": gc.isenabled(), "frozen": gc.get_freeze_count(), "item": item}
