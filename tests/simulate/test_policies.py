"""The bookkeeper and the weigher, decision by decision, on small scenarios whose right answers are known."""

from __future__ import annotations

import math
import random

from game.core.debrief import balance_of, corner_pull
from game.core.engine import Game
from game.core.model import Scenario
from game.core.simulate import (
    WEIGHER_MARGIN,
    bookkeeper_choice,
    danger_bounds,
    option_pulls,
    policies_for,
    simulate,
    weigher_choice,
)
from game.core.state import ChoiceRecord
from tests.core.factories import card, option, outcome, scenario
from tests.simulate.valued import CORNER_OF, decisions, triangle_scenario, valued, with_corners


def test_the_policies_are_named_in_the_report() -> None:
    names = [spec.name for spec in policies_for(triangle_scenario())]
    assert names == ["random", "greedy:w", "greedy:a", "greedy:b", "bookkeeper", "weigher"]


def test_the_bookkeeper_is_blind_to_values_and_takes_the_temptation() -> None:
    subject = triangle_scenario()
    chosen = [
        current.options[choice].label.get("en")
        for _, current, choice in decisions(subject, bookkeeper_choice(subject, random.Random(0)))
        if current.id.startswith("c")
    ]
    assert chosen and set(chosen) == {"hush"}  # +5 on every meter beats +8 on one and -6 on another


def test_the_weigher_never_crosses_a_red_line_when_another_option_exists() -> None:
    subject = triangle_scenario()
    seen = 0
    for _, current, choice in decisions(subject, weigher_choice(subject, random.Random(0)), games=30):
        assert current.options[choice].red_line is None
        seen += any(opt.red_line is not None for opt in current.options)
    assert seen > 0


def test_the_weigher_crosses_a_red_line_only_when_every_option_does() -> None:
    tempting = (
        valued("hush", {"a": 1}, serves=("capacity",), red="kept quiet"),
        valued("pay", {"a": 5}, serves=("strategy",), red="paid a ransom"),
    )
    subject = with_corners(scenario((card("c0", options=tempting),), years=1, turns_per_year=1), CORNER_OF)
    game = Game(subject, 0)
    assert weigher_choice(subject, random.Random(0))(game) == 1  # both cross: the better one for the meters


def balance_after(subject: Scenario, game: Game, index: int) -> int:
    """The game's balance if option `index` of the current card were chosen, by the debrief's rule."""
    assert game.current_card is not None
    record = ChoiceRecord(game.state.year, game.state.turn, game.current_card.id, index, {})
    return corner_pull(subject, [*game.state.choices, record]).balance()


def test_the_weigher_chooses_the_option_that_balances_the_triangle_so_far() -> None:
    subject = triangle_scenario()
    checked = 0
    for game, current, choice in decisions(subject, weigher_choice(subject, random.Random(0)), games=20):
        if current.id.startswith("c"):  # no option in danger, one with a red line
            balances = [balance_after(subject, game, index) for index in range(len(current.options))]
            allowed = [index for index, opt in enumerate(current.options) if opt.red_line is None]
            assert balances[choice] == max(balances[index] for index in allowed)
            checked += 1
    assert checked > 60


def test_on_an_even_triangle_the_weigher_plays_like_the_bookkeeper_without_a_red_line() -> None:
    # Options that pull no corner: nothing to weigh, no danger near; the meters decide.
    cards = tuple(
        card(f"c{i}", options=(option("x", {"a": -5, "b": 10}), option("y", {"a": 4, "b": -1})))
        for i in range(6)
    )
    subject = scenario(cards)
    bookkeeper = bookkeeper_choice(subject, random.Random(0))
    for game, _, choice in decisions(subject, weigher_choice(subject, random.Random(0))):
        assert choice == bookkeeper(game)


