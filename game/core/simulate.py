"""The balance simulator: plays a scenario many times with several policies and gathers the figures."""

from __future__ import annotations

import math
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from typing import Any

import numpy as np
import numpy.typing as npt

from game.core.balance import (
    DEFAULT_TARGETS,
    BalanceCheck,
    BalanceTargets,
    check_balance,
    rare_outcome_warnings,
    value_warnings,
)
from game.core.conditions import BoolOp, Compare, Literal, Name, Node, Not
from game.core.corners import BALANCE, CORNERS
from game.core.debrief import (
    balance_of,
    card_corners,
    option_pull,
    shares_of,
    unweighed_corners,
    unweighed_said,
)
from game.core.engine import Game
from game.core.model import Number, Outcome, Scenario
from game.core.playthrough import Policy, uniform_policy
from game.errors import Phrase

DEFAULT_RUNS = 1000
UNSEEN_CARD = (
    "balance.warn.card_unseen"  # the key of the warning for a card no policy shows (watch leaves it out)
)

# -- policies ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PolicySpec:
    """A named way of choosing; `make` builds a fresh policy from the scenario and a seeded generator."""

    name: str
    description: str
    make: Callable[[Scenario, random.Random], Policy]


def random_choice(scenario: Scenario, chooser: random.Random) -> Policy:
    """Any option, uniformly at random (from the policy's own generator, never the game's)."""
    return uniform_policy(chooser)


def greedy_options(scenario: Scenario, meter_id: str) -> dict[str, int]:
    """Per card, the option whose effect on `meter_id` (as written) is largest; ties go to the first."""
    best: dict[str, int] = {}
    for card in scenario.cards:
        gains = [option.effects.get(meter_id, 0) for option in card.options]
        best[card.id] = gains.index(max(gains))
    return best


def greedy_for(meter_id: str) -> Callable[[Scenario, random.Random], Policy]:
    def make(scenario: Scenario, chooser: random.Random) -> Policy:
        best = greedy_options(scenario, meter_id)

        def choose(game: Game) -> int:
            return best[game.state.current_card or ""]

        return choose

    return make


def meter_ranges(scenario: Scenario) -> list[tuple[str, Number, Number]]:
    """Per meter (in the scenario's order): its id, its minimum and the width of its range (1 when 0)."""
    return [(meter.id, meter.minimum, (meter.maximum - meter.minimum) or 1) for meter in scenario.meters]


def meters_after(scenario: Scenario, game: Game, option: int) -> dict[str, Number]:
    """The meters after `option` of the current card, clamped as the engine does."""
    values = game.state.meters
    after = dict(values)
    for meter_id, delta, low, high in scenario.compiled.effects[game.state.current_card or ""][option]:
        value = values[meter_id] + delta
        after[meter_id] = high if value > high else low if value < low else value
    return after


def range_shares(ranges: Sequence[tuple[str, Number, Number]], values: dict[str, Number]) -> list[float]:
    """Each meter as a share of its range."""
    return [(values[meter_id] - low) / span for meter_id, low, span in ranges]


def bookkeeper_choice(scenario: Scenario, chooser: random.Random) -> Policy:
    """The bookkeeper: sees every option's exact effects and picks the one that leaves the lowest meter
    highest, each meter measured as a share of its range; blind to the values the options serve.

    Ties go to the option with the highest total of those shares, then to the first option.
    """
    ranges = meter_ranges(scenario)

    def choose(game: Game) -> int:
        card = game.current_card
        assert card is not None
        best_index, best_key = 0, (-1.0, -1.0)
        for index in range(len(card.options)):
            after = range_shares(ranges, meters_after(scenario, game, index)) or [0.0]
            key = (min(after), sum(after))
            if key > best_key:
                best_index, best_key = index, key
        return best_index

    return choose


# -- the weigher ---------------------------------------------------------------------------------

Pull = tuple[float, float, float]  # what an option adds to a game's corner points, in CORNERS order
WEIGHER_MARGIN = 0.10  # the weigher keeps every meter more than this share of its range from an ending


