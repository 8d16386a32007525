"""Problems found in a scenario file, and the error that carries them."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from game.errors import GameError, Phrase, said
from game.i18n import counted, t
from game.scenario.order import cause_lines

Severity = Literal["error", "warning"]
Said = str | Phrase  # words of a message: a phrase said in the reader's language, or a name or value as given
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
    # The message's game.i18n key ("problem. ...") and parameters, said by language; "" for a plain
    # message. Problems compare by `message`, their English.
    key: str = field(default="", compare=False)
    params: Mapping[str, object] = field(default_factory=dict, compare=False)

    @classmethod
    def of(
        cls,
        file: str,
        line: int,
        column: int,
        message: Said,
        *,
        severity: Severity = "error",
        cell: str = "",
        structure: bool = False,
        cause: str = "",
    ) -> Problem:
        """A problem whose message is a phrase (said in the reader's language) or a plain text."""
        key, params = (message.key, message.params) if isinstance(message, Phrase) else ("", {})
        return cls(file, line, column, str(message), severity, cell, structure, cause, key, params)

    def said(self, lang: str) -> str:
        """The message in `lang`; a plain message as given."""
        return said(self.key, self.params, lang) if self.key else self.message

    def text(self, lang: str) -> str:
        """The problem as printed: 'file:12:5: message', a warning marked as one, in `lang`."""
        prefix = t("problem.warning_prefix", lang) if self.severity == "warning" else ""
        return f"{self.file}:{self.place}: {prefix}{self.said(lang)}"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def place(self) -> str:
        """Where, as the author looks for it: "12:5" in a text file, "Opties!D14" in a workbook."""
        return self.cell or f"{self.line}:{self.column}"

    def __str__(self) -> str:
        return self.text("en")


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
        super().__init__(key="problem.invalid")

    def text(self, lang: str) -> str:
        """'2 problems in the scenario:' and the problems in the order of their cause, in `lang`."""
        count = sum(1 for problem in self.problems if problem.is_error)
        heading = t("problem.invalid", lang, problems=counted(count, "problem", lang))
        return "\n".join([heading, *cause_lines(self.problems, lang)])
