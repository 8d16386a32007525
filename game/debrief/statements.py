"""Before and after: the room scores the scenario's statements 1-5 by phone or by hands, and the shift."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from game.core.model import Scenario, Statement
from game.debrief.defaults import DEFAULT_STATEMENTS
from game.debrief.model import SCORES, STAGES, Event, Stage, Voters


def statements_for(scenario: Scenario) -> tuple[Statement, ...]:
    """The scenario's own statements, else the game's defaults."""
    return scenario.debrief.statements or DEFAULT_STATEMENTS


def mean_of(counts: Sequence[int]) -> float | None:
    """The mean score of counts per score 1-5; None when nobody scored."""
    total = sum(counts)
    if total == 0:
        return None
    return sum(score * count for score, count in zip(SCORES, counts, strict=True)) / total


@dataclass(frozen=True)
class Shift:
    """One statement's scores before and after: how many gave each score 1-5 (phones and hands)."""

    statement: Statement
    before: tuple[int, int, int, int, int]
    after: tuple[int, int, int, int, int]

    @property
    def mean_before(self) -> float | None:
        return mean_of(self.before)

    @property
    def mean_after(self) -> float | None:
        return mean_of(self.after)

    @property
    def delta(self) -> float | None:
        """After minus before; None unless both were scored."""
        before, after = self.mean_before, self.mean_after
        return None if before is None or after is None else after - before


Counts = tuple[int, int, int, int, int]
NO_COUNTS: Counts = (0, 0, 0, 0, 0)


class StatementBoard:
    """The scores of one session. A phone's voter scores a statement once per stage (a new score
    replaces its last); the facilitator's hands are counts per score that replace the last counts.
    Every change is an event in `log`; a refused one (an unknown statement or stage, a score outside
    1-5, a negative count) changes nothing and gives no event."""

    def __init__(self, statements: Sequence[Statement], voters: Voters | None = None) -> None:
        self.statements = tuple(statements)
        self.voters = voters if voters is not None else Voters()
        self.log: list[Event] = []
        self._ids = {statement.id for statement in self.statements}
        self._scores: dict[tuple[str, str], dict[int, int]] = {}
        self._hands: dict[tuple[str, str], Counts] = {}

    @staticmethod
    def restore(statements: Sequence[Statement], events: Iterable[Event]) -> StatementBoard:
        """The scores as the logged events left them (a session resumed before its debrief began); other
        events are passed over."""
        board = StatementBoard(statements)
        for event in events:
            if isinstance(event, dict) and event.get("kind") == "debrief":
                board.apply(event)
        return board

    @staticmethod
    def key(stage: Stage) -> str:
        """The phones' key of the statements of a stage (Ask.key)."""
        return f"statements.{stage}"

    def score(self, stage: Stage, statement_id: str, score: int, voter: int) -> list[Event]:
        """A phone's score (1-5) of a statement."""
        if not self._known(stage, statement_id) or not _whole(score) or score not in SCORES:
            return []
        if not _whole(voter) or voter < 1:
            return []
        self.voters.seen(voter)
        self._scores.setdefault((stage, statement_id), {})[voter] = score
        return self._event(action="statement", stage=stage, statement=statement_id, score=score, voter=voter)

    def hands(self, stage: Stage, statement_id: str, counts: Sequence[int]) -> list[Event]:
        """The hands the facilitator counted, per score 1-5 (the whole count, not a change)."""
        if not self._known(stage, statement_id) or len(counts) != len(SCORES):
            return []
        if not all(_whole(count) and count >= 0 for count in counts):
            return []
        new: Counts = (counts[0], counts[1], counts[2], counts[3], counts[4])
        if self._hands.get((stage, statement_id), NO_COUNTS) == new:
            return []
        self._hands[(stage, statement_id)] = new
        return self._event(action="hands", stage=stage, statement=statement_id, counts=list(new))

    def hand(self, stage: Stage, statement_id: str, score: int, step: int = 1) -> list[Event]:
        """One hand more (step 1) or fewer (step -1) for a score; never below zero."""
        if score not in SCORES:
            return []
        counts = list(self.hand_counts(stage, statement_id))
        counts[score - 1] = max(0, counts[score - 1] + step)
        return self.hands(stage, statement_id, counts)

    def hand_counts(self, stage: Stage, statement_id: str) -> Counts:
        return self._hands.get((stage, statement_id), NO_COUNTS)

    def phone_counts(self, stage: Stage, statement_id: str) -> Counts:
        found = [0] * len(SCORES)
        for score in self._scores.get((stage, statement_id), {}).values():
            found[score - 1] += 1
        return (found[0], found[1], found[2], found[3], found[4])

    def counts(self, stage: Stage, statement_id: str) -> Counts:
        """Phones and hands together, per score 1-5."""
        phones, hands = self.phone_counts(stage, statement_id), self.hand_counts(stage, statement_id)
        return (
            phones[0] + hands[0],
            phones[1] + hands[1],
            phones[2] + hands[2],
            phones[3] + hands[3],
            phones[4] + hands[4],
        )

    def scored(self, stage: Stage, voter: int) -> int:
        """How many statements a voter scored in a stage (the phone shows it)."""
        return sum(1 for (at, _), scores in self._scores.items() if at == stage and voter in scores)

    def shifts(self) -> list[Shift]:
        """Per statement, in the scenario's order: the counts before and after."""
        return [
            Shift(statement, self.counts("before", statement.id), self.counts("after", statement.id))
            for statement in self.statements
        ]

    def apply(self, event: Event) -> bool:
        """Redo a logged "statement" or "hands" event; False for any other (or a damaged one)."""
        action, stage, statement = event.get("action"), event.get("stage"), event.get("statement")
        if stage not in STAGES or not isinstance(statement, str):
            return False
        if action == "statement":
            return bool(self.score(stage, statement, event.get("score"), event.get("voter")))  # type: ignore[arg-type]
        if action == "hands":
            counts = event.get("counts")
            return isinstance(counts, list) and bool(self.hands(stage, statement, counts))
        return False

    def _known(self, stage: Any, statement_id: Any) -> bool:
        return stage in STAGES and statement_id in self._ids

    def _event(self, **data: Any) -> list[Event]:
        event: Event = {"kind": "debrief", **data}
        self.log.append(event)
        return [event]


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
