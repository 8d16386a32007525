"""The debrief's triangle follows the options chosen: two games of one scenario with opposite choices get
different triangles, in the debrief, the game's JSON, both courses of what if, and the mean of `stats`."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.core.debrief import corner_pull, lines_crossed
from game.core.engine import Game
from game.core.model import Scenario
from game.core.session_log import LogWriter, SessionHeader, debrief_record, read_log
from game.core.stats import stats_data, summarise
from game.core.whatif import what_if_game
from tests.core.valued import CAREFUL, CROSSING, LINES, valued


def play(scenario: Scenario, option: int, seed: int = 5) -> Game:
    """A whole game that takes option `option` (0-based) on every card."""
    game = Game(scenario, seed)
    while not game.finished:
        game.choose(option)
    return game


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return valued()


def test_opposite_choices_give_different_triangles(scenario: Scenario) -> None:
    crossing, careful = play(scenario, 0), play(scenario, 1)
    assert [r.card for r in crossing.state.choices] == [r.card for r in careful.state.choices]  # same cards
    first = corner_pull(scenario, crossing.state.choices)
    second = corner_pull(scenario, careful.state.choices)
    assert first.basis == second.basis == "options"
    assert first.shares() == pytest.approx(CROSSING)
    assert second.shares() == pytest.approx(CAREFUL)
    assert first.shares() != second.shares()


def test_the_games_json_carries_the_triangle_and_the_lines_crossed(scenario: Scenario) -> None:
    crossing = debrief_record(scenario, play(scenario, 0).state.choices)
    careful = debrief_record(scenario, play(scenario, 1).state.choices)
    assert set(crossing["triangle"]) == {"strategy", "capacity", "legitimacy"}
    assert sum(crossing["triangle"].values()) == pytest.approx(1)
    assert crossing["triangle"] == pytest.approx(CROSSING) and careful["triangle"] == pytest.approx(CAREFUL)
    assert crossing["triangle_basis"] == "options"
    played = [record.card for record in play(scenario, 0).state.choices]
    assert crossing["lines_crossed"] == [card for card in played if card in ("losgeld", "datalek")]
    assert careful["lines_crossed"] == []
    assert debrief_record(scenario, []) == {
        "triangle": None,
        "triangle_basis": "options",
        "lines_crossed": [],
    }


def test_lines_crossed_name_the_card_the_option_and_the_line(scenario: Scenario) -> None:
    game = play(scenario, 0)
    crossed = lines_crossed(scenario, game.state.choices)
    assert {scenario.text(line.line, "nl") for line in crossed} == set(LINES)
    assert all(line.record.option == 0 for line in crossed)


def test_each_course_of_what_if_has_its_own_triangle(scenario: Scenario) -> None:
    game = play(scenario, 1)
    index = next(i for i, record in enumerate(game.state.choices) if record.card == "losgeld")
    result = what_if_game(game, index, 0)
    assert result.real.triangle == pytest.approx(CAREFUL)
    assert result.alternative.triangle is not None
    assert result.alternative.triangle != result.real.triangle
    assert result.alternative.triangle["capacity"] > 0  # paying serves capacity
    assert result.real.lines_crossed == () and result.alternative.lines_crossed == ("losgeld",)


def write_log(folder: Path, name: str, game: Game) -> Path:
    path = folder / f"{name}.jsonl"
    header = SessionHeader(game.scenario.id, "waarden.yaml", "hash", game.seed, "nl", "group", name, "")
    writer = LogWriter(path, header)
    writer.game_events(game)
    writer.close()
    return path


def test_stats_reports_the_mean_triangle_and_the_lines_crossed(scenario: Scenario, tmp_path: Path) -> None:
    logs = [
        read_log(write_log(tmp_path, name, play(scenario, option))) for name, option in (("a", 0), ("b", 1))
    ]
    stats = summarise(logs, scenario)
    assert stats.triangle is not None and stats.triangle.basis == "options" and stats.triangle.sessions == 2
    mean = {corner: (CROSSING[corner] + CAREFUL[corner]) / 2 for corner in CROSSING}
    assert stats.triangle.shares == pytest.approx(mean)
    assert stats.lines_crossed == {"datalek": 1, "losgeld": 1} and stats.crossing_sessions == 1
    data = stats_data(stats)
    assert data["triangle"] == pytest.approx(mean) and data["triangle_basis"] == "options"
    assert data["lines_crossed"] == {"datalek": 1, "losgeld": 1}
    without = stats_data(summarise(logs))  # without the scenario there is no triangle to compute
    assert without["triangle"] is None and without["lines_crossed"] == {}
