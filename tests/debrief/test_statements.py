"""Before and after: statements scored by phones and by hands, and the shift of the room."""

from __future__ import annotations

import dataclasses

import pytest

from game.core.model import DebriefContent, Statement
from game.debrief.defaults import DEFAULT_STATEMENTS
from game.debrief.statements import Shift, StatementBoard, mean_of, statements_for
from tests.core.factories import text
from tests.debrief.games import small


def board() -> StatementBoard:
    return StatementBoard(
        (Statement("s1", text("Data zijn van ons allemaal")), Statement("s2", text("AI is eng")))
    )


def test_a_scenario_without_statements_gets_the_defaults() -> None:
    assert statements_for(small()) == DEFAULT_STATEMENTS
    own = (Statement("x", text("x")),) * 3
    assert statements_for(dataclasses.replace(small(), debrief=DebriefContent(statements=own))) == own


def test_a_voter_scores_once_per_stage_and_a_new_score_replaces_the_last() -> None:
    scores = board()
    assert scores.score("before", "s1", 2, 1) == [
        {
            "kind": "debrief",
            "action": "statement",
            "stage": "before",
            "statement": "s1",
            "score": 2,
            "voter": 1,
        }
    ]
    scores.score("before", "s1", 4, 1)
    scores.score("before", "s1", 5, 2)
    scores.score("after", "s1", 1, 1)
    assert scores.counts("before", "s1") == (0, 0, 0, 1, 1)
    assert scores.counts("after", "s1") == (1, 0, 0, 0, 0)
    assert (scores.scored("before", 1), scores.scored("before", 3)) == (1, 0)


@pytest.mark.parametrize(
    ("stage", "statement", "score", "voter"),
    [
        ("during", "s1", 3, 1),
        ("before", "s9", 3, 1),
        ("before", "s1", 0, 1),
        ("before", "s1", 6, 1),
        ("before", "s1", True, 1),
        ("before", "s1", 3, 0),
        ("before", "s1", 3.0, 1),
    ],
)
def test_a_score_that_is_not_one_changes_nothing(
    stage: str, statement: str, score: object, voter: int
) -> None:
    scores = board()
    assert scores.score(stage, statement, score, voter) == []  # type: ignore[arg-type]
    assert scores.log == [] and scores.counts("before", "s1") == (0, 0, 0, 0, 0)


def test_hands_are_the_facilitators_whole_count_and_add_to_the_phones() -> None:
    scores = board()
    scores.score("after", "s2", 3, 1)
    assert scores.hand("after", "s2", 3)[0]["counts"] == [0, 0, 1, 0, 0]
    scores.hand("after", "s2", 5)
    scores.hand("after", "s2", 5)
    scores.hand("after", "s2", 5, -1)
    assert scores.hand("after", "s2", 1, -1) == []  # never below zero: nothing changed
    assert scores.hand("after", "s2", 7) == []
    assert scores.counts("after", "s2") == (0, 0, 2, 0, 1)
    assert (
        scores.hands("after", "s2", (1, 2, 3)) == [] and scores.hands("after", "s2", (1, -1, 0, 0, 0)) == []
    )


def test_the_shift_per_statement() -> None:
    scores = board()
    scores.hands("before", "s1", (0, 2, 2, 0, 0))
    scores.hands("after", "s1", (0, 0, 1, 2, 1))
    scores.score("after", "s1", 5, 3)
    shift, unscored = scores.shifts()
    assert isinstance(shift, Shift) and shift.statement.id == "s1"
    assert shift.mean_before == 2.5 and shift.mean_after == pytest.approx((3 + 8 + 10) / 5)
    assert shift.delta == pytest.approx(4.2 - 2.5)
    assert (unscored.mean_before, unscored.delta) == (None, None)
    assert mean_of((1, 0, 0, 0, 1)) == 3.0 and mean_of((0,) * 5) is None


def test_logged_events_restore_the_same_counts() -> None:
    scores = board()
    scores.score("before", "s1", 2, 1)
    scores.hand("before", "s2", 4)
    again = board()
    assert [again.apply(event) for event in scores.log] == [True, True]
    assert again.apply({"kind": "debrief", "action": "next"}) is False
    assert [again.counts(stage, s) for stage in ("before", "after") for s in ("s1", "s2")] == [
        scores.counts(stage, s) for stage in ("before", "after") for s in ("s1", "s2")
    ]
    assert again.voters.number("a new phone") == 2  # voter 1 is taken


def test_a_board_restored_from_a_log_with_other_events_in_it() -> None:
    scores = board()
    scores.score("before", "s2", 1, 4)
    events = [{"kind": "reveal"}, {"kind": "debrief", "action": "start", "mode": "group"}, *scores.log]
    again = StatementBoard.restore(scores.statements, events)
    assert again.counts("before", "s2") == (1, 0, 0, 0, 0) and again.log == scores.log
