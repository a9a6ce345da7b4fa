"""A twentieth round, from the kinds of error on three fresh hold-outs (h76-h78):

- a code host's name as a profile link is no use of Git: alone on its line among a sidebar's
  contact lines, before a handle ("GitHub: adal"), or naming a page before its address
  ("GitHub Pages CV - adal.github.io"); in a skills list, or a sentence, it stays the tool;
- "model" as a verb among others ("validate, model, and chart sales", "validated and modelled
  the cash flows") is no model evaluated;
- a share of accuracy beside computer vision or NLP work is a model's result;
- RAG beside reasoning or a knowledge graph is retrieval-augmented generation;
- unsupervised NLP, vision or speech is unsupervised learning;
- prompt orchestration is prompt engineering;
- features derived or engineered from data are data processing, and so is batch processing of
  records or files (a batch of bread is not).

And a second part, from three more hold-outs (h79-h81) after their first look:

- a code host's name alone in a list of programs is the tool (only beside contact details is it
  a link), and "[GitHub Repo]" is a link;
- an acronym in brackets means the words before it whose initials it takes: "Deep
  Representation Learning (DRL)" is no reinforcement learning, "Continuous Improvement (CI)" no
  CI/CD, while "Deep Reinforcement Learning (DRL)" is;
- a lab's experiment tracking is not MLOps, and data "with missing values" is no cleaning of them;
- SageMaker deployments are model deployment; a data generation pipeline is data processing;
  "prompts engineering" is prompt engineering.

And a third part, from three more hold-outs (h82-h84) after their first look: Weights & Biases
shows MLOps beside words of production, pipelines or other MLOps tools, not as a researcher's run
tracker; a self-serve model is a way of working, not a model served.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("summary", "Lyon, France\nTwitter: @adal\nGitHub: adal\nLinkedIn", "git", False),
    ("summary", "Lyon, France\nLinkedIn\nGithub\nDriving licence: B", "git", False),
    ("other", "linkedin\npersonal site\ngithub\ntwitter", "git", False),
    ("projects", "GitHub CV - adal.github.io\n• Hosts my resume", "git", False),
    ("projects", "GitHub Profile: github.com/adal", "git", False),
    ("skills", "Tools\nGitHub\nDocker", "git", True),
    ("experience", "Moved the team's repositories from SVN to GitHub", "git", True),
    ("experience", "Asked to check, validate, model, and chart quarterly sales in Excel",
     "model-evaluation", False),
    ("experience", "Collected, validated and modelled the cash flows of 40 leases",
     "model-evaluation", False),
    ("experience", "Validated and tuned the churn model on a held-out quarter",
     "model-evaluation", True),
    ("experience", "Evaluated the final models against last year's baseline",
     "model-evaluation", True),
    ("summary", "Builds computer vision solutions that reach 94% accuracy on shop floors",
     "model-evaluation", True),
    ("experience", "Raised invoice accuracy to 99% by checking every line", "model-evaluation",
     False),
    ("experience", "Cheaper RAG over reasoning graphs for legal questions", "generative-ai", True),
    ("experience", "Reported RAG status to the steering group every week", "generative-ai", False),
    ("experience", "Research on unsupervised NLP for low-resource languages",
     "unsupervised-learning", True),
    ("experience", "Able to work unsupervised on night shifts", "unsupervised-learning", False),
    ("experience", "Designed prompt orchestration for a claims assistant", "prompt-engineering",
     True),
    ("experience", "Derived 120 new features from customers' purchase history data",
     "data-processing", True),
    ("experience", "Shipped new features from customer feedback every sprint", "data-processing",
     False),
    ("experience", "Implemented batch processing of XML records into JSON", "data-processing",
     True),
    ("experience", "Ran the batch processing of bread dough for the morning shift",
     "data-processing", False),
]  # fmt: skip


SECOND_PART: list[Case] = [
    ("other", "Programs\nIllustrator\nVSCode\nGitHub\nAdobe XD", "git", True),
    ("projects", "Churn model | XGBoost, SHAP [GitHub Repo]", "git", False),
    ("experience", "Member of the Deep Representation Learning Group (DRL), Seoul",
     "reinforcement-learning", False),
    ("experience", "Trained agents with Deep Reinforcement Learning (DRL) for grid control",
     "reinforcement-learning", True),
    ("experience", "Led the plant's Continuous Improvement (CI) programme", "ci-cd", False),
    ("experience", "Set up Continuous Integration (CI) for the mobile app", "ci-cd", True),
    ("experience", "Shipped Retrieval-Augmented Generation (RAG) over product manuals",
     "generative-ai", True),
    ("experience", "Ran chemistry labs: safety briefings, titrations and experiment tracking",
     "mlops", False),
    ("experience", "Set up experiment tracking for model training runs in MLflow", "mlops", True),
    ("projects", "Gaussian process regression for sensor series with missing values",
     "data-processing", False),
    ("experience", "Imputed missing values and removed outliers in claims data",
     "data-processing", True),
    ("experience", "Wrote the inference code behind all production SageMaker deployments",
     "model-deployment", True),
    ("experience", "Built a synthetic data generation pipeline with an LLM", "data-processing",
     True),
    ("skills", "Prompts engineering, LangChain", "prompt-engineering", True),
]  # fmt: skip


THIRD_PART: list[Case] = [
    ("skills", "Tooling: Hydra configs, WandB dashboards, Optuna", "mlops", False),
    ("skills", "MLOps: MLflow, W&B, Docker", "mlops", True),
    ("experience", "Logged production retraining runs to Weights & Biases", "mlops", True),
    ("experience", "Moved monthly reporting to a self-serve model run by finance",
     "model-deployment", False),
]  # fmt: skip


test_round20_kinds = sentence_test(CASES + SECOND_PART + THIRD_PART)
