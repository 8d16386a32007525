"""The simulator's fast path: many games of one policy played side by side as numpy arrays.

The rules are the engine's (game/core/engine.py), turn for turn: a fixed event, else the follow-up due
longest, else a weighted draw among the deck cards whose `requires` holds; effects clamped to each
meter's range; flags; follow-ups; endings after every decision and year end; a profile after the term.
All games share the calendar (every turn of every game is played or passed), so one step of the loop is
one turn of all games still running. Every game keeps its corner points and the red lines it crossed (the
debrief's rule), so conditions that read `lines_crossed` and `balance` see what the engine hands them.
Conditions are compiled once to array expressions. Randomness comes from a draw source
(Draws): by default numpy's, seeded from the games' seeds, so the figures are the same for the same
seeds but the games are not the ones the engine would play; with EngineDraws each game draws from the
engine's own streams and plays exactly the engine's game, and a Trace records every game's course
(tests/simulate/test_fastsim_lockstep.py holds the two paths to each other game by game).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
import numpy.typing as npt

from game.core.conditions import BoolOp, Compare, Condition, Literal, Name, Node, Not
from game.core.corners import BALANCE, GAME_FIGURES, LINES_CROSSED
from game.core.model import Scenario
from game.core.rng import SeededRandom
from game.core.simulate import WEIGHER_MARGIN, Played, danger_bounds, option_pulls

Floats = npt.NDArray[np.float64]
Bools = npt.NDArray[np.bool_]
Ints = npt.NDArray[np.int64]
Test = Callable[["Table"], Bools]  # a compiled condition: one truth per game
POLICIES = (
    "random",
    "greedy:",
    "bookkeeper",
    "weigher",
)  # the standard policies this path plays (greedy: per meter)
_COMPARE: dict[str, Callable[[Floats, Floats], Bools]] = {
    "<": np.less, "<=": np.less_equal, ">": np.greater, ">=": np.greater_equal, "==": np.equal,
    "!=": np.not_equal,
}  # fmt: skip


@dataclass
class Table:
    """The state of the games still on the table (rows: games)."""

    meters: Floats  # (games, meters)
    flags: Bools  # (games, flags)
    year: int
    turn: int
    figures: dict[str, Floats] | None = None  # GAME_FIGURES -> one value per game, when conditions read them


class Rules:
    """A scenario turned into arrays once: effects, flags, follow-ups, weights, compiled conditions."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        cards = scenario.cards
        self.cards = cards
        self.index = {card.id: position for position, card in enumerate(cards)}
        self.meter_ids = [meter.id for meter in scenario.meters]
        meter_at = {meter_id: position for position, meter_id in enumerate(self.meter_ids)}
        flags: list[str] = []
        for card in cards:
            for option in card.options:
                flags += [*option.set_flags, *option.unset_flags]
        conditions = [card.requires for card in cards] + [
            o.when for o in (*scenario.endings, *scenario.profiles)
        ]
        for condition in conditions:
            if condition is not None:
                flags += [name.name for name in condition.names]
        flag_names = [
            name
            for name in dict.fromkeys(flags)
            if name not in meter_at and name not in ("year", "turn") and name not in GAME_FIGURES
        ]
        self.flag_at = {name: position for position, name in enumerate(flag_names)}
        self.meter_at = meter_at
        count, most = len(cards), max((len(card.options) for card in cards), default=1)
        self.options = np.array([len(card.options) for card in cards], dtype=np.int64)
        self.effects = np.zeros((count, most, len(self.meter_ids)))
        self.sets = np.zeros((count, most, len(flag_names)), dtype=bool)
        self.unsets = np.zeros((count, most, len(flag_names)), dtype=bool)
        # Per card and option, its follow-ups in order: how many, and each one's card and delay.
        follows = max((len(option.then) for card in cards for option in card.options), default=0)
        self.then_count = np.zeros((count, most), dtype=np.int64)
        self.then_card = np.zeros((count, most, follows), dtype=np.int64)
        self.then_after = np.zeros((count, most, follows), dtype=np.int64)
        for c, card in enumerate(cards):
            for o, option in enumerate(card.options):
                for meter_id, delta in option.effects.items():
                    self.effects[c, o, meter_at[meter_id]] = delta
                for flag in option.set_flags:
                    self.sets[c, o, self.flag_at[flag]] = True
                for flag in option.unset_flags:
                    self.unsets[c, o, self.flag_at[flag]] = True
                self.then_count[c, o] = len(option.then)
                for k, follow in enumerate(option.then):
                    self.then_card[c, o, k] = self.index[follow.card]
                    self.then_after[c, o, k] = follow.after
        self.low = np.array([meter.minimum for meter in scenario.meters], dtype=np.float64)
        self.high = np.array([meter.maximum for meter in scenario.meters], dtype=np.float64)
        self.start = np.clip(
            np.array([meter.start for meter in scenario.meters], dtype=np.float64), self.low, self.high
        )
        self.year_end = np.zeros(len(self.meter_ids))
        for meter_id, delta in scenario.year_end_effects.items():
            self.year_end[meter_at[meter_id]] = delta
        self.weights = np.array([card.weight if card.in_deck else 0 for card in cards], dtype=np.float64)
        self.repeatable = np.array([card.repeatable for card in cards], dtype=bool)
        self.requires: list[Test | None] = [self.compile(card.requires) for card in cards]
        self.conditional = [
            c for c, test in enumerate(self.requires) if test is not None and self.weights[c] > 0
        ]
        self.fixed: dict[tuple[int, int], list[int]] = {}
        for c, card in enumerate(cards):
            if card.at is not None:
                self.fixed.setdefault((card.at.year, card.at.turn), []).append(c)
        self.endings = [(ending.id, self.compile(ending.when)) for ending in scenario.endings]
        self.profiles = [(profile.id, self.compile(profile.when)) for profile in scenario.profiles]
        # The triangle: what each option adds to a game's corner points, and whether it crosses a red line.
        pulls = option_pulls(scenario)
        self.pulls = np.zeros((count, most, 3))
        self.red = np.zeros((count, most), dtype=np.int64)
        for c, card in enumerate(cards):
            for o, option in enumerate(card.options):
                self.pulls[c, o] = pulls[card.id][o]
                self.red[c, o] = option.red_line is not None
        self.reads_figures = scenario.compiled.reads_figures
        bounds = danger_bounds(scenario)
        self.danger_low = np.array([bounds[meter_id][0] for meter_id in self.meter_ids], dtype=np.float64)
        self.danger_high = np.array([bounds[meter_id][1] for meter_id in self.meter_ids], dtype=np.float64)

    def table(
        self, games: Ints, meters: Floats, flags: Bools, year: int, turn: int, triangle: Triangle
    ) -> Table:
        """The state of `games` as conditions read it (the game figures only when some condition does)."""
        figures = None
        if self.reads_figures:
            figures = {LINES_CROSSED: triangle.lines[games], BALANCE: triangle.balance[games]}
        return Table(meters[games], flags[games], year, turn, figures)

    # -- conditions as arrays ------------------------------------------------------------

    def compile(self, condition: Condition | None) -> Test | None:
        if condition is None:
            return None
        value = self._value(condition.tree)
        return lambda table: _truth(value(table), len(table.meters))

    def _value(self, node: Node) -> Callable[[Table], Floats | Bools | float]:
        if isinstance(node, Literal):
            constant = float(node.value)
            return lambda table: constant
        if isinstance(node, Name):
            name = node.name
            if name in self.meter_at:
                column = self.meter_at[name]
                return lambda table: table.meters[:, column]
            if name == "year":
                return lambda table: float(table.year)
            if name == "turn":
                return lambda table: float(table.turn)
            if name in GAME_FIGURES:
                return lambda table: _figure(table, name)
            flag = self.flag_at[name]
            return lambda table: table.flags[:, flag]
        if isinstance(node, Not):
            operand = self._value(node.operand)
            return lambda table: ~_truth(operand(table), len(table.meters))
        left, right = self._value(node.left), self._value(node.right)
        if isinstance(node, BoolOp):
            if node.operator == "and":
                return lambda table: (
                    _truth(left(table), len(table.meters)) & _truth(right(table), len(table.meters))
                )
            return lambda table: (
                _truth(left(table), len(table.meters)) | _truth(right(table), len(table.meters))
            )
        assert isinstance(node, Compare)
        compare = _COMPARE[node.operator]
        return lambda table: _truth(
            compare(np.asarray(left(table), dtype=np.float64), np.asarray(right(table), dtype=np.float64)),
            len(table.meters),
        )


