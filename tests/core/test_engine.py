"""The rules of format 1: turn order, effects, follow-ups, year ends, endings, profiles, determinism."""

from __future__ import annotations

from collections import Counter

import pytest

from game.core.engine import Game, RuleError
from tests.core.factories import card, option, outcome, scenario


def play_first_options(game: Game) -> list[str]:
    """Always take option 1; return the ids of the cards seen."""
    seen = []
    while not game.finished:
        current = game.current_card
        assert current is not None
        seen.append(current.id)
        game.choose(0)
    return seen


def test_a_fixed_event_takes_its_turn() -> None:
    cards = (card("deck1"), card("deck2"), card("deck3"), card("fixed", at=(1, 2)))
    game = Game(scenario(cards, years=1, turns_per_year=3), seed=1)
    seen = play_first_options(game)
    assert seen[1] == "fixed"
    assert len(seen) == 3


def test_a_fixed_event_whose_requirement_fails_gives_the_turn_to_the_deck() -> None:
    cards = (card("deck1"), card("deck2"), card("fixed", at=(1, 1), requires="a > 90"))
    game = Game(scenario(cards, years=1, turns_per_year=2), seed=1)
    assert "fixed" not in play_first_options(game)


def test_a_follow_up_comes_after_the_given_number_of_turns() -> None:
    cards = (
        card("start", options=(option("go", then=(("follow", 2),)), option("no"))),
        card("filler1", requires="turn > 1"),
        card("filler2", requires="turn > 1"),
        card("filler3", requires="turn > 1"),
        card("follow", scheduled_only=True),
    )
    game = Game(scenario(cards, years=1, turns_per_year=4), seed=3)
    seen = play_first_options(game)
    assert seen[0] == "start"
    assert seen[2] == "follow"
    assert "follow" not in seen[:2] + seen[3:]


def test_scheduled_only_cards_are_never_drawn_from_the_deck() -> None:
    cards = (card("deck"), card("hidden", scheduled_only=True))
    for seed in range(20):
        seen = play_first_options(Game(scenario(cards, years=1, turns_per_year=2), seed=seed))
        assert seen == ["deck"]


def test_the_longest_due_card_goes_first_and_ties_go_to_the_first_scheduled() -> None:
    cards = (
        card("one", at=(1, 1), options=(option("x", then=(("late", 2), ("tie_a", 1))),)),
        card("two", at=(1, 2), options=(option("x", then=(("tie_b", 0 + 1),)),)),
        card("late", scheduled_only=True),
        card("tie_a", scheduled_only=True),
        card("tie_b", scheduled_only=True),
    )
    # Turn 1: one schedules late (due 3) and tie_a (due 2). Turn 2 is fixed: two schedules tie_b (due 3).
    # tie_a waits at turn 2 for the fixed event, so at turn 3 it has been due longest; then late and
    # tie_b are both due at 3 and late was scheduled first.
    game = Game(scenario(cards, years=1, turns_per_year=5), seed=1)
    assert play_first_options(game) == ["one", "two", "tie_a", "late", "tie_b"]


def test_a_due_card_whose_requirement_fails_is_dropped() -> None:
    cards = (
        card("start", at=(1, 1), options=(option("x", set_flags=("f",), then=(("needs_g", 1),)),)),
        card("needs_g", scheduled_only=True, requires="g"),
        card("setter", scheduled_only=True, options=(option("x", set_flags=("g",)), option("y"))),
        card("deck"),
    )
    game = Game(scenario(cards, years=1, turns_per_year=3), seed=1)
    seen = play_first_options(game)
    assert seen == ["start", "deck"]
    assert [event.kind for event in game.log].count("follow_up_dropped") == 1
    assert [event.kind for event in game.log].count("turn_passed") == 1


