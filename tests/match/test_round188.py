"""A hundred-and-eighty-eighth round, from the first looks at new hold-outs (in-sample):

- "deployment of neural networks", the noun as "deployed neural networks" is the verb, is a model
  deployed;
- prompts authored, written or crafted as a craft of their own are prompt engineering;
- a model's score checked, the check named after it ("classifier accuracy testing"), is an
  evaluation;
- Hive beside Scala, Spark's language, is Hadoop's Hive.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Owned the redeployment of neural networks onto the sorting robots",
     "model-deployment", True),
    ("experience", "• Planned the deployment of field networks for the rural clinics",
     "model-deployment", False),
    ("experience", "• Led prompt authoring for the claims assistant", "prompt-engineering", True),
    ("experience", "• Built a harness for classifier accuracy testing before each release",
     "model-evaluation", True),
    ("experience", "• Worked in Scala and Hive for the billing team", "sql", True),
    ("experience", "• App stack: Dart, Hive, Provider", "sql", False),
]  # fmt: skip


test_round188_kinds = sentence_test(CASES)
