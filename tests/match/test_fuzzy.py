"""The near-miss matcher's TF-IDF similarities are scikit-learn's, computed without importing it."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.match.fuzzy import FuzzyMatcher, char_ngrams

ALIASES = [
    ("kubernetes", "kubernetes"),
    ("tensorflow", "tensorflow"),
    ("sql", "postgresql"),
    ("sql", "postgres sql"),
    ("azure", "microsoft azure"),
    ("data-engineering", "data engineering"),
    ("mlops", "mlflow"),
    ("pytorch", "pytorch"),
    ("python", "py"),
]


def sklearn_similarities(aliases: list[str], terms: list[str]) -> list[list[float]]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 3), lowercase=True)
    matrix = vectorizer.fit_transform(aliases)
    return (vectorizer.transform(terms) @ matrix.T).toarray().tolist()  # type: ignore[no-any-return]


def test_char_ngrams_are_sklearns_char_wb_trigrams() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    analyse = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 3)).build_analyzer()
    for text in ["Kubernets", "Postgre  SQL", "a", "C# .NET", " spaced\tout "]:
        assert char_ngrams(text) == analyse(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdefgiklmnoprstuwy -", min_size=1, max_size=20))
def test_similarity_and_choice_match_sklearn(term: str) -> None:
    matcher = FuzzyMatcher(ALIASES, threshold=0.0001)
    aliases = sorted({a for _, a in ALIASES if len(a.replace(" ", "")) >= 4})
    scores = sklearn_similarities(aliases, [term])[0]
    found = matcher.best([term])[0]
    if term in aliases or max(scores) == 0:
        assert found is None
        return
    best = max(range(len(aliases)), key=lambda i: (scores[i], -i))
    if found is not None:  # the alike() guard may still turn the best alias down
        assert found.alias == aliases[best]
        assert found.similarity == pytest.approx(round(scores[best], 3), abs=1e-9)


def test_near_misses_are_found_and_others_refused() -> None:
    matcher = FuzzyMatcher(ALIASES, threshold=0.6)
    kube, tf, word, exact, short = matcher.best(
        ["Kubernets", "Tensorflw", "Microsoft Word", "kubernetes", "Py"]
    )
    assert kube is not None and (kube.skill_id, kube.alias) == ("kubernetes", "kubernetes")
    assert 0.6 <= kube.similarity < 1.0
    assert tf is not None and tf.skill_id == "tensorflow"
    assert word is None  # shares "Microsoft", but another word: not a misspelling
    assert exact is None  # an alias itself is an exact match, not a near miss
    assert short is None  # aliases under four letters are never matched approximately


def test_one_mistyped_letter_of_a_long_alias_is_read_as_it_below_the_threshold() -> None:
    family = [("tensorflow", "tensorflow"), ("tensorflow", "tensorflow hub")]
    family += [("tensorflow", "tensorflowjs"), ("kubernetes", "kubernetes"), ("keras", "keras")]
    matcher = FuzzyMatcher(family, threshold=0.95)
    retyped, later, first, twice, short = matcher.best(
        ["TensorFlor", "Kubernetez", "Mensorflow", "Tensorfloor", "Kerzs"]
    )
    assert retyped is not None and (retyped.skill_id, retyped.alias) == ("tensorflow", "tensorflow")
    assert retyped.similarity < 0.95  # read as it for the mistyped letter, not its similarity
    assert later is not None and later.skill_id == "kubernetes"
    assert first is None  # the first letter is kept in a misspelling
    assert twice is None  # a letter added and one changed: two edits
    assert short is None  # "keras" is too short to read a changed letter into


def test_one_mistyped_letter_in_a_long_word_of_a_longer_alias_is_read_as_it() -> None:
    family = [("supervised-learning", "supervised learning"), ("data-mining", "data mining")]
    family += [("unsupervised-learning", "unsupervised learning")]
    matcher = FuzzyMatcher(family, threshold=0.95)
    long_word, other_long, short_word, two = matcher.best(
        ["Supervizsd learning", "Supervized learning", "Data mixing", "Supervized lezrning"]
    )
    assert long_word is None  # two letters changed in the one word
    assert other_long is not None
    assert (other_long.skill_id, other_long.alias) == ("supervised-learning", "supervised learning")
    assert short_word is None  # "mining" is too short a word to read a changed letter into
    assert two is None  # one letter changed in each of two words


def test_a_name_in_capitals_is_not_read_as_a_short_alias() -> None:
    matcher = FuzzyMatcher([("linux", "shell"), ("tensorflow", "tensorflow")], threshold=0.5)
    name, lower, long_alias = matcher.best(["SHELXL", "shellx", "TENSORFLW"])
    assert name is None  # a program's name in capitals, not a misspelt "shell"
    assert lower is not None and lower.alias == "shell"
    assert long_alias is not None and long_alias.skill_id == "tensorflow"


def test_matching_does_not_import_sklearn() -> None:
    probe = (
        "import sys\n"
        "from analyzer.match.fuzzy import FuzzyMatcher\n"
        "FuzzyMatcher([('kubernetes', 'kubernetes')], 0.8).best(['Kubernets'])\n"
        "print('sklearn' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