def test_cards_are_played_once_unless_repeatable() -> None:
    cards = (card("once"), card("again", repeatable=True))
    counts = Counter()
    for seed in range(20):
        seen = play_first_options(Game(scenario(cards, years=2, turns_per_year=3), seed=seed))
        assert seen.count("once") <= 1
        assert len(seen) == 6
        counts.update(seen)
    assert counts["once"] > 0


def test_a_card_played_as_follow_up_is_not_drawn_again() -> None:
    cards = (
        card("start", at=(1, 1), options=(option("x", then=(("shared", 1),)),)),
        card("shared", requires="turn >= 2"),
    )
    seen = play_first_options(Game(scenario(cards, years=1, turns_per_year=4), seed=2))
    assert seen == ["start", "shared"]


def test_an_empty_turn_still_counts_as_a_turn() -> None:
    cards = (card("only"),)
    game = Game(scenario(cards, years=2, turns_per_year=3, year_end={"a": 1}), seed=1)
    game.choose(0)
    assert game.finished
    assert len(game.state.year_summaries) == 2
    assert [event.kind for event in game.log].count("turn_passed") == 5


def test_the_draw_follows_the_weights() -> None:
    cards = (card("heavy", weight=9), card("light", weight=1))
    first = Counter(
        Game(scenario(cards, years=1, turns_per_year=1), seed=s).current_card.id  # type: ignore[union-attr]
        for s in range(2000)
    )
    assert 0.85 < first["heavy"] / 2000 < 0.95


def test_requires_on_meters_flags_and_year() -> None:
    cards = (
        card("setter", at=(1, 1), options=(option("x", set_flags=("done",)), option("y"))),
        card("needs_flag", requires="done and year >= 2"),
        card("never", requires="a > 200"),
        card("filler"),
        card("filler2"),
        card("filler3"),
    )
    for seed in range(30):
        game = Game(scenario(cards, years=2, turns_per_year=2), seed=seed)
        seen = play_first_options(game)
        assert "never" not in seen
        if "needs_flag" in seen:
            assert seen.index("needs_flag") >= 2


def test_effects_are_clamped_and_deltas_report_the_real_change() -> None:
    cards = (card("c", options=(option("x", effects={"a": 80, "b": -5}), option("y"))),)
    game = Game(scenario(cards, years=1, turns_per_year=1), seed=1)
    result = game.choose(0)
    assert game.state.meters == {"a": 100, "b": 45}
    assert result.deltas == {"a": 50, "b": -5}


def test_flags_are_set_and_unset() -> None:
    cards = (
        card("first", at=(1, 1), options=(option("x", set_flags=("f", "g")),)),
        card("second", at=(1, 2), options=(option("x", unset_flags=("f",)),)),
    )
    game = Game(scenario(cards, years=1, turns_per_year=3), seed=1)
    game.choose(0)
    assert game.state.flags == {"f", "g"}
    game.choose(0)
    assert game.state.flags == {"g"}


def test_an_ending_after_a_choice_stops_the_game_at_once() -> None:
    cards = (card("c", options=(option("ruin", effects={"a": -60}), option("ok"))), card("d"), card("e"))
    endings = (outcome("broke", "a <= 0"),)
    game = Game(scenario(cards, endings=endings), seed=1)
    result = game.choose(0)
    assert game.finished
    assert result.ending is not None and result.ending.id == "broke"
    assert game.state.year == 1 and game.state.turn == 1
    assert game.current_card is None
    with pytest.raises(RuleError):
        game.choose(0)


def test_endings_are_checked_in_order() -> None:
    cards = (card("c", options=(option("x", effects={"a": -60, "b": -60}), option("y"))),)
    endings = (outcome("first", "b <= 0"), outcome("second", "a <= 0"))
    game = Game(scenario(cards, endings=endings), seed=1)
    assert game.choose(0).ending.id == "first"  # type: ignore[union-attr]


