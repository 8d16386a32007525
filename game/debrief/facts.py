"""What happened in this session, from its own decisions: the most divided vote, the biggest swing of a
meter, every red line crossed, how it ended; and the essay's aspects the game met."""

from __future__ import annotations

from dataclasses import dataclass

from game.core.corners import ASPECTS
from game.core.debrief import lines_crossed
from game.core.model import Number, Scenario, Text
from game.core.voting import Tally
from game.debrief.model import GameRecord


@dataclass(frozen=True)
class DividedVote:
    """The decision (`index`, 0-based) whose vote was closest: the votes per option (hands and phones),
    the phones' share where known, and the option chosen (0-based)."""

    index: int
    card: str
    option: int
    votes: tuple[int, ...]
    phones: tuple[int, ...] | None

    @property
    def split(self) -> str:
        """'5 - 4 - 1'."""
        return Tally(self.votes).split()


@dataclass(frozen=True)
class Swing:
    """The biggest move of one meter by one decision: `delta` in the meter's own units."""

    meter: str
    delta: Number
    index: int
    card: str
    option: int


@dataclass(frozen=True)
class Crossed:
    """A decision whose option crossed a red line."""

    index: int
    card: str
    option: int
    line: Text


@dataclass(frozen=True)
class Facts:
    """The facts of phase "What happened". `divided` is None without a vote of at least two (always in
    solo play), `swing` None when no decision moved a meter."""

    decisions: int
    divided: DividedVote | None
    swing: Swing | None
    crossed: tuple[Crossed, ...]
    ending: str | None
    profile: str | None


def session_facts(scenario: Scenario, record: GameRecord) -> Facts:
    """The facts of `record`, a game of `scenario`."""
    index_of = {id(choice): index for index, choice in enumerate(record.choices)}
    crossed = tuple(
        Crossed(index_of[id(line.record)], line.record.card, line.record.option, line.line)
        for line in lines_crossed(scenario, record.choices)
    )
    return Facts(
        decisions=len(record.choices),
        divided=most_divided(record),
        swing=biggest_swing(scenario, record),
        crossed=crossed,
        ending=record.ending,
        profile=record.profile,
    )


def most_divided(record: GameRecord) -> DividedVote | None:
    """The vote with the smallest lead of the most voted option over the next, as a share of all its
    votes (a tie leads by 0); on equal leads the vote with more votes, then the earlier one."""
    best: tuple[float, int, int] | None = None
    for index, choice in enumerate(record.choices):
        votes = choice.votes
        if votes is None or len(votes) < 2 or sum(votes) < 2:
            continue
        first, second = sorted(votes, reverse=True)[:2]
        rank = ((first - second) / sum(votes), -sum(votes), index)
        if best is None or rank < best:
            best = rank
    if best is None:
        return None
    index = best[2]
    choice = record.choices[index]
    assert choice.votes is not None
    return DividedVote(index, choice.card, choice.option, choice.votes, record.phones(index))


def biggest_swing(scenario: Scenario, record: GameRecord) -> Swing | None:
    """The largest move of a meter by one decision, measured against the meter's range (so a meter of
    0-10 and one of 0-100 compare); on equal moves the earlier decision, then the meter listed first."""
    order = {meter.id: position for position, meter in enumerate(scenario.meters)}
    best: tuple[float, int, int] | None = None
    found: Swing | None = None
    for index, choice in enumerate(record.choices):
        for meter_id, delta in choice.deltas.items():
            if meter_id not in order or delta == 0:
                continue
            meter = scenario.meter(meter_id)
            span = meter.maximum - meter.minimum
            rank = (-abs(delta) / span if span > 0 else -abs(delta), index, order[meter_id])
            if best is None or rank < best:
                best = rank
                found = Swing(meter_id, delta, index, choice.card, choice.option)
    return found


def aspects_met(scenario: Scenario, record: GameRecord) -> list[str]:
    """The essay's aspects (ASPECTS: "4a" ... "6d") of the cards decided in this game, in the essay's
    order; each has one sentence of the game's own (game/i18n.py, `debrief.aspect.<code>`)."""
    met = {aspect for choice in record.choices for aspect in scenario.card(choice.card).aspects}
    return [aspect for aspect in ASPECTS if aspect in met]


def aspect_counts(scenario: Scenario, record: GameRecord) -> dict[str, int]:
    """How many decisions met each aspect, in the essay's order (only the aspects met)."""
    counts = dict.fromkeys(aspects_met(scenario, record), 0)
    for choice in record.choices:
        for aspect in set(scenario.card(choice.card).aspects):
            if aspect in counts:
                counts[aspect] += 1
    return counts
