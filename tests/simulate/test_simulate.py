"""The simulator's figures on small scenarios whose right answers are known."""

from __future__ import annotations

import random
from typing import Any

import pytest

from game.core.balance import BalanceTargets, percent
from game.core.engine import Game
from game.core.model import Scenario
from game.core.simulate import (
    SimulationReport,
    bookkeeper_choice,
    greedy_for,
    policies_for,
    quantile,
    report_data,
    simulate,
)
from game.errors import Phrase
from tests.core.factories import card, option, outcome, scenario
from tests.simulate.valued import decisions

RUNS = 40


def by_policy(report: SimulationReport) -> dict[str, Any]:
    return {policy.policy: policy for policy in report.policies}


def spender() -> Scenario:
    """Six cards, each: 'spend' costs all of a (ending 'broke' at once) for +10 b; 'save' costs 10 b."""
    cards = tuple(
        card(f"c{i}", options=(option("spend", {"a": -50, "b": 10}), option("save", {"b": -10})))
        for i in range(6)
    )
    return scenario(
        cards,
        years=2,
        turns_per_year=3,
        endings=(outcome("broke", "a <= 0"), outcome("exhausted", "b <= 0"), outcome("never", "a > 1000")),
        profiles=(outcome("rich", "b >= 100"), outcome("plain", None)),
    )


def test_known_endings_end_turns_and_year_end_meters() -> None:
    report = simulate(spender(), runs=RUNS, seed=1)
    policies = by_policy(report)
    spend_b = policies["greedy:b"]  # +10 b beats -10 b: spends at once
    assert spend_b.endings == {"broke": RUNS, "exhausted": 0, "never": 0}
    assert spend_b.average_end_turn == 1.0
    assert spend_b.completed == 0
    assert spend_b.year_end[0]["a"] is None  # nobody reached the end of year 1
    save_a = policies["greedy:a"]  # 0 beats -50 for a: saves, b runs out at turn 5
    assert save_a.endings["exhausted"] == RUNS
    assert save_a.average_end_turn == 5.0
    year_one = save_a.year_end[0]["b"]
    assert year_one is not None and (year_one.n, year_one.minimum, year_one.median, year_one.maximum) == (
        RUNS,
        20,
        20,
        20,
    )
    assert save_a.options_chosen["c0"][0] == 0
    assert sum(counts[1] for counts in save_a.options_chosen.values()) == 5 * RUNS
    assert sum(save_a.cards_seen.values()) == 5 * RUNS
    # The trajectory starts at the start values and ends, for a game ended by a choice, at its last turn.
    start = save_a.trajectory[0]["b"]
    assert start is not None and start.median == 50
    fifth = save_a.trajectory[5]["b"]  # steps: start, y1t1, y1t2, y1t3, y1 end, y2t1 ...
    assert report.steps[5].year == 2 and report.steps[5].turn == 1
    assert fifth is not None and fifth.median == 10


def missed(report: SimulationReport) -> list[str]:
    return [check.text for check in report.balance if not check.passed]


def test_an_ending_and_a_profile_no_policy_reaches_are_reported() -> None:
    report = simulate(spender(), runs=RUNS, seed=2)
    assert "endings reached by no policy: never" in missed(report)
    assert "warning: profile 'rich' is reached by no policy" in report.warning_texts()
    assert not report.balanced


def test_a_deck_where_one_meter_alone_wins_misses_the_greedy_target() -> None:
    # 'safe' costs nothing; 'risky' loses 30 of a, and a <= 0 ends the game.
    cards = tuple(
        card(f"c{i}", options=(option("risky", {"a": -30, "b": 5}), option("safe", {}))) for i in range(6)
    )
    report = simulate(scenario(cards, endings=(outcome("lost", "a <= 0"),)), runs=RUNS, seed=3)
    policies = by_policy(report)
    assert policies["greedy:a"].completion_share == 1.0
    assert policies["greedy:b"].completion_share == 0.0
    assert "greedy:a completes the term in 100% of runs (target: at most 50%)" in missed(report)
    passed = [check.text for check in report.balance if check.passed]
    assert "greedy:b completes the term in 0% of runs (target: at most 50%)" in passed
    assert "bookkeeper completes the term in 100% of runs (target: at least 80%)" in passed
    assert "every ending is reached by some policy (1 of 1)" in passed


def test_the_balance_targets_are_checked_with_their_figures() -> None:
    # Random play: a coin per turn between 'fine' and 'fatal' over 6 turns completes about 1 in 64.
    cards = tuple(
        card(f"c{i}", options=(option("fine", {"a": 1, "b": 1}), option("fatal", {"a": -100, "b": 2})))
        for i in range(6)
    )
    cards += (card("rare", weight=0.001),)
    report = simulate(scenario(cards, endings=(outcome("lost", "a <= 0"),)), runs=RUNS, seed=5)
    random_line = next(text for text in missed(report) if text.startswith("random completes"))
    assert random_line.endswith("(target: 30% to 70%)")
    assert "greedy:b completes the term in 0% of runs (target: at most 50%)" in [
        check.text for check in report.balance
    ]
    rare_line = "deck cards seen in under 5% of random runs: rare ("
    assert any(text.startswith(rare_line) for text in missed(report))
    lenient = BalanceTargets(random_completion=(0.0, 1.0), deck_card_seen_min=0.0)
    relaxed = simulate(
        scenario(cards, endings=(outcome("lost", "a <= 0"),)), runs=RUNS, seed=5, targets=lenient
    )
    assert not any(text.startswith(("random", "deck")) for text in missed(relaxed))


