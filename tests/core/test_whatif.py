"""What if: one decision changed, the same seed replayed; every expected course is worked out by hand."""

from __future__ import annotations

import pytest

from game.core.engine import Game
from game.core.model import Card, Scenario
from game.core.state import MeterPoint
from game.core.whatif import WhatIfError, values_by_turn, what_if, what_if_game
from tests.core.factories import card, option, outcome, scenario

DOWN, UP = 0, 1  # option A: a -10, option B: a +5


def deck(count: int, down: float = -10) -> tuple[Card, ...]:
    return tuple(
        card(f"d{i}", options=(option("A", {"a": down}), option("B", {"a": 5}))) for i in range(count)
    )


def play(scn: Scenario, options: list[int], seed: int = 7, votes: bool = False) -> Game:
    game = Game(scn, seed)
    for index in options:
        current = game.current_card
        assert current is not None
        game.choose(index, (index + 2, 1) if votes else None)
    return game


def test_one_other_choice_shifts_the_rest_of_the_course_by_exactly_its_difference() -> None:
    # Six deck cards, no requirements: the same cards come in the same order on both roads.
    scn = scenario(deck(6), years=2, turns_per_year=3, year_end={"b": 2}, profiles=(outcome("done", None),))
    real = play(scn, [UP, DOWN, UP, DOWN, UP, DOWN], votes=True)
    result = what_if(scn, 7, real.state.choices, index=1, option=UP)

    assert result.real.by_turn["a"] == (50, 55, 45, 50, 40, 45, 35)
    assert result.alternative.by_turn["a"] == (50, 55, 60, 65, 55, 60, 50)
    pairs = zip(result.alternative.by_turn["a"], result.real.by_turn["a"], strict=True)
    assert [alt - was for alt, was in pairs] == [0, 0, 15, 15, 15, 15, 15]
    assert result.alternative.by_turn["b"] == result.real.by_turn["b"] == (50, 50, 50, 52, 52, 52, 54)
    assert result.real_deltas == {"a": -10} and result.deltas == {"a": 5}
    assert (result.card, result.real_option, result.option, result.turn_number) == (
        real.state.choices[1].card,
        DOWN,
        UP,
        2,
    )
    assert result.divergence is None and result.followed == 4
    assert [c.card for c in result.alternative.choices] == [c.card for c in real.state.choices]
    assert result.alternative.profile == result.real.profile == "done"
    # Replayed decisions keep the room's votes; the changed one was never voted on.
    assert [c.votes for c in result.alternative.choices] == [(3, 1), None, (3, 1), (2, 1), (3, 1), (2, 1)]
    # The real course is the game as it was played, ready for the debrief chart.
    assert list(result.real.history) == real.state.history
    assert result.real.outcome == real.state.profile


def test_a_road_into_an_ending_stops_there_with_that_ending() -> None:
    scn = scenario(deck(6), endings=(outcome("crash", "a <= 25"),), profiles=(outcome("done", None),))
    real = play(scn, [DOWN, UP, DOWN, UP, DOWN, UP])  # 40 45 35 40 30 35: never 25 or lower
    assert real.state.profile == "done"
    result = what_if(scn, 7, real.state.choices, index=1, option=DOWN)  # 40 30, then the group's A: 20
    assert result.alternative.by_turn["a"] == (50, 40, 30, 20, None, None, None)
    assert result.alternative.ending == "crash" and result.alternative.outcome == "crash"
    assert result.alternative.finished and result.alternative.profile is None
    assert len(result.alternative.choices) == 3 and result.followed == 1 and result.divergence is None
    assert result.alternative.history[-1] == MeterPoint(1, 3, {"a": 20, "b": 50})

    safe = what_if(scn, 7, real.state.choices, index=4, option=UP)  # 40 45 35 40 45, the group's B: 50
    assert safe.alternative.by_turn["a"] == (50, 40, 45, 35, 40, 45, 50)
    assert safe.alternative.profile == "done" and safe.followed == 1


def test_the_changed_choice_itself_can_end_the_game() -> None:
    scn = scenario(deck(6, down=-30), endings=(outcome("crash", "a <= 30"),))
    real = play(scn, [UP] * 6)
    result = what_if(scn, 7, real.state.choices, index=2, option=DOWN)  # 60 - 30 = 30
    assert result.alternative.by_turn["a"] == (50, 55, 60, 30, None, None, None)
    assert result.alternative.ending == "crash" and result.followed == 0 and result.divergence is None
    assert result.real.ending is None and result.real.by_turn["a"][-1] == 80


def branching() -> Scenario:
    """Card `start` (fixed at turn 1): A schedules `follow` next turn, B gives a +5. Then deck cards:
    A a -10, B a +5. `follow`: X a -20, Y b -5; the cautious choice is Y (it keeps the lowest meter
    highest), and B on every deck card."""
    start = card("start", at=(1, 1), options=(option("A", then=(("follow", 1),)), option("B", {"a": 5})))
    follow = card("follow", scheduled_only=True, options=(option("X", {"a": -20}), option("Y", {"b": -5})))
    return scenario((start, follow, *deck(6)), years=2, turns_per_year=3)


