"""A seventy-third round, from the first looks at this session's hold-outs:

- documents cut into passages for retrieval ("chunking") are data prepared, not memory's or
  HTTP's chunking; documents ingested are data ingested;
- a model made small ("model quantization" in a list) shows deployment, not the MLOps practice
  (as a runtime's name already did not; a model taken to a device still does);
- PCA among vector arithmetic (PCA beside cosine similarity over embeddings) is the method;
- the finance team's budget, rolling-forecast and cash-flow models are not learned models, and a
  system a model powers, deployed, is not the model deployed;
- the bare name of statistics in French, Spanish, Portuguese, German and Italian is guarded as
  the English one is ("estadísticas de empleados" in an admin app are counts);
- a cue in the label that opens its line ("Planned: AZ-104, DP-100, AI-102", "• Exams in
  progress:") reaches every item of it.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Recursive chunking of manuals for the RAG index", "data-processing", True),
    ("experience", "Document ingestion into the search service", "data-processing", True),
    ("experience", "Taught memory chunking techniques to students", "data-processing", False),
    ("experience", "HTTP chunking for large uploads", "data-processing", False),
    ("skills", "Pruning, model quantization, distillation", "model-deployment", True),
    ("skills", "Pruning, model quantization, distillation", "mlops", False),
    ("projects", "Ranked profiles by centroid distance and PCA", "unsupervised-learning", True),
    ("experience", "Stood up a rolling forecast model for finance", "model-deployment", False),
    ("other", "Stood up a rolling forecast model", "machine-learning-algorithms", False),
    ("projects", "Built and deployed an LLM-based ticket router", "model-deployment", False),
    ("projects", "Deployed the fine-tuned LLM behind vLLM", "model-deployment", True),
    ("projects", "App de turnos con estadísticas de uso", "statistics", False),
    ("experience", "Estadística aplicada con R para clientes", "statistics", True),
    ("experience", "Schulungen in Statistik für das Team", "statistics", True),
    ("certifications", "In progress: DP-203, SC-900, DP-100, AZ-104", "azure", False),
    ("skills", "Currently learning: Rust, Go, Terraform, Ansible, Docker", "docker", False),
    ("skills", "Tools: Docker. Currently learning: Rust", "docker", True),
    ("skills", "• Currently learning: Rust, Go, Terraform, Ansible, Docker", "docker", False),
    ("certifications", "Exams in progress: DP-203, SC-900, DP-100, AZ-104", "azure", False),
]  # fmt: skip


test_round73_kinds = sentence_test(CASES)
