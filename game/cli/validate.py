"""`python main.py validate FILE...`: print every problem as file:line:col: message."""

from __future__ import annotations

from pathlib import Path

from game.scenario import check_scenario


def run_validate(files: list[Path]) -> int:
    invalid = 0
    for path in files:
        scenario, problems = check_scenario(path)
        for problem in problems:
            print(problem)
        if scenario is None:
            invalid += 1
        else:
            options = sum(len(card.options) for card in scenario.cards)
            print(f"{path}: ok ({len(scenario.cards)} cards, {options} options)")
    return 1 if invalid else 0
