"""A two-hundred-and-fiftieth round, from the thirteenth session's batches and (in-sample) the
rules that alone made a skill present across all the open hold-outs:

- models compared, with no measure or method of the comparison, are no evaluation shown (the
  comparisons that name a metric, a baseline or held-out data still count, by other patterns);
- an MCP server or connector alone is integration work that names no language model: no LLM
  development unless a model is named beside it;
- econometrics by its branches (micro- and macroeconometrics), and the econometrician, are
  statistics.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

EVALUATION = "model-evaluation"
LLM = "llm-development"
STATISTICS = "statistics"
CASES: list[Case] = [
    ("projects", "• Compared several kinetic models of the catalyst bed", EVALUATION, False),
    ("experience", "• Halved inference cost compared with our earlier model", EVALUATION, False),
    ("projects", "• Compared three classifiers by F1 over a held-out split", EVALUATION, True),
    ("experience", "• Wrote a small MCP server over our billing API", LLM, False),
    ("skills", "Integrations: REST, gRPC, Model Context Protocol", LLM, False),
    ("experience", "• Gave Claude our billing tools through an MCP server", LLM, True),
    ("summary", "Applied microeconometrics of household labour supply.", STATISTICS, True),
    ("experience", "• Econometrician on the central bank's forecasting desk", STATISTICS, True),
]  # fmt: skip


test_round250_kinds = sentence_test(CASES)
