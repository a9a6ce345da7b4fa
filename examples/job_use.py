"""Scoring resumes for one job from Python, as a recruiting tool would.

python examples/job_use.py examples/jobs/ml_engineer.md examples/resumes/*.pdf
"""

from __future__ import annotations

import sys
from datetime import date

from analyzer import Analyzer, SkillgapError


def main(job_path: str, resumes: list[str]) -> int:
    analyzer = Analyzer()  # loads spaCy and the lexicon once
    job = analyzer.read_job(job_path)  # a JobTarget: frozen, JSON round-trip via to_dict()
    print(f"{job.title}: {len(job.required_ids())} required skills, {job.years_required} years")
    for requirement in job.requirements:
        print(f"  {requirement.level:<9} {requirement.name}: {requirement.evidence[0].context!r}")
    for path in resumes:
        try:
            result = analyzer.analyze(path, job=job, as_of=date(2026, 1, 1))
        except SkillgapError as error:
            print(f"skipped {error}", file=sys.stderr)
            continue
        target, years = result.target, result.experience
        assert target is not None and years is not None
        print(
            f"{path}: {result.score.readiness}/100 for the job, required met "
            f"{target.required_met}/{target.required_asked}, {years.total_years} years "
            f"({years.level_name}); missing: {', '.join(target.missing_required) or 'none'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