def test_a_card_only_on_the_other_road_is_the_divergence_and_then_the_computer_plays_cautiously() -> None:
    scn = branching()
    real = play(scn, [UP, DOWN, DOWN, DOWN, DOWN, DOWN])  # start B, then five deck cards A
    assert real.state.choices[1].card != "follow"
    result = what_if(scn, 7, real.state.choices, index=0, option=0)

    divergence = result.divergence
    assert divergence is not None
    assert (divergence.decision, divergence.year, divergence.turn, divergence.turn_number) == (1, 1, 2, 2)
    assert divergence.card == "follow" and divergence.real_card == real.state.choices[1].card
    assert result.followed == 0
    assert [c.option for c in result.alternative.choices] == [0, 1, 1, 1, 1, 1]
    assert result.alternative.by_turn["a"] == (50, 50, 50, 55, 60, 65, 70)
    assert result.alternative.by_turn["b"] == (50, 50, 45, 45, 45, 45, 45)
    assert result.real.by_turn["a"] == (50, 55, 45, 35, 25, 15, 5)
    assert result.deltas == {} and result.real_deltas == {"a": 5}


def test_stopping_at_the_divergence_shows_the_road_up_to_it() -> None:
    scn = branching()
    real = play(scn, [UP, DOWN, DOWN, DOWN, DOWN, DOWN])
    result = what_if(scn, 7, real.state.choices, index=0, option=0, after_divergence="stop")
    assert result.divergence is not None and result.divergence.card == "follow"
    assert len(result.alternative.choices) == 1
    assert not result.alternative.finished and result.alternative.outcome is None
    assert result.alternative.by_turn["a"] == (50, 50, None, None, None, None, None)


def test_the_same_cards_later_are_followed_until_the_first_other_card() -> None:
    # Decision 3 in the real game is `follow` (scheduled by start A); choosing B at the start means it
    # never comes: the two deck cards before it follow the group, then a deck card takes its place.
    scn = scenario(
        (
            card("start", at=(1, 1), options=(option("A", then=(("follow", 2),)), option("B"))),
            card("follow", scheduled_only=True, options=(option("X", {"a": 1}), option("Y", {"a": 2}))),
            *deck(6),
        ),
        years=2,
        turns_per_year=3,
    )
    real = play(scn, [0, UP, 1, DOWN, DOWN, DOWN])
    assert real.state.choices[2].card == "follow"
    result = what_if(scn, 7, real.state.choices, index=0, option=1)
    assert result.followed == 1
    assert result.divergence is not None
    assert (result.divergence.decision, result.divergence.real_card) == (2, "follow")
    assert result.divergence.card.startswith("d")


def test_a_game_that_ended_early_diverges_where_it_ended() -> None:
    scn = scenario(deck(6, down=-30), endings=(outcome("crash", "a <= 20"),))
    real = play(scn, [UP, DOWN, DOWN])  # 55 25 0 -> crash after three decisions
    assert real.state.ending == "crash"
    result = what_if(scn, 7, real.state.choices, index=2, option=UP)  # 55 25 30, then the computer: B
    assert result.divergence is not None
    assert (result.divergence.decision, result.divergence.real_card) == (3, None)
    assert result.alternative.by_turn["a"] == (50, 55, 25, 30, 35, 40, 45)
    assert result.alternative.ending is None and result.alternative.finished


def test_the_groups_own_option_gives_the_real_course_twice() -> None:
    scn = scenario(deck(6))
    real = play(scn, [UP, DOWN, UP, DOWN, UP, DOWN])
    result = what_if_game(real, 3, DOWN)
    assert result.alternative.by_turn == result.real.by_turn and result.divergence is None


def test_decisions_that_do_not_fit_the_game_are_refused() -> None:
    scn = scenario(deck(6))
    real = play(scn, [UP] * 6)
    with pytest.raises(ValueError, match="no decision 7"):
        what_if(scn, 7, real.state.choices, index=6, option=0)
    with pytest.raises(ValueError, match="no option 3"):
        what_if(scn, 7, real.state.choices, index=0, option=2)
    other_seed = next(
        seed
        for seed in range(100)
        if play(scn, [UP] * 6, seed).state.choices[0].card != real.state.choices[0].card
    )
    with pytest.raises(WhatIfError, match="decision 1 was on card"):
        what_if(scn, other_seed, real.state.choices, index=2, option=0)


def test_values_by_turn_keeps_the_year_end_and_leaves_the_rest_empty() -> None:
    scn = scenario(deck(6), years=2, turns_per_year=3, year_end={"a": 1})
    history = [
        MeterPoint(1, 0, {"a": 50, "b": 50}),
        MeterPoint(1, 1, {"a": 55, "b": 50}),
        MeterPoint(1, 2, {"a": 45, "b": 50}),
        MeterPoint(1, 3, {"a": 50, "b": 50}),
        MeterPoint(1, 3, {"a": 51, "b": 50}, year_end=True),
    ]
    assert values_by_turn(scn, history)["a"] == (50, 55, 45, 51, None, None, None)
