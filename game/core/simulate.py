"""The balance simulator: plays a scenario many times with several policies and gathers the figures."""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from typing import Any

import numpy as np
import numpy.typing as npt

from game.core.balance import DEFAULT_TARGETS, BalanceCheck, BalanceTargets, check_balance
from game.core.engine import Game
from game.core.model import Number, Scenario
from game.core.playthrough import Policy, uniform_policy

DEFAULT_RUNS = 1000

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


def cautious_choice(scenario: Scenario, chooser: random.Random) -> Policy:
    """The option that leaves the lowest meter highest, each meter measured as a share of its range.

    Ties go to the option with the highest total of those shares, then to the first option.
    """
    meters = scenario.meters
    ranges = [(meter.id, meter.minimum, (meter.maximum - meter.minimum) or 1) for meter in meters]
    position = {meter.id: index for index, meter in enumerate(meters)}
    span = {meter_id: width for meter_id, _, width in ranges}
    # Per card, per option: (position, meter id, delta, minimum, maximum, range) of each effect.
    effects = {
        card_id: [
            [
                (position[meter_id], meter_id, delta, low, high, span[meter_id])
                for meter_id, delta, low, high in option
            ]
            for option in options
        ]
        for card_id, options in scenario.compiled.effects.items()
    }

    def choose(game: Game) -> int:
        values = game.state.meters
        shares = [(values[meter_id] - low) / span for meter_id, low, span in ranges]
        best_index, best_key = 0, (-1.0, -1.0)
        for index, option_effects in enumerate(effects[game.state.current_card or ""]):
            after = shares.copy()
            for place, meter_id, delta, low, high, span in option_effects:
                value = values[meter_id] + delta
                value = high if value > high else low if value < low else value
                after[place] = (value - low) / span
            key = (min(after), sum(after))
            if key > best_key:
                best_index, best_key = index, key
        return best_index

    return choose


def policies_for(scenario: Scenario) -> list[PolicySpec]:
    """random, one greedy policy per meter (in the scenario's order), and cautious."""
    specs = [PolicySpec("random", "any option, at random", random_choice)]
    for meter in scenario.meters:
        specs.append(
            PolicySpec(f"greedy:{meter.id}", f"always the option best for {meter.id}", greedy_for(meter.id))
        )
    specs.append(PolicySpec("cautious", "the option that keeps the lowest meter highest", cautious_choice))
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

    @property
    def completion_share(self) -> float:
        return self.completed / self.runs if self.runs else 0.0


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
    warnings: list[str] = field(default_factory=list)

    @property
    def balanced(self) -> bool:
        return all(check.passed for check in self.balance)

    @property
    def games(self) -> int:
        return sum(report.runs for report in self.policies)

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
    report.warnings = verdict(scenario, report)
    report.elapsed = time.perf_counter() - started
    return report


def verdict(scenario: Scenario, report: SimulationReport) -> list[str]:
    """Warnings beside the balance targets: profiles no policy reaches, cards no policy shows."""
    lines = [
        f"warning: profile '{profile.id}' is reached by no policy"
        for profile in scenario.profiles
        if not any(policy.profiles[profile.id] for policy in report.policies)
    ]
    lines += [f"warning: card '{card_id}' is seen by no policy" for card_id in report.never_seen]
    return lines


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

    def add(self, other: Played) -> None:
        self.outcomes.update(other.outcomes)
        self.profiles.update(other.profiles)
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
            }
            for policy in report.policies
        ],
        "never_seen": report.never_seen,
        "balanced": report.balanced,
        "balance": [{"passed": check.passed, "text": check.text} for check in report.balance],
        "warnings": report.warnings,
    }
