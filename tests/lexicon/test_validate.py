"""User lexicons: every problem reported at once with file, line and key path; extending."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from skill_lexicon import Lexicon, LexiconError, Problem, load_lexicon, loader, validate_lexicon

VALID = """\
version = "1.0.0"

[skills.python]
name = "Python"
group = "programming"
demand = "very-high"
aliases = ["python", "pandas"]

[[skills.python.resources]]
title = "Python documentation"
url = "https://docs.python.org"

[skills.pytorch]
name = "PyTorch"
group = "deep-learning"
demand = "high"
aliases = ["pytorch"]
implies = ["deep-learning"]

[[skills.pytorch.resources]]
title = "PyTorch tutorials"
url = "https://pytorch.org/tutorials/"

[[skills.pytorch.patterns]]
id = "torch-version"
pattern = [{ LOWER = "torch" }, { LIKE_NUM = true, OP = "?" }]

[skills.deep-learning]
name = "Deep Learning"
group = "deep-learning"
demand = "very-high"
aliases = ["deep learning"]

[[skills.deep-learning.resources]]
title = "Dive into Deep Learning"
url = "https://d2l.ai/"

[profiles.ml-engineer]
name = "ML engineer"
skills = "all"
"""


def write(tmp_path: Path, text: str, name: str = "lexicon.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, marker: str) -> int:
    """The number of the first line holding `marker`."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if marker in line)


def test_the_valid_example_loads(tmp_path: Path) -> None:
    lexicon = load_lexicon(write(tmp_path, VALID))
    assert list(lexicon.skills) == ["python", "pytorch", "deep-learning"]
    assert lexicon.profile().skills == ("python", "pytorch", "deep-learning")
    assert lexicon.lookup("pytorch").patterns[0].pattern[1] == {"LIKE_NUM": True, "OP": "?"}
    assert lexicon.cues.window == 6 and lexicon.roadmap == ()


