"""A hundred-and-seventieth round, from written probes of resumes in other languages (no
hold-out): statistical evaluation and methods named in German, French, Spanish and Portuguese
("Statistische Auswertung von Umfragedaten", "métodos estadísticos").

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Statistische Auswertung von Umfragedaten mit R", "statistics", True),
    ("experience", "• Méthodes statistiques pour le contrôle qualité", "statistics", True),
    ("experience", "• Aplicación de métodos estadísticos a datos clínicos", "statistics", True),
    ("experience", "• Auswertung der Umfragedaten für das Marketing", "statistics", False),
]  # fmt: skip


test_round170_kinds = sentence_test(CASES)
