"""`python main.py validate FILE... [--strict]`: print every problem and warning in the order of their cause
(what follows from one is counted under it), then a count per file."""

from __future__ import annotations

from pathlib import Path

from game.core.model import Scenario
from game.formatting import grouped
from game.i18n import counted, t
from game.scenario import check_scenario
from game.scenario.lint import word_counts
from game.scenario.order import cause_lines
from game.ui.measure import card_text_overflows  # (imports pygame only when it measures)


def run_validate(files: list[Path], strict: bool = False, lang: str = "en") -> int:
    """Exit code 1 if any file has errors (or, with `strict`, warnings); else 0. Its words in `lang`."""
    failed = 0
    for path in files:
        scenario, problems = check_scenario(path, measure=card_text_overflows)
        for line in cause_lines(problems, lang, more=True):
            print(line)
        errors = sum(1 for problem in problems if problem.is_error)
        warnings = len(problems) - errors
        if scenario is None or (strict and warnings):
            failed += 1
        print(summary_line(path, scenario, errors, warnings, lang))
    return 1 if failed else 0


def summary_line(path: Path, scenario: Scenario | None, errors: int, warnings: int, lang: str = "en") -> str:
    """One line per file: 'x.yaml: ok — 49 cards, 145 options; words: nl 6,210, en 5,980'."""
    said = [counted(errors, "error", lang), counted(warnings, "warning", lang)]
    if scenario is None:
        return t("problem.summary.failed", lang, path=path, counts=", ".join(said[: 2 if warnings else 1]))
    options = sum(len(card.options) for card in scenario.cards)
    words = ", ".join(
        f"{language} {grouped(count, lang)}" for language, count in word_counts(scenario).items()
    )
    key = "problem.summary.ok_warned" if warnings else "problem.summary.ok"
    cards, options_said = counted(len(scenario.cards), "card", lang), counted(options, "option", lang)
    return t(key, lang, path=path, warnings=said[1], cards=cards, options=options_said, words=words)