# Each case breaks VALID one way: (old, new) replacements, then the expected problems as
# (marker: a text on the line the problem must point at, key path, part of the message).
BROKEN = {
    "unknown demand level": (
        [('demand = "very-high"\naliases = ["python"', 'demand = "vhigh"\naliases = ["python"')],
        [('"vhigh"', "skills.python.demand",
          "unknown demand level 'vhigh' (choose: very-high, high, moderate, valued, none)")],
    ),
    "misspelt key": (
        [('aliases = ["pytorch"]', 'alias = ["pytorch"]')],
        [('alias = ["pytorch"]', "skills.pytorch.alias", "did you mean 'aliases'?")],
    ),
    "missing required key": (
        [('name = "Python"\n', "")],
        [("[skills.python]", "skills.python.name", "required key is missing")],
    ),
    "wrong type": (
        [('aliases = ["python", "pandas"]', 'aliases = "python"')],
        [('aliases = "python"', "skills.python.aliases",
          "must be an array of strings, not a string")],
    ),
    "unknown group": (
        [('group = "programming"', 'group = "coding"')],
        [('"coding"', "skills.python.group", "unknown group 'coding' (choose: programming,")],
    ),
    "id not kebab-case": (
        [("[skills.deep-learning]", "[skills.Deep_Learning]"),
         ("[[skills.deep-learning.resources]]", "[[skills.Deep_Learning.resources]]")],
        [("[skills.Deep_Learning]", "skills.Deep_Learning", "not kebab-case"),
         ("implies", "skills.pytorch.implies[0]", "unknown skill 'deep-learning'")],
    ),
    "unknown implied skill": (
        [('implies = ["deep-learning"]', 'implies = ["deep-learnin"]')],
        [("implies", "skills.pytorch.implies[0]", "did you mean 'deep-learning'?")],
    ),
    "implication cycle": (
        [('aliases = ["deep learning"]', 'aliases = ["deep learning"]\nimplies = ["pytorch"]')],
        [('implies = ["deep-learning"]', "skills.pytorch.implies",
          "implication cycle: pytorch -> deep-learning -> pytorch")],
    ),
    "duplicate and upper-case aliases": (
        [('aliases = ["python", "pandas"]', 'aliases = ["python", "Pandas", "pandas"]')],
        [('"Pandas"', "skills.python.aliases[1]", "must be lower case"),
         ('"Pandas"', "skills.python.aliases[2]", "duplicate phrase 'pandas'")],
    ),
    "http resource": (
        [('url = "https://d2l.ai/"', 'url = "http://d2l.ai/"')],
        [('"http://d2l.ai/"', "skills.deep-learning.resources[0].url", "is not an https:// URL")],
    ),
    "technical skill without resources": (
        [('[[skills.python.resources]]\ntitle = "Python documentation"\n'
          'url = "https://docs.python.org"\n', "")],
        [("[skills.python]", "skills.python.resources", "needs at least one resource")],
    ),
    "malformed token pattern": (
        [('pattern = [{ LOWER = "torch" }, { LIKE_NUM = true, OP = "?" }]',
          'pattern = [{ LOWR = "Torch" }, { POS = "NUM", OP = "??" }, { LOWER = "Torch" },'
          ' { LOWER = { REGEX = "(" } }]')],
        [("pattern = [", "skills.pytorch.patterns[0].pattern[0].LOWR", "did you mean 'LOWER'?"),
         ("pattern = [", "skills.pytorch.patterns[0].pattern[1].POS", "never set"),
         ("pattern = [", "skills.pytorch.patterns[0].pattern[1].OP", "unknown operator '??'"),
         ("pattern = [", "skills.pytorch.patterns[0].pattern[2].LOWER", "write 'torch'"),
         ("pattern = [", "skills.pytorch.patterns[0].pattern[3].LOWER.REGEX",
          "invalid regular expression")],
    ),
    "operator bounds": (
        [('{ LIKE_NUM = true, OP = "?" }',
          '{ LIKE_NUM = true, OP = "{3,2}" }, { IS_PUNCT = true, OP = "{0,5000}" }')],
        [("pattern = [", "skills.pytorch.patterns[0].pattern[1].OP", "unknown operator '{3,2}'"),
         ("pattern = [", "skills.pytorch.patterns[0].pattern[2].OP",
          "'{0,5000}' repeats a token more than 10 times")],
    ),
    "only optional tokens": (
        [('{ LOWER = "torch" }, { LIKE_NUM', '{ LOWER = "torch", OP = "*" }, { LIKE_NUM')],
        [("pattern = [", "skills.pytorch.patterns[0].pattern", "could match nothing")],
    ),
    "context rule": (
        [('aliases = ["pytorch"]',
          'aliases = ["pytorch", "torch"]\n'
          'context = [{ terms = ["torch", "py"], sections = ["skill"],'
          ' require_any = ["fine-tuning"], case_sensitive = true }]')],
        [("context = ", "skills.pytorch.context[0].terms[1]", "'py' is not an alias"),
         ("context = ", "skills.pytorch.context[0].sections[0]", "unknown section 'skill'"),
         ("context = ", "skills.pytorch.context[0].require_any[0]", "tokenizer splits it"),
         ("context = ", "skills.pytorch.context[0].terms_cased", "required when case_sensitive")],
    ),
    "context word with a glued version": (
        [('aliases = ["pytorch"]',
          'aliases = ["pytorch"]\n'
          'context = [{ terms = ["pytorch"], require_any = ["gpt4", "cuda12"] }]')],
        [("context = ", "skills.pytorch.context[0].require_any[1]", "splits the version off")],
    ),
    "context refuted by": (
        [('aliases = ["pytorch"]',
          'aliases = ["pytorch"]\n'
          'context = [{ terms = ["pytorch"], refuted_by = ["flash-light", "@lamps", "Torch"] }]')],
        [("context = ", "skills.pytorch.context[0].refuted_by[0]", "tokenizer splits it"),
         ("context = ", "skills.pytorch.context[0].refuted_by[1]", "unknown word list 'lamps'"),
         ("context = ", "skills.pytorch.context[0].refuted_by[2]", "must be lower case")],
    ),
    "context corroborated by": (
        [('aliases = ["pytorch"]',
          'aliases = ["pytorch", "torch"]\n'
          'context = [{ terms = ["torch"], corroborated_by = ["pytorch", "deep-lerning"] }]')],
        [("context = ", "skills.pytorch.context[0].corroborated_by[0]",
          "cannot corroborate its own terms"),
         ("context = ", "skills.pytorch.context[0].corroborated_by[1]",
          "unknown skill 'deep-lerning'")],
    ),
    "exclusion lists": (
        [('aliases = ["pytorch"]',
          'aliases = ["pytorch"]\nexclusion_lists = ["torch-lamps", "not-torch", "torch-lamp"]'),
         ("[profiles.",
          '[exclusion_lists]\ntorch-lamp = ["torch lamp", "pytorch"]\nnot-used = ["Tiki Torch"]\n'
          "\n[profiles.")],
        [("exclusion_lists = [", "skills.pytorch.exclusion_lists[0]",
          "unknown exclusion list 'torch-lamps'; did you mean 'torch-lamp'?"),
         ("exclusion_lists = [", "skills.pytorch.exclusion_lists[1]",
          "unknown exclusion list 'not-torch'"),
         ("exclusion_lists = [", "skills.pytorch.exclusion_lists[2]",
          "its 'pytorch' is also an alias: it vetoes itself"),
         ("not-used = ", "exclusion_lists.not-used", "no skill's exclusion_lists names it"),
         ("not-used = ", "exclusion_lists.not-used[0]", "must be lower case")],
    ),
    "alias lists": (
        [('aliases = ["pytorch"]',
          'aliases = ["pytorch"]\nexclusions = ["torch lamp"]\n'
          'alias_lists = ["torch-names", "torch-nmes", "torch-lamps"]'),
         ("[profiles.",
          '[alias_lists]\ntorch-names = ["torch", "pytorch"]\n'
          'torch-lamps = ["torch lamp", "torch"]\nno-one = ["Lamp"]\n\n[profiles.')],
        [("alias_lists = [", "skills.pytorch.alias_lists[0]",
          "its 'pytorch' is also one of the skill's own aliases"),
         ("alias_lists = [", "skills.pytorch.alias_lists[1]",
          "unknown alias list 'torch-nmes'; did you mean 'torch-names'?"),
         ("alias_lists = [", "skills.pytorch.alias_lists[2]",
          "its 'torch' is also in another of the skill's lists"),
         ("exclusions = [", "skills.pytorch.exclusions[0]", "'torch lamp' is also an alias"),
         ("no-one = ", "alias_lists.no-one",
          "no skill's alias_lists names it, so it adds no alias"),
         ("no-one = ", "alias_lists.no-one[0]", "must be lower case")],
    ),
    "word lists": (
        [('pattern = [{ LOWER = "torch" }',
          'pattern = [{ LOWER = { IN = ["@torch-word", "torch", "@torch-words"] } }'),
         ('aliases = ["pytorch"]',
          'aliases = ["pytorch"]\n'
          'context = [{ terms = ["pytorch"], require_any = ["@cuda", "Torch", "@torch-words"] }]'),
         ("[profiles.",
          '[word_lists]\ntorch-words = ["torch", "@cuda", "Lamp", "py-torch"]\n'
          'unused = ["x"]\nBad_Name = ["y"]\n\n[profiles.')],
        [("pattern = [", "skills.pytorch.patterns[0].pattern[0].LOWER.IN[0]",
          "unknown word list 'torch-word'; did you mean 'torch-words'?"),
         ("pattern = [", "skills.pytorch.patterns[0].pattern[0].LOWER.IN[2]",
          "gives 'torch' again"),
         ("context = ", "skills.pytorch.context[0].require_any[0]", "unknown word list 'cuda'"),
         ("context = ", "skills.pytorch.context[0].require_any[1]", "must be lower case"),
         ("torch-words = ", "word_lists.torch-words[1]", "a word list cannot name another one"),
         ("torch-words = ", "word_lists.torch-words[2]", "must be lower case"),
         ("context = ", "skills.pytorch.context[0].require_any[2]",
          "'@torch-words' holds 'py-torch', which never matches here as one token"),
         ("unused = ", "word_lists.unused", "no pattern or context rule names it"),
         ("Bad_Name = ", "word_lists.Bad_Name", "cannot be named")],
    ),
    "implies except": (
        [('implies = ["deep-learning"]',
          'implies = ["deep-learning"]\nimplies_except = ["pytorch", "torch"]'),
         ('aliases = ["python", "pandas"]',
          'aliases = ["python", "pandas"]\nimplies_except = ["pandas"]')],
        [("implies_except = [\"pytorch", "skills.pytorch.implies_except[1]",
          "'torch' is not an alias, lemma or pattern id"),
         ('implies_except = ["pandas"]', "skills.python.implies_except",
          "has no effect: the skill implies nothing")],
    ),
    "certification references": (
        [('implies = ["deep-learning"]', 'implies = ["deep-learning"]\ncertification = "python"'),
         ("[profiles.", '[certifications.tf-cert]\nprovider = "TF"\nurl = "https://x.org"\n'
          'evidences = ["pytorh"]\n\n[profiles.')],
        [('certification = "python"', "skills.pytorch.certification",
          "'python' is not a skill of group 'certification'"),
         ("[certifications.tf-cert]", "certifications.tf-cert", "no skill 'tf-cert'"),
         ("evidences", "certifications.tf-cert.evidences[0]", "did you mean 'pytorch'?")],
    ),
    "roadmap": (
        [('aliases = ["python", "pandas"]', 'aliases = ["python", "pandas"]\nroadmap_step = 1'),
         ("[profiles.", '[[roadmap]]\nstep = 2\ntitle = "Foundations"\nskills = ["pyton"]\n\n'
          "[profiles.")],
        [("roadmap_step = 1", "skills.python.roadmap_step", "no step lists it"),
         ("step = 2", "roadmap[0].step", "is 2, expected 1"),
         ('skills = ["pyton"]', "roadmap[0].skills[0]", "unknown skill 'pyton'")],
    ),
    "profile": (
        [('skills = "all"',
          'skills = ["python"]\nweights = { pytorch = 2.0, python = -1 }\n'
          'section_status = { education = "great" }'),
         ('version = "1.0.0"', 'version = "1.0.0"\ndefault_profile = "ai-engineer"')],
        [("default_profile", "default_profile", "'ai-engineer' is not a profile"),
         ("weights", "profiles.ml-engineer.weights.pytorch", "not one of this profile's skills"),
         ("weights", "profiles.ml-engineer.weights.python", "must be >= 0"),
         ("section_status", "profiles.ml-engineer.section_status.education",
          "unknown status 'great'")],
    ),
    "project and cues": (
        [("[profiles.", '[projects.chatbot]\ntitle = "Chatbot"\ndescription = "A bot."\n'
          'skills = ["llm"]\n\n[cues]\nwindow = 0\nwish = ["Interested in"]\n\n[profiles.')],
        [('skills = ["llm"]', "projects.chatbot.skills[0]", "unknown skill 'llm'"),
         ("window = 0", "cues.window", "must be at least 1"),
         ('wish = ["Interested in"]', "cues.wish[0]", "must be lower case")],
    ),
    "top level": (
        [('version = "1.0.0"', 'version = "one"\nextends = "v0"\nskils = 1')],
        [('version = "one"', "version", "not a version like '1.0.0'"),
         ('extends = "v0"', "extends", "unknown base lexicon 'v0' (choose: builtin)"),
         ("skils = 1", "skils", "did you mean 'skills'?")],
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_broken_lexicons_report_every_problem_where_it_is(tmp_path: Path, case: str) -> None:
    replacements, expected = BROKEN[case]
    text = VALID
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = write(tmp_path, text)

    problems = validate_lexicon(path)

    found = {(p.line, p.key_path): p.message for p in problems}
    for marker, key_path, message in expected:
        where = (line_of(text, marker), key_path)
        assert where in found, f"{where} not in {sorted(found, key=str)}"
        assert message in found[where]
    assert {p.file for p in problems} == {str(path)}
    assert len(problems) == len(expected), "\n".join(map(str, problems))


def test_all_problems_come_at_once_sorted_by_line(tmp_path: Path) -> None:
    text = (
        VALID.replace('"very-high"', '"vhigh"', 1)
        .replace('aliases = ["pytorch"]', 'aliases = ["PyTorch"]')
        .replace('url = "https://d2l.ai/"', 'url = "ftp://d2l.ai/"')
    )
    path = write(tmp_path, text)

    with pytest.raises(LexiconError) as raised:
        load_lexicon(path)

    lines = [line_of(text, m) for m in ('"vhigh"', '["PyTorch"]', "ftp://")]
    assert [p.line for p in validate_lexicon(path)] == lines
    assert raised.value.problems == [str(p) for p in validate_lexicon(path)]
    assert raised.value.problems[0] == (
        f"{path}:{lines[0]}: skills.python.demand: unknown demand level 'vhigh' "
        "(choose: very-high, high, moderate, valued, none)"
    )
    assert raised.value.exit_code == 11


def test_fuzzy_may_hold_a_list_predicate_as_spacy_allows(tmp_path: Path) -> None:
    text = VALID.replace('{ LOWER = "torch" }', '{ LOWER = { FUZZY = { IN = ["torch"] } } }')
    assert validate_lexicon(write(tmp_path, text), patterns=True) == []


def test_toml_syntax_error_names_its_line(tmp_path: Path) -> None:
    text = VALID.replace('name = "PyTorch"', 'name = "PyTorch')
    path = write(tmp_path, text)

    [problem] = validate_lexicon(path)

    assert (problem.file, problem.line) == (str(path), line_of(text, 'name = "PyTorch'))
    assert problem.message.startswith("invalid TOML: ")
    assert "(column" in problem.message and "at line" not in problem.message


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (Problem("a.toml", 3, "skills.x", "bad"), "a.toml:3: skills.x: bad"),
        (Problem("a.toml", None, "version", "missing"), "a.toml: version: missing"),
        (Problem("a.toml", 1, "", "invalid TOML"), "a.toml:1: invalid TOML"),
    ],
)
def test_problem_text(problem: Problem, text: str) -> None:
    assert str(problem) == text


