"""A hundred-and-eighty-fourth round, from the first looks at new hold-outs (in-sample):

- an agent's goals or values drifting (AI safety's term) are no model's inputs drifting;
- AWS's FPGA instances ("EC2 F1 instances") are no F1 score;
- "Stochastics" and "Stochastic Methods", the field and its course, are probability;
- a monitoring dashboard that follows a model's accuracy or health monitors the model, with up
  to eight words between;
- "LLM" in an education section beside the safety research done on the models ("LLM alignment")
  is the language model, not the Master of Laws;
- the decision-tree family coordinated with another before the shared noun ("tree-based and
  linear models") is supervised learning;
- "GitHub University", the academic website template's placeholder school, is no Git.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Tracked value drift in a chat model over multi-turn dialogues",
     "model-monitoring", False),
    ("experience", "• Measured data drift in the scoring model's inputs every week",
     "model-monitoring", True),
    ("skills", "Cloud: S3, Lambda, F1 instances for FPGA builds", "model-evaluation", False),
    ("education", "Courses: Stochastics, Real Analysis", "probability", True),
    ("education", "• Stochastic Methods in Engineering", "probability", True),
    ("experience", "• Shipped a monitoring dashboard so staff could follow weekly model accuracy",
     "model-monitoring", True),
    ("experience", "• Shipped a monitoring dashboard so staff could follow weekly server uptime",
     "model-monitoring", False),
    ("education", "PhD in Computer Science; thesis on LLM alignment under distribution shift",
     "llm-development", True),
    ("education", "LLM in International Tax Law, 2019", "llm-development", False),
    ("projects", "• Benchmarked tree-based and linear models on churn data",
     "supervised-learning", True),
    ("projects", "• Compared tree-based or neural ensembles on sales data", "supervised-learning",
     True),
    ("projects", "• Tree-based and rule-based access control", "supervised-learning", False),
    ("education", "B.S. in Physics, GitHub University, 2012", "git", False),
]  # fmt: skip


test_round184_kinds = sentence_test(CASES)
