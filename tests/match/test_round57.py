"""A fifty-seventh round, from the fifty-seventh round's hold-outs (portfolio sites' Python data,
CVs in other languages, LaTeX CVs with headings in a margin):

- the field's names in Russian, Ukrainian, Polish, Czech, Turkish, Indonesian, Vietnamese, Greek,
  Arabic, Persian and Korean (Korean glues its particles to the word before, so each syllable is
  a token, as Chinese characters are); "statistics" bare in those languages only where a subject
  is listed, as in English;
- "link" in other languages after a site's name ("GitHub 링크") is a link's text;
- clustering beside the analyst's methods and a recommender; an operating system's clustering is
  systems work; a clustering's validity indices (silhouette, Davies-Bouldin) are model evaluation;
- a result judged statistically significant or sound is statistics; missing data handled is data
  preparation; word processing, and data turned into reports or alerts, are not;
- a verification task's accuracy is a model's result.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "Python, машинное обучение, глубокое обучение", "machine-learning-algorithms", True),
    ("skills", "Python, машинное обучение, глубокое обучение", "deep-learning", True),
    ("experience", "Обучал агентов складских роботов методами обучения с подкреплением",
     "reinforcement-learning", True),
    ("skills", "статистика, теория вероятностей", "statistics", True),
    ("experience", "Настроил A/B тестирование рекомендаций", "statistics", True),
    ("experience", "Вёл учёт статистики продаж для отдела", "statistics", False),
    ("skills", "딥러닝을 활용한 음성 합성, 강화학습", "deep-learning", True),
    ("skills", "딥러닝을 활용한 음성 합성, 강화학습", "reinforcement-learning", True),
    ("projects", "고객 세그먼트 군집화 및 이미지 분류 모델", "unsupervised-learning", True),
    ("projects", "고객 세그먼트 군집화 및 이미지 분류 모델", "supervised-learning", True),
    ("skills", "makine öğrenmesi, denetimsiz öğrenme", "unsupervised-learning", True),
    ("skills", "pembelajaran mesin, học máy", "machine-learning-algorithms", True),
    ("skills", "یادگیری ماشین، یادگیری نظارت شده", "supervised-learning", True),
    ("skills", "التعلم العميق، التعلم المعزز", "reinforcement-learning", True),
    ("skills", "μηχανική μάθηση, βαθιά μάθηση", "deep-learning", True),
    ("projects", "Chess engine in C++ (GitHub 링크)", "git", False),
    ("projects", "Chess engine in C++\nGitHub ссылка", "git", False),
    ("skills", "Git, GitHub, Docker", "git", True),
    ("experience", "Recommendations for a bookshop built on clustering methods",
     "unsupervised-learning", True),
    ("publications", "Scaling kernels on many-core chips with OS clustering (2014)",
     "unsupervised-learning", False),
    ("publications", "Scaling kernels on many-core chips with OS clustering (2014)",
     "machine-learning-algorithms", False),
    ("projects", "Segmented shoppers and compared segmentations by silhouette score",
     "model-evaluation", True),
    ("projects", "Chose k by the Davies-Bouldin index", "model-evaluation", True),
    ("experience", "Showed the sign-up lift was statistically significant", "statistics", True),
    ("experience", "Handled missing data in the survey responses before modelling",
     "data-processing", True),
    ("publications", "Inference for panel studies with missing data (2020)", "data-processing",
     False),
    ("skills", "Word processing and data analysis in Excel", "data-processing", False),
    ("experience", "Converted raw data into reports for the plant manager", "data-processing",
     False),
    ("experience", "Raised accuracy to 91% for speaker verification", "model-evaluation", True),
    ("experience", "Raised invoice accuracy to 99% in the finance office", "model-evaluation",
     False),
]  # fmt: skip


test_round57_kinds = sentence_test(CASES)
