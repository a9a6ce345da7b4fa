"""A two-hundred-and-forty-seventh round, from the twelfth session's last batch and (in-sample)
the misses over all the open hold-outs once its look-ups had run out:

- certifications named as goals ("Certification goals: AZ-104 and DP-100") are still to be
  earned: a wish, like an exam one plans to take, for every skill they name;
- an error cut by a percentage beside data entry, invoices or billing is a clerk's error, not a
  model's, even with "validation" near.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

AZURE = "azure"
EVALUATION = "model-evaluation"
CASES: list[Case] = [
    ("experience", "Certification goals: AZ-104 and DP-100", AZURE, False),
    ("summary", "My certification goal this year is the Azure AI Engineer exam.", AZURE, False),
    ("experience", "• Moved the billing jobs to Azure Functions", AZURE, True),
    ("projects", "• Input validation: 35% error drop in supplier data entry", EVALUATION, False),
    ("projects", "• Invoice validation cut billing error by 12%", EVALUATION, False),
    ("projects", "• Lowered the churn model's validation error by 9%", EVALUATION, True),
]  # fmt: skip


test_round247_kinds = sentence_test(CASES)
