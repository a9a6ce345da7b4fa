"""A fifty-fourth round, from four blind hold-outs scored first on the fifty-third round's code
(CVs in French, Spanish, Portuguese, German and other languages; HTML resume templates; Quarto
sites; one kept sealed): the field's words in French, Spanish, Portuguese and German (classifiers,
random forests, anomaly detection, dimensionality reduction, neural networks, continuous
integration, a model's deployment, preprocessing), also after an elided article ("l'", "dell'"),
and "data manipulation". No longer evidence: wishes said in those languages, ROS 2's TF2 among
robotics tools, a vendor's scholarship, data turned into insights for people, and models that are
the means of an assessment.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Un classifieur entraîné pour trier les courriels",
     "supervised-learning", True),
    ("projects", "Prévision des ventes avec une forêt aléatoire", "supervised-learning", True),
    ("projects", "Detección de anomalías en transacciones bancarias", "unsupervised-learning",
     True),
    ("experience", "Redução de dimensionalidade dos dados de sensores", "unsupervised-learning",
     True),
    ("experience", "Ein neuronales Netz zur Bilderkennung trainiert", "deep-learning", True),
    ("projects", "Red neuronal para reconocer dígitos escritos a mano", "deep-learning", True),
    ("experience", "Ajout de l'intégration continue pour trois équipes", "ci-cd", True),
    ("experience", "Analisi dell\u2019apprendimento automatico per la logistica",
     "machine-learning-algorithms", True),
    ("experience", "Déploiement du modèle sur un serveur interne", "model-deployment", True),
    ("experience", "Pré-processamento de texto para o classificador de tickets",
     "data-processing", True),
    ("projects", "Aprendizado por reforço para controlar um braço robótico",
     "reinforcement-learning", True),
    ("skills", "Data manipulation in R and Python", "data-processing", True),
    ("summary", "Für meine Masterarbeit möchte ich mit Reinforcement Learning arbeiten",
     "reinforcement-learning", False),
    ("summary", "Je suis intéressé par le deep learning appliqué à la santé", "deep-learning",
     False),
    ("skills", "Robot tools: ROS 2, Gazebo, TF2, URDF", "tensorflow", False),
    ("skills", "Frameworks: TF2, Keras, NumPy", "tensorflow", True),
    ("certifications", "SUSE Cloud Native Foundations course (scholarship)", "linux", False),
    ("experience", "Transforming survey data into insights for the board", "data-processing",
     False),
    ("skills", "SQL: joins, views, data manipulation language", "data-processing", False),
    ("publications", "Assessment of essay grading consistency using large language models",
     "model-evaluation", False),
    ("publications", "An evaluation of lasso, ridge and boosted tree regression models using "
     "cross-validation", "model-evaluation", True),
]  # fmt: skip


test_round54_kinds = sentence_test(CASES)