def _figure(table: Table, name: str) -> Floats:
    assert table.figures is not None, "a condition reads a game figure the engine would not hand in"
    return table.figures[name]


def corner_shares(points: Floats) -> Floats:
    """Per row of corner points (..., 3): each corner's share, by the arithmetic of debrief.shares_of; all
    0 where nothing counts (where it gives None)."""
    total = points[..., 0] + points[..., 1] + points[..., 2]
    counts = total > 0
    shares: Floats = np.divide(points, total[..., None], out=np.zeros_like(points), where=counts[..., None])
    return shares


def _lowest(values: Floats) -> Floats:
    """The minimum over the last axis (a few columns: much faster than .min(axis=-1) on small axes)."""
    lowest = values[..., 0].copy()
    for column in range(1, values.shape[-1]):
        np.minimum(lowest, values[..., column], out=lowest)
    return lowest


def _highest(values: Floats) -> Floats:
    """The maximum over the last axis, kept as an axis of one."""
    highest = values[..., 0].copy()
    for column in range(1, values.shape[-1]):
        np.maximum(highest, values[..., column], out=highest)
    return highest[..., None]


def _total(values: Floats) -> Floats:
    """The sum over the last axis, added column by column in order (as Python's sum() adds them)."""
    total = values[..., 0].copy()
    for column in range(1, values.shape[-1]):
        total += values[..., column]
    return total


