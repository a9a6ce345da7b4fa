"""A two-hundred-and-fifty-first round, from the fourteenth session's first two batches:

- Ollama, llama.cpp and SGLang, the other engines that run open language models, show a model
  deployed when they serve, as vLLM does; tried on a laptop they do not;
- video generation is a generative model's task only beside a word of models or learning (a media
  pipeline generates videos too): the bare alias is gone, the task's context rule decides;
- clustering done to find, uncover or group what it studies is the unsupervised method, however
  far the things grouped stand (a server cluster is set up for failover, not to find anything);
  more of the things clustering groups, and their behaviour, vouch for it;
- R^2, the coefficient of determination as it is typed without a superscript, is the metric R²;
- "Deeplearning", written as one word, is deep learning, and a recurrent unit (gated, lattice or
  otherwise) is a recurrent network's cell;
- the layers and styles of an application's design (backend, microservices, serverless, a
  framework's Core) are no learned model's architecture: evaluating them is no model evaluation
  (end-to-end models and models for phones still are).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

DEPLOYMENT = "model-deployment"
GENERATIVE = "generative-ai"
CLUSTERING = "unsupervised-learning"
EVALUATED = "model-evaluation"
DEEP = "deep-learning"
CASES: list[Case] = [
    ("experience", "• Deployed Ollama on our GPU hosts behind an internal API", DEPLOYMENT, True),
    ("experience", "• Served quantised models with llama.cpp to field laptops", DEPLOYMENT, True),
    ("projects", "• Tried Ollama on my laptop to chat with a local model", DEPLOYMENT, False),
    ("skills", "Tools: LangChain, Ollama, Chroma", DEPLOYMENT, False),
    ("experience", "• Sped up video generation for the newsroom's social clips", GENERATIVE, False),
    ("projects", "• Trained a latent diffusion model for video generation", GENERATIVE, True),
    ("experience", "• Applied clustering to discover typical sleep behaviours", CLUSTERING, True),
    ("experience", "• Ran clustering on meter readings to find like homes", CLUSTERING, True),
    ("experience", "• Set up server clustering to provide failover", CLUSTERING, False),
    ("experience", "• Looked after Redis clustering and replicas", CLUSTERING, False),
    ("experience", "• Clustering of patients by symptom profile", CLUSTERING, True),
    ("experience", "• Weekly clustering work for marketing on app users", CLUSTERING, True),
    ("projects", "• Boosted demand model reaching R^2 = 0.81 on test weeks", EVALUATED, True),
    ("projects", "• Yield regressor, R^2 of 0.64 across plots", EVALUATED, True),
    ("projects", "• Course projects in Deeplearning and speech processing", DEEP, True),
    ("publications", "Sparse Recurrent Units for Long Sequences (2021)", DEEP, True),
    ("experience", "• Evaluated serverless and microservices architectures", EVALUATED, False),
    ("experience", "• Evaluating Django and ASP.NET Core architectures in ML", EVALUATED, False),
    ("experience", "• Evaluated ranking and retrieval models on held-out queries", EVALUATED, True),
    ("experience", "• Evaluated end-to-end models for speech recognition", EVALUATED, True),
    ("experience", "• Benchmarked mobile models for on-phone speech recognition", EVALUATED, True),
]  # fmt: skip


test_round251_kinds = sentence_test(CASES)