def option_pulls(scenario: Scenario) -> dict[str, list[Pull]]:
    """Per card, per option: what choosing it adds to the game's points per corner, by the debrief's rule
    (game/core/debrief.py): 1 for each corner it serves, and for each corner it harms 1/2 to each of the
    two other corners (away from a corner is toward the opposite side); in a scenario whose
    options never say, 1 split equally over the corners of the card's themes, whichever option."""
    pulls: dict[str, list[Pull]] = {}
    for card in scenario.cards:
        if scenario.options_pull:
            pulls[card.id] = [option_pull(option.serves, option.harms) for option in card.options]
        else:
            corners = card_corners(scenario, card.id)
            share = 1 / len(corners) if corners else 0.0
            vector = (*(share if corner in corners else 0.0 for corner in CORNERS),)
            pulls[card.id] = [(vector[0], vector[1], vector[2])] * len(card.options)
    return pulls


def danger_bounds(scenario: Scenario) -> dict[str, tuple[float, float]]:
    """Per meter: the highest value at or below which an ending may stop the game, and the lowest at or
    above which one may (-inf and inf when none), read from the comparisons of a meter with a number in
    the endings' conditions, whatever else the condition asks."""
    low = dict.fromkeys(scenario.meters_by_id, -math.inf)
    high = dict.fromkeys(scenario.meters_by_id, math.inf)
    for ending in scenario.endings:
        if ending.when is not None:
            for meter_id, below, threshold in _thresholds(ending.when.tree, True, scenario):
                if below:
                    low[meter_id] = max(low[meter_id], threshold)
                else:
                    high[meter_id] = min(high[meter_id], threshold)
    return {meter_id: (low[meter_id], high[meter_id]) for meter_id in low}


_FLIPPED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}
_NEGATED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="}


def _thresholds(node: Node, holds: bool, scenario: Scenario) -> list[tuple[str, bool, float]]:
    """(meter, True for 'the ending lies below', threshold) for every comparison of a meter with a number
    under `node`; `holds` is False under a 'not'."""
    if isinstance(node, Not):
        return _thresholds(node.operand, not holds, scenario)
    if isinstance(node, BoolOp):
        return _thresholds(node.left, holds, scenario) + _thresholds(node.right, holds, scenario)
    if not isinstance(node, Compare):
        return []
    operator, left, right = node.operator, node.left, node.right
    if isinstance(left, Literal) and isinstance(right, Name):
        operator, left, right = _FLIPPED[operator], right, left
    if not (isinstance(left, Name) and isinstance(right, Literal)) or left.name not in scenario.meters_by_id:
        return []
    if isinstance(right.value, bool):
        return []
    if not holds:
        operator = _NEGATED[operator]
    if operator in ("<", "<="):
        return [(left.name, True, float(right.value))]
    if operator in (">", ">="):
        return [(left.name, False, float(right.value))]
    return []


def weigher_choice(scenario: Scenario, chooser: random.Random) -> Policy:
    """The weigher: keeps every meter out of danger, prefers the options that balance the triangle so far,
    and never crosses a red line when it can help it.

    In order: an option with a red line only when every option has one; an option that leaves a meter
    within WEIGHER_MARGIN of its range of an ending's threshold (danger_bounds) only when every option
    does (then those that stay farthest from one); among those left, the option after which the game's
    balance (debrief.balance_of: how evenly the options chosen pull the three corners) is highest, then
    the one that leaves the lowest meter highest (as the bookkeeper), then its total, then the first.
    """
    pulls = option_pulls(scenario)
    ranges = meter_ranges(scenario)
    bounds = danger_bounds(scenario)
    dangers = [(meter_id, *bounds[meter_id], span) for meter_id, _, span in ranges]
    red = {card.id: [option.red_line is not None for option in card.options] for card in scenario.cards}

    def choose(game: Game) -> int:
        card_id = game.state.current_card or ""
        points = [0.0, 0.0, 0.0]
        for record in game.state.choices:
            pull = pulls[record.card][record.option]
            points = [points[0] + pull[0], points[1] + pull[1], points[2] + pull[2]]
        keys: list[tuple[int, float, float]] = []
        safety: list[float] = []
        for index, pull in enumerate(pulls[card_id]):
            values = meters_after(scenario, game, index)
            after = range_shares(ranges, values)
            safety.append(distance_to_danger(dangers, values))
            after_points = (points[0] + pull[0], points[1] + pull[1], points[2] + pull[2])
            balance = balance_of(shares_of(dict(zip(CORNERS, after_points, strict=True))))
            keys.append((balance, min(after, default=0.0), sum(after)))
        return pick_weighed(list(range(len(keys))), red[card_id], safety, keys)

    return choose