def balance_of(points: Floats) -> Floats:
    """debrief.balance_of per game: 300 times the smallest share, rounded down, at most 100; 0 without any."""
    smallest = _lowest(corner_shares(points))
    balance: Floats = np.minimum(100.0, np.floor(300 * smallest + 1e-9))
    return balance


class Triangle:
    """Each game's points per corner (games, 3), the red lines it crossed and, when conditions read it,
    its balance (games,): the game figures, kept up to date after every decision."""

    def __init__(self, games: int) -> None:
        self.points = np.zeros((games, 3))
        self.lines = np.zeros(games)
        self.balance = np.zeros(games)

    def add(self, rules: Rules, games: Ints, card: Ints, option: Ints) -> None:
        points = self.points[games] + rules.pulls[card, option]
        self.points[games] = points
        self.lines[games] += rules.red[card, option]
        if rules.reads_figures:
            self.balance[games] = balance_of(points)


def _truth(value: Floats | Bools | float, games: int) -> Bools:
    """One truth per game (a constant, like `year >= 2`, for all of them); never changed in place."""
    array = np.asarray(value)
    truth = array if array.dtype == np.bool_ else array != 0
    return truth if truth.ndim == 1 else np.full(games, bool(truth))


_last: Rules | None = None  # the scenario played last (watch makes a new one at every save: keep one)


def rules_of(scenario: Scenario) -> Rules:
    """The arrays of a scenario, made once for it (a worker keeps them for all its tasks)."""
    global _last
    if _last is None or _last.scenario is not scenario:
        _last = Rules(scenario)
    return _last


class Draws(Protocol):
    """Where the games' random numbers come from: each a float in [0, 1)."""

    def deck(self, games: Ints, live: Bools) -> Floats:
        """One number per game in `games` drawing from its deck; `live`: whether its deck has a card with
        weight (the engine draws nothing when none has)."""
        ...

    def choices(self, games: Ints) -> Floats:
        """One number per game in `games` whose random policy picks an option now."""
        ...