def test_year_end_effects_can_trigger_an_ending() -> None:
    cards = tuple(card(f"c{i}") for i in range(6))
    endings = (outcome("drained", "a <= 0"),)
    game = Game(scenario(cards, year_end={"a": -50}, endings=endings), seed=1)
    results = [game.choose(0) for _ in range(3)]
    assert game.finished and game.state.ending == "drained"
    assert len(results[-1].year_summaries) == 1
    assert results[-1].year_summaries[0].year_end_deltas == {"a": -50}


def test_a_completed_term_picks_the_first_matching_profile() -> None:
    cards = tuple(card(f"c{i}", options=(option("x", effects={"a": 5}), option("y"))) for i in range(6))
    profiles = (outcome("never", "a > 100"), outcome("high", "a >= 60"), outcome("rest", None))
    game = Game(scenario(cards, profiles=profiles), seed=1)
    play_first_options(game)
    assert game.state.profile == "high"
    assert game.state.ending is None
    assert game.state.meters["a"] == 80


def test_the_year_summary_shows_how_the_year_went() -> None:
    cards = tuple(card(f"c{i}", options=(option("x", effects={"a": 5}), option("y"))) for i in range(6))
    game = Game(scenario(cards, year_end={"b": 10}), seed=1)
    results = [game.choose(0) for _ in range(3)]
    assert [len(result.year_summaries) for result in results] == [0, 0, 1]
    summary = results[2].year_summaries[0]
    assert summary.start == {"a": 50, "b": 50}
    assert summary.end == {"a": 65, "b": 60}
    assert game.state.year == 2 and game.state.turn == 1


def test_history_has_a_point_per_turn_and_year_end() -> None:
    cards = tuple(card(f"c{i}") for i in range(6))
    game = Game(scenario(cards), seed=1)
    play_first_options(game)
    points = [(point.year, point.turn, point.year_end) for point in game.state.history]
    assert points[0] == (1, 0, False)
    assert len(points) == 1 + 6 + 2


def test_same_seed_and_choices_give_the_same_game() -> None:
    cards = tuple(card(f"c{i}", weight=i + 1) for i in range(10))

    def run(seed: int) -> list[tuple[str, int, int]]:
        game = Game(scenario(cards, years=3, turns_per_year=3), seed=seed)
        play_first_options(game)
        return [(event.kind, event.year, event.turn) for event in game.log] + [
            (record.card, record.year, record.turn) for record in game.state.choices
        ]

    assert run(7) == run(7)
    assert any(run(7) != run(seed) for seed in range(8, 12))


def test_restore_puts_back_meters_flags_schedule_and_randomness() -> None:
    cards = (
        card(
            "a1",
            options=(option("x", effects={"a": -10}, set_flags=("f",), then=(("later", 2),)), option("y")),
        ),
        *(card(f"d{i}") for i in range(8)),
        card("later", scheduled_only=True),
    )
    game = Game(scenario(cards, years=2, turns_per_year=4), seed=5)
    game.choose(0)
    saved = game.snapshot()
    first_run = play_first_options(game)
    final = dict(game.state.meters), set(game.state.flags), [e.kind for e in game.log]
    game.restore(saved)
    assert play_first_options(game) == first_run
    assert (dict(game.state.meters), set(game.state.flags), [e.kind for e in game.log]) == final


def test_choosing_an_option_that_does_not_exist_is_refused() -> None:
    game = Game(scenario((card("c"),), years=1, turns_per_year=1), seed=1)
    with pytest.raises(RuleError):
        game.choose(2)


def test_an_ending_records_the_final_meters_in_the_history() -> None:
    cards = (card("c", options=(option("ruin", effects={"a": -60}), option("ok"))), card("d"))
    game = Game(scenario(cards, endings=(outcome("broke", "a <= 0"),)), seed=1)
    game.choose(0)
    assert game.state.history[-1].meters == {"a": 0, "b": 50}
    assert (game.state.history[-1].year, game.state.history[-1].turn) == (1, 1)
