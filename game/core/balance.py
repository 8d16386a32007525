"""Balance targets for a scenario, and the check of a simulation report against them.

Two sets. A scenario whose options mark the corners they serve and harm and which red lines they cross
is checked against the lesson (value_checks): the top profile (the scenario's first) must be earned by
weighing values, not by managing numbers. Any other scenario keeps the older targets (meter_checks): a
term that mostly fails when played for one meter and mostly succeeds when the lowest meter is kept high.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.core.corners import CORNERS
from game.core.model import Scenario
from game.errors import Phrase
from game.formatting import Figure

if TYPE_CHECKING:
    from game.core.simulate import PolicyReport, SimulationReport


@dataclass(frozen=True)
class BalanceTargets:
    """What a term that teaches balance looks like, as shares of simulated games.

    Random play should finish the term often but not always; playing for one meter alone should
    mostly fail; keeping the lowest meter as high as possible should mostly succeed; and every deck
    card should turn up in a fair share of random games. Under the lesson's targets the top profile goes
    to the weigher, seldom to the bookkeeper or to chance, and never after a red line.
    """

    random_completion: tuple[float, float] = (0.30, 0.70)
    greedy_completion_max: float = 0.50
    bookkeeper_completion_min: float = 0.80  # the older targets only
    deck_card_seen_min: float = 0.05  # the older targets; a warning under the lesson's
    # The lesson's targets (a scenario that marks corners and red lines), as shares of a policy's games:
    bookkeeper_top_max: float = 0.10  # the bookkeeper, blind to values, rarely gets the top profile
    weigher_top_min: float = 0.40  # the weigher, who weighs them, often does
    random_top_max: float = 0.15  # and chance seldom
    outcome_reached_min: float = 0.01  # every ending and profile, by some policy
    random_outcome_min: float = 0.01  # under this share of random games an ending or profile is warned of


DEFAULT_TARGETS = BalanceTargets()


@dataclass(frozen=True)
class BalanceCheck:
    """One target, whether the simulation met it, and a line that says so with the figure (`said`, in
    the reader's language; `text` is its English, as `--json` writes it)."""

    passed: bool
    said: Phrase

    @property
    def text(self) -> str:
        return self.said.text("en")


def marks_values(scenario: Scenario) -> bool:
    """True when the lesson's targets apply: options mark the corners they serve or harm, and red lines."""
    return scenario.options_pull and scenario.has_red_lines


def check_balance(
    scenario: Scenario, report: SimulationReport, targets: BalanceTargets = DEFAULT_TARGETS
) -> list[BalanceCheck]:
    """Every target the report has the policies for, in a fixed order: the lesson's targets for a
    scenario that marks corners and red lines, else the older ones."""
    if marks_values(scenario):
        return value_checks(scenario, report, targets)
    return meter_checks(scenario, report, targets)


def meter_checks(scenario: Scenario, report: SimulationReport, targets: BalanceTargets) -> list[BalanceCheck]:
    """random, greedy, bookkeeper, endings, deck coverage."""
    policies = {policy.policy: policy for policy in report.policies}
    random_play = policies.get("random")
    checks = _completion_checks(report, targets)
    bookkeeper = policies.get("bookkeeper")
    if bookkeeper is not None:
        share = bookkeeper.completion_share
        checks.append(
            BalanceCheck(
                share >= targets.bookkeeper_completion_min,
                Phrase(
                    key="balance.completion_at_least",
                    params={
                        "policy": "bookkeeper",
                        "share": percent(share),
                        "least": percent(targets.bookkeeper_completion_min),
                    },
                ),
            )
        )
    checks.append(_endings_check(scenario, report))
    if random_play is not None:
        checks.append(_deck_check(scenario, random_play, targets.deck_card_seen_min))
    return checks


def value_checks(scenario: Scenario, report: SimulationReport, targets: BalanceTargets) -> list[BalanceCheck]:
    """random's completion and top profile, greedy completion, the bookkeeper's and the weigher's top
    profile, no top profile after a red line, every outcome reached, the greedy policies' triangles."""
    policies = {policy.policy: policy for policy in report.policies}
    top = scenario.profiles[0].id if scenario.profiles else None
    checks = _completion_checks(report, targets)
    if top is not None:
        for name, most, least in (
            ("random", targets.random_top_max, None),
            ("bookkeeper", targets.bookkeeper_top_max, None),
            ("weigher", None, targets.weigher_top_min),
        ):
            policy = policies.get(name)
            if policy is not None:
                checks.append(_top_check(policy, top, most, least))
        checks.append(_red_line_check(report, top))
    if not scenario.endings:
        checks.append(_endings_check(scenario, report))
    checks.append(_outcomes_check(scenario, report, targets.outcome_reached_min))
    random_play = policies.get("random")
    if random_play is not None:
        checks += _triangle_checks(scenario, report, random_play)
    return checks


def _completion_checks(report: SimulationReport, targets: BalanceTargets) -> list[BalanceCheck]:
    checks: list[BalanceCheck] = []
    random_play = next((policy for policy in report.policies if policy.policy == "random"), None)
    if random_play is not None:
        low, high = targets.random_completion
        share = random_play.completion_share
        checks.append(
            BalanceCheck(
                low <= share <= high,
                Phrase(
                    key="balance.random_completion",
                    params={"share": percent(share), "low": percent(low), "high": percent(high)},
                ),
            )
        )
    for policy in report.policies:
        if policy.policy.startswith("greedy:"):
            share = policy.completion_share
            checks.append(
                BalanceCheck(
                    share <= targets.greedy_completion_max,
                    Phrase(
                        key="balance.completion_at_most",
                        params={
                            "policy": policy.policy,
                            "share": percent(share),
                            "most": percent(targets.greedy_completion_max),
                        },
                    ),
                )
            )
    return checks


def _top_check(policy: PolicyReport, top: str, most: float | None, least: float | None) -> BalanceCheck:
    share = policy.share(policy.profiles[top])
    params: dict[str, object] = {"policy": policy.policy, "top": top, "share": percent(share)}
    if most is not None:
        return BalanceCheck(
            share <= most, Phrase(key="balance.top_at_most", params={**params, "most": percent(most)})
        )
    assert least is not None
    return BalanceCheck(
        share >= least, Phrase(key="balance.top_at_least", params={**params, "least": percent(least)})
    )


def _red_line_check(report: SimulationReport, top: str) -> BalanceCheck:
    """The top profile praises balance: no policy may get it in a game that crossed a red line."""
    crossed = tuple(
        Phrase(
            key="balance.red_line.policy",
            params={"policy": policy.policy, "count": policy.profiles_crossed[top]},
        )
        for policy in report.policies
        if policy.profiles_crossed.get(top)
    )
    if crossed:
        return BalanceCheck(
            False, Phrase(key="balance.red_line.crossed", params={"top": top, "crossed": crossed})
        )
    return BalanceCheck(True, Phrase(key="balance.red_line.none", params={"top": top}))


def _outcomes_check(scenario: Scenario, report: SimulationReport, minimum: float) -> BalanceCheck:
    """Every ending and profile is reached by some policy in at least `minimum` of that policy's games."""
    outcomes = [("ending", ending.id) for ending in scenario.endings]
    outcomes += [("profile", profile.id) for profile in scenario.profiles]
    missed: list[Phrase] = []
    for kind, outcome_id in outcomes:
        best_share, best_policy = 0.0, ""
        for policy in report.policies:
            count = policy.endings[outcome_id] if kind == "ending" else policy.profiles[outcome_id]
            share = policy.share(count)
            if share > best_share:
                best_share, best_policy = share, policy.policy
        if best_share < minimum:
            params = {"kind": Phrase(key=f"balance.kind.{kind}"), "id": outcome_id}
            if best_policy:
                params |= {"share": percent(best_share), "policy": best_policy}
            missed.append(
                Phrase(
                    key="balance.outcomes.best" if best_policy else "balance.outcomes.never", params=params
                )
            )
    if missed:
        return BalanceCheck(
            False,
            Phrase(
                key="balance.outcomes.missed", params={"minimum": percent(minimum), "missed": tuple(missed)}
            ),
        )
    return BalanceCheck(
        True, Phrase(key="balance.outcomes.all", params={"minimum": percent(minimum), "count": len(outcomes)})
    )


def _triangle_checks(
    scenario: Scenario, report: SimulationReport, random_play: PolicyReport
) -> list[BalanceCheck]:
    """Each greedy policy on a meter that names its corner pulls the triangle to that corner more than
    random play does (the mean share of that corner in its games' triangles)."""
    checks: list[BalanceCheck] = []
    corners = {meter.id: meter.corner for meter in scenario.meters if meter.corner in CORNERS}
    for policy in report.policies:
        meter_id = policy.policy.removeprefix("greedy:")
        corner = corners.get(meter_id) if policy.policy.startswith("greedy:") else None
        if corner is None:
            continue
        mine = policy.triangle[corner] if policy.triangle else None
        theirs = random_play.triangle[corner] if random_play.triangle else None
        shown = (
            Phrase(key="balance.triangle.mine", params={"share": percent(mine)})
            if mine is not None
            else Phrase(key="balance.triangle.mine_none")
        )
        other = (
            Phrase(key="balance.triangle.random", params={"share": percent(theirs)})
            if theirs is not None
            else Phrase(key="balance.triangle.random_none")
        )
        checks.append(
            BalanceCheck(
                mine is not None and theirs is not None and mine > theirs,
                Phrase(
                    key="balance.triangle",
                    params={
                        "policy": policy.policy,
                        "corner": Phrase(key=f"balance.corner.{corner}"),
                        "mine": shown,
                        "other": other,
                    },
                ),
            )
        )
    return checks


def value_warnings(scenario: Scenario, report: SimulationReport, targets: BalanceTargets) -> list[Phrase]:
    """Under the lesson's targets: rare deck cards (a warning there, not a target), and no meter that names
    its corner (then the greedy policies' triangles are not compared)."""
    if not marks_values(scenario):
        return []
    lines = []
    if not any(meter.corner in CORNERS for meter in scenario.meters):
        lines.append(Phrase(key="balance.warn.no_corner"))
    random_play = next((policy for policy in report.policies if policy.policy == "random"), None)
    if random_play is not None:
        check = _deck_check(scenario, random_play, targets.deck_card_seen_min)
        if not check.passed:
            lines.append(Phrase(key="balance.warn.check", params={"check": check.said}))
    return lines


def rare_outcome_warnings(
    scenario: Scenario, report: SimulationReport, targets: BalanceTargets
) -> list[Phrase]:
    """A warning for every ending and profile random play reaches in under `random_outcome_min` of its
    games: a group plays much like chance at first, so such an outcome is one it will hardly ever see (a
    success ending in 0.2% of random games, say). A profile no policy reaches has its own warning."""
    random_play = next((policy for policy in report.policies if policy.policy == "random"), None)
    if random_play is None or not random_play.runs:
        return []
    minimum = targets.random_outcome_min
    outcomes = [("ending", ending.id, random_play.endings[ending.id]) for ending in scenario.endings]
    outcomes += [
        ("profile", profile.id, random_play.profiles[profile.id])
        for profile in scenario.profiles
        if any(policy.profiles[profile.id] for policy in report.policies)
    ]
    lines = []
    for kind, outcome_id, count in outcomes:
        share = random_play.share(count)
        if share < minimum:
            shown = (
                Phrase(key="balance.warn.rare.only", params={"share": percent(share)})
                if count
                else Phrase(key="balance.warn.rare.none")
            )
            params = {
                "kind": Phrase(key=f"balance.kind.{kind}"),
                "id": outcome_id,
                "shown": shown,
                "minimum": percent(minimum),
                "most": _most_often(report, kind, outcome_id),
            }
            lines.append(Phrase(key="balance.warn.rare", params=params))
    return lines


def _most_often(report: SimulationReport, kind: str, outcome_id: str) -> Phrase | str:
    """'; greedy:budget reaches it in 41%': the policy that reaches a rare outcome most, so the author can
    tell an outcome meant for one-sided play from one that hardly any play reaches."""
    shares = [
        (policy.share((policy.endings if kind == "ending" else policy.profiles)[outcome_id]), policy.policy)
        for policy in report.policies
        if policy.policy != "random" and policy.runs
    ]
    best = max(shares, default=(0.0, ""))
    if best[0] <= 0:
        return ""
    return Phrase(key="balance.warn.rare.most", params={"policy": best[1], "share": percent(best[0])})


def _endings_check(scenario: Scenario, report: SimulationReport) -> BalanceCheck:
    if not scenario.endings:  # nothing to reach is a miss, as validate warns: the term can never end early
        return BalanceCheck(False, Phrase(key="balance.endings.none"))
    missed = [
        ending.id
        for ending in scenario.endings
        if not any(policy.endings[ending.id] for policy in report.policies)
    ]
    if missed:
        return BalanceCheck(False, Phrase(key="balance.endings.missed", params={"missed": ", ".join(missed)}))
    return BalanceCheck(True, Phrase(key="balance.endings.all", params={"count": len(scenario.endings)}))


def _deck_check(scenario: Scenario, random_play: PolicyReport, minimum: float) -> BalanceCheck:
    deck = [card.id for card in scenario.cards if card.in_deck]
    if not deck or not random_play.runs:
        return BalanceCheck(True, Phrase(key="balance.deck.none"))
    shares = {card_id: random_play.cards_seen[card_id] / random_play.runs for card_id in deck}
    rare = [card_id for card_id in deck if shares[card_id] < minimum]
    if rare:
        listed = tuple(
            Phrase(key="balance.deck.card", params={"card": card_id, "share": percent(shares[card_id])})
            for card_id in rare
        )
        return BalanceCheck(
            False, Phrase(key="balance.deck.rare", params={"minimum": percent(minimum), "listed": listed})
        )
    rarest = min(deck, key=shares.__getitem__)
    params = {"minimum": percent(minimum), "rarest": rarest, "share": percent(shares[rarest])}
    return BalanceCheck(True, Phrase(key="balance.deck.all", params=params))


def percent(share: float) -> Figure:
    """97% for a whole percentage, else one decimal (90.5%), so 'over 90%' never reads as 90%; a message
    says it with the language's decimal mark (90,5% in Dutch).

    A share above zero that would round to 0.0% reads "<0.1%": it happened, if rarely.
    """
    value = share * 100
    if 0 < value < 0.05:
        return Figure("<0.1%")
    return Figure(f"{value:.0f}%" if abs(value - round(value)) < 1e-9 else f"{value:.1f}%")
