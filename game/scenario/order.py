"""Problems in the order of their cause: structure problems first, each with the problems that follow from it
folded under it; then the other errors, then the warnings, each in reading order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.i18n import t

if TYPE_CHECKING:  # errors.py prints its problems with cause_lines
    from game.scenario.errors import Problem


@dataclass(frozen=True)
class Folded:
    """A problem that stands on its own, and the problems that follow from it (not shown one by one)."""

    problem: Problem
    consequences: tuple[Problem, ...] = ()


def by_cause(problems: Iterable[Problem]) -> list[Folded]:
    """Every problem that stands on its own, structure problems first, then the other errors, then the
    warnings (each group in the order given), with the problems whose causes lead to it. A cause where no
    other problem stands is ignored."""
    given = list(problems)
    at_place: dict[tuple[str, str], list[Problem]] = {}
    for problem in given:
        at_place.setdefault((problem.file, problem.place), []).append(problem)

    def cause_of(problem: Problem) -> Problem | None:
        """The problem at `problem`'s cause: one that stands on its own and a structure problem first."""
        if not problem.cause:
            return None
        others = [other for other in at_place.get((problem.file, problem.cause), []) if other is not problem]
        return min(others, key=lambda other: (bool(other.cause), not other.structure), default=None)

    following: dict[int, list[Problem]] = {}
    roots: list[Problem] = []
    for problem in given:
        chain, cause = [problem], cause_of(problem)
        while cause is not None and all(cause is not seen for seen in chain):
            chain.append(cause)
            cause = cause_of(cause)
        root = chain[-1] if cause is None else problem  # in a circle of causes each stands on its own
        if root is problem:
            roots.append(problem)
        else:
            following.setdefault(id(root), []).append(problem)
    ordered = sorted(roots, key=lambda problem: (problem.file, not problem.structure, not problem.is_error))
    return [Folded(root, tuple(following.get(id(root), ()))) for root in ordered]


def cause_lines(problems: Iterable[Problem], lang: str = "en", more: bool = False) -> list[str]:
    """The problems as printed in `lang`: one line for each that stands on its own, and a line under it
    counting the problems that follow from it; with `more`, a line after the errors saying that more
    checks follow once they are fixed."""
    given = list(problems)
    lines: list[str] = []
    after_errors = 0
    for folded in by_cause(given):
        lines.append(folded.problem.text(lang))
        count = len(folded.consequences)
        if count:
            lines.append("  " + t(f"problem.follow.{'one' if count == 1 else 'many'}", lang, count=count))
        if folded.problem.is_error:
            after_errors = len(lines)
    later = more_checks(given, lang) if more else []
    return lines[:after_errors] + later + lines[after_errors:]


def more_checks(problems: Iterable[Problem], lang: str = "en") -> list[str]:
    """The line saying that more checks follow once the errors are fixed (the lint does not run on a
    scenario with errors), when there are errors; else none."""
    return [t("problem.more_checks", lang)] if any(problem.is_error for problem in problems) else []


def cause_first(problems: Iterable[Problem]) -> list[Problem]:
    """Every problem, those that stand on their own first (structure problems before them all), then those
    that follow from them: for a list that shows the first few."""
    folded = by_cause(problems)
    return [item.problem for item in folded] + [problem for item in folded for problem in item.consequences]
