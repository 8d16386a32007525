"""The debrief in the session log: room events that replay ignores, read back into the same debrief."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.core.engine import Game
from game.core.session_log import ROOM_EVENTS, LogWriter, SessionHeader, read_log, replay
from game.debrief.flow import Debrief
from game.debrief.log import debrief_events, write_debrief
from game.debrief.model import GameRecord
from game.debrief.statements import StatementBoard, statements_for
from tests.debrief.games import lindenhout, played

DEVICE = "phone-7d1e-secret"


def test_a_session_killed_during_the_debrief_replays_and_resumes_in_the_same_phase(tmp_path: Path) -> None:
    scenario = lindenhout()
    path = tmp_path / "session.jsonl"
    writer = LogWriter(path, SessionHeader.starting(scenario, None, 7, "nl", "group", "Raad"))
    board = StatementBoard(statements_for(scenario))
    first = board.statements[0].id
    board.score("before", first, 2, board.voters.number(DEVICE))
    board.hand("before", first, 3)
    write_debrief(writer, 1, 1, board.log)  # before the first card
    game = played(scenario)
    writer.game_events(game)
    log = read_log(path)
    record = GameRecord.of(game, log.phone_splits())
    debrief = Debrief(scenario, record, "group", board=board)
    debrief.submit("Verrassend", "phone", debrief.voter_number(DEVICE))
    debrief.submit("Leerzaam", "facilitator")
    debrief.approve(1)
    debrief.next()
    debrief.pick_decision(3)
    debrief.skip()
    debrief.skip()
    debrief.submit("Nog niet", "phone", debrief.voter_number("another phone"))
    write_debrief(writer, game.state.year, game.state.turn, debrief.log)
    writer.close()

    log = read_log(path)
    assert "debrief" in ROOM_EVENTS
    assert replay(log, scenario).state.choices == game.state.choices  # replay still confirms the game
    assert DEVICE not in path.read_text(encoding="utf-8")
    events = debrief_events(log)
    assert events == json.loads(json.dumps([*board.log, *debrief.log]))
    resumed = Debrief.restore(
        scenario, GameRecord.of(replay(log, scenario), log.phone_splits()), "group", events
    )
    assert (resumed.phase, resumed.step) == ("here", 0)
    assert resumed.words() == ["Verrassend", "Leerzaam"]
    assert [entry.text for entry in resumed.pending()] == ["Nog niet"]
    assert resumed.pick == debrief.pick
    assert resumed.statement_counts("before", first) == (0, 1, 1, 0, 0)


def test_a_writer_that_resumes_a_log_with_debrief_events_goes_on_after_the_last_game_event(
    tmp_path: Path,
) -> None:
    scenario = lindenhout()
    path = tmp_path / "session.jsonl"
    header = SessionHeader.starting(scenario, None, 7, "nl", "solo")
    game = played(scenario, group=False)
    writer = LogWriter(path, header)
    writer.game_events(game)
    write_debrief(writer, 3, 1, Debrief(scenario, GameRecord.of(game), "solo").log)
    writer.close()
    again = LogWriter(path, header)
    assert again.written == len(game.log)
    again.close()


def test_a_debrief_event_is_written_with_its_place_and_read_back_without_it(tmp_path: Path) -> None:
    scenario = lindenhout()
    path = tmp_path / "session.jsonl"
    writer = LogWriter(path, SessionHeader.starting(scenario, None, 1, "nl"))
    write_debrief(
        writer, 2, 3, [{"kind": "debrief", "action": "next", "phase": "why", "step": 0, "finished": False}]
    )
    writer.close()
    line = json.loads(path.read_text(encoding="utf-8").splitlines()[1])
    assert (line["kind"], line["year"], line["turn"], line["action"]) == ("debrief", 2, 3, "next")
    assert debrief_events(read_log(path)) == [
        {"kind": "debrief", "action": "next", "phase": "why", "step": 0, "finished": False}
    ]


def test_only_room_events_may_be_written_as_such(tmp_path: Path) -> None:
    game = Game(lindenhout(), 1)
    writer = LogWriter(tmp_path / "s.jsonl", SessionHeader.starting(game.scenario, None, 1, "nl"))
    with pytest.raises(ValueError):
        writer.room("debriefing", 1, 1)
    writer.close()
