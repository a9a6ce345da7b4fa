"""The built-in lexicon: the spec's contract, complete references, and data spaCy accepts."""

from __future__ import annotations

import csv
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from analyzer.match.nlp import CHARACTER_TOKEN, build_pipeline, lower_preserving_length
from analyzer.match.spelling import Misspellings, lexicon_words
from analyzer.types import SECTION_KINDS, STATUSES
from skill_lexicon import BUILTIN_VERSION, Lexicon, load_lexicon, loader, schema, validate_lexicon

SPEC = Path(__file__).resolve().parents[3] / "shared" / "spec" / "skills.tsv"

SKILL_IDS = (
    "python", "sql", "git", "linux",
    "statistics", "probability", "linear-algebra", "calculus",
    "machine-learning-algorithms", "supervised-learning", "unsupervised-learning",
    "reinforcement-learning",
    "deep-learning", "pytorch", "tensorflow", "keras",
    "mlops", "docker", "kubernetes", "mlflow", "ci-cd", "model-deployment", "model-monitoring",
    "aws", "aws-machine-learning", "gcp", "azure",
    "generative-ai", "llm-development", "prompt-engineering",
    "data-processing", "model-evaluation",
    "problem-solving", "communication", "team-collaboration", "critical-thinking",
    "business-understanding", "project-management",
    "aws-ml-specialty", "gcp-professional-ml-engineer", "azure-ai-engineer-associate",
    "tensorflow-developer",
)  # fmt: skip
"""The contract of shared/spec/skills.tsv, pinned here so it is checked even without ../shared."""


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


def version_folders() -> list[Path]:
    data = Path(str(resources.files("skill_lexicon") / "data"))
    return sorted(p for p in data.iterdir() if p.is_dir() and p.name.startswith("v"))


# ---------------------------------------------------------------------------------- contract


def test_skill_ids_are_pinned(lexicon: Lexicon) -> None:
    assert tuple(lexicon.skills) == SKILL_IDS


def test_groups_have_the_spec_counts(lexicon: Lexicon) -> None:
    groups = [s.group for s in lexicon.skills.values()]
    technical = [g for g in groups if schema.technical(g)]
    assert (len(technical), groups.count("soft"), groups.count("certification")) == (32, 6, 4)


@pytest.mark.skipif(not SPEC.is_file(), reason=f"{SPEC} is not here (CI has ../shared)")
def test_every_spec_row_is_present_exactly(lexicon: Lexicon) -> None:
    with SPEC.open(encoding="utf-8", newline="") as spec:
        rows = list(csv.DictReader(spec, delimiter="\t"))
    assert [row["id"] for row in rows] == list(lexicon.skills)
    for row in rows:
        skill = lexicon.lookup(row["id"])
        assert (skill.name, skill.group, skill.demand) == (row["name"], row["group"], row["demand"])
        if row["seed_resource"]:
            seeds = [r.url for r in skill.resources if r.kind == "seed"]
            assert seeds == [row["seed_resource"]], skill.id


@pytest.mark.parametrize("folder", version_folders(), ids=lambda p: p.name)
def test_every_version_folder_loads(folder: Path) -> None:
    assert validate_lexicon(folder) == []
    meta = json.loads((folder / "version.json").read_text(encoding="utf-8"))
    assert meta["folder"] == folder.name
    assert load_lexicon(folder).version == meta["version"]


def test_builtin_is_the_declared_version(lexicon: Lexicon) -> None:
    assert lexicon.version == BUILTIN_VERSION
    assert Path(lexicon.source).name == loader.BUILTIN_FOLDER


def test_mirrored_constants_match_the_analyzer() -> None:
    assert schema.SECTION_KINDS == SECTION_KINDS
    assert schema.STATUSES == STATUSES


# ------------------------------------------------------------------------------ completeness


def test_every_skill_has_a_resource_and_technical_ones_a_roadmap_step(lexicon: Lexicon) -> None:
    for skill in lexicon.skills.values():
        assert skill.resources, skill.id
        assert all(r.url.startswith("https://") for r in skill.resources), skill.id
        if schema.technical(skill.group):
            assert skill.roadmap_step is not None, skill.id


def test_every_reference_resolves(lexicon: Lexicon) -> None:
    ids = set(lexicon.skills)
    for skill in lexicon.skills.values():
        assert set(skill.implies) <= ids, skill.id
        if skill.certification:
            assert lexicon.lookup(skill.certification).group == "certification"
    for cert in lexicon.certifications.values():
        assert lexicon.lookup(cert.id).group == "certification"
        assert cert.evidences and set(cert.evidences) <= ids
    for step in lexicon.roadmap:
        assert set(step.skills) <= ids
    for project in lexicon.projects:
        assert set(project.skills) <= ids
    for profile in lexicon.profiles.values():
        assert set(profile.skills) <= ids and set(profile.weights) <= ids


