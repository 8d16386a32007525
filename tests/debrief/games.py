"""Games to debrief in tests: a shipped scenario played to its end with a fixed seed, and small ones."""

from __future__ import annotations

import dataclasses
import random
from functools import cache

from game.core.engine import Game
from game.core.model import Scenario
from game.core.voting import sample_votes
from game.debrief.model import GameRecord
from game.paths import SCENARIOS_DIR
from game.scenario.loader import load_scenario
from tests.core.factories import card, option, scenario

SEED = 7


@cache
def lindenhout() -> Scenario:
    return load_scenario(SCENARIOS_DIR / "lindenhout.yaml")


def played(scenario: Scenario, seed: int = SEED, *, group: bool = True) -> Game:
    """`scenario` played to its end: options drawn with `seed`, the room's votes of sample_votes (group)."""
    game = Game(scenario, seed)
    chooser = random.Random(seed)
    decision = 0
    while not game.finished:
        current = game.current_card
        assert current is not None
        count = len(current.options)
        chosen = chooser.randrange(count)
        game.choose(chosen, sample_votes(decision, chosen, count) if group else None)
        decision += 1
    return game


def small() -> Scenario:
    """Six cards with aspects 4b, 6c (twice) and 5a, 6c; two meters; one option crosses no line."""
    aspects = (("4b", "6c"), ("6c",), ("5a", "6c"), (), ("4b",), ("6c",))
    cards = tuple(
        dataclasses.replace(
            card(f"c{i}", options=(option("a", {"a": -5 - i}), option("b", {"b": 3}), option("c"))),
            aspects=aspects[i],
        )
        for i in range(6)
    )
    return scenario(cards, years=2, turns_per_year=3)


def record_of(scenario: Scenario, seed: int = SEED, *, group: bool = True) -> GameRecord:
    return GameRecord.of(played(scenario, seed, group=group))
