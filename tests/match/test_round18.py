"""An eighteenth round, from the field's own vocabulary and the kinds of error on fresh hold-outs:

- the libraries that train deep networks across many accelerators (DeepSpeed, Horovod,
  Megatron-LM) are deep learning;
- conditional random fields are a learning method ("CRF" alone is also a clinical trial's case
  report form, so only the full name counts);
- a Dice coefficient with its value beside a segmentation is a model's result (Dice is also a
  job board and a game piece);
- a churn model is a predictive model (customer churn reduced by a programme is not);
- Google Cloud's AI services by product name (Dialogflow, Document AI, Cloud Vision) are
  Google Cloud;
- a language model named without "large" is also the n-gram or recurrent model that came before
  LLMs: a word of today's models (pretrained, tuned, prompts, agents, quantized) must be near, or a
  skills list;
- a model deployed whose describing words are coordinated ("speech recognition and translation
  models"), and a learning system named and then said to be hosted ("a machine learning plant
  disease classifier, hosted on Render").

Every sentence is written for these tests."""

from __future__ import annotations

from analyzer.match.matcher import SkillMatcher
from analyzer.types import SectionKind
from tests.match.sentences import Case, sentence_cases, shown

FIELD_TERMS: list[Case] = [
    ("experience", "Pre-trained a 3B model on 128 GPUs with DeepSpeed ZeRO-3", "deep-learning",
     True),
    ("skills", "Distributed training: Horovod, Megatron-LM", "deep-learning", True),
    ("experience", "Trained conditional random fields to tag addresses in shipping labels",
     "machine-learning-algorithms", True),
    ("experience", "Reviewed CRFs and queries for a phase II oncology trial",
     "machine-learning-algorithms", False),
    ("experience", "Built a churn model for the telecom unit", "machine-learning-algorithms", True),
    ("experience", "Cut customer churn by 8% with a loyalty programme",
     "machine-learning-algorithms", False),
    ("experience", "Built a voice assistant for bookings on Dialogflow CX", "gcp", True),
    ("projects", "Parsed receipts with Google Document AI into a ledger", "gcp", True),
]  # fmt: skip

DICE: list[Case] = [
    ("projects", "Segmented liver lesions on CT with a 3D UNet, Dice 0.91", "model-evaluation",
     True),
    ("experience", "Segmented retinal vessels, reaching a Dice of 0.83 on the test split",
     "model-evaluation", True),
    ("experience", "Recruited 14 engineers through Dice, 3 of them senior", "model-evaluation",
     False),
    ("projects", "Wrote a board game engine that rolls dice 2 at a time", "model-evaluation",
     False),
]  # fmt: skip

LANGUAGE_MODELS: list[Case] = [
    ("experience", "Built an LSTM language model that completes street names in the delivery app",
     "llm-development", False),
    ("experience", "Trained n-gram language models for a keyboard's next-word suggestions",
     "llm-development", False),
    ("experience", "Fine-tuned small language models to answer billing questions",
     "llm-development", True),
    ("experience", "Served open-weight language models with 4-bit quantization on CPUs",
     "llm-development", True),
    ("skills", "Methods: Language Models, Computer Vision", "llm-development", True),
]  # fmt: skip

DEPLOYED: list[Case] = [
    ("experience", "Deployed speech recognition and translation models to edge devices",
     "model-deployment", True),
    ("experience", "Deploys fraud and churn classifiers behind a gRPC service", "model-deployment",
     True),
    ("experience", "Deployed the website and trained models for the shop", "model-deployment",
     False),
    ("experience", "Deployed the new rota and pricing models for the stores", "model-deployment",
     False),
    ("projects", "A machine learning plant disease classifier, hosted on Render with Flask",
     "model-deployment", True),
    ("projects", "Wrote a deep learning triage app for clinics and hosted it on a GPU server",
     "model-deployment", True),
    ("experience", "Hosted a machine learning reading group every week", "model-deployment",
     False),
]  # fmt: skip

CASES = FIELD_TERMS + DICE + LANGUAGE_MODELS + DEPLOYED


@sentence_cases(CASES)
def test_round18_kinds(
    builtin_matcher: SkillMatcher, section: SectionKind, text: str, skill: str, expected: bool
) -> None:
    assert (skill in shown(builtin_matcher, section, text)) is expected