def test_a_scenario_without_deck_cards_passes_the_deck_target() -> None:
    cards = tuple(card(f"c{i}", at=(1, i + 1)) for i in range(3))
    report = simulate(scenario(cards, years=1, turns_per_year=3), runs=5, seed=1)
    assert "no deck cards: every card is fixed or a follow-up" in [check.text for check in report.balance]


def test_a_card_that_is_never_seen_is_listed() -> None:
    cards = (*(card(f"c{i}") for i in range(6)), card("hidden", requires="nooit"))
    report = simulate(scenario(cards), runs=RUNS, seed=4)
    assert report.never_seen == ["hidden"]
    assert "warning: card 'hidden' is seen by no policy" in report.warning_texts()
    assert all(policy.cards_seen["c0"] > 0 for policy in report.policies)


def varied(seed: int) -> Scenario:
    """Cards with random effects on three meters, 2 to 4 options each."""
    dice = random.Random(seed)
    cards = tuple(
        card(
            f"c{i}",
            options=tuple(
                option(f"o{j}", {meter: dice.randint(-20, 20) for meter in ("a", "b", "c")})
                for j in range(dice.randint(2, 4))
            ),
        )
        for i in range(12)
    )
    return scenario(cards, years=3, turns_per_year=3, meters=(("a", 50), ("b", 40), ("c", 60)))


def test_greedy_really_maximises_its_meter() -> None:
    subject = varied(5)
    for meter_id in ("a", "b", "c"):
        for _, current, choice in decisions(subject, greedy_for(meter_id)(subject, random.Random(0))):
            gains = [opt.effects.get(meter_id, 0) for opt in current.options]
            assert gains[choice] == max(gains)
            assert choice == gains.index(max(gains))  # ties go to the first option


def lowest_share_after(subject: Scenario, game: Game, index: int) -> float:
    current = game.current_card
    assert current is not None
    shares = []
    for meter in subject.meters:
        value = meter.clamp(game.state.meters[meter.id] + current.options[index].effects.get(meter.id, 0))
        shares.append((value - meter.minimum) / (meter.maximum - meter.minimum))
    return min(shares)


def test_the_bookkeeper_keeps_the_minimum_highest() -> None:
    subject = varied(6)
    for game, current, choice in decisions(subject, bookkeeper_choice(subject, random.Random(0))):
        best = max(lowest_share_after(subject, game, index) for index in range(len(current.options)))
        assert lowest_share_after(subject, game, choice) == best


def test_the_same_seed_gives_the_same_figures_and_another_seed_other_games() -> None:
    subject = varied(7)

    def figures(seed: int) -> dict[str, Any]:
        data = report_data(subject, simulate(subject, runs=30, seed=seed))
        del data["seconds"], data["games_per_second"]
        return data

    assert figures(11) == figures(11)
    assert figures(11)["policies"][0] != figures(12)["policies"][0]


def test_there_is_a_greedy_policy_per_meter_in_scenario_order() -> None:
    names = [spec.name for spec in policies_for(varied(1))]
    assert names == ["random", "greedy:a", "greedy:b", "greedy:c", "bookkeeper", "weigher"]


def test_quantiles_interpolate_between_ranks() -> None:
    values = [0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0]
    assert quantile(values, 0.1) == 10.0
    assert quantile(values, 0.5) == 50.0
    assert quantile([1.0, 2.0], 0.5) == 1.5
    assert quantile([7.0], 0.9) == 7.0


def test_shares_read_as_percentages_and_a_rare_event_never_reads_as_zero() -> None:
    assert [percent(share) for share in (0, 1, 0.97, 0.905, 0.0001, 0.0005)] == [
        "0%",
        "100%",
        "97%",
        "90.5%",
        "<0.1%",
        "0.1%",
    ]


def test_a_share_in_a_message_has_the_languages_decimal_mark() -> None:
    """A percentage inside a balance message: 95,9% in Dutch, 95.9% in English (and inside a listing)."""
    said = Phrase(key="balance.warn.rare.only", params={"share": percent(0.959)})
    assert said.text("nl") == "in maar 95,9% van de willekeurige spellen"
    assert said.text("en") == "in only 95.9% of random games"
    listing = Phrase(key="balance.deck.card", params={"card": "a", "share": percent(0.025)})
    assert listing.text("nl") == "a (2,5%)" and listing.text("en") == "a (2.5%)"


@pytest.mark.parametrize("workers", [2, 3])
def test_the_figures_are_the_same_for_any_number_of_workers(workers: int) -> None:
    subject = varied(5)

    def figures(count: int) -> dict[str, Any]:
        data = report_data(subject, simulate(subject, runs=600, seed=4, workers=count))
        del data["seconds"], data["games_per_second"]
        return data

    assert figures(workers) == figures(1)
