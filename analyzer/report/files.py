"""Writing reports to the paths a user names, without ever losing what was there.

An output is written to a temporary file beside its target and renamed over it at the end, so a
crash leaves either the old file or the new one, never half of one. An existing file is replaced
only when the caller says so, and never when it is one of the inputs.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from analyzer.errors import OutputError


def check_output_path(
    target: str | os.PathLike[str],
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
    overwrite: bool = False,
) -> Path:
    """The resolved target, or OutputError saying why it must not be written."""
    path = Path(target)
    resolved = path.resolve()
    for source in inputs:
        if Path(source).resolve() == resolved:
            raise OutputError("is an input; choose another output path", path=str(path))
    if path.is_dir():
        raise OutputError("is a directory; give a file name", path=str(path))
    if path.exists() and not overwrite:
        raise OutputError("exists; pass --overwrite to replace it", path=str(path))
    if not path.parent.exists():
        raise OutputError(f"folder {str(path.parent)!r} does not exist", path=str(path))
    return path


@contextmanager
def open_atomically(target: str | os.PathLike[str]) -> Iterator[IO[str]]:
    """A UTF-8 text file to stream into; it replaces `target` only when the block ends normally,
    and is removed when it does not."""
    path = Path(target)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise OutputError(f"cannot be written: {error.strerror or error}", path=str(path)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        Path(temp).chmod(0o666 & ~umask())  # mkstemp makes it private; outputs are ordinary files
        Path(temp).replace(path)
    except OSError as error:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(f"cannot be written: {error.strerror or error}", path=str(path)) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_atomically(target: str | os.PathLike[str], content: str) -> None:
    """Write `content` (UTF-8) to `target` through a temporary file and a rename."""
    with open_atomically(target) as handle:
        handle.write(content)


def umask() -> int:
    """The process's file-creation mask, read from /proc where there is one: `os.umask` can only
    read it by setting it, which for an instant changes it for the host's other threads."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    current = os.umask(0o022)
    os.umask(current)
    return current
