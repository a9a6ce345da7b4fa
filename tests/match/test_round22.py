"""A twenty-second round, from the kinds of error on six fresh hold-outs: h91-h93, first scored on
the twenty-first round's code, then h94-h96, first scored on the round's first part:

- a code host's name closing a title's line after a spaced dash is the project's link or the
  employer ("Ledger Sync - GitHub"), in a skills list the tool;
- a web application's SQL injection is a vulnerability, not SQL used; classifier-free guidance
  names no classifier;
- graph convolutional networks by their initials (GCN, R-GCN) are deep learning;
- "CI" beside the platform or the infrastructure that runs it is continuous integration;
- a deployment to a board built to run neural networks (Jetson, Orin, Coral, an NPU) is a model's
  deployment, and so is an application deployed to predict or classify;
- the journals and conferences a line says a person refereed or served on a committee of are
  venues, not skills, and so are the words inside a venue's capitalised name ("Conference on
  Neural Networks");
- second part: "Supervised" alone in a skills list is the learning setting only capitalised (not
  "working alone or supervised"); tree based models are supervised learning, hyphen or not; a
  deployment pipeline is CI/CD beside its builds, tests or tools, not named alone in a project's
  stack;
- third part, from two more (h98, h99): a code host in a row with a profile's site ("GitHub ·
  LinkedIn") is a link; an algorithm that detects is not by itself a learned model.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Ledger Sync Service \u2013 GitHub", "git", False),
    ("experience", "Backend Intern - GitLab", "git", False),
    ("skills", "Version control - GitHub", "git", True),
    ("experience", "Found and reported SQL injection flaws in the client portal", "sql", False),
    ("experience", "Wrote SQL views for the client portal", "sql", True),
    ("experience", "Studied classifier-free guidance for image diffusion", "supervised-learning",
     False),
    ("experience", "Studied classifier-free guidance for image diffusion",
     "machine-learning-algorithms", False),
    ("publications", "Link prediction in knowledge graphs with an R-GCN encoder", "deep-learning",
     True),
    ("experience", "Maintained the company CI platform for 300 engineers", "ci-cd", True),
    ("experience", "Deployment on Jetson Orin for the warehouse carts", "model-deployment", True),
    ("experience", "Deployment on Xavier, our new office", "model-deployment", False),
    ("experience", "Deployed an internal tool which predicts rents", "model-deployment", True),
    ("experience", "Deployed an internal tool which lists rents", "model-deployment", False),
    ("other", "Referee for: Journal of Forest Statistics, Machine Learning Letters", "statistics",
     False),
    ("other", "2024 Programme Committee, Workshop on Deep Learning for Graphs", "deep-learning",
     False),
    ("publications", "Deep learning for graphs: a survey. Workshop on Graph Learning, 2024",
     "deep-learning", True),
    ("other", "Best paper award at the Nordic Conference on Neural Networks for Shipping",
     "deep-learning", False),
    ("publications", "Faster route planning at scale. Proceedings of the Symposium on Machine "
     "Learning Systems, 2023", "machine-learning-algorithms", False),
    ("publications", "Machine learning for route planning. Symposium on Transport Systems, 2023",
     "machine-learning-algorithms", True),
    ("experience", "Presented a workshop on deep learning to new hires", "deep-learning", True),
    ("skills", "Comfortable working alone, in a group, or supervised", "supervised-learning",
     False),
    ("skills", "Learning settings: Supervised, Unsupervised", "supervised-learning", True),
    ("skills", "Methods: GLMs, tree based models, k-means", "supervised-learning", True),
    ("projects", "Fraud Scoring | Python | XGBoost | Deployment Pipeline", "ci-cd", False),
    ("experience", "Cut release time by adding pytest to the deployment pipeline", "ci-cd", True),
    ("summary", "Ada Lovelace · GitHub · LinkedIn", "git", False),
    ("projects", "Wrote an edge-based algorithm to detect cracks in road photos with MATLAB",
     "machine-learning-algorithms", False),
    ("projects", "Trained a model to detect cracks in road photos", "machine-learning-algorithms",
     True),
]  # fmt: skip


test_round22_kinds = sentence_test(CASES)
