"""The simulator's fast path (numpy, many games side by side) against the engine, game by game rules:
conditions give the same truth, and the shipped scenarios play out alike (the same figures within the
spread of chance; the randomness differs)."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from game.core.fastsim import Table, rules_of
from game.core.model import Scenario
from game.core.playthrough import Policy
from game.core.simulate import PolicySpec, play_games, policies_for, summarise_policy
from game.paths import SCENARIOS_DIR
from game.scenario import load_scenario

SHIPPED = sorted(SCENARIOS_DIR.glob("*.yaml"))
GAMES = 2000


@pytest.mark.parametrize("path", SHIPPED, ids=lambda path: path.stem)
def test_every_condition_holds_for_the_same_states_as_in_the_engine(path: Path) -> None:
    scenario = load_scenario(path)
    rules = rules_of(scenario)
    compiled = scenario.compiled
    picks = np.random.default_rng(1)
    states = 300
    meters = picks.integers(-5, 106, size=(states, len(rules.meter_ids))).astype(np.float64)
    flags = picks.random((states, len(rules.flag_at))) < 0.5
    flag_names = list(rules.flag_at)
    tests = [(rules.requires[i], compiled.requires[card.id]) for i, card in enumerate(rules.cards)]
    tests += [(test, when) for (_, test), (_, when) in zip(rules.endings, compiled.endings, strict=True)]
    tests += [(test, when) for (_, test), (_, when) in zip(rules.profiles, compiled.profiles, strict=True)]
    checked = 0
    for year, turn in ((1, 1), (2, 3), (4, 6)):
        table = Table(meters, flags, year, turn)
        for fast, exact in tests:
            assert (fast is None) == (exact is None)
            if fast is None or exact is None:
                continue
            truths = fast(table)
            for row in range(states):
                values = dict(zip(rules.meter_ids, meters[row].tolist(), strict=True))
                on = {name for name, value in zip(flag_names, flags[row].tolist(), strict=True) if value}
                assert bool(truths[row]) == exact(values, on, year, turn)
                checked += 1
    assert checked > 0 or not any(fast for fast, _ in tests)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda path: path.stem)
def test_the_shipped_scenarios_play_out_alike_on_both_paths(path: Path) -> None:
    scenario = load_scenario(path)
    master = random.Random(3)
    games = [(master.getrandbits(32), master.getrandbits(32)) for _ in range(GAMES)]
    for spec in policies_for(scenario):
        fast = summarise_policy(scenario, spec, play_games(scenario, spec, games, fast=True))
        exact = summarise_policy(scenario, spec, play_games(scenario, spec, games, fast=False))
        assert fast.runs == exact.runs == GAMES
        # Four standard errors of a share of GAMES games, at most: chance, not another rule.
        assert abs(fast.completed - exact.completed) / GAMES < 0.045, spec.name
        for ending in scenario.endings:
            assert abs(fast.endings[ending.id] - exact.endings[ending.id]) / GAMES < 0.045, (
                spec.name,
                ending.id,
            )
        for card in scenario.cards:
            assert abs(fast.cards_seen[card.id] - exact.cards_seen[card.id]) / GAMES < 0.06, (
                spec.name,
                card.id,
            )
        assert abs(fast.average_end_turn - exact.average_end_turn) < 0.4, spec.name
        never = {card for card, count in exact.cards_seen.items() if count == 0}
        assert never == {card for card, count in fast.cards_seen.items() if count == 0}, spec.name


def test_a_policy_of_ones_own_plays_on_the_engine() -> None:
    scenario = load_scenario(SCENARIOS_DIR / "voorbeeld.yaml")

    def last(scenario: Scenario, chooser: random.Random) -> Policy:
        return lambda game: len(game.current_card.options) - 1 if game.current_card else 0

    played = play_games(scenario, PolicySpec("last", "always the last option", last), [(1, 2), (3, 4)])
    assert played.runs == 2 and played.chosen
    for (card, option), count in played.chosen.items():
        assert count == 0 or option == len(scenario.card(card).options) - 1