class NumpyDraws:
    """numpy's generator seeded from all the games' seeds: fast, the same figures for the same seeds."""

    def __init__(self, seeds: Sequence[int]) -> None:
        self.rng = np.random.default_rng(list(seeds))

    def deck(self, games: Ints, live: Bools) -> Floats:
        return self.rng.random(games.size)  # for the games without a card too: the stream stays as it was

    def choices(self, games: Ints) -> Floats:
        return self.rng.random(games.size)


class EngineDraws:
    """Each game's own streams as the engine and simulate.play_games draw them, per (game seed, chooser
    seed): the deck from SeededRandom(game seed), the random policy from random.Random(chooser seed)."""

    def __init__(self, games: Sequence[tuple[int, int]]) -> None:
        self.decks = [SeededRandom(game_seed) for game_seed, _ in games]
        self.choosers = [random.Random(chooser_seed) for _, chooser_seed in games]

    def deck(self, games: Ints, live: Bools) -> Floats:
        numbers = [
            self.decks[game].random() if has else 0.0
            for game, has in zip(games.tolist(), live.tolist(), strict=True)
        ]
        return np.array(numbers, dtype=np.float64)

    def choices(self, games: Ints) -> Floats:
        return np.array([self.choosers[game].random() for game in games.tolist()], dtype=np.float64)


@dataclass
class Trace:
    """Every game's course on the fast path, step by step, when play_batch is handed one (games are
    indexes into its seeds); without one nothing is kept."""

    decisions: list[tuple[int, int, Ints, Ints, Ints]] = field(default_factory=list)  # year, turn, games,
    # their cards and options
    points: list[tuple[int, int, bool, Ints, Floats, Bools]] = field(default_factory=list)  # after each
    # step (turn 0: the start): year, turn, year end, the games on the table, their meters and flags
    endings: Ints = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # index in Rules.endings; -1
    profiles: Ints = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # index in Rules.profiles
    corner_points: Floats = field(default_factory=lambda: np.zeros((0, 3)))
    lines: Floats = field(default_factory=lambda: np.zeros(0))


