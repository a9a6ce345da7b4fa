"""A seventy-first round: the field's words in the languages resumes are written in, checked
term by term against the English they translate, and the first looks at this session's
hold-outs (ML people in English, resumes kept as data, CVs in Romance languages, Russian and
East-Asian languages, LLM engineers, students):

- cross-validation and the confusion matrix, generative AI, language models large or not, model
  monitoring and data drift, continuous integration, hypothesis tests, calculus, regression and
  classification models and data processing in Spanish, Portuguese, French, German, Italian,
  Dutch, Russian, Korean, Chinese and Japanese, as the English words already were (the privacy
  law's processing of personal data is not data work);
- a model deployed in Russian, or in German with "KI-Modelle", and in French behind an elided
  article ("déploiement d'un modèle": a pattern's "d'" is now cut as the tokenizer cuts it
  before a word); a model deployed in Chinese, Japanese and Korean;
- a website's "edge deployment" is not a model's;
- Git, Docker, Python and Linux as Russian speakers write them, and the Linux certifications;
- a store that speaks S3's protocol is not Amazon's; adaptive boosting; a kind of anomaly
  detected ("detect payment anomalies").

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "validación cruzada, búsqueda de hiperparámetros", "model-evaluation", True),
    ("skills", "Kreuzvalidierung und Konfusionsmatrix", "model-evaluation", True),
    ("projects", "Сравнил модели с помощью кросс-валидации", "model-evaluation", True),
    ("skills", "交叉验证, 特征选择", "model-evaluation", True),
    ("skills", "교차 검증, 하이퍼파라미터 튜닝", "model-evaluation", True),
    ("projects", "Évaluation d'un modèle de churn sur trois ans", "model-evaluation", True),
    ("skills", "IA generativa, visión por computador", "generative-ai", True),
    ("skills", "Generative KI, Cloud", "generative-ai", True),
    ("skills", "генеративный ИИ, компьютерное зрение", "generative-ai", True),
    ("skills", "생성형 AI, 컴퓨터 비전", "generative-ai", True),
    ("experience", "Ajuste fino de grandes modelos de lenguaje", "llm-development", True),
    ("experience", "Feinabstimmung großer Sprachmodelle für Verträge", "llm-development", True),
    ("experience", "Дообучение больших языковых моделей для поддержки", "llm-development", True),
    ("skills", "대규모 언어 모델, 검색 증강 생성", "llm-development", True),
    ("experience", "Monitoreo de modelos y alertas de deriva de datos", "model-monitoring", True),
    ("skills", "Modellüberwachung, Datendrift", "model-monitoring", True),
    ("skills", "integrazione continua, test automatici", "ci-cd", True),
    ("skills", "непрерывная интеграция, GitLab", "ci-cd", True),
    ("education", "Cours : tests d'hypothèses, régression", "statistics", True),
    ("education", "Disciplinas: testes de hipóteses e amostragem", "statistics", True),
    ("education", "Курсы: проверка гипотез, выборки", "statistics", True),
    ("education", "Курсы: матанализ, линейная алгебра", "calculus", True),
    ("education", "Vorlesungen: Infinitesimalrechnung, Stochastik", "calculus", True),
    ("education", "수강 과목: 미적분학, 선형대수", "calculus", True),
    ("projects", "Regressionsmodelle für die Absatzplanung", "supervised-learning", True),
    ("projects", "Modelos de regressão para prever a demanda", "supervised-learning", True),
    ("skills", "diep leren, computervisie", "deep-learning", True),
    ("experience", "Tratamento de dados de sensores industriais", "data-processing", True),
    ("experience", "Responsable del tratamiento de datos personales", "data-processing", False),
    ("experience", "Trattamento dei dati personali dei clienti", "data-processing", False),
    ("projects", "画像データセットの前処理とアノテーション", "data-processing", True),
    ("experience", "Bereitstellung von KI-Modellen in Azure", "model-deployment", True),
    ("experience", "Развертывание ML-моделей в Kubernetes", "model-deployment", True),
    ("experience", "Déploiement d'un modèle de détection de fraude", "model-deployment", True),
    ("experience", "Развертывание инфраструктуры мониторинга", "model-deployment", False),
    ("experience", "负责推荐模型的训练与部署", "model-deployment", True),
    ("experience", "部署了图像分类模型到边缘设备", "model-deployment", True),
    ("experience", "学習済みモデルをクラウドにデプロイ", "model-deployment", True),
    ("experience", "各部署のモデルケースを社内で紹介", "model-deployment", False),
    ("experience", "추천 모델을 서버에 배포", "model-deployment", True),
    ("skills", "Vercel, static sites, edge deployment", "model-deployment", False),
    ("skills", "TFLite, Jetson Nano, edge deployment", "model-deployment", True),
    ("skills", "Работаю с гитом и докером", "git", True),
    ("skills", "Работаю с гитом и докером", "docker", True),
    ("skills", "Пишу на питоне", "python", True),
    ("skills", "Уверенно работаю в линуксе", "linux", True),
    ("certifications", "LPIC-2 (2023)", "linux", True),
    ("certifications", "RHCSA (2024)", "linux", True),
    ("skills", "Ceph object storage (S3-compatible)", "aws", False),
    ("skills", "S3, EC2, IAM", "aws", True),
    ("projects", "Adaptive Boosting on a tabular credit dataset", "supervised-learning", True),
    ("projects", "An ML service to detect payment anomalies", "unsupervised-learning", True),
    ("experience", "Read receipts to detect expense anomalies", "unsupervised-learning", False),
]  # fmt: skip


test_round71_kinds = sentence_test(CASES)