def distance_to_danger(
    dangers: Sequence[tuple[str, float, float, Number]], values: dict[str, Number]
) -> float:
    """How far the nearest meter is from an ending's threshold, as a share of its range (inf: none)."""
    distance = math.inf
    for meter_id, below, above, span in dangers:
        value = values[meter_id]
        distance = min(distance, (value - below) / span, (above - value) / span)
    return distance


def pick_weighed(
    indices: list[int],
    red: Sequence[bool],
    safety: Sequence[float],
    keys: Sequence[tuple[int, float, float]],
) -> int:
    """The weigher's pick among the options `indices` by the rule of weigher_choice."""
    candidates = [index for index in indices if not red[index]] or indices
    safe = [index for index in candidates if safety[index] > WEIGHER_MARGIN]
    if safe:
        candidates = safe
    else:
        farthest = max(safety[index] for index in candidates)
        candidates = [index for index in candidates if safety[index] == farthest]
    return max(candidates, key=keys.__getitem__)  # the first of equal keys


def policies_for(scenario: Scenario) -> list[PolicySpec]:
    """random, one greedy policy per meter (in the scenario's order), bookkeeper and weigher."""
    specs = [PolicySpec("random", "any option, at random", random_choice)]
    for meter in scenario.meters:
        specs.append(
            PolicySpec(f"greedy:{meter.id}", f"always the option best for {meter.id}", greedy_for(meter.id))
        )
    specs.append(
        PolicySpec(
            "bookkeeper",
            "sees every effect, keeps its lowest meter highest, blind to values",
            bookkeeper_choice,
        )
    )
    specs.append(
        PolicySpec(
            "weigher",
            "keeps meters out of danger, balances the triangle, crosses no red line",
            weigher_choice,
        )
    )
    return specs


# -- figures -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Distribution:
    """How one figure is spread over the runs that reached it (n); the quantiles interpolate linearly."""

    n: int
    minimum: float
    p10: float
    median: float
    p90: float
    maximum: float

    @staticmethod
    def of(values: Sequence[float] | npt.NDArray[np.float64]) -> Distribution | None:
        if len(values) == 0:
            return None
        ordered = np.sort(np.asarray(values, dtype=np.float64))
        return Distribution(
            len(ordered),
            _number(ordered[0]),
            quantile(ordered, 0.1),
            quantile(ordered, 0.5),
            quantile(ordered, 0.9),
            _number(ordered[-1]),
        )

    def to_dict(self) -> dict[str, float]:
        return {
            "n": self.n,
            "min": self.minimum,
            "p10": self.p10,
            "median": self.median,
            "p90": self.p90,
            "max": self.maximum,
        }


def _number(value: np.float64) -> float:
    """A meter value as the engine keeps it: a whole number as an int."""
    number = float(value)
    return int(number) if number.is_integer() else number


def quantile(ordered: Sequence[float] | npt.NDArray[np.float64], share: float) -> float:
    """The `share` quantile of sorted values, interpolating between the two nearest ranks."""
    position = share * (len(ordered) - 1)
    below = int(position)
    above = min(below + 1, len(ordered) - 1)
    return float(ordered[below] + (ordered[above] - ordered[below]) * (position - below))