def test_missing_path_and_missing_version(tmp_path: Path) -> None:
    [missing] = validate_lexicon(tmp_path / "nope.toml")
    assert missing.message == "no such file or folder"
    path = write(tmp_path, VALID.replace('version = "1.0.0"\n', ""))
    assert [(p.key_path, p.line) for p in validate_lexicon(path)] == [("version", None)]


# ----------------------------------------------------------------------------------- folders


def copy_builtin(tmp_path: Path, name: str = loader.BUILTIN_FOLDER) -> Path:
    folder = tmp_path / name
    shutil.copytree(str(loader.builtin_folder()), folder)
    return folder


def test_a_copied_builtin_folder_is_valid(tmp_path: Path) -> None:
    folder = copy_builtin(tmp_path)
    assert validate_lexicon(folder) == []
    assert load_lexicon(folder).source == str(folder)


def test_folder_problems(tmp_path: Path) -> None:
    folder = copy_builtin(tmp_path, "mine")
    write(folder, 'version = "2.0.0"\n\n[skills.python]\nname = "Py"\n', "extra.toml")
    (folder / "roadmap.toml").unlink()

    problems = {
        (Path(p.file).name, p.line, p.key_path): p.message for p in validate_lexicon(folder)
    }

    skills = (folder / "skills.toml").read_text(encoding="utf-8")
    assert "but the folder is 'mine'" in problems["version.json", 1, "folder"]
    assert "belongs in version.json" in problems["extra.toml", 1, "version"]
    duplicate = ("skills.toml", line_of(skills, "[skills.python]"), "skills.python")
    assert problems[duplicate] == f"also defined in {folder / 'extra.toml'}"
    step = ("skills.toml", line_of(skills, "roadmap_step = 1"), "skills.python.roadmap_step")
    assert "there is no roadmap step 1" in problems[step]


