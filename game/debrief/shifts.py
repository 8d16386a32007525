"""The statements' shift over many sessions: per statement, the mean of each session's shift (the mean
score after the debrief minus the mean before the first card), over the sessions that scored it both times."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType

from game.core.model import Scenario, Statement, Text
from game.core.session_log import SessionLog
from game.debrief.log import debrief_events
from game.debrief.statements import Shift, StatementBoard, statements_for


@dataclass(frozen=True)
class StatementShift:
    """One statement over the sessions: `sessions` scored it before and after, and of those the mean of
    the sessions' mean scores before and after and of their shifts (each session weighs the same);
    `scored` the sessions that scored it at all. The means are None when no session scored it twice."""

    statement: str
    sessions: int
    scored: int
    mean_before: float | None
    mean_after: float | None
    mean_shift: float | None


def session_shifts(log: SessionLog, statements: Sequence[Statement]) -> list[Shift]:
    """The counts before and after of each statement in one session's log (scores of other statements
    are passed over)."""
    return StatementBoard.restore(statements, debrief_events(log)).shifts()


def logged_statements(logs: Sequence[SessionLog]) -> tuple[Statement, ...]:
    """The statements the logs scored, by id in the order first scored (for logs without their scenario:
    the texts are unknown)."""
    ids: dict[str, None] = {}
    for log in logs:
        for event in debrief_events(log):
            statement = event.get("statement")
            if event.get("action") in ("statement", "hands") and isinstance(statement, str):
                ids.setdefault(statement)
    return tuple(Statement(statement, Text(MappingProxyType({}))) for statement in ids)


def statement_shifts(logs: Sequence[SessionLog], scenario: Scenario | None = None) -> list[StatementShift]:
    """Per statement (the scenario's, in its order; without it, every id the logs scored) its shift over
    the sessions; a scenario's statement no session scored is listed with zeros."""
    statements = statements_for(scenario) if scenario is not None else logged_statements(logs)
    per_session = [session_shifts(log, statements) for log in logs]
    found: list[StatementShift] = []
    for index, statement in enumerate(statements):
        shifts = [session[index] for session in per_session]
        both = [shift for shift in shifts if shift.delta is not None]
        found.append(
            StatementShift(
                statement=statement.id,
                sessions=len(both),
                scored=sum(1 for shift in shifts if sum(shift.before) + sum(shift.after) > 0),
                mean_before=_mean([shift.mean_before for shift in both]),
                mean_after=_mean([shift.mean_after for shift in both]),
                mean_shift=_mean([shift.delta for shift in both]),
            )
        )
    return found


def _mean(values: Sequence[float | None]) -> float | None:
    known = [value for value in values if value is not None]
    return sum(known) / len(known) if known else None
