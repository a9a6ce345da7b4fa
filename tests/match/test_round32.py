"""A thirty-second round, from the general kinds among the errors of h140-h143 (first scored on
the thirty-first): a system named by a learnt task (object detection, recommendation) deployed is a
model deployed, and so is a deployment made with an ML platform (MLflow, SageMaker); "*nix" is the
Unix family; a processing pipeline of any input is data processing; damped least squares is a
robot arm's solver; "pre-GPT" is a time; TensorBoard is no sign of TensorFlow; and accuracy
improved, with no figure, is a claim, not a measure.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Built and deployed a pallet detection system beside the loading bays",
     "model-deployment", True),
    ("experience", "Deployed a claims-triage ML framework in two regions", "model-deployment",
     True),
    ("experience", "Deployed an intrusion detection system across the branch offices",
     "model-deployment", False),
    ("experience", "Deployed a fire detection system in the warehouse", "model-deployment", False),
    ("experience", "Deployed an intrusion detection model on the gateway", "model-deployment",
     True),
    ("experience", "Tracked experiments and managed deployment with MLflow", "model-deployment",
     True),
    ("experience", "Deployed the churn scorer on AWS SageMaker", "model-deployment", True),
    ("experience", "Deployed the marketing site on Netlify", "model-deployment", False),
    ("skills", "Tools: git, *nix command line, make", "linux", True),
    ("skills", "Package managers: Nix, Homebrew", "linux", False),
    ("experience", "Built document processing pipelines for supplier invoices", "data-processing",
     True),
    ("projects", "Solved the arm's inverse kinematics with damped least squares", "statistics",
     False),
    ("projects", "Fitted the calibration curve by least squares", "statistics", True),
    ("experience", "Launched our own AI help assistant (pre-GPT)", "generative-ai", False),
    ("experience", "Prototyped a GPT-4 assistant for the help desk", "generative-ai", True),
    ("projects", "Trained with PyTorch and logged the runs to TensorBoard", "tensorflow", False),
    ("experience", "Built a demand model to improve accuracy of the weekly plan",
     "model-evaluation", False),
    ("experience", "Tuned thresholds to improve the classifier's recall", "model-evaluation", True),
]  # fmt: skip


test_round32_kinds = sentence_test(CASES)