@dataclass(frozen=True)
class Step:
    """A moment of the term: after turn `turn` of `year` (turn 0: the start), or after the year end."""

    year: int
    turn: int
    year_end: bool


def term_steps(scenario: Scenario) -> list[Step]:
    """Every moment of a full term in the order Game.state.history records them."""
    steps = [Step(1, 0, False)]
    for year in range(1, scenario.years + 1):
        steps.extend(Step(year, turn, False) for turn in range(1, scenario.turns_per_year + 1))
        steps.append(Step(year, scenario.turns_per_year, True))
    return steps


@dataclass
class PolicyReport:
    """Every figure for one policy over its runs."""

    policy: str
    description: str
    runs: int
    endings: dict[str, int]  # ending id -> runs that ended there (every declared ending, 0 included)
    profiles: dict[str, int]  # profile id -> runs (completed terms) that got it
    completed: int  # runs that played the whole term (no ending)
    no_profile: int  # completed runs where no profile matched
    average_end_turn: float  # 1-based turn over the whole term at which the game ended
    year_end: list[dict[str, Distribution | None]]  # per year (index 0 = year 1): meter -> spread
    trajectory: list[dict[str, Distribution | None]]  # per Step of term_steps: meter -> spread
    cards_seen: dict[str, int]  # card id -> runs in which it was shown (every card, 0 included)
    options_chosen: dict[str, list[int]]  # card id -> per option, how often it was chosen
    # The mean of the games' triangles (shares per corner, CORNERS order; games whose decisions pulled no
    # corner left out), None when no game had one; and how many games had one.
    triangle: dict[str, float] | None = None
    triangles: int = 0
    lines_crossed: int = 0  # red lines crossed, over all runs
    crossing_runs: int = 0  # runs that crossed at least one
    profiles_crossed: dict[str, int] = field(
        default_factory=dict
    )  # profile id -> runs that got it after a line

    @property
    def completion_share(self) -> float:
        return self.completed / self.runs if self.runs else 0.0

    def share(self, count: int) -> float:
        return count / self.runs if self.runs else 0.0

    @property
    def lines_per_run(self) -> float:
        return self.share(self.lines_crossed)

    @property
    def crossing_share(self) -> float:
        return self.share(self.crossing_runs)


@dataclass
class SimulationReport:
    """All policies' figures, the cards no policy showed, the balance checks and the warnings."""

    scenario_id: str
    source: str
    runs: int
    seed: int
    total_turns: int
    steps: list[Step]
    policies: list[PolicyReport]
    elapsed: float = 0.0
    never_seen: list[str] = field(default_factory=list)
    balance: list[BalanceCheck] = field(default_factory=list)
    warnings: list[Phrase] = field(default_factory=list)

    @property
    def balanced(self) -> bool:
        return all(check.passed for check in self.balance)

    @property
    def games(self) -> int:
        return sum(report.runs for report in self.policies)

    def warning_texts(self, lang: str = "en", leave_out: tuple[str, ...] = ()) -> list[str]:
        """The warnings in `lang`, those whose key is in `leave_out` (UNSEEN_CARD, say) left out."""
        return [warning.text(lang) for warning in self.warnings if warning.key not in leave_out]

    @property
    def games_per_second(self) -> float:
        return self.games / self.elapsed if self.elapsed > 0 else 0.0


