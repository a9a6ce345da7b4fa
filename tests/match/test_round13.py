"""A thirteenth, short round of general rules, from the undisputed errors of two hold-outs (three
others measured it unseen): deep learning was read as a family of machine-learning methods, so
evidence for it as evidence for them (the twenty-ninth round reversed this: see below); a score with
the task or split it was measured on ("91.5% classification accuracy", "a 0.91 validation F1") is an
evaluation; learning "in an unsupervised manner" is the unsupervised setting. Each positive stands
beside look-alikes, and short resumes of people outside ML carry the look-alikes and must show no ML
skill.

Every sentence and resume is written for these tests."""

from __future__ import annotations

import pytest

from analyzer.match.matcher import SkillMatcher
from tests.match.sentences import (
    Case,
    Section,
    ml_skills_shown,
    sentence_test,
)

DEEP_LEARNING_ALONE: list[Case] = [
    # Deep learning alone shows deep learning, not the machine-learning methods: on 1,250 hold-out
    # resumes whose only evidence for the methods was deep learning or its frameworks, labellers
    # read it so two times in three, and the spec names neither among the methods' evidence.
    ("experience", "Trained convolutional neural networks for defect detection",
     "machine-learning-algorithms", False),
    ("projects", "Arrhythmia detection from ECG traces with deep learning",
     "machine-learning-algorithms", False),
    ("skills", "PyTorch, Keras", "machine-learning-algorithms", False),
    ("skills", "PyTorch, Keras", "deep-learning", True),
    # Deep water, deep networks of people: no learning, no method.
    ("experience", "Built a deep network of suppliers across Asia", "machine-learning-algorithms",
     False),
    ("experience", "Led deep-water drilling surveys", "machine-learning-algorithms", False),
]  # fmt: skip

TASK_METRICS: list[Case] = [
    ("projects", "Reached 91.5% classification accuracy on the test set", "model-evaluation", True),
    ("experience", "Achieved 88% test accuracy with a gradient-boosted model", "model-evaluation",
     True),
    ("experience", "A 0.91 validation F1 on the held-out month", "model-evaluation", True),
    ("experience", "Reached 94 percent detection recall on night images",
     "model-evaluation", True),
    # Counts, audits and a store's overall accuracy are not a model's scores.
    ("experience", "Passed 3 test accuracy audits of the ledger", "model-evaluation", False),
    ("experience", "Achieved 97% overall accuracy in stock counts", "model-evaluation", False),
    ("experience", "Scored 95% in the driving test", "model-evaluation", False),
]  # fmt: skip

UNSUPERVISED_MANNER: list[Case] = [
    ("experience", "Learned speech features in an unsupervised manner from raw audio",
     "unsupervised-learning", True),
    ("experience", "Pretrained the encoder in an unsupervised fashion", "unsupervised-learning",
     True),
    ("experience", "Compared supervised and unsupervised training objectives",
     "unsupervised-learning", True),
    # Working without supervision is a shift, not a setting of learning.
    ("experience", "Worked unsupervised on night shifts", "unsupervised-learning", False),
    ("experience", "Ran the unsupervised play area of the nursery", "unsupervised-learning", False),
]  # fmt: skip

CASES: list[Case] = [*DEEP_LEARNING_ALONE, *TASK_METRICS, *UNSUPERVISED_MANNER]


test_round13_kinds = sentence_test(CASES)


NON_ML_RESUMES: dict[str, list[Section]] = {
    "childcare lead": [
        (
            "experience",
            "Experience",
            "Ran the unsupervised play area and worked unsupervised on late shifts. Passed 3 "
            "test accuracy audits of the attendance register with 97% overall accuracy.",
        ),
        ("skills", "Skills", "First aid, safeguarding, rota planning"),
    ],
    "offshore engineer": [
        (
            "experience",
            "Experience",
            "Led deep-water drilling surveys and built a deep network of suppliers. Scored 95% "
            "in the offshore safety test.",
        ),
        ("skills", "Skills", "AutoCAD, HAZOP, rigging"),
    ],
}


@pytest.mark.parametrize("person", sorted(NON_ML_RESUMES))
def test_look_alikes_outside_ml_show_no_ml_skill(
    builtin_matcher: SkillMatcher, person: str
) -> None:
    assert not ml_skills_shown(builtin_matcher, NON_ML_RESUMES[person]), person
