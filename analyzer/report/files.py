"""Writing reports to the paths a user names, without ever losing what was there.

An output is written to a temporary file beside its target and renamed over it at the end, so a
crash leaves either the old file or the new one, never half of one. An existing file is replaced
only when the caller says so, and never when it is one of the inputs.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

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


def write_atomically(target: str | os.PathLike[str], content: str) -> None:
    """Write `content` (UTF-8) to `target` through a temporary file and a rename."""
    path = Path(target)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
        Path(temp).replace(path)
    except OSError as error:
        raise OutputError(f"cannot be written: {error.strerror or error}", path=str(path)) from None
