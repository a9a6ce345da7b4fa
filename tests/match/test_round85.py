"""An eighty-fifth round, from the third batch of the session's hold-outs and a skill whose F1
had fallen since the issue's time. No longer evidence:

- a vision-language model, as language-model work (it matches images with text or captions them);
- statistical mechanics or physics named in Spanish, Portuguese, French or Italian, as statistics;
- the Linguistic Society of America's institute or meetings, as latent semantic analysis;
- e-learning models deployed, as learned models deployed.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Fast inference for a vision-language model", "llm-development", False),
    ("projects", "Image retrieval using vision language models", "llm-development", False),
    ("projects", "Fine-tuned a large language model for legal search", "llm-development", True),
    ("education", "Licenciatura en Física: Mecánica Estadística", "statistics", False),
    ("education", "Cursos: Física Estatística, Cálculo", "statistics", False),
    ("education", "Máster en Estadística Aplicada", "statistics", True),
    ("publications", "Semantics talk at the LSA Annual Meeting", "unsupervised-learning", False),
    ("projects", "Topic discovery with LSA on a news corpus", "unsupervised-learning", True),
    ("experience", "Deployed new e-learning models for schools", "model-deployment", False),
    ("experience", "Deployed deep learning models to edge devices", "model-deployment", True),
]  # fmt: skip


test_round85_kinds = sentence_test(CASES)
