"""`python main.py validate FILE... [--strict]`: print every problem and warning in the order of their cause
(what follows from one is counted under it), then a count per file."""

from __future__ import annotations

from pathlib import Path

from game.core.model import Scenario
from game.formatting import plural
from game.scenario import check_scenario
from game.scenario.lint import word_counts
from game.scenario.order import cause_lines
from game.ui.measure import card_text_overflows  # (imports pygame only when it measures)


def run_validate(files: list[Path], strict: bool = False) -> int:
    """Exit code 1 if any file has errors (or, with `strict`, warnings); else 0."""
    failed = 0
    for path in files:
        scenario, problems = check_scenario(path, measure=card_text_overflows)
        for line in cause_lines(problems):
            print(line)
        errors = sum(1 for problem in problems if problem.is_error)
        warnings = len(problems) - errors
        if scenario is None or (strict and warnings):
            failed += 1
        print(summary_line(path, scenario, errors, warnings))
    return 1 if failed else 0


def summary_line(path: Path, scenario: Scenario | None, errors: int, warnings: int) -> str:
    """One line per file: 'x.yaml: ok — 49 cards, 145 options; words: nl 6,210, en 5,980'."""
    counted = [plural(errors, "error"), plural(warnings, "warning")]
    if scenario is None:
        return f"{path}: {', '.join(counted[: 2 if warnings else 1])}"
    options = sum(len(card.options) for card in scenario.cards)
    words = ", ".join(f"{language} {count:,}" for language, count in word_counts(scenario).items())
    state = f"ok with {counted[1]}" if warnings else "ok"
    size = f"{plural(len(scenario.cards), 'card')}, {plural(options, 'option')}"
    return f"{path}: {state} \u2014 {size}; words: {words}"
