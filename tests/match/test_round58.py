"""A fifty-eighth round, from the fifty-eighth round's hold-outs (CVs in other languages, CV data
in Go and Rust, one-page LaTeX resumes of students):

- a line with a role's or a project's dates opens the next entry, so a pattern's gap does not run
  into it from the line before (and a dash typed as two hyphens, "2024 -- 2025", is a range);
- a counted item needs a digit: the comma of "URL parsing, log file rotation" is no count;
- "Informatica" in a degree is Italian for computing, not the ETL product;
- a numbered list of profiles ("3. GitHub" under "2. ResearchGate") is links;
- more of the field's words in other languages: a neural network, a classifier, anomaly
  detection, data preprocessing (its plain name guarded as in English), a model's accuracy with
  its share ("91% accuracy" in Russian or Italian), A/B testing with a hyphen; data processing
  workflows;
- a course of mathematical analysis (the calculus course's name in much of Europe) is calculus; a
  mathematical analysis of a system is not;
- an ML platform is MLOps as the infrastructure others train and serve on, not as a product that
  applies ML to a field;
- supervised deep learning models are supervised learning; a result's share beside a recurrent
  network or a recognition task named in another language is a model's; document parsing is data
  work.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "• Hardened the public endpoint\nStock Prediction Game | Jan 2024 -- Mar 2024",
     "model-deployment", False),
    ("projects", "• Built an endpoint serving churn predictions to the CRM", "model-deployment",
     True),
    ("projects", "• Built an endpoint serving\nchurn predictions to the CRM", "model-deployment",
     True),
    ("projects", "• Added URL parsing, log file rotation and gzip",
     "data-processing", False),
    ("experience", "Parsed 40,000 log files from the fleet", "data-processing", True),
    ("education", "Laurea magistrale, Ingegneria Informatica (Università di Pisa)",
     "data-processing", False),
    ("skills", "Informatica PowerCenter, Oracle, Unix", "data-processing", True),
    ("other", "Online\n1. Google Scholar\n2. ResearchGate\n3. GitHub\n4. LinkedIn", "git", False),
    ("skills", "1. Git\n2. Docker\n3. Kubernetes", "git", True),
    ("projects", "Addestrato reti neurali su immagini mediche", "deep-learning", True),
    ("projects", "특허 문서 분류기 개발", "supervised-learning", True),
    ("projects", "센서 데이터 이상 탐지 모델", "unsupervised-learning", True),
    ("projects", "Метод виявлення аномалій у мережевому трафіку", "unsupervised-learning", True),
    ("projects", "Предобработка данных и обучение моделей", "data-processing", True),
    ("projects", "데이터 전처리 및 시각화", "data-processing", True),
    ("experience", "Оператор call-центра, обработка данных анкет вручную", "data-processing",
     False),
    ("projects", "Модель классификации отзывов с точностью 91%", "model-evaluation", True),
    ("projects", "Modello di classificazione con accuratezza del 93%", "model-evaluation", True),
    ("experience", "Сверка накладных, точность учёта 99%", "model-evaluation", False),
    ("experience", "Настроил A/B-тестирование цен", "statistics", True),
    ("experience", "Optimized data processing workflows for the billing team", "data-processing",
     True),
    ("education", "Mathematical Analysis II, Linear Algebra, Probability", "calculus", True),
    ("education", "Курсы: математический анализ, линейная алгебра", "calculus", True),
    ("publications", "A mathematical analysis of queue stability in cloud schedulers (2019)",
     "calculus", False),
    ("projects", "A web ML platform that helps clubs scout young players", "mlops", False),
    ("experience", "Built the internal ML platform on Kubernetes for 40 data scientists", "mlops",
     True),
    ("skills", "ML platform, Grafana, Terraform", "mlops", True),
    ("projects", "Fine-tuned supervised deep learning models on road-sign photos",
     "supervised-learning", True),
    ("experience", "Trained an unsupervised deep learning model to group invoices",
     "unsupervised-learning", True),
    ("experience", "Supervised deep cleaning of the kitchen every night", "supervised-learning",
     False),
    ("experience", "Система распознавания речи, точность 94%", "model-evaluation", True),
    ("experience", "Handwriting reader (CRNN) with 97% accuracy", "model-evaluation", True),
    ("projects", "OCR-based document parsing for supplier invoices", "data-processing", True),
]  # fmt: skip


test_round58_kinds = sentence_test(CASES)
