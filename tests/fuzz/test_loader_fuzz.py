"""Fuzzing the scenario loader: whatever a stranger's file holds, check_scenario_text either returns a
Scenario or rejects the file with problems that each point at a line and column inside it; it never
raises, never hangs (hang_guard), and a Scenario it accepts plays to its end."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.core.engine import Game
from game.core.model import Scenario
from game.scenario import Problem, check_scenario, check_scenario_text
from tests.fuzz.budget import fuzz, hang_guard
from tests.fuzz.yaml_inputs import (
    dumped_documents,
    mutated_scenarios,
    raw_texts,
    scenario_shaped,
    shipped_text,
    yaml_lines,
)

FILENAME = "fuzz.yaml"


def assert_located(text: str, problems: list[Problem]) -> None:
    lines = yaml_lines(text)
    for problem in problems:
        assert problem.file == FILENAME and problem.message.strip(), problem
        assert 1 <= problem.line <= len(lines), f"{problem}: the text has {len(lines)} lines"
        width = len(lines[problem.line - 1])
        assert 1 <= problem.column <= width + 1, f"{problem}: line {problem.line} has {width} characters"


def play_to_the_end(scenario: Scenario, seed: int) -> None:
    """An accepted scenario must be playable: a seeded random game runs to its end without an error."""
    game = Game(scenario, seed)
    dice = random.Random(seed)
    turns = scenario.years * scenario.turns_per_year
    for _ in range(turns + 1):
        card = game.current_card
        if card is None:
            break
        game.choose(dice.randrange(len(card.options)))
    assert game.finished, "the game did not end after every turn of the term"
    for meter in scenario.meters:
        assert meter.minimum <= game.state.meters[meter.id] <= meter.maximum


def check(text: str) -> Scenario | None:
    with hang_guard():
        scenario, problems = check_scenario_text(text, FILENAME)
    assert_located(text, problems)
    errors = [problem for problem in problems if problem.is_error]
    if scenario is None:
        assert errors, "rejected without saying why"
    else:
        assert not errors, "accepted with errors"
        play_to_the_end(scenario, len(text))
    return scenario


@fuzz()
@given(dumped_documents())
def test_generated_documents(text: str) -> None:
    check(text)


@fuzz()
@given(scenario_shaped())
def test_scenarios_changed_as_data(text: str) -> None:
    check(text)


@fuzz()
@given(raw_texts)
def test_raw_text_full_of_yaml_syntax(text: str) -> None:
    check(text)


@fuzz()
@given(mutated_scenarios(("voorbeeld.yaml",)))
def test_mutations_of_the_example(text: str) -> None:
    check(text)


@fuzz(0.3)
@given(mutated_scenarios(("raadssessie.yaml", "lindenhout.yaml")))
def test_mutations_of_the_large_scenarios(text: str) -> None:
    check(text)


@fuzz(0.5)
@given(
    st.binary(max_size=200) | mutated_scenarios(("voorbeeld.yaml",)).map(lambda text: text.encode("utf-8"))
)
def test_files_of_any_bytes(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    """From a file: bytes that are no UTF-8, a BOM, NUL bytes; a problem at 1:1 or inside the file."""
    path = tmp_path_factory.mktemp("bytes") / FILENAME
    path.write_bytes(data)
    with hang_guard():
        scenario, problems = check_scenario(path)
    assert scenario is not None or any(problem.is_error for problem in problems)
    lines = data.split(b"\n")
    for problem in problems:
        assert problem.file == str(path)
        assert 1 <= problem.line <= max(len(lines), len(yaml_lines(data.decode("utf-8", "replace"))))


@pytest.mark.parametrize("name", ["voorbeeld.yaml", "raadssessie.yaml", "lindenhout.yaml"])
def test_the_shipped_scenarios_pass_the_same_checks(name: str) -> None:
    assert check(shipped_text(name)) is not None


def test_every_prefix_of_the_example_is_handled() -> None:
    """The file cut short at every line (an editor that crashed mid-save)."""
    text = shipped_text("voorbeeld.yaml")
    for end in range(0, len(text), 97):
        check(text[:end])
