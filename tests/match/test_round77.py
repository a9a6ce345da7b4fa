"""A seventy-seventh round, from the first looks at the session's second eight hold-outs:

- a dashboard or an alert on a model's own quality is the model monitored;
- a web framework written hyphenated before what it serves ("a FastAPI-based price prediction
  service") still serves the model;
- statistics as a course by its title or level ("Introduction to Statistics - undergraduate");
- A/B testing coordinated with another test ("A/B & multivariate testing");
- Monte Carlo methods and Markov chains in Chinese, Japanese and Korean;
- a field still being explored ("passionate about exploring") is a wish, as "interested in" is.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Built a model accuracy dashboard for the fraud team", "model-monitoring", True),
    ("projects", "Sales performance dashboard for regional managers", "model-monitoring", False),
    ("projects", "A FastAPI-based spam classification tool", "model-deployment", True),
    ("projects", "A Flask-based blog with user accounts", "model-deployment", False),
    ("experience", "Introduction to Statistics, spring 2019", "statistics", True),
    ("experience", "Ran A/B and multivariate tests on the checkout page", "statistics", True),
    ("projects", "用蒙特卡罗方法估计期权价格", "probability", True),
    ("projects", "マルコフ連鎖による天気の予測", "probability", True),
    ("summary", "Keen to explore deep learning for robotics", "deep-learning", False),
    ("summary", "Trained deep learning models for robotics", "deep-learning", True),
]  # fmt: skip


test_round77_kinds = sentence_test(CASES)
