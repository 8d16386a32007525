"""The fast path plays the engine's games, game by game: fed the same random numbers, every game shows
the same cards, takes the same options, has the same meters and flags after every turn and the same
ending, profile and triangle, on the shipped scenarios and on generated ones; the checker catches a rule
bug that changes only a few games in a hundred (what a comparison of shares could not)."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from game.core import engine, fastsim
from game.core.engine import Game
from game.core.fastsim import Bools, EngineDraws, Floats, Ints, NumpyDraws, Rules, play_batch, rules_of
from game.core.model import Scenario
from game.core.playthrough import uniform_policy
from game.core.rng import SeededRandom
from game.core.simulate import play_games, policies_for, summarise_policy
from game.paths import SCENARIOS_DIR
from game.scenario import load_scenario
from tests.fuzz.budget import EXAMPLES, LONG, storm_seed
from tests.simulate.generated import describe, generated_scenario
from tests.simulate.lockstep import (
    Mismatch,
    engine_course,
    fast_courses,
    first_difference,
    mismatches,
    report,
    seed_pairs,
)
from tests.simulate.valued import triangle_scenario

SHIPPED = sorted(SCENARIOS_DIR.glob("*.yaml"))
SHIPPED_GAMES = 200  # per policy
# Generated scenarios: a fixed corpus in every run (CI), FUZZ_EXAMPLES of them from a fresh seed in the
# long run (FUZZ_SEED=N repeats one), each played GENERATED_GAMES times per policy.
GENERATED = EXAMPLES if LONG else 60
GENERATED_GAMES = 20
BASE = storm_seed("fastsim lockstep")


def shipped(path: Path | None) -> Scenario:
    return triangle_scenario() if path is None else load_scenario(path)


def corpus(count: int = GENERATED) -> Iterator[tuple[int, Scenario]]:
    for index in range(count):
        yield BASE + index, generated_scenario(BASE + index)


@pytest.mark.parametrize("path", [*SHIPPED, None], ids=lambda path: path.stem if path else "triangle")
def test_the_shipped_scenarios_play_the_same_games_on_both_paths(path: Path | None) -> None:
    found = mismatches(shipped(path), seed_pairs(SHIPPED_GAMES))
    assert not found, report(found)


def test_generated_scenarios_play_the_same_games_on_both_paths() -> None:
    for seed, scenario in corpus():
        found = mismatches(scenario, seed_pairs(GENERATED_GAMES, seed))
        assert not found, f"generator seed {seed} (FUZZ_SEED={BASE}):\n{describe(scenario)}\n{report(found)}"


def test_the_generated_scenarios_use_every_rule_the_fast_path_has() -> None:
    # What the corpus above exercises, counted over engine games with their logs: a rule no generated
    # game reaches would go unchecked.
    seen: Counter[str] = Counter()
    for seed, scenario in corpus(60):  # the short run's corpus, or as many from the long run's seed
        seen["scenarios reading the game figures"] += scenario.compiled.reads_figures
        seen["scenarios whose triangle follows the themes"] += not scenario.options_pull
        reached: set[str] = set()
        for game_seed, chooser_seed in seed_pairs(GENERATED_GAMES, seed):
            game = Game(scenario, game_seed)
            policy = uniform_policy(random.Random(chooser_seed))
            state = game.state
            while not game.finished:
                now = scenario.turn_number(state.year, state.turn) + 1
                seen["two follow-ups due at once"] += sum(entry.due <= now for entry in state.scheduled) >= 2
                game.choose(policy(game))
            kinds = Counter(event.kind for event in game.log)
            shown = Counter(event.data["card"] for event in game.log if event.kind == "card_shown")
            cards = [scenario.card(card_id) for card_id in shown]
            seen["follow-ups dropped"] += kinds["follow_up_dropped"] > 0
            seen["turns passed"] += kinds["turn_passed"] > 0
            seen["follow-ups shown"] += any(card.scheduled_only for card in cards)
            seen["fixed cards shown"] += any(card.at is not None for card in cards)
            seen["conditional cards shown"] += any(card.requires is not None for card in cards)
            seen["repeatable cards shown twice"] += max(shown.values(), default=0) > 1
            seen["flags set"] += any(
                scenario.card(record.card).options[record.option].set_flags for record in state.choices
            )
            seen["endings"] += state.ending is not None
            seen["second years"] += state.year >= 2
            seen["profiles"] += state.profile is not None
            seen["terms without a profile"] += state.ending is None and state.profile is None
            seen["red lines crossed"] += any(
                scenario.card(record.card).options[record.option].red_line is not None
                for record in state.choices
            )
            reached.add(str(state.ending))
        seen["scenarios with several endings reached"] += len(reached - {"None"}) >= 2
    assert all(seen[rule] >= 5 for rule in RULES), {rule: seen[rule] for rule in RULES}


RULES = (
    "scenarios reading the game figures", "scenarios whose triangle follows the themes",
    "two follow-ups due at once", "follow-ups dropped", "turns passed", "follow-ups shown",
    "fixed cards shown", "conditional cards shown", "repeatable cards shown twice", "flags set", "endings",
    "second years", "profiles", "terms without a profile", "red lines crossed",
    "scenarios with several endings reached",
)  # fmt: skip


@pytest.mark.parametrize("path", [*SHIPPED, None], ids=lambda path: path.stem if path else "triangle")
def test_fed_the_engines_draws_the_fast_path_gives_the_engines_figures(path: Path | None) -> None:
    # The figures too, not only the games: counted and spread as the simulator reports them.
    scenario = shipped(path)
    games = seed_pairs(300, seed=5)
    for spec in policies_for(scenario):
        played = play_batch(rules_of(scenario), spec.name, [seed for seed, _ in games], EngineDraws(games))
        fast = summarise_policy(scenario, spec, played)
        exact = summarise_policy(scenario, spec, play_games(scenario, spec, games, fast=False))
        triangle, fast.triangle = fast.triangle, None
        assert triangle == pytest.approx(exact.triangle), (
            spec.name
        )  # the same shares, summed in another order
        exact.triangle = None
        assert fast == exact, spec.name


# -- the default draws: numpy's numbers, played by the engine --------------------------------------


class Recorded:
    """numpy's draws (the fast path's default), kept per game as they are handed out."""

    def __init__(self, seeds: list[int]) -> None:
        self.inner = NumpyDraws(seeds)
        self.deck_numbers: list[list[float]] = [[] for _ in seeds]
        self.choice_numbers: list[list[float]] = [[] for _ in seeds]

    def deck(self, games: Ints, live: Bools) -> Floats:
        numbers = self.inner.deck(games, live)
        for game, has, number in zip(games.tolist(), live.tolist(), numbers.tolist(), strict=True):
            if has:  # the engine draws only from a deck with a card in it
                self.deck_numbers[game].append(number)
        return numbers

    def choices(self, games: Ints) -> Floats:
        numbers = self.inner.choices(games)
        for game, number in zip(games.tolist(), numbers.tolist(), strict=True):
            self.choice_numbers[game].append(number)
        return numbers


class Stream(random.Random):
    """Hands out given numbers as random(), in order."""

    def __init__(self, numbers: list[float]) -> None:
        super().__init__(0)
        self.numbers = iter(numbers)

    def random(self) -> float:
        return next(self.numbers)


@pytest.mark.parametrize("path", [*SHIPPED, None], ids=lambda path: path.stem if path else "triangle")
def test_the_default_fast_path_plays_the_games_the_engine_plays_with_its_numbers(
    path: Path | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The numbers numpy hands each game on the fast path, given to the engine in their place: the
    # simulator's own (default) run plays the engine's games too.
    scenario = shipped(path)
    seeds = list(range(100))
    rules = rules_of(scenario)
    for spec in policies_for(scenario):
        recorded = Recorded(seeds)
        fast = fast_courses(rules, spec.name, [(seed, 0) for seed in seeds], recorded)

        def replayed(seed: int, numbers: list[list[float]] = recorded.deck_numbers) -> SeededRandom:
            rng = SeededRandom(seed)
            rng._random = Stream(numbers[seed])
            return rng

        monkeypatch.setattr(engine, "SeededRandom", replayed)
        for seed, course in zip(seeds, fast, strict=True):
            chooser = Stream(recorded.choice_numbers[seed])
            exact = engine_course(scenario, spec, seed, 0, chooser)
            difference = first_difference(exact, course)
            assert difference is None, str(Mismatch(scenario.id, spec.name, (seed, 0), difference))


# -- the checker catches rare rule bugs ------------------------------------------------------------


def first_mismatches(scenarios: Iterator[tuple[int, Scenario]], rules: Callable[[Scenario], Rules]) -> str:
    """The report on the first generated scenario whose games differ on the fast path ('' when none)."""
    for seed, scenario in scenarios:
        found = mismatches(scenario, seed_pairs(GENERATED_GAMES, seed), rules=rules(scenario))
        if found:
            return report(found)
    return ""


def test_an_effect_wrong_in_one_rare_option_is_caught_game_by_game() -> None:
    # One option of the scenario's card chosen least often (but chosen) moves one meter by 1 more.
    scenario = load_scenario(SCENARIOS_DIR / "lindenhout.yaml")
    games = seed_pairs(SHIPPED_GAMES)
    chosen = play_batch(rules_of(scenario), "random", [seed for seed, _ in games], EngineDraws(games)).chosen
    (card_id, option), times = min(chosen.items(), key=lambda item: (item[1], item[0]))
    buggy = Rules(scenario)
    card = buggy.index[card_id]
    meter = int(np.argmax(buggy.effects[card, option] != 0))
    buggy.effects[card, option, meter] += 1
    found = mismatches(scenario, games, policies=["random"], rules=buggy)
    assert found, f"{card_id} option {option} (chosen {times} times) changed, and no game differs"
    assert len(found) / len(games) < 0.045, "rare: within the tolerance of the old comparison of shares"
    message = str(found[0])
    assert f"game seed {found[0].seeds[0]}" in message and "'lindenhout'" in message
    assert "policy random" in message and "first after year " in message


def test_follow_ups_due_together_in_the_wrong_order_are_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two follow-ups due the same turn: the one scheduled last goes first (the engine: the first).
    def pop_due(self: fastsim.FollowUps, running: Ints, positions: Ints, now: int) -> tuple[Ints, Ints]:
        games = running[positions]
        ready = self.due[games] <= now
        has = ready.any(axis=1)
        positions, games, ready = positions[has], games[has], ready[has]
        key = np.where(ready, self.due[games] * 1_000_000 - self.order[games], fastsim.NEVER)
        place = key.argmin(axis=1)
        cards = self.card[games, place]
        self.due[games, place] = fastsim.NEVER
        return positions, cards

    monkeypatch.setattr(fastsim.FollowUps, "pop_due", pop_due)
    assert "differ" in first_mismatches(corpus(), Rules)


def test_a_condition_wrong_only_at_its_boundary_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    # `<=` read as `<`: only a meter exactly at the number tells them apart.
    monkeypatch.setitem(fastsim._COMPARE, "<=", np.less)
    assert "differ" in first_mismatches(corpus(), Rules)


def test_a_weigher_a_little_too_careful_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    # The weigher's margin of safety 0.11 instead of 0.10 on the fast path alone.
    monkeypatch.setattr(fastsim, "WEIGHER_MARGIN", 0.11)
    found = [
        mismatch
        for path in SHIPPED
        for mismatch in mismatches(load_scenario(path), seed_pairs(SHIPPED_GAMES), policies=["weigher"])
    ]
    assert found and all(mismatch.policy == "weigher" for mismatch in found)