def test_version_json_must_be_valid(tmp_path: Path) -> None:
    folder = copy_builtin(tmp_path)
    (folder / "version.json").write_text('{"version": "1.0.0",\n "folder": }', encoding="utf-8")
    [problem] = validate_lexicon(folder)
    assert (Path(problem.file).name, problem.line) == ("version.json", 2)
    (folder / "version.json").write_text(json.dumps({"version": "x", "folder": "v1"}))
    assert [p.message for p in validate_lexicon(folder)] == ["'x' is not a version like '1.0.0'"]


# --------------------------------------------------------------------------------- extending

EXTENSION = """\
extends = "builtin"

[skills.python]
demand = "high"

[skills.keras]
aliases = ["keras", "tf.keras", "keras core"]

[skills.rust]
name = "Rust"
group = "programming"
demand = "moderate"
aliases = ["rust"]
resources = [{ title = "The Rust Book", url = "https://doc.rust-lang.org/book/" }]

[profiles.ai-engineer.weights]
rust = 2.0

[cues]
window = 4
"""


def test_extends_builtin_merges_by_id(tmp_path: Path) -> None:
    builtin = load_lexicon()
    path = write(tmp_path, EXTENSION)

    lexicon = load_lexicon(path)

    assert lexicon.version == f"{builtin.version}+extended"
    assert lexicon.source == str(path)
    assert list(lexicon.skills) == [*builtin.skills, "rust"]
    python, keras = lexicon.lookup("python"), lexicon.lookup("keras")
    assert python.demand == "high" and python.aliases == builtin.lookup("python").aliases
    assert keras.aliases == ("keras", "tf.keras", "keras core")
    assert keras.resources == builtin.lookup("keras").resources
    assert lexicon.lookup("pytorch") == builtin.lookup("pytorch")
    assert "rust" in lexicon.profile("ml-engineer").skills
    assert lexicon.profile("ai-engineer").weights == {"rust": 2.0}
    assert lexicon.profile("ai-engineer").name == builtin.profile("ai-engineer").name
    assert lexicon.cues.window == 4 and lexicon.cues.wish == builtin.cues.wish
    assert lexicon.roadmap == builtin.roadmap
    assert builtin.lookup("python").demand == "very-high", "the built-in one is untouched"


