"""The terminal report: score, skills by group with their first evidence, next steps, diagnostics.

Lines are built as rich `Text` and printed through a rich console that writes to a string: with
`color=False` the output is plain text whose own marks (symbols, rules, ellipses) are ASCII; with
`color=True` it carries ANSI styles and Unicode symbols. Every string that comes from the resume
or the lexicon is reduced to one printable line first, so it cannot move the cursor or break the
columns.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from io import StringIO
from pathlib import PurePath

from rich.cells import cell_len, get_character_cell_size
from rich.console import Console
from rich.text import Text

from analyzer.report.view import GroupCoverage, accepted_evidence, excerpt, printable, skill_groups
from analyzer.types import AnalysisResult, Evidence, ExtractedResume, SkillAssessment, Status

WIDTH = 100
NEXT_STEPS = 5

STATUS_MARK: dict[Status, tuple[str, str]] = {
    "demonstrated": ("✔", "+"),
    "listed": ("●", "*"),
    "mentioned": ("○", "~"),
    "missing": ("✘", "-"),
}
"""Status -> (symbol with color, ASCII symbol without)."""

STATUS_STYLE: dict[Status, str] = {
    "demonstrated": "green",
    "listed": "cyan",
    "mentioned": "yellow",
    "missing": "red",
}

COLUMNS = (("Skill", 26), ("Status", 14), ("Str", 4), ("Demand", 9))
"""The fixed columns of the skills table, (header, width); the evidence column takes the rest."""
GUTTER = 2
NO_BREAK = "\u00a0"
EVIDENCE_WIDTH = WIDTH - sum(width for _, width in COLUMNS) - GUTTER * len(COLUMNS)


def render(result: AnalysisResult, *, color: bool = False) -> str:
    """The report as terminal text, `WIDTH` columns wide, ending with a newline."""
    return _Report(result, color).render()


class _Report:
    """One rendering: the result, the mode, and the lines written so far."""

    def __init__(self, result: AnalysisResult, color: bool) -> None:
        self.result = result
        self.color = color
        self.ellipsis = "…" if color else "..."
        self.lines: list[Text] = []

    def render(self) -> str:
        self.header()
        self.target()
        self.experience()
        self.skills_table()
        self.next_steps()
        self.diagnostics()
        console = Console(
            file=StringIO(),
            width=WIDTH,
            color_system="standard" if self.color else None,
            force_terminal=self.color,
            force_jupyter=False,
            force_interactive=False,
            highlight=False,
            markup=False,
            emoji=False,
            legacy_windows=False,
        )
        for line in self.lines:
            console.print(line)
        output = console.file
        assert isinstance(output, StringIO)
        return output.getvalue()

    # ------------------------------------------------------------------------------- sections

    def header(self) -> None:
        source, profile, score = self.result.source, self.result.profile, self.result.score
        pages = f"{source.pages} page{'' if source.pages == 1 else 's'}"
        self.add(
            ("skillgap report: ", "bold"),
            (printable(PurePath(source.path).name), "bold"),
            f" ({pages}, {source.media_type})",
        )
        self.add(
            f"Profile: {printable(profile.name)} ({printable(profile.id)}),"
            f" lexicon {printable(profile.lexicon_version)}"
        )
        self.add(
            ("Readiness: ", "bold"),
            (f"{score.readiness:.1f} / 100", "bold"),
            (
                f"  = 100 x earned {score.earned:g} / possible {score.possible:g}"
                " (weight by demand x strength by status)",
                "dim",
            ),
        )
        self.add()

    def target(self) -> None:
        """Against a job: each skill asked, met or missing, required ones first; unlisted terms."""
        target = self.result.target
        if target is None:
            return
        title = printable(target.title or PurePath(target.source).name)
        self.add(("Job: ", "bold"), (title, "bold"), f"  ({printable(target.formula)})")
        self.add(
            f"Required met: {target.required_met} of {target.required_asked}; "
            f"preferred met: {target.preferred_met} of {target.preferred_asked}"
        )
        if target.missing_required:
            names = [r.name for r in target.requirements if r.id in target.missing_required]
            self.add(("Must-haves missing: ", "red"), printable(", ".join(names)))
        for requirement in target.requirements:
            alternative = requirement.met_by_alternative
            meets = requirement.met or alternative is not None
            mark = "met    " if meets else "MISSING"
            via = f"; met by the alternative {printable(alternative)}" if alternative else ""
            self.add(
                f"  {mark} {requirement.level:<9} ",
                (printable(requirement.name), "bold"),
                f" ({printable(requirement.status)}, weight {requirement.weight:g} = "
                f"{requirement.demand_weight:g} x {requirement.factor:g}{via})",
                style="" if meets else "red",
            )
        if target.unlisted_terms:
            terms = [
                f"{printable(t.name)} ({t.level}, {'met' if t.met else 'missing'})"
                for t in target.unlisted_terms
            ]
            self.add("Terms outside the lexicon (not scored): " + ", ".join(terms), style="dim")
        self.add()

    def experience(self) -> None:
        experience = self.result.experience
        if experience is None:
            return
        roles = len(experience.roles)
        line = (
            f"Experience: {experience.total_years:g} years over {roles} dated "
            f"role{'' if roles == 1 else 's'} (to {experience.as_of}); level "
            f"{printable(experience.level_name)}, salary band {printable(experience.salary_band)} "
            f"({printable(experience.salary_region)})"
        )
        self.add(("Experience: ", "bold"), line.removeprefix("Experience: "))
        if experience.years_asked is not None:
            verdict = "meets" if experience.meets_years else "below"
            self.add(f"  years asked by the job: {experience.years_asked:g} ({verdict})")
        for unreadable in experience.unreadable:
            self.add(
                f"  unreadable date {printable(unreadable.text)!r}: {printable(unreadable.reason)}",
                style="yellow",
            )
        self.add()

    def skills_table(self) -> None:
        """Present skills one row each under their group, then the group's missing skills."""
        headers = [self.cell(title, width) for title, width in COLUMNS]
        self.add(*self.joined([*headers, "First evidence"]), style="bold")
        self.add(("─" if self.color else "-") * WIDTH, style="dim")
        for group in skill_groups(self.result):
            self.add(self.group_line(group), style="bold")
            for skill in group.skills:
                if skill.present:
                    self.skill_row(skill)
            missing = [s for s in group.skills if not s.present]
            if missing:
                self.missing_row(missing)
        self.add()

    def next_steps(self) -> None:
        steps = self.result.learning_path[:NEXT_STEPS]
        if not steps:
            self.add(
                ("Next steps: ", "bold"), "none; every scored skill is demonstrated or listed."
            )
            self.add()
            return
        total = len(self.result.learning_path)
        shown = f" ({len(steps)} of {total})" if total > len(steps) else ""
        self.add(f"Top next steps{shown}", style="bold")
        for step in steps:
            status = self.status_of(step.skill_id)
            why = f"{printable(step.demand)} demand, {status or 'not assessed'}"
            points = self.readiness_points(step.skill_id)
            if points is not None:
                why += f"; up to {points:.1f} readiness points"
            self.add(f"  {step.order}. ", (printable(step.name), "bold"), f": {why}")
            extras = []
            if step.resources:
                extras.append(f"learn: {printable(step.resources[0].url)}")
            if step.certification is not None:
                cert = step.certification
                extras.append(f"certify: {printable(cert.name)} ({printable(cert.provider)})")
            indent = " " * (len(str(step.order)) + 4)
            if cell_len(indent + "   ".join(extras)) <= WIDTH:
                extras = ["   ".join(extras)] if extras else []
            for extra in extras:
                self.add(indent + extra, style="dim")
        self.add()

    def diagnostics(self) -> None:
        parse = self.result.parse
        quality = Text.assemble(
            ("Text quality: ", "bold"), (parse.text_quality, _VERDICT[parse.text_quality])
        )
        if parse.reasons:
            quality.append(" (" + "; ".join(printable(r) for r in parse.reasons) + ")")
        self.lines.append(quality)
        facts = [f"language {printable(parse.language)}"]
        if parse.ocr:
            facts.append("read by OCR")
        if parse.columns_detected:
            facts.append("columns read apart")
        if parse.repairs:
            facts.append("repairs: " + ", ".join(printable(r) for r in parse.repairs))
        self.add("; ".join(facts), style="dim")
        for note in self.result.diagnostics:
            if note.severity != "info":
                where = f" (page {note.page})" if note.page is not None else ""
                self.add(
                    (f"{note.severity} {printable(note.code)}{where}: ", _SEVERITY[note.severity]),
                    printable(note.message),
                )

    # ---------------------------------------------------------------------------------- rows

    def group_line(self, group: GroupCoverage) -> str:
        found = f"{group.found} of {len(group.skills)} found"
        share = group.share
        covered = "not scored" if share is None else f"{share:.0%} covered"
        return f"{printable(group.name)}: {covered}, {found}"

    def skill_row(self, skill: SkillAssessment) -> None:
        cells = [
            Text("  ") + self.cell(printable(skill.name), COLUMNS[0][1] - 2),
            self.cell(self.status_label(skill.status), COLUMNS[1][1], STATUS_STYLE[skill.status]),
            self.cell(f"{skill.strength:.2f}" if skill.scored else "-", COLUMNS[2][1]),
            self.cell(printable(skill.demand), COLUMNS[3][1]),
        ]
        found = accepted_evidence(skill)
        if found:
            cells.append(self.evidence_cell(found[0], self.result.resume))
        row = Text.assemble(*self.joined(cells))
        row.rstrip()
        self.lines.append(row)

    def missing_row(self, skills: list[SkillAssessment]) -> None:
        """The missing skills of one group, most weight first. Scored ones show their demand and
        wrap onto as many lines as they need; unscored ones (soft skills, certifications) get one
        line, then "+N more"."""
        label = self.status_label("missing") + ": "
        indent = " " * (2 + len(label))
        room = WIDTH - len(indent)
        ranked = sorted(skills, key=lambda s: -s.weight)
        scored = [f"{printable(s.name)} ({printable(s.demand)})" for s in ranked if s.scored]
        unscored = [printable(s.name) for s in ranked if not s.scored]
        unbreakable = ", ".join(name.replace(" ", NO_BREAK) for name in scored)
        lines = [
            line.replace(NO_BREAK, " ")
            for line in textwrap.wrap(unbreakable, room, break_on_hyphens=False)
        ]
        if unscored:
            lines.append(_names_in(unscored, room))
        self.add("  ", (label, STATUS_STYLE["missing"]), lines[0])
        for more in lines[1:]:
            self.add(indent + more)

    def evidence_cell(self, evidence: Evidence, resume: ExtractedResume | None) -> Text:
        """Where the evidence is, then the match in its line. The match always shows; the words
        before it get the room that is left when a third is kept for the words after it."""
        where = f"p{evidence.page} {evidence.section}: "
        room = EVIDENCE_WIDTH - cell_len(where)
        shown = excerpt(evidence, resume, radius=room)
        tail = shown.after + (self.ellipsis if shown.clipped_after else "")
        lead_room = room - cell_len(shown.match) - min(cell_len(tail), room // 3)
        lead = (self.ellipsis if shown.clipped_before else "") + shown.before
        if cell_len(lead) > lead_room:
            words = _last_words(shown.before, lead_room - cell_len(self.ellipsis))
            lead = self.ellipsis + words if lead_room >= cell_len(self.ellipsis) else ""
        quote = self.clip(lead + shown.match + tail, room)
        cell = Text.assemble((where, "dim"), quote)
        match_start = len(where) + len(lead)
        cell.stylize("bold underline", match_start, match_start + len(shown.match))
        return cell

    # ------------------------------------------------------------------------------- helpers

    def add(self, *parts: str | tuple[str, str] | Text, style: str = "") -> None:
        self.lines.append(Text.assemble(*parts, style=style))

    def joined(self, cells: Sequence[Text | str]) -> list[Text | str]:
        gutter = " " * GUTTER
        out: list[Text | str] = []
        for n, cell in enumerate(cells):
            out.extend([gutter, cell] if n else [cell])
        return out

    def cell(self, value: str, width: int, style: str = "") -> Text:
        """`value` clipped and padded to exactly `width` terminal cells."""
        clipped = self.clip(value, width)
        return Text(clipped + " " * (width - cell_len(clipped)), style=style)

    def clip(self, value: str, width: int) -> str:
        """`value` cut to `width` terminal cells, ending with an ellipsis when cut."""
        if cell_len(value) <= width:
            return value
        room, kept = width - cell_len(self.ellipsis), []
        for char in value:
            room -= get_character_cell_size(char)
            if room < 0:
                break
            kept.append(char)
        return "".join(kept).rstrip() + self.ellipsis

    def status_label(self, status: Status) -> str:
        symbol, ascii_symbol = STATUS_MARK[status]
        return f"{symbol if self.color else ascii_symbol} {status}"

    def status_of(self, skill_id: str) -> Status | None:
        return next((s.status for s in self.result.skills if s.id == skill_id), None)

    def readiness_points(self, skill_id: str) -> float | None:
        """How much readiness closing the gap in `skill_id` would add, if it is a gap."""
        possible = self.result.score.possible
        gap = next((g for g in self.result.gaps if g.skill_id == skill_id), None)
        return 100 * gap.points_missing / possible if gap is not None and possible else None


def _names_in(names: list[str], width: int) -> str:
    """As many of `names` as fit in `width` cells, then "+N more"."""
    for shown in range(len(names), 0, -1):
        rest = len(names) - shown
        line = ", ".join(names[:shown]) + (f", +{rest} more" if rest else "")
        if cell_len(line) <= width:
            return line
    return f"{len(names)} skills"


def _last_words(value: str, width: int) -> str:
    """The longest run of whole words at the end of `value` that fits in `width` cells."""
    words = value.split(" ")
    while words and cell_len(" ".join(words)) > width:
        words.pop(0)
    return " ".join(words)


_VERDICT = {"ok": "green", "degraded": "yellow", "unusable": "red"}
_SEVERITY = {"info": "", "warning": "yellow", "error": "red"}
