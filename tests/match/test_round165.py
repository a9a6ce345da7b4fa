"""A hundred-and-sixty-fifth round, from written probes (no hold-out: the session's look-ups had
run out): a model moved to "a production" service; a detector's false positives with a longer
description between them and the share; generated voices, music and pictures by their makers'
and tasks' names (ElevenLabs, Adobe Firefly, Stability AI, RunwayML, music generation).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

DEPLOY = "model-deployment"
EVAL = "model-evaluation"
GENAI = "generative-ai"
CASES: list[Case] = [
    ("experience", "• Moved the churn model from notebooks to a production service", DEPLOY, True),
    ("experience", "• Took the new car model to the production line in Detroit", DEPLOY, False),
    ("experience", "• Reduced false positives of the fraud detector by 30%", EVAL, True),
    ("experience", "• Cut false positives of the smoke alarms by 30%", EVAL, False),
    ("projects", "• Voice assistant that speaks its answers with ElevenLabs", GENAI, True),
    ("projects", "• Music generation with a transformer trained on MIDI files", GENAI, True),
    ("projects", "• Speech synthesis for a museum audio guide", GENAI, False),
]  # fmt: skip


test_round165_kinds = sentence_test(CASES)