def test_every_certification_has_its_facts(lexicon: Lexicon) -> None:
    certs = {s.id for s in lexicon.skills.values() if s.group == "certification"}
    assert set(lexicon.certifications) == certs


def test_roadmap_follows_the_article(lexicon: Lexicon) -> None:
    assert [s.step for s in lexicon.roadmap] == [1, 2, 3, 4, 5, 6, 7]
    assert lexicon.roadmap[0].skills == ("python", "sql", "git", "linux")
    assert lexicon.roadmap[1].skills == ("statistics", "probability", "linear-algebra", "calculus")
    assert {"tensorflow", "pytorch", "keras"} <= set(lexicon.roadmap[3].skills)
    assert {"docker", "kubernetes", "mlflow", "ci-cd"} <= set(lexicon.roadmap[4].skills)
    certs = {s.id for s in lexicon.skills.values() if s.group == "certification"}
    assert set(lexicon.roadmap[6].skills) == certs
    for step in lexicon.roadmap:
        assert all(lexicon.lookup(sid).roadmap_step == step.step for sid in step.skills)


def test_every_technical_skill_is_exercised_by_a_project(lexicon: Lexicon) -> None:
    exercised = {sid for project in lexicon.projects for sid in project.skills}
    technical = {s.id for s in lexicon.skills.values() if schema.technical(s.group)}
    assert technical - exercised == set()
    article = {"support-chatbot", "recommendation-system", "fraud-detection", "image-classifier"}
    assert article <= {p.id for p in lexicon.projects}


def test_profiles(lexicon: Lexicon) -> None:
    assert lexicon.profile().id == "ml-engineer"
    ml, ai = lexicon.profile("ml-engineer"), lexicon.profile("ai-engineer")
    assert ml.skills == ai.skills == tuple(lexicon.skills)
    assert ml.weights == {}
    for raised in ("llm-development", "generative-ai", "prompt-engineering", "model-deployment"):
        assert (
            ai.weights[raised] > {"very-high": 3.0, "moderate": 1.0}[lexicon.lookup(raised).demand]
        )
    for lowered in ("calculus", "linear-algebra", "reinforcement-learning"):
        assert ai.weights[lowered] < 1.0


@pytest.mark.parametrize(
    ("skill", "implied"),
    [
        ("pytorch", "deep-learning"),
        ("tensorflow", "deep-learning"),
        ("keras", "deep-learning"),
        ("mlflow", "mlops"),
        ("model-deployment", "mlops"),
        ("model-monitoring", "mlops"),
        ("aws-machine-learning", "aws"),
        ("supervised-learning", "machine-learning-algorithms"),
        ("unsupervised-learning", "machine-learning-algorithms"),
        # a family of machine-learning methods with a row of its own: labellers count the methods
        # wherever they count the family
        ("reinforcement-learning", "machine-learning-algorithms"),
    ],
)
def test_implications_of_the_labelling_rules(lexicon: Lexicon, skill: str, implied: str) -> None:
    assert implied in lexicon.lookup(skill).implies


def test_deep_learning_alone_is_not_the_machine_learning_methods(lexicon: Lexicon) -> None:
    """The spec's evidence for the methods is machine learning itself, its classical models and
    tasks; neural networks and their frameworks show deep learning only."""
    for skill in ("deep-learning", "pytorch", "tensorflow", "keras"):
        assert "machine-learning-algorithms" not in lexicon.lookup(skill).implies


def test_overlapping_definitions_are_aliases_not_implications(lexicon: Lexicon) -> None:
    """RAG and GPT are evidence for both; neither skill implies the other (BERT is no GenAI)."""
    genai, llm = lexicon.lookup("generative-ai"), lexicon.lookup("llm-development")
    assert {"rag", "gpt"} <= set(genai.aliases) & set(llm.aliases)
    assert "llm-development" not in genai.implies and "generative-ai" not in llm.implies
    assert "pandas" in lexicon.lookup("python").aliases
    assert "pandas" in lexicon.lookup("data-processing").aliases


def test_other_tools_name_no_skill(lexicon: Lexicon) -> None:
    """`cues.other_tools` lists only what no built-in skill stands for (an extension may add a
    skill for one of them: the union is harmless, so this is the built-in data's rule, not the
    schema's)."""
    aliases = {a for s in lexicon.skills.values() for a in s.aliases}
    assert lexicon.cues.other_tools and not aliases & set(lexicon.cues.other_tools)


def test_cues_do_not_cancel_machine_learning(lexicon: Lexicon) -> None:
    assert "learning" not in lexicon.cues.wish
    assert {"interested in", "currently learning"} <= set(lexicon.cues.wish)
    assert {"no experience with", "not familiar with"} <= set(lexicon.cues.negation)


