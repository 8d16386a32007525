"""The statements' shift over many sessions, read from their logs: per statement the mean of the sessions'
shifts over those that scored it before and after."""

from __future__ import annotations

import pytest

from game.core.session_log import SessionLog, read_log
from game.debrief.shifts import StatementShift, logged_statements, session_shifts, statement_shifts
from tests.debrief.games import lindenhout
from tests.debrief.shift_logs import shift_logs


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> list[SessionLog]:
    return [read_log(path) for path in shift_logs(tmp_path_factory.mktemp("shifts"))]


def test_one_sessions_counts_before_and_after_come_from_its_log(logs: list[SessionLog]) -> None:
    shifts = {shift.statement.id: shift for shift in session_shifts(logs[0], lindenhout().debrief.statements)}
    assert shifts["regie"].before == (0, 2, 2, 0, 0)
    assert shifts["regie"].after == (0, 0, 2, 2, 0)  # the phone's second score replaced its first
    assert shifts["regie"].delta == pytest.approx(1.0)


def test_the_mean_shift_per_statement_over_the_sessions_that_scored_it_twice(logs: list[SessionLog]) -> None:
    found = statement_shifts(logs, lindenhout())
    assert [shift.statement for shift in found] == [s.id for s in lindenhout().debrief.statements]
    by_id = {shift.statement: shift for shift in found}
    regie = by_id["regie"]
    assert (regie.sessions, regie.scored) == (2, 2)
    assert regie.mean_before == pytest.approx((2.5 + 1) / 2)
    assert regie.mean_after == pytest.approx((3.5 + 5) / 2)
    assert regie.mean_shift == pytest.approx((1 + 4) / 2)  # each session weighs the same
    koppelen = by_id["koppelen"]
    assert (koppelen.sessions, koppelen.scored, koppelen.mean_shift) == (1, 2, pytest.approx(-1.0))
    assert by_id["online"] == StatementShift("online", 0, 0, None, None, None)


def test_without_the_scenario_the_statements_are_the_ids_the_logs_scored(logs: list[SessionLog]) -> None:
    assert [statement.id for statement in logged_statements(logs)] == ["regie", "koppelen"]
    found = statement_shifts(logs)
    assert found == [s for s in statement_shifts(logs, lindenhout()) if s.statement in ("regie", "koppelen")]


def test_logs_without_statements_give_no_shift(logs: list[SessionLog]) -> None:
    assert statement_shifts(logs[2:]) == []
    assert all(shift.scored == 0 for shift in statement_shifts(logs[2:], lindenhout()))
