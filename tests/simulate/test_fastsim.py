"""The simulator's fast path (numpy, many games side by side) against the engine's rules: conditions give
the same truth, and without chance both paths play the same games with the known outcomes (game by game
with the same random numbers: tests/simulate/test_fastsim_lockstep.py)."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from game.core.corners import BALANCE, LINES_CROSSED
from game.core.fastsim import Table, rules_of
from game.core.model import Scenario
from game.core.playthrough import Policy
from game.core.simulate import PolicySpec, play_games, policies_for, summarise_policy
from game.paths import SCENARIOS_DIR
from game.scenario import load_scenario
from tests.simulate.valued import triangle_scenario

SHIPPED = sorted(SCENARIOS_DIR.glob("*.yaml"))


def subject(path: Path | None) -> Scenario:
    """A shipped scenario, or (None) the triangle scenario of tests/simulate/valued.py."""
    return triangle_scenario() if path is None else load_scenario(path)


@pytest.mark.parametrize("path", [*SHIPPED, None], ids=lambda path: path.stem if path else "triangle")
def test_every_condition_holds_for_the_same_states_as_in_the_engine(path: Path | None) -> None:
    scenario = subject(path)
    rules = rules_of(scenario)
    compiled = scenario.compiled
    picks = np.random.default_rng(1)
    states = 300
    meters = picks.integers(-5, 106, size=(states, len(rules.meter_ids))).astype(np.float64)
    flags = picks.random((states, len(rules.flag_at))) < 0.5
    figures = {
        LINES_CROSSED: picks.integers(0, 4, size=states).astype(np.float64),
        BALANCE: picks.integers(0, 101, size=states).astype(np.float64),
    }
    flag_names = list(rules.flag_at)
    tests = [(rules.requires[i], compiled.requires[card.id]) for i, card in enumerate(rules.cards)]
    tests += [(test, when) for (_, test), (_, when) in zip(rules.endings, compiled.endings, strict=True)]
    tests += [(test, when) for (_, test), (_, when) in zip(rules.profiles, compiled.profiles, strict=True)]
    checked = 0
    for year, turn in ((1, 1), (2, 3), (4, 6)):
        table = Table(meters, flags, year, turn, figures)
        for fast, exact in tests:
            assert (fast is None) == (exact is None)
            if fast is None or exact is None:
                continue
            truths = fast(table)
            for row in range(states):
                values = dict(zip(rules.meter_ids, meters[row].tolist(), strict=True))
                values.update({name: float(column[row]) for name, column in figures.items()})
                on = {name for name, value in zip(flag_names, flags[row].tolist(), strict=True) if value}
                assert bool(truths[row]) == exact(values, on, year, turn)
                checked += 1
    assert checked > 0 or not any(fast for fast, _ in tests)


def test_without_chance_both_paths_play_the_same_games_with_the_game_figures() -> None:
    # Every card at a fixed time, and policies without chance: every game alike, on either path. The
    # figures decide: 'praise' needs balance and no red line, two red lines end the game ('scandal'), a
    # lopsided triangle in year 2 too ('lopsided'), the profiles read both.
    scenario = triangle_scenario(fixed=True)
    assert scenario.compiled.reads_figures
    games = [(seed, seed + 1) for seed in range(20)]
    outcomes = {}
    for spec in policies_for(scenario):
        if spec.name == "random":
            continue
        fast = summarise_policy(scenario, spec, play_games(scenario, spec, games, fast=True))
        exact = summarise_policy(scenario, spec, play_games(scenario, spec, games, fast=False))
        for figure in (
            "endings",
            "profiles",
            "completed",
            "average_end_turn",
            "cards_seen",
            "options_chosen",
            "lines_crossed",
            "crossing_runs",
            "profiles_crossed",
            "triangles",
        ):
            assert getattr(fast, figure) == getattr(exact, figure), (spec.name, figure)
        assert fast.triangle == pytest.approx(exact.triangle), spec.name
        outcomes[spec.name] = (exact.endings, exact.profiles, exact.cards_seen["praise"])
    # What each policy does is known: the bookkeeper takes the temptation twice (scandal at turn 2);
    # the weigher balances and gets praised and the top profile; greedy play is lopsided in year 2.
    assert outcomes["bookkeeper"][0]["scandal"] == 20
    assert outcomes["weigher"][1]["builder"] == 20 and outcomes["weigher"][2] == 20
    for meter in ("w", "a", "b"):
        assert outcomes[f"greedy:{meter}"][0]["lopsided"] == 20
        assert outcomes[f"greedy:{meter}"][2] == 0


def test_a_policy_of_ones_own_plays_on_the_engine() -> None:
    scenario = load_scenario(SCENARIOS_DIR / "voorbeeld.yaml")

    def last(scenario: Scenario, chooser: random.Random) -> Policy:
        return lambda game: len(game.current_card.options) - 1 if game.current_card else 0

    played = play_games(scenario, PolicySpec("last", "always the last option", last), [(1, 2), (3, 4)])
    assert played.runs == 2 and played.chosen
    for (card, option), count in played.chosen.items():
        assert count == 0 or option == len(scenario.card(card).options) - 1
