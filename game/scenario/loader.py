"""Load and check scenario files: read, compose YAML, validate format 1 and build the Scenario."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from game.core.model import Scenario
from game.scenario.errors import Problem, ScenarioInvalid, sort_problems, within_text
from game.scenario.lint import Measure
from game.scenario.nodes import Checker
from game.scenario.schema import read_scenario
from game.scenario.source import Source, compose, read_source, source_from_text


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: a large node tree otherwise triggers it over and over."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def check_source(source: Source, measure: Measure | None = None) -> tuple[Scenario | None, list[Problem]]:
    with _collector_paused():
        root, problems = compose(source)
        if root is None:
            return None, within_text(problems, source.text)
        checker = Checker(source.filename, source.text)
        scenario = read_scenario(checker, root, source, measure)
    return scenario, within_text(sort_problems(checker.problems), source.text)


def check_scenario(path: str | Path, measure: Measure | None = None) -> tuple[Scenario | None, list[Problem]]:
    """The scenario in a file (None if it has errors) and every problem found, warnings included.

    With `measure` (the CLI passes game.ui.measure.card_text_overflows), also warn about card texts that
    do not fit on screen.
    """
    from game.scenario.workbook.load import check_workbook, is_workbook  # openpyxl only for a workbook

    if is_workbook(path):
        return check_workbook(path, measure)
    source, problems = read_source(path)
    if source is None:
        return None, problems
    return check_source(source, measure)


def check_scenario_text(
    text: str, filename: str = "<text>", measure: Measure | None = None
) -> tuple[Scenario | None, list[Problem]]:
    """Like check_scenario, for text that is not in a file."""
    return check_source(source_from_text(text, filename), measure)


def _loaded(result: tuple[Scenario | None, list[Problem]]) -> Scenario:
    scenario, problems = result
    if scenario is None:
        raise ScenarioInvalid(problems)
    return scenario


def load_scenario(path: str | Path) -> Scenario:
    """The scenario in a file; raises ScenarioInvalid listing every problem when it has errors."""
    return _loaded(check_scenario(path))


def load_scenario_text(text: str, filename: str) -> Scenario:
    """The scenario in a text; raises ScenarioInvalid listing every problem when it has errors."""
    return _loaded(check_scenario_text(text, filename))
