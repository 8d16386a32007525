"""Holding the fast path to the engine game by game: both play the same games from the same draws
(fastsim.EngineDraws), and each game's course (the card shown and the option chosen in every turn, the
meters and flags after it, the ending, the profile, the triangle) must be identical on both."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from game.core.debrief import corner_pull, game_figures
from game.core.engine import Game
from game.core.fastsim import Draws, EngineDraws, Rules, Trace, balance_of, play_batch, rules_of
from game.core.model import Scenario
from game.core.simulate import PolicySpec, policies_for


@dataclass(frozen=True)
class Moment:
    """After a turn (turn 0: the start) or a year end: the decision made in it, if any, and the state."""

    year: int
    turn: int
    year_end: bool
    card: str | None
    option: int | None
    meters: tuple[float, ...]
    flags: frozenset[str]

    def __str__(self) -> str:
        when = f"year {self.year}, " + ("year end" if self.year_end else f"turn {self.turn}")
        decision = "no card" if self.card is None else f"card {self.card!r}, option {self.option}"
        return f"{when}: {decision}, meters {list(self.meters)}, flags {sorted(self.flags)}"


@dataclass(frozen=True)
class Course:
    """One game from start to end."""

    moments: tuple[Moment, ...]
    ending: str | None
    profile: str | None
    corner_points: tuple[float, float, float]
    lines: int
    balance: int


def engine_course(
    scenario: Scenario,
    spec: PolicySpec,
    game_seed: int,
    chooser_seed: int,
    chooser: random.Random | None = None,
) -> Course:
    """The game the engine plays, as simulate.play_games plays it: its policy's chooser seeded apart
    (or `chooser`, a test's own stream)."""
    meter_ids = [meter.id for meter in scenario.meters]
    policy = spec.make(scenario, chooser if chooser is not None else random.Random(chooser_seed))
    game = Game(scenario, game_seed, keep_log=False)
    state = game.state
    flags = [frozenset[str]()] * len(state.history)  # the flags at each point of the history
    while not game.finished:
        game.advance(policy(game))
        flags += [frozenset(state.flags)] * (len(state.history) - len(flags))
    decided = {(record.year, record.turn): record for record in state.choices}
    moments = []
    for point, on in zip(state.history, flags, strict=True):
        record = None if point.year_end else decided.get((point.year, point.turn))
        meters = tuple(float(point.meters[meter_id]) for meter_id in meter_ids)
        card, option = (None, None) if record is None else (record.card, record.option)
        moments.append(Moment(point.year, point.turn, point.year_end, card, option, meters, on))
    weights = corner_pull(scenario, state.choices).weights
    figures = game_figures(scenario, state.choices)
    return Course(
        tuple(moments),
        state.ending,
        state.profile,
        (weights["strategy"], weights["capacity"], weights["legitimacy"]),
        figures["lines_crossed"],
        figures["balance"],
    )


def fast_courses(
    rules: Rules, policy: str, games: Sequence[tuple[int, int]], draws: Draws | None = None
) -> list[Course]:
    """The same games on the fast path, played side by side from the engine's draws (or `draws`)."""
    trace = Trace()
    play_batch(rules, policy, [seed for seed, _ in games], draws or EngineDraws(games), trace)
    flag_names = list(rules.flag_at)
    card_ids = [card.id for card in rules.cards]
    moments: list[list[Moment]] = [[] for _ in games]
    decided: dict[tuple[int, int, int], tuple[str, int]] = {}
    for year, turn, deciding, cards, options in trace.decisions:
        for game, card, option in zip(deciding.tolist(), cards.tolist(), options.tolist(), strict=True):
            decided[(game, year, turn)] = (card_ids[card], option)
    for year, turn, year_end, on_table, meters, flags in trace.points:
        for row, game in enumerate(on_table.tolist()):
            card, option = (None, None) if year_end else decided.get((game, year, turn), (None, None))
            names = frozenset(name for name, on in zip(flag_names, flags[row].tolist(), strict=True) if on)
            values = tuple(float(value) for value in meters[row])
            moments[game].append(Moment(year, turn, year_end, card, option, values, names))
    endings = [ending_id for ending_id, _ in rules.endings]
    profiles = [profile_id for profile_id, _ in rules.profiles]
    balances = balance_of(trace.corner_points)
    courses = []
    for game, course in enumerate(moments):
        ending, profile = int(trace.endings[game]), int(trace.profiles[game])
        points = trace.corner_points[game].tolist()
        courses.append(
            Course(
                tuple(course),
                endings[ending] if ending >= 0 else None,
                profiles[profile] if profile >= 0 else None,
                (points[0], points[1], points[2]),
                int(trace.lines[game]),
                int(balances[game]),
            )
        )
    return courses


def first_difference(engine: Course, fast: Course) -> str | None:
    """Where the fast path's game first parts from the engine's, in words; None when they are identical."""
    for engine_moment, fast_moment in zip(engine.moments, fast.moments, strict=False):
        if engine_moment != fast_moment:
            return f"first after {engine_moment}\n  (fast path: {fast_moment})"
    if len(engine.moments) != len(fast.moments):
        longer, moment = (
            ("engine", engine.moments[len(fast.moments)])
            if len(engine.moments) > len(fast.moments)
            else ("fast path", fast.moments[len(engine.moments)])
        )
        return f"only the {longer} plays on, from {moment}"
    for name in ("ending", "profile", "corner_points", "lines", "balance"):
        if getattr(engine, name) != getattr(fast, name):
            return f"{name}: engine {getattr(engine, name)!r}, fast path {getattr(fast, name)!r}"
    return None


@dataclass(frozen=True)
class Mismatch:
    """A game the two paths played differently."""

    scenario: str
    policy: str
    seeds: tuple[int, int]
    difference: str

    def __str__(self) -> str:
        game_seed, chooser_seed = self.seeds
        return (
            f"scenario {self.scenario!r}, policy {self.policy}, game seed {game_seed}, chooser seed "
            f"{chooser_seed}: the fast path differs from the engine, {self.difference}"
        )


def mismatches(
    scenario: Scenario,
    games: Sequence[tuple[int, int]],
    policies: Sequence[str] | None = None,
    rules: Rules | None = None,
) -> list[Mismatch]:
    """Every game (of `games`, per standard policy or those named) the two paths play differently;
    `rules`: the fast path's arrays of the scenario (a test's changed copy), else its own."""
    rules = rules if rules is not None else rules_of(scenario)
    found = []
    for spec in policies_for(scenario):
        if policies is not None and spec.name not in policies:
            continue
        fast = fast_courses(rules, spec.name, games)
        for seeds, course in zip(games, fast, strict=True):
            difference = first_difference(engine_course(scenario, spec, *seeds), course)
            if difference is not None:
                found.append(Mismatch(scenario.id, spec.name, seeds, difference))
    return found


def seed_pairs(count: int, seed: int = 0) -> list[tuple[int, int]]:
    """`count` (game seed, chooser seed) pairs, drawn as simulate() draws them from its master seed."""
    master = random.Random(seed)
    game_seeds = [master.getrandbits(32) for _ in range(count)]
    return list(zip(game_seeds, [master.getrandbits(32) for _ in range(count)], strict=True))


def report(found: Sequence[Mismatch], limit: int = 3) -> str:
    """The first mismatches in words, and how many there were."""
    lines = [str(mismatch) for mismatch in found[:limit]]
    return f"{len(found)} game(s) differ:\n" + "\n".join(lines)
