"""A hundred-and-seventy-eighth round, from the rules that alone stand behind more false
positives than true ones over the open hold-outs (in-sample): Gradio named alone in a list of
libraries shows no model put before users; beside a word of demos, apps or hosting it does.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

DEPLOY = "model-deployment"
CASES: list[Case] = [
    ("skills", "Libraries: NumPy, Gradio, Seaborn", DEPLOY, False),
    ("projects", "• Gradio demo of the captioning model on Hugging Face Spaces", DEPLOY, True),
    ("projects", "• Built an interactive Gradio UI for the retrieval assistant", DEPLOY, True),
]  # fmt: skip


test_round178_kinds = sentence_test(CASES)
