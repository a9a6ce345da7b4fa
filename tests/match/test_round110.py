"""A hundred-and-tenth round, from the first look at eight more hold-outs (h566-h573): CentOS
written "Cent-OS" is Linux; statements, invoices and receipts parsed are data processed (JSON or
XML parsed is not by itself: a program's configuration and messages are too).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

DATA = "data-processing"

CASES: list[Case] = [
    ("experience", "Hosted the judge on a Cent-OS box in the lab", "linux", True),
    ("experience", "Parsed 1,800+ supplier invoices with Python and OCR", DATA, True),
    ("experience", "Parsed the monthly card statements into one ledger", DATA, True),
    ("projects", "The mod loader parses XML level files at start-up", DATA, False),
]  # fmt: skip


test_round110_kinds = sentence_test(CASES)