def test_a_shared_exclusion_list_joins_each_skill_that_names_it(tmp_path: Path) -> None:
    text = VALID.replace(
        'aliases = ["pytorch"]',
        'aliases = ["pytorch"]\nexclusions = ["pytorch lightning"]\n'
        'exclusion_lists = ["torch-lamps"]',
    ).replace(
        "[profiles.", '[exclusion_lists]\ntorch-lamps = ["torch lamp", "tiki torch"]\n\n[profiles.'
    )

    lexicon = load_lexicon(write(tmp_path, text))

    pytorch = lexicon.lookup("pytorch")
    assert pytorch.exclusions == ("pytorch lightning", "torch lamp", "tiki torch")
    assert pytorch.exclusion_lists == ("torch-lamps",)
    assert lexicon.lookup("python").exclusions == ()


def test_a_shared_alias_list_joins_each_skill_that_names_it(tmp_path: Path) -> None:
    text = (
        VALID.replace(
            'aliases = ["python", "pandas"]', 'aliases = ["python"]\nalias_lists = ["libs"]'
        )
        .replace(
            'aliases = ["pytorch"]',
            'aliases = ["pytorch"]\nalias_lists = ["libs"]\n'
            'context = [{ terms = ["torchvision"], require_any = ["model"] }]',
        )
        .replace("[profiles.", '[alias_lists]\nlibs = ["torchvision", "numpy"]\n\n[profiles.')
    )

    lexicon = load_lexicon(write(tmp_path, text))

    assert lexicon.lookup("python").aliases == ("python", "torchvision", "numpy")
    assert lexicon.lookup("pytorch").aliases == ("pytorch", "torchvision", "numpy")
    assert lexicon.lookup("pytorch").alias_lists == ("libs",)
    assert lexicon.lookup("deep-learning").aliases == ("deep learning",)


