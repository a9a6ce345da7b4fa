"""Which files of a folder are resumes, and their content hashes."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from analyzer.errors import InputNotFoundError, NotAFileError

SUPPORTED_SUFFIXES = frozenset({".pdf", ".docx", ".docm", ".txt", ".text", ".md"})
"""What `skillgap analyze` reads, by extension (case-insensitive). Other files are skipped."""


@dataclass(frozen=True, slots=True)
class Inventory:
    """The files of a folder, sorted: those to analyse, and those skipped as unsupported."""

    resumes: tuple[Path, ...]
    skipped: tuple[Path, ...]


def find_resumes(folder: str | os.PathLike[str], *, recursive: bool = False) -> Inventory:
    """The regular files in `folder` (and its subfolders when `recursive`; symbolic links to
    folders are not followed), split by extension."""
    root = Path(folder)
    if not root.exists():
        raise InputNotFoundError("does not exist", path=str(root))
    if not root.is_dir():
        raise NotAFileError("is not a folder; `skillgap batch` takes a folder", path=str(root))
    files: list[Path] = []
    for directory, subdirs, names in os.walk(root):
        subdirs.sort()
        files.extend(Path(directory, name) for name in sorted(names))
        if not recursive:
            break
    regular = [f for f in files if f.is_file()]
    return Inventory(
        resumes=tuple(f for f in regular if f.suffix.lower() in SUPPORTED_SUFFIXES),
        skipped=tuple(f for f in regular if f.suffix.lower() not in SUPPORTED_SUFFIXES),
    )


def sha256_file(path: Path, *, chunk: int = 1 << 20) -> str:
    """The SHA-256 of the file's content, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()
