"""A two-hundred-and-twenty-second round, from the first look at new batches of hold-out sets:

- IT deploys networks of routers and clouds: a network deployed is a model's only when named by
  its learning kind ("a convolutional network", "convolutional and recurrent networks");
- a share of any work's accuracy ("94% translation accuracy") is a model's score where a model's
  words or a benchmark stand beside it, not a clerk's "billing accuracy"; a baseline beaten may be
  named by four words ("open-weight LLM baselines");
- Kubernetes is written "K8's" too, and containers beside the server software run in them
  (Redis, Postgres) are software's.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Helped deploy the council's new regional network across four depots",
     "model-deployment", False),
    ("experience", "• Deployed a quantised 4-bit convolutional network on the drone",
     "model-deployment", True),
    ("experience", "• Deployed small convolutional and recurrent networks to wearables",
     "model-deployment", True),
    ("experience", "• Reached 94% translation accuracy on the WMT benchmark",
     "model-evaluation", True),
    ("experience", "• Kept 99% billing accuracy for 300 clients each quarter",
     "model-evaluation", False),
    ("experience", "• Our agent ended up beating open-weight LLM baselines on every task",
     "model-evaluation", True),
    ("skills", "Ops: Terraform, Docker, K8's, Argo CD",
     "kubernetes", True),
    ("experience", "• Ran each scraper worker with Postgres and containers per tenant",
     "docker", True),
    ("experience", "• Packed food containers for the night shift",
     "docker", False),
]  # fmt: skip


test_round222_kinds = sentence_test(CASES)
