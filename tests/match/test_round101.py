"""A hundred-and-first round, from the false positives of every hold-out read so far (counted
over the pairs each rule alone decided): sentiment analysis is supervised learning only beside a
word of training, of a classifier or of its scores (a lexicon's, a cloud service's or an LLM's
sentiment analysis is not), and "AI agents" alone are no generative AI (a game's, a simulator's
or a benchmark's agents are not).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

SUPERVISED = "supervised-learning"
GENERATIVE = "generative-ai"

CASES: list[Case] = [
    ("experience", "Scored tweet sentiment analysis with VADER for the brand team", SUPERVISED,
     False),
    ("experience", "Used an LLM for sentiment analysis of support chats", SUPERVISED, False),
    ("experience", "Fine-tuned DistilBERT for sentiment analysis of hotel reviews", SUPERVISED,
     True),
    ("projects", "Sentiment analysis of film reviews: logistic regression on TF-IDF, 88% F1",
     SUPERVISED, True),
    ("experience", "Wrote pathfinding for the AI agents of a strategy game", GENERATIVE, False),
    ("experience", "Built AI agents on GPT-4 that draft replies to support tickets", GENERATIVE,
     True),
]  # fmt: skip


test_round101_kinds = sentence_test(CASES)