def test_a_word_list_is_written_out_where_a_pattern_or_context_rule_names_it(
    tmp_path: Path,
) -> None:
    text = (
        VALID.replace(
            'pattern = [{ LOWER = "torch" }',
            'pattern = [{ LOWER = { IN = ["@torch-words", "libtorch"] } }',
        )
        .replace(
            'aliases = ["pytorch"]',
            'aliases = ["pytorch"]\n'
            'context = [{ terms = ["pytorch"], require_any = ["cuda", "@torch-words"] }]',
        )
        .replace("[profiles.", '[word_lists]\ntorch-words = ["torch", "pytorch"]\n\n[profiles.')
    )

    pytorch = load_lexicon(write(tmp_path, text)).lookup("pytorch")

    assert pytorch.patterns[0].pattern[0] == {"LOWER": {"IN": ["torch", "pytorch", "libtorch"]}}
    assert pytorch.context[0].require_any == ("cuda", "torch", "pytorch")


def test_a_word_list_named_only_in_in_lists_may_hold_words_the_tokenizer_splits(
    tmp_path: Path,
) -> None:
    """The matcher writes such a word out token by token in an IN list ("in", "-", "house");
    a NOT_IN list or a context rule would compare it with one token and never see it."""
    text = VALID.replace(
        'pattern = [{ LOWER = "torch" }',
        'pattern = [{ LOWER = { IN = ["@torch-words"] } }',
    ).replace("[profiles.", '[word_lists]\ntorch-words = ["torch", "in-house"]\n\n[profiles.')

    pytorch = load_lexicon(write(tmp_path, text)).lookup("pytorch")

    assert pytorch.patterns[0].pattern[0] == {"LOWER": {"IN": ["torch", "in-house"]}}