def simulate(
    scenario: Scenario,
    runs: int = DEFAULT_RUNS,
    seed: int = 0,
    policies: Sequence[PolicySpec] | None = None,
    targets: BalanceTargets = DEFAULT_TARGETS,
    workers: int = 1,
) -> SimulationReport:
    """Play `runs` games per policy. Every policy plays the same game seeds, and each game has a chooser
    of its own for the policy, so the same seed gives the same report whatever the number of `workers`
    (processes that each play a share of the games; 1: all here)."""
    started = time.perf_counter()
    specs = list(policies) if policies is not None else policies_for(scenario)
    master = random.Random(seed)
    game_seeds = [master.getrandbits(32) for _ in range(runs)]
    chooser_seeds = [master.getrandbits(32) for _ in range(runs)]
    games = list(zip(game_seeds, chooser_seeds, strict=True))
    tasks = [
        (index, games[start : start + CHUNK])
        for index in range(len(specs))
        for start in range(0, runs, CHUNK)
    ]
    workers = min(workers, len(tasks))
    if workers > 1 and len(tasks) > 1:
        from game.core.workers import run_in_workers

        played = run_in_workers(scenario, specs, tasks, workers)
    else:
        played = [play_games(scenario, specs[index], chunk) for index, chunk in tasks]
    merged: list[Played] = [Played() for _ in specs]
    for (index, _), result in zip(tasks, played, strict=True):
        merged[index].add(result)
    reports = [summarise_policy(scenario, spec, result) for spec, result in zip(specs, merged, strict=True)]
    report = SimulationReport(
        scenario.id, scenario.source, runs, seed, scenario.total_turns, term_steps(scenario), reports
    )
    report.never_seen = [
        card.id for card in scenario.cards if not any(policy.cards_seen[card.id] for policy in reports)
    ]
    report.balance = check_balance(scenario, report, targets)
    report.warnings = verdict(scenario, report) + value_warnings(scenario, report, targets)
    report.warnings += rare_outcome_warnings(scenario, report, targets)
    report.elapsed = time.perf_counter() - started
    return report


def verdict(scenario: Scenario, report: SimulationReport) -> list[Phrase]:
    """Warnings beside the balance targets: profiles no policy reaches, cards no policy shows."""
    lines = [
        _unreached(scenario, profile)
        for profile in scenario.profiles
        if not any(policy.profiles[profile.id] for policy in report.policies)
    ]
    lines += [Phrase(key=UNSEEN_CARD, params={"id": card_id}) for card_id in report.never_seen]
    return lines


def _unreached(scenario: Scenario, profile: Outcome) -> Phrase:
    """The warning for a profile no policy reaches; with the reason when it asks for a balance that stays
    0 because no option's serves or harms (else no card's themes) give some corner any weight."""
    missed = unweighed_corners(scenario, scenario.cards)
    names = () if profile.when is None else {name.name for name in profile.when.names}
    if not missed or BALANCE not in names:
        return Phrase(key="balance.warn.profile_unreached", params={"id": profile.id})
    if not scenario.options_pull:
        return Phrase(key="balance.warn.profile_unreached.unpulled", params={"id": profile.id})
    corners, fix = unweighed_said(missed)
    return Phrase(
        key="balance.warn.profile_unreached.missed", params={"id": profile.id, "corners": corners, "fix": fix}
    )


# -- playing -------------------------------------------------------------------------------------


@dataclass
class Played:
    """What a share of one policy's games did, before the figures are made (adds up across workers)."""

    outcomes: Counter[str | None] = field(default_factory=Counter)
    profiles: Counter[str | None] = field(default_factory=Counter)
    seen: Counter[str] = field(default_factory=Counter)
    chosen: Counter[tuple[str, int]] = field(default_factory=Counter)
    # year -> blocks of meter rows at its end; index in term_steps -> blocks of meter rows (games x meters)
    year_ends: dict[int, list[npt.NDArray[np.float64]]] = field(default_factory=dict)
    steps: dict[int, list[npt.NDArray[np.float64]]] = field(default_factory=dict)
    end_turns: int = 0
    runs: int = 0
    triangle: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])  # the sum of the games' shares
    triangles: int = 0  # games with a triangle (their decisions pulled some corner)
    lines: int = 0  # red lines crossed
    crossing: int = 0  # games that crossed at least one
    profiles_crossed: Counter[str | None] = field(default_factory=Counter)  # profiles of those games

    def add(self, other: Played) -> None:
        self.outcomes.update(other.outcomes)
        self.profiles.update(other.profiles)
        self.triangle = [mine + theirs for mine, theirs in zip(self.triangle, other.triangle, strict=True)]
        self.triangles += other.triangles
        self.lines += other.lines
        self.crossing += other.crossing
        self.profiles_crossed.update(other.profiles_crossed)
        self.seen.update(other.seen)
        self.chosen.update(other.chosen)
        for year, rows in other.year_ends.items():
            self.year_ends.setdefault(year, []).extend(rows)
        for step, rows in other.steps.items():
            self.steps.setdefault(step, []).extend(rows)
        self.end_turns += other.end_turns
        self.runs += other.runs


