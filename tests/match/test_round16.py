"""A sixteenth round: four terms that said more than the field means by them, each taken out or
narrowed after labellers of fresh hold-outs read them the other way in independent batches:

- time-series forecasting alone is no statistics (forecasts are made with neural networks too);
  its statistical models (ARIMA, exponential smoothing) still are;
- in-context learning is also what research on language models studies: as prompt engineering it
  needs the practice's words near (examples given in a prompt) or a skills list;
- OpenAI's reinforcement-learning libraries (Gym, Baselines) are no generative AI;
- Aix is a French city (and its university) as well as IBM's Unix, which is written AIX.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

FORECASTING: list[Case] = [
    ("experience", "Built time-series forecasting models for bakery demand with LSTMs",
     "statistics", False),
    ("skills", "Time-series forecasting, computer vision, recommender systems", "statistics",
     False),
    ("experience", "Forecast weekly ticket sales with ARIMA and exponential smoothing",
     "statistics", True),
    # a time series analysed, alone, no longer is either (the hundred-and-fourth round)
    ("experience", "Ran time series analysis of hourly sensor readings", "statistics", False),
]  # fmt: skip

IN_CONTEXT: list[Case] = [
    ("publications", "When do transformers generalise? In-context learning on synthetic tasks",
     "prompt-engineering", False),
    ("projects", "Reading group notes on in-context learning and induction heads",
     "prompt-engineering", False),
    ("experience", "In-context learning with three labelled examples per prompt for ticket triage",
     "prompt-engineering", True),
    ("skills", "LLMs: RAG, in-context learning, LoRA", "prompt-engineering", True),
]  # fmt: skip

OPENAI_RL: list[Case] = [
    ("skills", "RL: OpenAI Gym, Stable Baselines3, PyTorch", "generative-ai", False),
    ("skills", "RL: OpenAI Gym, Stable Baselines3, PyTorch", "reinforcement-learning", True),
    ("skills", "Agents with OpenAI Baselines (PPO, DQN)", "generative-ai", False),
    ("skills", "LLMs: OpenAI, Anthropic, Mistral", "generative-ai", True),
]  # fmt: skip

AIX: list[Case] = [
    ("education", "MSc Economics, Aix-Marseille University", "linux", False),
    ("experience", "Tour guide in Aix-en-Provence for two summers", "linux", False),
    ("skills", "Operating systems: AIX, Solaris, Windows Server", "linux", True),
    ("experience", "Administered AIX servers for the billing platform", "linux", True),
]  # fmt: skip

CASES = FORECASTING + IN_CONTEXT + OPENAI_RL + AIX


test_round16_kinds = sentence_test(CASES)
