"""Problems found in a scenario file, and the error that carries them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from game.errors import GameError

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One problem at a place in a file; line and column are 1-based."""

    file: str
    line: int
    column: int
    message: str
    severity: Severity = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{self.file}:{self.line}:{self.column}: {prefix}{self.message}"


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in reading order: by file, line and column (the order found is kept for ties)."""
    return sorted(problems, key=lambda problem: (problem.file, problem.line, problem.column))


class ScenarioInvalid(GameError):
    """A scenario file that cannot be used; `problems` lists everything wrong with it."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        errors = [problem for problem in self.problems if problem.is_error]
        summary = "\n".join(str(problem) for problem in self.problems)
        count = len(errors)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the scenario:\n{summary}")