def _standard(scenario: Scenario, spec: PolicySpec) -> bool:
    return spec.name in {standard.name for standard in policies_for(scenario)}


CHUNK = 1000  # games in one task: few enough tasks to spread over the workers, many games per array step


def play_games(
    scenario: Scenario, spec: PolicySpec, games: Sequence[tuple[int, int]], fast: bool = True
) -> Played:
    """Play one game per (game seed, chooser seed) with the policy; what they did. The standard policies
    play on the fast path (game/core/fastsim.py) unless `fast` is False; others on the engine."""
    if fast and _standard(scenario, spec):
        from game.core.fastsim import play_batch, rules_of

        return play_batch(rules_of(scenario), spec.name, [seed for seed, _ in games])
    meter_ids = [meter.id for meter in scenario.meters]
    values_of = itemgetter(*meter_ids) if len(meter_ids) > 1 else (lambda meters: (meters[meter_ids[0]],))
    card_and_option = attrgetter("card", "option")
    played = Played(runs=len(games))
    pulls = option_pulls(scenario)
    red = {card.id: [option.red_line is not None for option in card.options] for card in scenario.cards}
    year_ends: dict[int, list[tuple[Number, ...]]] = {}
    steps: dict[int, list[tuple[Number, ...]]] = {}
    chooser = random.Random()
    policy = spec.make(scenario, chooser)  # made once; its chooser is seeded afresh for every game
    for game_seed, chooser_seed in games:
        chooser.seed(chooser_seed)
        game = Game(scenario, game_seed, keep_log=False)
        state = game.state
        advance = game.advance
        while not state.finished:
            advance(policy(game))
        played.outcomes[state.ending] += 1
        if state.ending is None:
            played.profiles[state.profile] += 1
        points = [0.0, 0.0, 0.0]
        lines = 0
        for record in state.choices:
            pull = pulls[record.card][record.option]
            points = [points[0] + pull[0], points[1] + pull[1], points[2] + pull[2]]
            lines += red[record.card][record.option]
        shares = shares_of(dict(zip(CORNERS, points, strict=True)))
        if shares is not None:
            played.triangle = [
                total + shares[corner] for total, corner in zip(played.triangle, CORNERS, strict=True)
            ]
            played.triangles += 1
        played.lines += lines
        if lines:
            played.crossing += 1
            if state.ending is None:
                played.profiles_crossed[state.profile] += 1
        played.end_turns += scenario.turn_number(state.year, state.turn)
        played.seen.update(state.played.keys())
        played.chosen.update(map(card_and_option, state.choices))
        for summary in state.year_summaries:
            year_ends.setdefault(summary.year, []).append(values_of(summary.end))
        for step, point in enumerate(state.history):
            steps.setdefault(step, []).append(values_of(point.meters))
    played.year_ends = {year: [np.array(rows, dtype=np.float64)] for year, rows in year_ends.items()}
    played.steps = {step: [np.array(rows, dtype=np.float64)] for step, rows in steps.items()}
    return played