def test_a_negated_token_may_not_name_a_list_with_words_the_tokenizer_splits(
    tmp_path: Path,
) -> None:
    """The matcher leaves a negated token as written: one token never equals "in-house"."""
    text = VALID.replace(
        'pattern = [{ LOWER = "torch" }',
        'pattern = [{ LOWER = "torch" }, { LOWER = { IN = ["@torch-words"] }, OP = "!" }',
    ).replace("[profiles.", '[word_lists]\ntorch-words = ["lamp", "in-house"]\n\n[profiles.')

    [problem] = validate_lexicon(write(tmp_path, text))

    assert problem.key_path == "skills.pytorch.patterns[0].pattern[1].LOWER.IN[0]"
    assert "'@torch-words' holds 'in-house', which never matches here as one token" in (
        problem.message
    )


def test_an_extension_may_use_and_replace_the_builtin_word_lists(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'extends = "builtin"\n\n[word_lists]\nsentence-end = [".", ";"]\n\n'
        '[skills.pytorch]\ncontext = [{ terms = ["torch"], require_any = ["@model-nouns"] }]\n',
    )

    lexicon = load_lexicon(path)

    def stop_words(lexicon: Lexicon) -> set[str]:
        return {
            word
            for skill in lexicon.skills.values()
            for rule in skill.patterns
            for token in rule.pattern
            for value in token.values()
            if isinstance(value, dict)
            for word in value.get("NOT_IN", [])
        }

    assert "?" in stop_words(load_lexicon()) and "?" not in stop_words(lexicon)
    assert lexicon.lookup("pytorch").context[0].require_any[:2] == ("model", "classifier")


def test_an_extension_may_replace_a_shared_exclusion_list(tmp_path: Path) -> None:
    builtin = load_lexicon()
    path = write(
        tmp_path, 'extends = "builtin"\n\n[exclusion_lists]\nmodels-not-learned = ["data model"]\n'
    )

    lexicon = load_lexicon(path)

    before, after = builtin.lookup("model-evaluation"), lexicon.lookup("model-evaluation")
    assert "pricing model" in before.exclusions and "pricing model" not in after.exclusions
    assert "data model" in after.exclusions and "gini impurity" in after.exclusions


def test_an_extension_may_replace_a_shared_alias_list(tmp_path: Path) -> None:
    path = write(tmp_path, 'extends = "builtin"\n\n[alias_lists]\ngan-models = ["gan", "gans"]\n')

    lexicon = load_lexicon(path)

    for sid in ("deep-learning", "generative-ai"):
        assert "gans" in lexicon.lookup(sid).aliases
        assert "stylegan2" not in lexicon.lookup(sid).aliases
    assert "cyclegan" in load_lexicon().lookup("generative-ai").aliases


def test_an_override_replaces_the_whole_list(tmp_path: Path) -> None:
    """Keys given replace the built-in ones, so dropping an alias that a built-in context rule
    guards leaves that rule without its term: a problem, found in the built-in file."""
    path = write(tmp_path, 'extends = "builtin"\n\n[skills.python]\naliases = ["python"]\n')

    [problem] = validate_lexicon(path)

    assert Path(problem.file).name == "skills.toml" and problem.line is not None
    assert problem.key_path == "skills.python.context[0].terms[0]"
    assert problem.message.startswith("'flask' is not an alias")


