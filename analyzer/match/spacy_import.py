"""Import spaCy without its command line: the one place that decides how spaCy is first imported.

`import spacy` (3.8) runs `from .cli.info import info`, which imports the whole `spacy.cli` package:
every command of spaCy's own command line, with typer, weasel, requests and httpx, about a third of
spaCy's import time, though a library user (and skillgap) never runs them. spaCy's PR #12962
proposed loading the CLI lazily; until spaCy does, `import_spacy()` puts a stand-in for
`spacy.cli.info` into `sys.modules` while spaCy imports, and removes it right after. The stand-in's
`info` imports the real one when it is called, so `spacy.info()` still works, and a later
`import spacy.cli` (or `python -m spacy`) imports the real package: nothing of the stand-in stays
in `sys.modules`.

`analyzer.match` calls it before any of its modules imports spaCy; when spaCy is already imported
(by a caller, or a version of spaCy that no longer loads its CLI) it does nothing.
"""

from __future__ import annotations

import sys
import types
from typing import Any

STAND_IN = "spacy.cli.info"
"""The module `spacy/__init__.py` imports `info` from; importing it imports all of `spacy.cli`."""


def info(*args: Any, **kwargs: Any) -> Any:
    """spaCy's `spacy.info`, imported (with spaCy's command line) when first called."""
    from spacy.cli.info import info as real_info

    return real_info(*args, **kwargs)


def import_spacy() -> None:
    """Import spaCy, leaving its command line unimported (see the module's docstring)."""
    if "spacy" in sys.modules or STAND_IN in sys.modules:
        return
    stand_in = types.ModuleType(STAND_IN, "A stand-in while spaCy imports (analyzer.match).")
    stand_in.info = info  # type: ignore[attr-defined]
    sys.modules[STAND_IN] = stand_in
    try:
        import spacy  # noqa: F401
    finally:
        if sys.modules.get(STAND_IN) is stand_in:
            del sys.modules[STAND_IN]
