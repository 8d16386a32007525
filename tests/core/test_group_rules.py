"""The rules of a group session in the core: votes, the discussion timer, and undo."""

from __future__ import annotations

import copy

import pytest

from game.core.countdown import Countdown
from game.core.engine import Game, RuleError
from game.core.playthrough import game_record, play_to_end, random_policy
from game.core.voting import Tally, sample_votes
from tests.core.factories import card, option, scenario


def test_a_tally_adds_removes_and_finds_the_majority() -> None:
    tally = Tally.empty(3)
    assert tally.majority is None and not tally.tied and tally.leaders == ()
    for index in (0, 0, 1, 0, 2, 1):
        tally = tally.add(index)
    assert tally.counts == (3, 2, 1) and tally.total == 6
    assert tally.majority == 0 and tally.split() == "3 - 2 - 1"
    tally = tally.remove(0)
    assert tally.counts == (2, 2, 1) and tally.tied and tally.majority is None
    assert tally.leaders == (0, 1)
    assert Tally.empty(2).remove(1).counts == (0, 0), "never below zero"
    assert tally.add(7) == tally, "a number without an option changes nothing"


@pytest.mark.parametrize("options", [2, 3, 4])
def test_sample_votes_tie_on_the_first_decision_and_elect_the_option_after(options: int) -> None:
    for chosen in range(options):
        first = Tally(sample_votes(0, chosen, options))
        assert first.tied and chosen in first.leaders
        for decision in range(1, 9):
            assert Tally(sample_votes(decision, chosen, options)).majority == chosen
    with pytest.raises(ValueError):
        sample_votes(1, options, options)


def test_the_countdown_starts_pauses_resumes_and_runs_out() -> None:
    timer = Countdown.of_seconds(180)
    assert not timer.touched and timer.label(0) == "3:00"
    timer = timer.toggle(1_000)
    assert timer.running and timer.label(31_000) == "2:30"
    timer = timer.toggle(31_000)  # pause
    assert not timer.running and timer.touched and timer.label(500_000) == "2:30"
    timer = timer.toggle(600_000)  # resume
    assert timer.label(600_001) == "2:30"
    assert timer.expired(600_000 + 150_000) and timer.label(900_000) == "0:00"
    restarted = timer.toggle(900_000)
    assert restarted.running and restarted.label(900_000) == "3:00"


def test_a_vote_is_kept_with_the_decision_and_in_the_log() -> None:
    game = Game(scenario(tuple(card(f"c{i}") for i in range(6))), seed=3)
    game.choose(1, votes=(4, 7))
    record = game.state.choices[-1]
    assert record.votes == (4, 7)
    choice = [event for event in game.log if event.kind == "choice"][-1]
    assert choice.data["votes"] == [4, 7]
    assert game_record(game)["choices"][0] == {
        "year": 1,
        "turn": 1,
        "card": record.card,
        "option": 2,
        "votes": [4, 7],
    }
    with pytest.raises(RuleError, match="not 3 vote counts"):
        game.choose(0, votes=(1, 1, 1))


def branching() -> Game:
    deck = [
        card(
            f"c{i}",
            options=(
                option("a", {"a": -10}, set_flags=(f"f{i}",), then=(("later", 2),)),
                option("b", {"b": 5}),
            ),
        )
        for i in range(8)
    ]
    cards = (*deck, card("later", scheduled_only=True, requires="f0 or f1 or f2 or f3"))
    return Game(scenario(cards, years=2, turns_per_year=4), seed=11)


def test_undo_twice_restores_the_exact_earlier_state_and_the_game_plays_on_the_same() -> None:
    game = branching()
    game.choose(1)
    before = (copy.deepcopy(game.state), game.rng.get_state())
    first = game.snapshot()
    game.choose(0)
    second = game.snapshot()
    game.choose(0)
    assert game.undo(second).option == 0
    assert game.undo(first).option == 0
    assert game.state == before[0] and game.rng.get_state() == before[1]
    # Decided again the same way, the game goes on exactly as a game that never undid anything.
    twin = branching()
    twin.choose(1)
    for played in (game, twin):
        play_to_end(played, random_policy(5))
    assert game.state.choices == twin.state.choices and game.state.meters == twin.state.meters


def test_the_log_keeps_every_decision_and_records_each_undo() -> None:
    game = branching()
    saved = game.snapshot()
    decided = game.current_card
    game.choose(0, votes=(3, 1))
    game.undo(saved)
    kinds = [event.kind for event in game.log]
    assert kinds[-1] == "undo" and kinds.count("choice") == 1
    choice = next(event for event in game.log if event.kind == "choice")
    assert choice.data["votes"] == [3, 1]
    assert decided is not None and game.log[-1].data == {"card": decided.id, "option": 1}
    assert game.state.current_card == decided.id