def test_extension_problems_point_into_the_user_file(tmp_path: Path) -> None:
    text = EXTENSION.replace('demand = "moderate"', 'demand = "moderate"\nimplies = ["pythn"]')
    text = text.replace("window = 4", 'window = 4\nnegation = ["NOT"]')
    path = write(tmp_path, text)

    problems = validate_lexicon(path)

    assert [(p.file, p.line, p.key_path) for p in problems] == [
        (str(path), line_of(text, "implies"), "skills.rust.implies[0]"),
        (str(path), line_of(text, "negation"), "cues.negation[0]"),
    ]
    assert "did you mean 'python'?" in problems[0].message


def test_extension_may_add_a_roadmap_step(tmp_path: Path) -> None:
    text = EXTENSION.replace('aliases = ["rust"]', 'aliases = ["rust"]\nroadmap_step = 8')
    text += '\n[[roadmap]]\nstep = 8\ntitle = "Systems programming"\nskills = ["rust"]\n'
    lexicon = load_lexicon(write(tmp_path, text))
    step = lexicon.roadmap_step(8)
    assert step is not None and step.skills == ("rust",)
    assert [s.step for s in lexicon.roadmap] == [1, 2, 3, 4, 5, 6, 7, 8]


def test_the_readme_example_loads(tmp_path: Path) -> None:
    readme = (Path(loader.__file__).parent / "README.md").read_text(encoding="utf-8")
    example = next(
        block.split("\n", 1)[1]
        for block in readme.split("```")
        if block.startswith("toml\nextends")
    )
    lexicon = load_lexicon(write(tmp_path, example))
    assert lexicon.lookup("rust").group == "programming"
    assert lexicon.profile("ai-engineer").weights == {"rust": 2.0, "llm-development": 4.0}


def test_the_lexicon_package_imports_nothing_from_the_analyzer() -> None:
    """skill_lexicon is the bottom layer: run alone, loading the lexicon and the posting vocabulary
    and checking the patterns with spaCy loads no `analyzer` module."""
    import subprocess
    import sys

    code = (
        "import sys, skill_lexicon, skill_lexicon.postings, skill_lexicon.patterns\n"
        "skill_lexicon.patterns.check_patterns(skill_lexicon.load_lexicon())\n"
        "skill_lexicon.postings.load_postings()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'analyzer'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_analyzer_raises_lexicon_problems_as_its_own_error(tmp_path: Path) -> None:
    from analyzer import Analyzer
    from analyzer.errors import LexiconError as AnalyzerLexiconError
    from analyzer.errors import SkillgapError

    path = write(tmp_path, VALID.replace('"very-high"', '"vhigh"', 1))
    with pytest.raises(AnalyzerLexiconError) as raised:
        Analyzer(lexicon=path)
    assert isinstance(raised.value, SkillgapError) and isinstance(raised.value, LexiconError)
    assert raised.value.exit_code == 11
    assert raised.value.problems == [str(p) for p in validate_lexicon(path)]


@pytest.mark.parametrize(
    ("text", "marker", "message"),
    [
        (
            'extends = "builtin"\n\n[[skills]]\nname = "Rust"\n',
            "[[skills]]",
            "skills: must be a table, not an array",
        ),
        ('extends = "builtin"\nprofiles = "all"\n', "profiles =", "profiles: must be a table"),
        ('extends = "builtin"\n\n[roadmap]\nstep = 1\n', "[roadmap]", "roadmap: must be an array"),
    ],
)
def test_a_wrong_type_in_an_extension_is_its_only_problem(
    tmp_path: Path, text: str, marker: str, message: str
) -> None:
    """The built-in tables stay in place, so their references are not reported as broken."""
    path = write(tmp_path, text)
    problems = validate_lexicon(path)
    assert [(p.file, p.line) for p in problems] == [(str(path), line_of(text, marker))]
    assert message in str(problems[0])


def test_the_table_keys_come_from_the_records() -> None:
    """One definition of the structure: a record field is a key of its table, required exactly
    when the record gives it no default."""
    import dataclasses

    from skill_lexicon import Skill, schema

    fields = {f.name: f for f in dataclasses.fields(Skill) if f.name != "id"}
    assert set(schema.SKILL) == set(fields)
    for name, (_, required) in schema.SKILL.items():
        assert required is (
            fields[name].default is dataclasses.MISSING
            and not callable(fields[name].default_factory)
        )
