"""Module-level functions for isolated calls (worker processes import them by name)."""

from __future__ import annotations

import os
import time

from analyzer.errors import CorruptPDFError


def pid(_: str) -> int:
    return os.getpid()


def hang(_: str) -> None:
    time.sleep(600)


def hog(_: str) -> int:
    return len(bytearray(8 * 1024**3))


def refuse(path: str) -> None:
    raise CorruptPDFError("is not what it claims", path=path)


def crash(_: str) -> None:
    os._exit(5)
