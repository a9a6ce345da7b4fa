"""What a person sees while a batch runs: a progress bar on a terminal, and a closing tally."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from analyzer.batch.records import FileOutcome


@dataclass
class Tally:
    """How the files of a run ended, counted as outcomes pass by."""

    skipped: int = 0
    analysed: int = 0
    cached: int = 0
    failed: int = 0
    started: float = field(default_factory=time.monotonic)

    def count(self, outcome: FileOutcome) -> None:
        if not outcome.ok:
            self.failed += 1
        elif outcome.cached:
            self.cached += 1
        else:
            self.analysed += 1

    def line(self) -> str:
        total = self.analysed + self.cached + self.failed + self.skipped
        seconds = time.monotonic() - self.started
        return (
            f"{total} files in {seconds:.1f} s: {self.analysed} analysed,"
            f" {self.cached} unchanged (from the store), {self.failed} failed,"
            f" {self.skipped} skipped (not .pdf/.docx/.docm/.txt/.text/.md)"
        )


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0:.1f} files/s", style="progress.data.speed")


def tracked(
    outcomes: Iterable[FileOutcome], *, total: int, tally: Tally, console: Console
) -> Iterator[FileOutcome]:
    """The outcomes, counted into `tally`, with a progress bar (files/s, time left) while
    `console` is a terminal; nothing is drawn otherwise."""
    with Progress(
        TextColumn("analysing"),
        BarColumn(),
        MofNCompleteColumn(),
        _RateColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=not console.is_terminal,
        transient=True,
    ) as progress:
        task = progress.add_task("analysing", total=total)
        for outcome in outcomes:
            tally.count(outcome)
            progress.advance(task)
            yield outcome
