"""The tables compared, for the comparison debrief: every table's meters over the term and triangle, the
cards where tables chose differently with what followed for each, and one table's road beside another's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from game.core.debrief import corner_pull
from game.core.engine import Game
from game.core.model import Number
from game.core.state import ChoiceRecord, MeterPoint
from game.tables.model import TableId
from game.tables.session import TablesSession


@dataclass(frozen=True)
class TableRun:
    """One table's game: its meters after every turn (and year end), its decisions with the meters
    after each, the triangle's shares (None when no decision counted), ending and profile ids."""

    table: TableId
    name: str
    history: tuple[MeterPoint, ...]
    choices: tuple[ChoiceRecord, ...]
    meters_after: tuple[Mapping[str, Number], ...]
    triangle: Mapping[str, float] | None
    ending: str | None
    profile: str | None


@dataclass(frozen=True)
class Branch:
    """What one table chose on a card (0-based), which decision of its game that was (from 0), and
    its meters right after it."""

    option: int
    decision: int
    meters_after: Mapping[str, Number]


@dataclass(frozen=True)
class CardDifference:
    """A card that several tables decided, not all alike: each of those tables' branch (its first
    decision of the card)."""

    card: str
    branches: Mapping[TableId, Branch]

    def options(self) -> set[int]:
        return {branch.option for branch in self.branches.values()}


@dataclass(frozen=True)
class RoadStep:
    """The n-th decision (from 1) of two tables side by side; a table whose game had ended has None."""

    number: int
    a: ChoiceRecord | None
    b: ChoiceRecord | None

    @property
    def same(self) -> bool:
        """Both decided the same card the same way."""
        a, b = self.a, self.b
        return a is not None and b is not None and (a.card, a.option) == (b.card, b.option)


@dataclass(frozen=True)
class Comparison:
    tables: tuple[TableRun, ...]
    differences: tuple[CardDifference, ...]

    def run(self, table: TableId) -> TableRun:
        return next(run for run in self.tables if run.table == table)

    def road(self, table_a: TableId, table_b: TableId) -> tuple[RoadStep, ...]:
        """Table a's decisions beside table b's, in order, as far as the longer goes."""
        a, b = self.run(table_a).choices, self.run(table_b).choices
        return tuple(
            RoadStep(index + 1, a[index] if index < len(a) else None, b[index] if index < len(b) else None)
            for index in range(max(len(a), len(b)))
        )


def tables_compared(session: TablesSession) -> Comparison:
    runs = tuple(_run(session, table) for table in session.table_ids)
    return Comparison(runs, _differences(runs))


def _run(session: TablesSession, table: TableId) -> TableRun:
    game = session.game(table)
    state = game.state
    choices = tuple(state.choices)
    return TableRun(
        table=table,
        name=session.table(table).name,
        history=tuple(state.history),
        choices=choices,
        meters_after=_meters_after(game, choices),
        triangle=corner_pull(game.scenario, choices).shares(),
        ending=state.ending,
        profile=state.profile,
    )


def _meters_after(game: Game, choices: tuple[ChoiceRecord, ...]) -> tuple[Mapping[str, Number], ...]:
    """The meters right after each decision (year-end effects it led to included): the game played
    again, as it is deterministic by its seed and choices."""
    again = Game(game.scenario, game.seed, keep_log=False)
    after: list[Mapping[str, Number]] = []
    for record in choices:
        again.advance(record.option)
        after.append(dict(again.state.meters))
    return tuple(after)


def _differences(runs: tuple[TableRun, ...]) -> tuple[CardDifference, ...]:
    first_seen: dict[str, int] = {}
    branches: dict[str, dict[TableId, Branch]] = {}
    for run in runs:
        for index, record in enumerate(run.choices):
            card_branches = branches.setdefault(record.card, {})
            if run.table in card_branches:
                continue  # a card played twice: its first decision
            card_branches[run.table] = Branch(record.option, index, run.meters_after[index])
            first_seen[record.card] = min(first_seen.get(record.card, index), index)
    differing = [
        CardDifference(card, by_table)
        for card, by_table in branches.items()
        if len(by_table) > 1 and len({branch.option for branch in by_table.values()}) > 1
    ]
    differing.sort(key=lambda difference: first_seen[difference.card])
    return tuple(differing)
