"""A seventy-sixth round, from the first looks at the session's first eight hold-outs:

- rolling deploys a model only when it rolls out: a "hand-rolled" detector is written by hand, one
  on "rolling z-scores" computes over a moving window;
- a compound adjective cut at its prepositions ("end-to-end", "state-of-the-art", "on-device")
  may stand between "deployed" and the models deployed;
- Perplexity the AI search product (listed beside the assistants, or under an "LLMs:" label) is
  not the metric;
- probability as a subject beside its neighbours in French, Spanish, Portuguese, German and
  Italian ("Probabilités et statistiques");
- "a background in statistics" names the discipline;
- a GitHub profile in other languages ("mi perfil de GitHub") is a link, as in English;
- a site's name closing a project's line after its stack in brackets ("(Rust) GitHub") is the
  project's link.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "A hand-rolled detector on rolling z-scores", "model-deployment", False),
    ("experience", "Rolled out the fraud detector to every market", "model-deployment", True),
    ("experience", "Rolled out a real-time recommendation service", "model-deployment", True),
    ("experience", "Deployed end-to-end ML models for credit risk", "model-deployment", True),
    ("experience", "Deployed state-of-the-art vision models", "model-deployment", True),
    ("experience", "Deployments end-to-end of deep learning models", "model-deployment", True),
    ("skills", "LLM tools: Perplexity, Claude, Copilot", "model-evaluation", False),
    ("skills", "AI tools: Perplexity AI, Cursor", "model-evaluation", False),
    ("skills", "Metrics: BLEU, ROUGE, perplexity", "model-evaluation", True),
    ("other", "Cours : Probabilités et statistiques, analyse numérique", "probability", True),
    ("other", "Teoría de la probabilidad y estadística", "probability", True),
    ("other", "La probabilidad de éxito del proyecto.", "probability", False),
    ("summary", "Pollster with a background in statistics and law", "statistics", True),
    ("summary", "Este es mi perfil de GitHub con mis proyectos.", "git", False),
    ("summary", "Hier ist mein GitHub-Profil mit Beispielen.", "git", False),
    ("projects", "Tiny ray tracer built over a weekend (Rust) GitHub", "git", False),
    ("projects", "Chord charts for a community choir (Lilypond) GitHub", "git", False),
    ("projects", "Versioned the notebooks with Git (and GitHub)", "git", True),
]  # fmt: skip


test_round76_kinds = sentence_test(CASES)
