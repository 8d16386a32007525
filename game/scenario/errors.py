"""Problems found in a scenario file, and the error that carries them."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from game.errors import GameError
from game.scenario.order import cause_lines

Severity = Literal["error", "warning"]
LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # the line breaks of YAML, which counts lines by them


@dataclass(frozen=True)
class Problem:
    """One problem at a place in a file; line and column are 1-based. In a workbook the place is a cell,
    `cell` ("Opties!D14"), and line and column only order the problems. A `structure` problem is in the
    file's shape (a syntax error, a missing sheet, a renamed column or key, merged cells, a date where a
    value belongs) and is said first; a problem that follows from another names its place as `cause`."""

    file: str
    line: int
    column: int
    message: str
    severity: Severity = "error"
    cell: str = ""
    structure: bool = False
    cause: str = ""  # the place of the problem this one follows from ("Kaarten!G1", "12:5"); "" if none

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def place(self) -> str:
        """Where, as the author looks for it: "12:5" in a text file, "Opties!D14" in a workbook."""
        return self.cell or f"{self.line}:{self.column}"

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{self.file}:{self.place}: {prefix}{self.message}"


def within_text(problems: list[Problem], text: str) -> list[Problem]:
    """`problems` with every place inside `text`: a place past its end (libyaml puts the empty document
    after a final '---' on the next line, which is not there) moves to the end of the text."""
    if not problems:
        return problems
    lines = LINE_BREAK.split(text)
    placed = []
    for problem in problems:
        line, column = problem.line, problem.column
        if line > len(lines):
            line, column = len(lines), len(lines[-1]) + 1
        line, column = max(line, 1), max(column, 1)
        column = min(column, len(lines[line - 1]) + 1)
        same = (line, column) == (problem.line, problem.column)
        placed.append(problem if same else dataclasses.replace(problem, line=line, column=column))
    return placed


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in reading order: by file, line and column (the order found is kept for ties)."""
    return sorted(problems, key=lambda problem: (problem.file, problem.line, problem.column))


class ScenarioInvalid(GameError):
    """A scenario file that cannot be used; `problems` lists everything wrong with it (its message, in
    the order of their cause)."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        errors = [problem for problem in self.problems if problem.is_error]
        summary = "\n".join(cause_lines(self.problems))
        count = len(errors)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the scenario:\n{summary}")
