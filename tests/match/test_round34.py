"""A thirty-fourth round, for precision: names the labellers of the hold-outs h58-h148 almost never
took as a skill when nothing else showed it. ONNX is an exchange format (ONNX Runtime still serves
models); LLM tracing platforms (Langfuse, LangSmith, Helicone) are LLM development's tools, not
model monitoring; DSPy is LLM development, not prompt engineering; "predictive analytics" is a
business-intelligence heading; a decision tree needs a word of learning or data (a game's dialogue
has them too); a hosting model is how a service is run; a network's deep feature extraction is
not data preparation; a data stream needs a word of processing it.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "Tooling: Docker, ONNX, CMake", "model-deployment", False),
    ("experience", "Served the detector with ONNX Runtime on a kiosk", "model-deployment", True),
    ("skills", "LLM stack: LangChain, Langfuse, Qdrant", "model-monitoring", False),
    ("skills", "LLM stack: LangChain, Langfuse, Qdrant", "llm-development", True),
    ("skills", "Frameworks: DSPy, Pydantic", "prompt-engineering", False),
    ("skills", "Frameworks: DSPy, Pydantic", "llm-development", True),
    ("experience", "Monitored LLM hallucinations in production with Langfuse traces",
     "model-monitoring", True),
    ("skills", "Business: Predictive Analytics, Budgeting", "machine-learning-algorithms", False),
    ("projects", "Wrote branching quests and player decision trees for a story game",
     "supervised-learning", False),
    ("projects", "Wrote branching quests and player decision trees for a story game",
     "machine-learning-algorithms", False),
    ("projects", "Trained a decision tree on loan records to predict defaults",
     "supervised-learning", True),
    ("skills", "Methods: decision trees, k-means", "machine-learning-algorithms", True),
    ("experience", "Designed a low-cost hosting model for the agency's websites",
     "model-deployment", False),
    ("experience", "Used deep feature extraction from a CNN backbone for retrieval",
     "data-processing", False),
    ("experience", "Built a buoy that publishes data streams from its wave sensors",
     "data-processing", False),
    ("experience", "Joined and windowed click data streams in Flink", "data-processing", True),
]  # fmt: skip


test_round34_kinds = sentence_test(CASES)
