"""A ninety-first round, from the misses of eight more hold-outs: a share before "accuracy" in
other languages ("93 % de précision", "%90 doğruluk") beside a model, as the English "93%
accuracy" (a ledger kept accurate still is not); one's own GitHub account or portfolio, and a
handle with a digit or an underscore after "GitHub:" even in a skills section, are links, not the
tool (a part of the tool, "GitLab: CI", still is it); a data source's schema drifting is not a
model's drift; and Linux written in Korean. A context word in Chinese, Japanese or Korean is
found inside a run of text, as the lexicon's phrases are ("모델의").

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

EVALUATION = "model-evaluation"

CASES: list[Case] = [
    ("experience", "Un modelo de clasificación con 93% de precisión", EVALUATION, True),
    ("experience", "Ein CNN-Modell mit 91 % Genauigkeit trainiert", EVALUATION, True),
    ("experience", "%90 doğruluk ile çalışan bir sınıflandırma modeli", EVALUATION, True),
    ("experience", "분류 모델 정확도 94% 달성", EVALUATION, True),
    ("experience", "학습한 모델의 정확도 92% 확인", EVALUATION, True),
    ("experience", "Contabilidad llevada con 99% de precisión", EVALUATION, False),
    ("skills", "GitHub: ada_lov3", "git", False),
    ("skills", "GitLab: CI", "git", True),
    ("experience", "Code for each study is on my GitHub.", "git", False),
    ("experience", "Grew a GitHub portfolio of class work", "git", False),
    ("experience", "Kept the team's Git branches tidy", "git", True),
    ("experience", "Caught schema drift in the nightly data loads", "model-monitoring", False),
    ("experience", "Set up data drift monitoring for a churn model", "model-monitoring", True),
    ("experience", "리눅스 서버에서 GPU 학습 환경 구축", "linux", True),
]  # fmt: skip


test_round91_kinds = sentence_test(CASES)