# ----------------------------------------------------------------------- what spaCy sees


def test_every_phrase_tokenizes(lexicon: Lexicon, nlp: Language) -> None:
    phrases = [p for s in lexicon.skills.values() for p in (*s.aliases, *s.lemmas, *s.exclusions)]
    for phrase in [*phrases, *lexicon.cues.negation, *lexicon.cues.wish]:
        doc = nlp(lower_preserving_length(phrase))
        assert len(doc) >= 1 and not any(t.is_space for t in doc), phrase


def test_no_phrase_repeats_another_as_the_tokenizer_reads_them(
    lexicon: Lexicon, nlp: Language
) -> None:
    """Phrases match token by token, so two phrases of one list that tokenize alike ("route 53"
    and "route53", or a Korean phrase with and without its space, as every Korean syllable is a
    token) are one phrase written twice: the second matches nothing the first does not."""
    repeated = []
    for skill in lexicon.skills.values():
        for name, phrases in (
            ("aliases", skill.aliases),
            ("lemmas", skill.lemmas),
            ("exclusions", skill.exclusions),
        ):
            seen: dict[tuple[str, ...], str] = {}
            for phrase in phrases:
                tokens = tuple(t.lower_ for t in nlp.make_doc(lower_preserving_length(phrase)))
                if tokens in seen:
                    repeated.append((skill.id, name, seen[tokens], phrase))
                seen.setdefault(tokens, phrase)
    assert not repeated


def test_lemma_phrases_are_written_as_lemmas(lexicon: Lexicon, nlp: Language) -> None:
    """A lemma phrase must be its own lemma ("clean datum", not "cleaned data")."""
    for skill in lexicon.skills.values():
        for phrase in skill.lemmas:
            doc = nlp(phrase)
            assert [t.lemma_ for t in doc] == [t.lower_ for t in doc], (skill.id, phrase)


def test_context_words_are_single_tokens(lexicon: Lexicon, nlp: Language) -> None:
    """A context word is one token, as the words near a term are compared one by one; a Chinese,
    Japanese or Korean one is a run of character tokens, which is found as a run."""
    for skill in lexicon.skills.values():
        for rule in skill.context:
            for word in rule.words:
                tokens = [t.text for t in nlp(word)]
                characters = all(CHARACTER_TOKEN.fullmatch(t) for t in tokens)
                assert len(tokens) == 1 or characters, (skill.id, word)


def test_every_exclusion_holds_a_word_its_skill_can_match(lexicon: Lexicon, nlp: Language) -> None:
    """An exclusion vetoes the matches it overlaps, so one of its tokens must be one that an alias,
    a lemma phrase or a token of a pattern of its skill matches, or a misspelling of one (the
    matcher reads "Amazonas" as a misspelt "amazonaws"). "github.com" is one token, so it can
    never overlap the alias "github": such an exclusion vetoes nothing and misleads its reader.
    A pattern's wildcard tokens ({}) are left out: they stand for the words between its own."""
    misspellings = Misspellings(lexicon_words(lexicon))

    def as_read(doc: Doc) -> Doc:
        return nlp(" ".join(misspellings.correction(t.lower_) or t.lower_ for t in doc))

    dead = []
    for skill in lexicon.skills.values():
        words = Matcher(nlp.vocab)
        specs = [
            *({"LOWER": t.lower_} for a in skill.aliases for t in nlp(lower_preserving_length(a))),
            *({"LEMMA": t.lemma_} for phrase in skill.lemmas for t in nlp(phrase)),
            *({k: v for k, v in t.items() if k != "OP"} for p in skill.patterns for t in p.pattern),
        ]
        words.add("word", [[spec] for spec in specs if spec])
        phrases = {p: nlp(lower_preserving_length(p)) for p in skill.exclusions}
        dead += [
            (skill.id, p) for p, doc in phrases.items() if not (words(doc) or words(as_read(doc)))
        ]
    assert not dead


# --------------------------------------------------------------------------------- caching


def test_builtin_is_loaded_once_and_shared_across_threads() -> None:
    loader._builtin_lexicon.cache_clear()
    start = threading.Barrier(8)

    def load(_: int) -> Lexicon:
        start.wait()
        return load_lexicon()

    with ThreadPoolExecutor(max_workers=8) as pool:
        loaded = list(pool.map(load, range(8)))
    assert all(lexicon is loaded[0] for lexicon in loaded)
    assert load_lexicon() is loaded[0]


def test_a_path_is_loaded_afresh(lexicon: Lexicon) -> None:
    again = load_lexicon(Path(lexicon.source))
    assert again is not lexicon
    assert again.skills == lexicon.skills
