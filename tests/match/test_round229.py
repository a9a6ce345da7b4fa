"""A two-hundred-and-twenty-ninth round, from the undisputed misses of the session's first four
batches of hold-outs:

- music generated from formulae or rules is no generative AI: the task needs a model's word near;
- inference run in batches over a test set or for a leaderboard scores a model, it serves none;
- another's model API called (a third party's, a vendor's) is no model deployed;
- a numerical model that predicts a flow or a spill, solved with MPI or OpenMP, is simulation,
  not a learned model;
- "Bayesian" beside a learning or belief word is probability (Bayesian preference learning);
- a dataset converted from one format to another is data processing;
- a model's lifecycle listed from its data to its deployment shows the deployment;
- a form's input validation that cut error rates evaluates no model;
- a program's name in capitals in a skills list is not read as a short alias it resembles.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "• Sheet music generation from arithmetic rules (Python)",
     "generative-ai", False),
    ("projects", "• Music generation with a transformer trained on MIDI files",
     "generative-ai", True),
    ("projects", "• Ran batch inference on 2,000 test images for the leaderboard",
     "model-deployment", False),
    ("experience", "• Scheduled nightly batch inference of the churn model on Spark",
     "model-deployment", True),
    ("experience", "• Wrapped our chat endpoint around a third-party model API",
     "model-deployment", False),
    ("experience", "• Built an inference API for the fraud model in FastAPI",
     "model-deployment", True),
    ("projects", "• OpenMP and MPI parallelization of a tsunami prediction model",
     "machine-learning-algorithms", False),
    ("projects", "• Built a prediction model of customer churn with gradient boosting",
     "machine-learning-algorithms", True),
    ("experience", "• Designed a Bayesian preference-learning study for home robots",
     "probability", True),
    ("experience", "• Wrote dataset conversion scripts from COCO to YOLO format",
     "data-processing", True),
    ("experience", "• Built the churn model, including data collection, design, tuning and "
     "deployment", "model-deployment", True),
    ("experience", "• Added form validation to the checkout page, cutting error rates by half",
     "model-evaluation", False),
    ("projects", "• Validation error rates of the CNN fell to 3% after augmentation",
     "model-evaluation", True),
    ("skills", "Crystallography: SHELXL, Olex2, Mercury", "linux", False),
    ("skills", "Frameworks: PYTORCH, TENSORFLW, KERAS", "tensorflow", True),
]  # fmt: skip


test_round229_kinds = sentence_test(CASES)