def play_batch(
    rules: Rules,
    policy: str,
    seeds: Sequence[int],
    draws: Draws | None = None,
    trace: Trace | None = None,
) -> Played:
    """Play one game per seed with `policy` ("random", "greedy:<meter>", "bookkeeper" or "weigher");
    `draws`: where the random numbers come from (numpy's from the seeds by default); `trace`: filled with
    every game's course."""
    scenario = rules.scenario
    games = len(seeds)
    source = draws if draws is not None else NumpyDraws(seeds)
    meters = np.tile(rules.start, (games, 1))
    flags = np.zeros((games, len(rules.flag_at)), dtype=bool)
    alive = np.ones(games, dtype=bool)
    played = np.zeros((games, len(rules.cards)), dtype=np.int64)
    queue = FollowUps(games)
    endings = np.full(games, -1, dtype=np.int64)
    end_turn = np.zeros(games, dtype=np.int64)
    chosen = np.zeros((len(rules.cards), rules.effects.shape[1]), dtype=np.int64)
    triangle = Triangle(games)
    steps: dict[int, list[Floats]] = {0: [meters.copy()]}
    year_ends: dict[int, list[Floats]] = {}
    choose = _policy(rules, policy, source)
    if trace is not None:
        trace.points.append((1, 0, False, np.arange(games), meters.copy(), flags.copy()))
    step = 0
    turns = scenario.turns_per_year
    for year in range(1, scenario.years + 1):
        for turn in range(1, turns + 1):
            step += 1
            now = scenario.turn_number(year, turn)
            running = np.flatnonzero(alive)
            if running.size == 0:
                break
            table = rules.table(running, meters, flags, year, turn, triangle)
            card = _select(rules, table, played, queue, running, now, source)
            deciding = running[card >= 0]
            card = card[card >= 0]
            played[deciding, card] += 1
            option = choose(deciding, meters[deciding], card, triangle.points[deciding])
            np.add.at(chosen, (card, option), 1)
            triangle.add(rules, deciding, card, option)
            meters[deciding] = np.clip(meters[deciding] + rules.effects[card, option], rules.low, rules.high)
            flags[deciding] |= rules.sets[card, option]
            flags[deciding] &= ~rules.unsets[card, option]
            follows = rules.then_count[card, option]
            for k in range(int(follows.max(initial=0))):  # each game's k-th follow-up, in the option's order
                scheduling = follows > k
                on, by = card[scheduling], option[scheduling]
                due = now + rules.then_after[on, by, k]
                queue.add(deciding[scheduling], due, rules.then_card[on, by, k])
            ended = _check_endings(rules, meters, flags, triangle, deciding, year, turn, endings)
            alive[ended] = False
            end_turn[ended] = now
            closing = np.flatnonzero(alive)  # decided without an ending, or passed the turn
            steps[step] = [meters[np.concatenate([ended, closing])]]
            if trace is not None:
                trace.decisions.append((year, turn, deciding, card, option))
                trace.points.append((year, turn, False, running, meters[running], flags[running]))
        step += 1  # the year end
        closing = np.flatnonzero(alive)
        if closing.size == 0:
            break
        meters[closing] = np.clip(meters[closing] + rules.year_end, rules.low, rules.high)
        steps[step] = year_ends[year] = [meters[closing]]
        if trace is not None:
            trace.points.append((year, turns, True, closing, meters[closing], flags[closing]))
        ended = _check_endings(rules, meters, flags, triangle, closing, year, turns, endings)
        alive[ended] = False
        end_turn[ended] = scenario.turn_number(year, turns)
    finished = np.flatnonzero(alive)
    end_turn[finished] = scenario.total_turns
    profiles: Counter[str | None] = Counter()
    crossed: Counter[str | None] = Counter()  # the profiles of the games that crossed a red line
    profile_of = np.full(games, -1, dtype=np.int64)
    if finished.size:
        table = rules.table(finished, meters, flags, scenario.years, turns, triangle)
        left = np.ones(finished.size, dtype=bool)
        crossing = triangle.lines[finished] > 0
        for index, (profile_id, test) in enumerate(rules.profiles):
            hit = left & (test(table) if test is not None else True)
            profile_of[finished[hit]] = index
            profiles[profile_id] += int(hit.sum())
            crossed[profile_id] += int((hit & crossing).sum())
            left &= ~hit
        profiles[None] += int(left.sum())
        crossed[None] += int((left & crossing).sum())
    if trace is not None:
        trace.endings, trace.profiles = endings.copy(), profile_of
        trace.corner_points, trace.lines = triangle.points.copy(), triangle.lines.copy()
    shares = corner_shares(triangle.points)
    counted = shares[(triangle.points > 0).any(axis=1)]  # the games with a triangle
    ids = [ending_id for ending_id, _ in rules.endings]
    outcomes: Counter[str | None] = Counter(ids[index] if index >= 0 else None for index in endings.tolist())
    seen = Counter(
        {card.id: int(count) for card, count in zip(rules.cards, (played > 0).sum(axis=0), strict=True)}
    )
    picked = Counter(
        {
            (card.id, o): int(chosen[c, o])
            for c, card in enumerate(rules.cards)
            for o in range(len(card.options))
        }
    )
    return Played(
        outcomes,
        profiles,
        +seen,
        +picked,
        year_ends,
        steps,
        int(end_turn.sum()),
        games,
        triangle=[float(total) for total in counted.sum(axis=0)],
        triangles=len(counted),
        lines=int(triangle.lines.sum()),  # whole numbers: exact in float64
        crossing=int((triangle.lines > 0).sum()),
        profiles_crossed=+crossed,
    )


