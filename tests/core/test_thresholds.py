"""Ending lines (game.core.thresholds): which endings draw a line on a meter, on which side, and when a meter
warns; checked on made-up conditions and on every shipped scenario."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.core.corners import GAME_FIGURES
from game.core.model import Meter, Scenario
from game.core.thresholds import Line, crossed_lines, ending_lines, near, reachable, warned
from game.paths import shipped_scenarios
from game.scenario import load_scenario
from tests.core.factories import card, outcome, scenario

SHIPPED = shipped_scenarios()
SINGLE = re.compile(r"^\s*(\w+)\s*(<=|>=|<|>)\s*(-?\d+(?:\.\d+)?)\s*$")


def with_endings(*conditions: str) -> Scenario:
    endings = tuple(outcome(f"e{index}", when) for index, when in enumerate(conditions))
    return scenario((card("c"),), meters=(("a", 50), ("b", 50)), endings=endings)


def test_a_single_comparison_is_a_line_that_ends_the_term_alone() -> None:
    lines = ending_lines(with_endings("a <= 15"))
    assert dict(lines) == {"a": (Line("a", "<=", 15.0, "e0", True),)}


def test_a_number_on_the_left_is_turned_round() -> None:
    assert ending_lines(with_endings("15 > a"))["a"] == (Line("a", "<", 15.0, "e0", True),)


def test_or_gives_lines_that_each_end_the_term_and_gives_lines_that_only_do_together() -> None:
    lines = ending_lines(with_endings("a < 10 or b > 90", "a < 30 and b < 30"))
    assert lines["a"] == (Line("a", "<", 10.0, "e0", True), Line("a", "<", 30.0, "e1", False))
    assert lines["b"] == (Line("b", ">", 90.0, "e0", True), Line("b", "<", 30.0, "e1", False))


def test_an_and_with_a_flag_gives_no_line_but_an_or_beside_a_flag_does() -> None:
    assert dict(ending_lines(with_endings("a < 10 and robot"))) == {}
    assert dict(ending_lines(with_endings("not a < 10", "a == 10", "year >= 2"))) == {}
    assert ending_lines(with_endings("robot or a < 10"))["a"] == (Line("a", "<", 10.0, "e0", True),)


def test_a_line_the_meter_cannot_cross_is_left_out() -> None:
    # The meters run from 0 to 100: below 0 and above 100 no game goes.
    assert dict(ending_lines(with_endings("a < 0", "b > 100"))) == {}
    assert set(ending_lines(with_endings("a <= 0", "b >= 100"))) == {"a", "b"}


def test_a_meter_warns_within_a_tenth_of_its_range_and_past_the_line() -> None:
    meter = Meter("a", outcome("x", None).title, 50, 0, 100)
    line = Line("a", "<=", 15.0, "e0", True)
    assert [near(line, meter, value) for value in (26, 25, 16, 15)] == [False, True, True, False]
    assert warned((line,), meter, 15) and warned((line,), meter, 3)
    assert not warned((line,), meter, 26)
    rising = Line("a", ">", 80.0, "e0", True)
    assert [near(rising, meter, value) for value in (69, 70, 80, 81)] == [False, True, True, False]
    together = Line("a", "<=", 15.0, "e0", False)
    assert not warned((together,), meter, 16) and not warned((together,), meter, 3)
    wide = Meter("a", meter.name, 500, 0, 1000)  # a tenth of the range, not ten points
    assert near(line, wide, 115) and not near(line, wide, 116)


def test_crossed_lines_name_the_meters_that_ended_the_term() -> None:
    game = with_endings("a < 10 or b < 10", "a < 30 and b < 30")
    assert [line.meter for line in crossed_lines(game, "e0", {"a": 5, "b": 50})] == ["a"]
    assert [line.meter for line in crossed_lines(game, "e1", {"a": 20, "b": 25})] == ["a", "b"]
    assert crossed_lines(game, "e0", {"a": 50, "b": 50}) == ()


@pytest.mark.parametrize("path", SHIPPED, ids=[path.stem for path in SHIPPED])
def test_every_shipped_ending_on_one_meter_draws_its_line(path: Path) -> None:
    game = load_scenario(path)
    lines = ending_lines(game)
    drawn = {(line.ending, line.meter, line.side, line.value) for found in lines.values() for line in found}
    for ending in game.endings:
        assert ending.when is not None
        single = SINGLE.match(ending.when.source)
        if single is not None and single.group(1) in game.meters_by_id:
            meter, side, value = single.group(1), single.group(2), float(single.group(3))
            assert (ending.id, meter, side, value) in drawn, ending.id
    assert drawn, f"{path.name}: no ending draws a line"
    for meter_id, found in lines.items():
        meter = game.meter(meter_id)
        for line in found:
            assert reachable(line, meter)
            if not line.alone:
                continue
            # Across the line, with every other meter at its start, the ending's own condition holds.
            values: dict[str, float] = {name: 0 for name in GAME_FIGURES}
            values.update((other.id, other.start) for other in game.meters)
            values[meter_id] = meter.minimum if line.falling else meter.maximum
            when = next(ending.when for ending in game.endings if ending.id == line.ending)
            assert when is not None and when.holds(values.__getitem__), line


def test_the_council_session_ends_under_15_on_every_meter() -> None:
    game = load_scenario(next(path for path in SHIPPED if path.stem == "raadssessie"))
    lines = ending_lines(game)
    assert set(lines) == {meter.id for meter in game.meters}
    assert all(found == (Line(found[0].meter, "<", 15.0, found[0].ending, True),) for found in lines.values())
