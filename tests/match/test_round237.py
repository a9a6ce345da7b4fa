"""A two-hundred-and-thirty-seventh round, from the fourth to the sixth batches of the tenth
session on this machine:

- in a resume that shows machine learning elsewhere, a CNN is the network (deep learning) with no
  word of learning near it; in one that shows none it still needs the word;
- a mathematical model, or one a modeller formulates, tested or evaluated, is no learned model
  (even in a resume that shows machine learning elsewhere);
- deduplications in the plural, data curating and offline pipelines prepare data as their
  singular, curation and batch kin do;
- a name with its version hyphened on ("GPT-4o", "ResNet-50") is, as a word near a term, also the
  name alone ("a writing helper built on GPT-4o with clever prompting");
- in a skills list, one letter mistyped in a long word of a longer term ("Supervized learning")
  is read as the term (`tests/match/test_fuzzy.py` has the matcher's own cases).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Ported the CNN-based pill reader to iOS\n• Fitted the "
     "dosage machine learning models", "deep-learning", True),
    ("experience", "• Ported the CNN-based pill reader to iOS", "deep-learning",
     False),
    ("experience", "• Field producer for CNN based in Atlanta\n• Wrote the weekly politics "
     "newsletter", "deep-learning", False),
    ("experience", "• Clustered survey answers with unsupervised machine learning\n• Tested a "
     "handful of mathematical models for predator and prey", "model-evaluation", False),
    ("experience", "• Trained gradient-boosted trees on claims\n• Sped up formulating, testing "
     "and refining a model of the epidemic", "model-evaluation", False),
    ("experience", "• Trained gradient-boosted trees on claims\n• Tested the churn model on a "
     "held-out month", "model-evaluation", True),
    ("projects", "Gathered a 90k corpus of forum posts, thinned by rules such as deduplications "
     "and language checks", "data-processing", True),
    ("experience", "• Tuned the deduplications and compression of nightly backups",
     "data-processing", False),
    ("experience", "• Led data curating for the speech team", "data-processing", True),
    ("experience", "• Wrote offline pipelines that score every account overnight",
     "data-processing", True),
    ("projects", "Writing helper built on GPT-4o with clever prompting", "prompt-engineering",
     True),
    ("experience", "• Prompting customers on the phone to renew their plans",
     "prompt-engineering", False),
    ("skills", "Methods: Supervized learning, Kalman filters", "supervised-learning", True),
    ("skills", "Methods: Unsupervized learning, Kalman filters", "unsupervised-learning", True),
]  # fmt: skip


test_round237_kinds = sentence_test(CASES)