def _check_endings(
    rules: Rules,
    meters: Floats,
    flags: Bools,
    triangle: Triangle,
    games: Ints,
    year: int,
    turn: int,
    endings: Ints,
) -> Ints:
    """The games among `games` that an ending stops now (the first ending that holds is theirs)."""
    if not rules.endings or games.size == 0:
        return games[:0]
    table = rules.table(games, meters, flags, year, turn, triangle)
    left = np.ones(games.size, dtype=bool)
    for index, (_, test) in enumerate(rules.endings):
        hit = left & (test(table) if test is not None else True)
        endings[games[hit]] = index
        left &= ~hit
    return games[~left]


NEVER = np.iinfo(np.int64).max


class FollowUps:
    """Each game's scheduled cards as arrays: due turn (NEVER: an empty place), order, card."""

    def __init__(self, games: int, places: int = 4) -> None:
        self.due = np.full((games, places), NEVER, dtype=np.int64)
        self.order = np.zeros((games, places), dtype=np.int64)
        self.card = np.zeros((games, places), dtype=np.int64)
        self.count = np.zeros(games, dtype=np.int64)  # follow-ups scheduled so far, per game

    def add(self, games: Ints, due: Ints, card: Ints) -> None:
        """Schedule for each of `games` its `card` at its turn `due` (each game's order goes on by one)."""
        empty = self.due[games] == NEVER
        if not empty.any(axis=1).all():  # more waiting than places: twice the places for every game
            total, places = self.due.shape
            self.due = np.hstack([self.due, np.full((total, places), NEVER, dtype=np.int64)])
            self.order = np.hstack([self.order, np.zeros((total, places), dtype=np.int64)])
            self.card = np.hstack([self.card, np.zeros((total, places), dtype=np.int64)])
            empty = self.due[games] == NEVER
        place = empty.argmax(axis=1)
        self.count[games] += 1
        self.due[games, place], self.order[games, place], self.card[games, place] = (
            due,
            self.count[games],
            card,
        )

    def pop_due(self, running: Ints, positions: Ints, now: int) -> tuple[Ints, Ints]:
        """For the games at `positions` (of `running`) that have a follow-up due, take the one due
        longest (then scheduled first) off their queue: those positions and the cards."""
        games = running[positions]
        due = self.due[games]
        ready = due <= now
        has = ready.any(axis=1)
        positions, games, due, ready = positions[has], games[has], due[has], ready[has]
        key = np.where(ready, due * 1_000_000 + self.order[games], NEVER)
        place = key.argmin(axis=1)
        cards = self.card[games, place]
        self.due[games, place] = NEVER
        return positions, cards


def _select(
    rules: Rules,
    table: Table,
    played: Ints,
    queue: FollowUps,
    running: Ints,
    now: int,
    draws: Draws,
) -> Ints:
    """The card each running game plays this turn (-1: none, the turn passes); `table`: the running games'
    state, `now`: the turn of the term."""
    year, turn = table.year, table.turn
    card = np.full(running.size, -1, dtype=np.int64)
    tests: dict[int, Bools] = {}

    def holds(c: int) -> Bools:
        if c not in tests:
            test = rules.requires[c]
            tests[c] = test(table) if test is not None else np.ones(running.size, dtype=bool)
        return tests[c]

    for c in rules.fixed.get((year, turn), ()):
        fits = (card < 0) & (rules.repeatable[c] | (played[running, c] == 0)) & holds(c)
        card[fits] = c
    waiting = np.flatnonzero(card < 0)
    while waiting.size:  # the follow-up due longest; one whose `requires` fails is dropped, the next tried
        waiting, picked = queue.pop_due(running, waiting, now)
        if waiting.size == 0:
            break
        fits = np.zeros(waiting.size, dtype=bool)
        for c in np.unique(picked).tolist():
            same = picked == c
            fits[same] = holds(c)[waiting[same]]
        card[waiting[fits]] = picked[fits]
        waiting = waiting[~fits]
    drawing = np.flatnonzero(card < 0)
    if drawing.size:
        gone = (played[running[drawing]] > 0) & ~rules.repeatable  # played, and not to be drawn again
        weights = np.where(gone, 0.0, rules.weights)
        for c in rules.conditional:
            weights[~holds(c)[drawing], c] = 0
        totals = np.cumsum(weights, axis=1)
        has = totals[:, -1] > 0
        points = draws.deck(running[drawing], has) * totals[:, -1]
        picked = (totals <= points[:, None]).sum(axis=1)  # bisect_right, as SeededRandom.weighted_index
        last = weights.shape[1] - 1 - np.argmax(weights[:, ::-1] > 0, axis=1)
        picked = np.where(picked > last, last, picked)  # the point rounded up to the total
        card[drawing[has]] = picked[has]
    return card


