"""Balance targets for a scenario, and the check of a simulation report against them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.core.model import Scenario

if TYPE_CHECKING:
    from game.core.simulate import PolicyReport, SimulationReport


@dataclass(frozen=True)
class BalanceTargets:
    """What a term that teaches balance looks like, as shares of simulated games.

    Random play should finish the term often but not always; playing for one meter alone should
    mostly fail; keeping the lowest meter as high as possible (the triangle in balance) should
    mostly succeed; and every deck card should turn up in a fair share of random games.
    """

    random_completion: tuple[float, float] = (0.30, 0.70)
    greedy_completion_max: float = 0.50
    cautious_completion_min: float = 0.80
    deck_card_seen_min: float = 0.05


DEFAULT_TARGETS = BalanceTargets()


@dataclass(frozen=True)
class BalanceCheck:
    """One target, whether the simulation met it, and a line that says so with the figure."""

    passed: bool
    text: str


def check_balance(
    scenario: Scenario, report: SimulationReport, targets: BalanceTargets = DEFAULT_TARGETS
) -> list[BalanceCheck]:
    """Every target the report has the policies for, in a fixed order: random, greedy, cautious, coverage."""
    checks: list[BalanceCheck] = []
    policies = {policy.policy: policy for policy in report.policies}
    random_play = policies.get("random")
    if random_play is not None:
        low, high = targets.random_completion
        share = random_play.completion_share
        checks.append(
            BalanceCheck(
                low <= share <= high,
                f"random completes the term in {percent(share)} of runs "
                f"(target: {percent(low)} to {percent(high)})",
            )
        )
    for policy in report.policies:
        if policy.policy.startswith("greedy:"):
            share = policy.completion_share
            checks.append(
                BalanceCheck(
                    share <= targets.greedy_completion_max,
                    f"{policy.policy} completes the term in {percent(share)} of runs "
                    f"(target: at most {percent(targets.greedy_completion_max)})",
                )
            )
    cautious = policies.get("cautious")
    if cautious is not None:
        share = cautious.completion_share
        checks.append(
            BalanceCheck(
                share >= targets.cautious_completion_min,
                f"cautious completes the term in {percent(share)} of runs "
                f"(target: at least {percent(targets.cautious_completion_min)})",
            )
        )
    checks.append(_endings_check(scenario, report))
    if random_play is not None:
        checks.append(_deck_check(scenario, random_play, targets.deck_card_seen_min))
    return checks


def _endings_check(scenario: Scenario, report: SimulationReport) -> BalanceCheck:
    missed = [
        ending.id
        for ending in scenario.endings
        if not any(policy.endings[ending.id] for policy in report.policies)
    ]
    if missed:
        return BalanceCheck(False, f"endings reached by no policy: {', '.join(missed)}")
    count = len(scenario.endings)
    return BalanceCheck(True, f"every ending is reached by some policy ({count} of {count})")


def _deck_check(scenario: Scenario, random_play: PolicyReport, minimum: float) -> BalanceCheck:
    deck = [card.id for card in scenario.cards if card.in_deck]
    if not deck or not random_play.runs:
        return BalanceCheck(True, "no deck cards: every card is fixed or a follow-up")
    shares = {card_id: random_play.cards_seen[card_id] / random_play.runs for card_id in deck}
    rare = [card_id for card_id in deck if shares[card_id] < minimum]
    if rare:
        listed = ", ".join(f"{card_id} ({percent(shares[card_id])})" for card_id in rare)
        return BalanceCheck(False, f"deck cards seen in under {percent(minimum)} of random runs: {listed}")
    rarest = min(deck, key=shares.__getitem__)
    return BalanceCheck(
        True,
        f"every deck card is seen in at least {percent(minimum)} of random runs "
        f"(rarest: {rarest}, {percent(shares[rarest])})",
    )


def percent(share: float) -> str:
    """97% for a whole percentage, else one decimal (90.5%), so 'over 90%' never reads as 90%.

    A share above zero that would round to 0.0% reads "<0.1%": it happened, if rarely.
    """
    value = share * 100
    if 0 < value < 0.05:
        return "<0.1%"
    return f"{value:.0f}%" if abs(value - round(value)) < 1e-9 else f"{value:.1f}%"