def danger_scenario(start: float) -> Scenario:
    """Two cards. The first: 'both' serves strategy and capacity, 'none' pulls nothing (and gives less).
    The second: 'balance' serves the corner still missing (balance 100) but costs a 8; 'steady' serves
    one already pulled (balance 0). The game ends when a <= 0 (danger: a within 10 of 0)."""
    first = card(
        "c0",
        options=(
            valued("both", {"w": 1}, serves=("strategy", "capacity")),
            valued("none", {}),
        ),
        at=(1, 1),
    )
    second = card(
        "c1",
        options=(
            valued("steady", {"w": 1}, serves=("strategy",)),
            valued("balance", {"a": -8}, serves=("legitimacy",)),
        ),
        at=(1, 2),
    )
    subject = scenario(
        (first, second),
        years=1,
        turns_per_year=2,
        meters=(("w", 50), ("a", start)),
        endings=(outcome("stuck", "a <= 0"),),
    )
    return with_corners(subject, CORNER_OF)


def second_choice(subject: Scenario) -> int:
    game = Game(subject, 0)
    weigher = weigher_choice(subject, random.Random(0))
    game.choose(weigher(game))
    assert game.current_card is not None and game.current_card.id == "c1"
    return weigher(game)


def test_the_weigher_keeps_every_meter_out_of_danger() -> None:
    assert second_choice(danger_scenario(50)) == 1  # a 50 -> 42: safe, and it balances the triangle
    assert second_choice(danger_scenario(17)) == 0  # a 17 -> 9, within 10 of the ending: not that one
    # Every option in danger: the one that stays farthest from it.
    assert second_choice(danger_scenario(5)) == 0
    assert WEIGHER_MARGIN == 0.10


def test_the_danger_bounds_read_every_comparison_of_a_meter_with_a_number_in_the_endings() -> None:
    subject = scenario(
        (card("c0"),),
        meters=(("a", 50), ("b", 50), ("c", 50), ("d", 50)),
        endings=(
            outcome("one", "a <= 10 or (b > 90 and gevaar)"),
            outcome("two", "not (c >= 5) and 20 > a"),
            outcome("three", "d == 3 or year >= 2"),
        ),
    )
    bounds = danger_bounds(subject)
    assert bounds == {
        "a": (20, math.inf),
        "b": (-math.inf, 90),
        "c": (5, math.inf),
        "d": (-math.inf, math.inf),
    }


def test_without_serves_and_harms_an_option_pulls_its_cards_theme_corners() -> None:
    subject = triangle_scenario()
    pulls = option_pulls(subject)
    # 1 to each corner served; for each corner harmed 1/2 to each of the two others (strategy, capacity,
    # legitimacy): build serves strategy and harms capacity (1 + 1/2, 0, 1/2); train and explain serve one
    # corner; hush serves capacity and harms legitimacy (1/2, 1 + 1/2, 0).
    assert pulls["c0"] == [(1.5, 0.0, 0.5), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (0.5, 1.5, 0.0)]
    assert pulls["inquiry"] == [(0.0, 0.0, 0.0)] * 3


def test_each_policys_triangle_and_red_lines_are_the_debriefs() -> None:
    subject = triangle_scenario()
    report = simulate(subject, runs=60, seed=2)
    policies = {policy.policy: policy for policy in report.policies}
    assert policies["bookkeeper"].crossing_share == 1.0 and policies["bookkeeper"].lines_per_run == 2.0
    assert policies["weigher"].crossing_share == 0.0
    # Greedy for w always builds (w +8): 3/2 strategy and 1/2 legitimacy a card, so 3/4 and 1/4.
    assert policies["greedy:w"].triangle == {"strategy": 0.75, "capacity": 0.0, "legitimacy": 0.25}
    weigher = policies["weigher"].triangle
    assert weigher is not None and abs(sum(weigher.values()) - 1) < 1e-9
    # The weigher's mean triangle is that of its games, by the debrief's rule.
    game = Game(subject, 0)
    policy = weigher_choice(subject, random.Random(0))
    while not game.finished:
        game.choose(policy(game))
    shares = corner_pull(subject, game.state.choices).shares()
    assert shares is not None and balance_of(shares) >= 60
