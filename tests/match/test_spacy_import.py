"""spaCy is imported without its command line, and everything of spaCy's still works after."""

from __future__ import annotations

import json
import subprocess
import sys

CLI_LIBRARIES = ("spacy.cli", "typer", "weasel")


def run_probe(code: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_matching_imports_spacy_without_its_command_line() -> None:
    found = run_probe(
        "import json, sys\n"
        "import analyzer.match\n"
        f"print(json.dumps({{'spacy': 'spacy' in sys.modules, 'cli': [m for m in {CLI_LIBRARIES!r}"
        " if m in sys.modules], 'left': [m for m in sys.modules if m.startswith('spacy.cli')]}))"
    )
    assert found == {"spacy": True, "cli": [], "left": []}


def test_spacy_info_and_its_command_line_still_work_afterwards() -> None:
    found = run_probe(
        "import json, sys\n"
        "import analyzer.match, spacy\n"
        "about = spacy.info()\n"
        "cli_after_info = 'spacy.cli' in sys.modules\n"
        "import spacy.cli, spacy.cli.info\n"
        "module = sys.modules['spacy.cli.info']\n"
        "tokens = [t.text for t in spacy.blank('en')('two words')]\n"
        "print(json.dumps({'version': about['spacy_version'] == spacy.__version__,\n"
        "    'cli_after_info': cli_after_info, 'real': module.__file__.endswith('info.py'),\n"
        "    'download': callable(spacy.cli.download), 'tokens': tokens}))"
    )
    assert found == {
        "version": True,
        "cli_after_info": True,
        "real": True,
        "download": True,
        "tokens": ["two", "words"],
    }


def test_nothing_changes_when_spacy_is_already_imported() -> None:
    found = run_probe(
        "import json, sys\n"
        "import spacy\n"
        "info = spacy.info\n"
        "import analyzer.match\n"
        "print(json.dumps({'same_info': spacy.info is info, 'cli': 'spacy.cli' in sys.modules}))"
    )
    assert found == {"same_info": True, "cli": True}
