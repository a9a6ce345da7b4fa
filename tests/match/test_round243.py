"""A two-hundred-and-forty-third round, in-sample, from the misses over all the open hold-outs once
the eleventh session's look-ups had run out:

- the chain of thought written with a plural ("chain of thoughts", "chains of thought") is the
  prompting technique as the singular is, with the same guard: a word of prompting near, or a
  skills list (research on reasoning studies chains of thought it does not prompt);
- a platform is a learning system's noun, so a platform deployed for a learnt task ("a churn
  prediction platform") is model deployment, but not the security trade's intrusion or threat
  detection platforms.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

PROMPTING = "prompt-engineering"
DEPLOY = "model-deployment"
CASES: list[Case] = [
    ("experience", "• Prompted the bot with chains of thought and few examples", PROMPTING, True),
    ("skills", "LLM methods: chain of thoughts, retrieval, tool calling", PROMPTING, True),
    ("publications", "Why chains of thought drift in small reasoners", PROMPTING, False),
    ("experience", "• Deployed a churn prediction platform on GCP for the telecom", DEPLOY, True),
    ("experience", "• Deployed the intrusion detection platform across the offices", DEPLOY, False),
    ("experience", "• Deployed the threat detection platform at two banks", DEPLOY, False),
]  # fmt: skip


test_round243_kinds = sentence_test(CASES)