Choose = Callable[[Ints, Floats, Ints, Floats], Ints]  # (the games, their meters, cards, corner points)


def _policy(rules: Rules, name: str, draws: Draws) -> Choose:
    """The options a policy picks for the games (their meters and corner points) on these cards."""
    if name == "random":  # int(random() * options), as playthrough.uniform_policy
        return lambda games, meters, cards, points: (draws.choices(games) * rules.options[cards]).astype(
            np.int64
        )
    if name.startswith("greedy:"):
        column = rules.meter_at[name.removeprefix("greedy:")]
        gains = np.where(
            np.arange(rules.effects.shape[1]) < rules.options[:, None], rules.effects[:, :, column], -np.inf
        )
        best = np.argmax(gains, axis=1)  # the first of equal gains, as greedy_options
        return lambda games, meters, cards, points: best[cards]
    if name == "bookkeeper":
        return lambda games, meters, cards, points: _bookkeeper(rules, meters, cards)
    if name == "weigher":
        return lambda games, meters, cards, points: _weigher(rules, meters, cards, points)
    raise ValueError(f"no policy '{name}' on the fast path")


def _span(rules: Rules) -> Floats:
    span: Floats = np.where(rules.high - rules.low == 0, 1, rules.high - rules.low)
    return span


def _after(rules: Rules, meters: Floats, cards: Ints) -> tuple[Floats, Floats, Floats, Bools]:
    """Per game, per option: the meters after it, the lowest and the total of their shares of their
    ranges, and whether the card has that option."""
    after = np.clip(meters[:, None, :] + rules.effects[cards], rules.low, rules.high)
    shares = (after - rules.low) / _span(rules)
    valid = np.arange(rules.effects.shape[1]) < rules.options[cards][:, None]
    return after, _lowest(shares), _total(shares), valid


def _bookkeeper(rules: Rules, meters: Floats, cards: Ints) -> Ints:
    """simulate.bookkeeper_choice: the lowest meter's share highest, then the total, then the first."""
    _, lowest, total, valid = _after(rules, meters, cards)
    lowest, total = np.where(valid, lowest, -np.inf), np.where(valid, total, -np.inf)
    best_low = lowest.max(axis=1, keepdims=True)
    total = np.where(lowest == best_low, total, -np.inf)
    best: Ints = np.argmax(total, axis=1)
    return best


def _weigher(rules: Rules, meters: Floats, cards: Ints, points: Floats) -> Ints:
    """simulate.weigher_choice: no red line if avoidable; no danger if avoidable (else the farthest from
    it); the highest balance after; the lowest meter's share; the total; the first."""
    after, lowest, total, valid = _after(rules, meters, cards)
    span = _span(rules)
    safety = _lowest(np.minimum((after - rules.danger_low) / span, (rules.danger_high - after) / span))
    candidates = valid & (rules.red[cards] == 0)
    candidates = np.where(candidates.any(axis=1, keepdims=True), candidates, valid)
    safe = candidates & (safety > WEIGHER_MARGIN)
    has_safe = safe.any(axis=1, keepdims=True)
    if has_safe.all():
        candidates = safe
    else:
        farthest = np.where(candidates, safety, -np.inf).max(axis=1, keepdims=True)
        candidates = np.where(has_safe, safe, candidates & (safety == farthest))
    for key in (balance_of(points[:, None, :] + rules.pulls[cards]), lowest, total):
        keyed = np.where(candidates, key, -np.inf)
        candidates &= keyed == _highest(keyed)
    best: Ints = np.argmax(candidates, axis=1)
    return best
