"""Using skillgap from Python, as an HR tool would.

python examples/library_use.py examples/resumes/*.pdf
"""

from __future__ import annotations

import sys

from analyzer import Analyzer, SkillgapError


def main(paths: list[str]) -> int:
    analyzer = Analyzer()  # loads spaCy and the lexicon once; reuse it for every resume
    for path in paths:
        try:
            result = analyzer.analyze(path, profile="ml-engineer")
        except SkillgapError as error:  # bad input: one clear message, the run goes on
            print(f"skipped {error}", file=sys.stderr)
            continue
        shown = [s for s in result.skills if s.present and s.scored]
        print(f"{path}: readiness {result.score.readiness}/100, {len(shown)} skills shown")
        for skill in shown[:3]:
            first = skill.evidence[0]
            print(
                f"  {skill.name}: {skill.status} (p{first.page}, {first.section}: {first.text!r})"
            )
        for step in result.learning_path[:3]:
            link = step.resources[0].url if step.resources else ""
            print(f"  next: {step.name} ({step.demand} demand) {link}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