def summarise_policy(scenario: Scenario, spec: PolicySpec, played: Played) -> PolicyReport:
    meter_ids = [meter.id for meter in scenario.meters]
    runs = played.runs
    outcomes, profiles = played.outcomes, played.profiles
    completed = runs - sum(count for ending, count in outcomes.items() if ending is not None)
    years = range(1, scenario.years + 1)
    return PolicyReport(
        policy=spec.name,
        description=spec.description,
        runs=runs,
        endings={ending.id: outcomes[ending.id] for ending in scenario.endings},
        profiles={profile.id: profiles[profile.id] for profile in scenario.profiles},
        completed=completed,
        no_profile=profiles[None],
        average_end_turn=played.end_turns / runs if runs else 0.0,
        year_end=[_spread(meter_ids, played.year_ends.get(year, [])) for year in years],
        trajectory=[
            _spread(meter_ids, played.steps.get(index, [])) for index in range(len(term_steps(scenario)))
        ],
        cards_seen={card.id: played.seen[card.id] for card in scenario.cards},
        options_chosen={
            card.id: [played.chosen[(card.id, index)] for index in range(len(card.options))]
            for card in scenario.cards
        },
        triangle=(
            {corner: total / played.triangles for corner, total in zip(CORNERS, played.triangle, strict=True)}
            if played.triangles
            else None
        ),
        triangles=played.triangles,
        lines_crossed=played.lines,
        crossing_runs=played.crossing,
        profiles_crossed={profile.id: played.profiles_crossed[profile.id] for profile in scenario.profiles},
    )


def _spread(meter_ids: list[str], blocks: list[npt.NDArray[np.float64]]) -> dict[str, Distribution | None]:
    """Per meter, the distribution of its column in the blocks of rows (a row of meter values per run)."""
    rows = np.concatenate(blocks) if blocks else np.empty((0, len(meter_ids)))
    if len(rows) == 0:
        return dict.fromkeys(meter_ids)
    return {meter_id: Distribution.of(rows[:, index]) for index, meter_id in enumerate(meter_ids)}


# -- output --------------------------------------------------------------------------------------


def report_data(scenario: Scenario, report: SimulationReport) -> dict[str, Any]:
    """Every figure as JSON-ready data."""

    def spread(values: dict[str, Distribution | None]) -> dict[str, dict[str, float] | None]:
        return {meter_id: None if dist is None else dist.to_dict() for meter_id, dist in values.items()}

    return {
        "scenario": scenario.id,
        "scenario_file": scenario.source,
        "runs_per_policy": report.runs,
        "seed": report.seed,
        "years": scenario.years,
        "turns_per_year": scenario.turns_per_year,
        "total_turns": scenario.total_turns,
        "meters": [meter.id for meter in scenario.meters],
        "games": report.games,
        "seconds": round(report.elapsed, 3),
        "games_per_second": round(report.games_per_second),
        "policies": [
            {
                "name": policy.policy,
                "description": policy.description,
                "runs": policy.runs,
                "completed": policy.completed,
                "completion_share": policy.completion_share,
                "endings": policy.endings,
                "profiles": policy.profiles,
                "ending_shares": {key: policy.share(count) for key, count in policy.endings.items()},
                "profile_shares": {key: policy.share(count) for key, count in policy.profiles.items()},
                "no_profile": policy.no_profile,
                "average_end_turn": policy.average_end_turn,
                "year_end": [
                    {
                        "year": index + 1,
                        "calendar_year": scenario.calendar_year(index + 1),
                        "meters": spread(values),
                    }
                    for index, values in enumerate(policy.year_end)
                ],
                "trajectory": [
                    {
                        "year": step.year,
                        "turn": step.turn,
                        "year_end": step.year_end,
                        "x": scenario.turn_number(step.year, step.turn),
                        "meters": spread(values),
                    }
                    for step, values in zip(report.steps, policy.trajectory, strict=True)
                ],
                "cards_seen": policy.cards_seen,
                "options_chosen": policy.options_chosen,
                "triangle": policy.triangle,
                "lines_crossed": {"mean": policy.lines_per_run, "share": policy.crossing_share},
                "profiles_after_red_line": policy.profiles_crossed,
            }
            for policy in report.policies
        ],
        "never_seen": report.never_seen,
        "balanced": report.balanced,
        "balance": [{"passed": check.passed, "text": check.text} for check in report.balance],
        "warnings": report.warning_texts(),
    }
