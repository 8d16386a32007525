"""A running tables session: the rehearsal's fallback, cards closed in time, the conductor's log, rounds
and timer, start_tables (server, resume, its refusals) and finding an unfinished session's log."""

from __future__ import annotations

import json
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import pytest

from game.errors import GameError
from game.tables.log import TablesLogWriter, read_tables_log, restore_from_log
from game.tables.run import TablesConductor, start_tables, unfinished_tables_log
from game.tables.server import Room
from game.tables.session import TablesSession
from tests.tables.rooms import example, seated, small


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def decisions(session: TablesSession) -> list[tuple[int, int, str]]:
    """(table, option from 1, by) of every decision, in order."""
    return [
        (event["table"], event["option"], event["by"])
        for event in session.events
        if event.get("kind") == "tables" and event["action"] == "decide"
    ]


def test_a_rehearsals_round_end_decides_a_table_without_votes_by_the_fallback() -> None:
    session = TablesSession(small(), 1, 3)
    seated(session, 2)
    session.vote("1a", 1, "c11", 2)
    session.end_round(fallback=0)
    assert decisions(session) == [(1, 3, "facilitator"), (2, 1, "lowest"), (3, 1, "lowest")]
    assert session.round == 2 and not any(view.behind for view in session.tables())
    restored = TablesSession.restore(small(), 1, 3, "rounds", json.loads(json.dumps(session.events)))
    assert restored.events == session.events and restored.round == 2


def test_a_free_pace_card_closed_in_time_decides_by_its_votes_or_the_fallback() -> None:
    session = TablesSession(small(), 1, 2, "free")
    seated(session, 2)
    session.vote("1a", 1, "c11", 1)
    assert session.close_table(1, fallback=0)
    assert session.close_table(2) == []  # no votes, no fallback: it keeps its card
    assert session.table(2).card == "c11"
    assert session.close_table(2, fallback=0)
    assert decisions(session) == [(1, 2, "facilitator"), (2, 1, "lowest")]
    assert session.table(1).card == session.table(2).card == "c12"
    assert session.round == 1  # free pace: no round ended
    restored = TablesSession.restore(small(), 1, 2, "free", json.loads(json.dumps(session.events)))
    assert restored.events == session.events


def test_the_conductor_logs_every_change_and_ends_a_round_whose_time_is_up(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "tables.jsonl"
    session = TablesSession(small(), 1, 2)
    room = Room(session)
    conductor = TablesConductor(
        room, TablesLogWriter(path, session, "nl", None), round_seconds=30, fallback=0, clock=clock
    )
    assert not conductor.poll()  # nothing changed
    with room.act() as acting:
        seated(acting, 2)
        acting.vote("1a", 1, "c11", 1, clock.now)
    assert len(read_tables_log(path).log.events) == len(session.events)  # written as it happened
    clock.now += 10
    assert conductor.poll() and conductor.round_elapsed() == 10
    assert not conductor.poll()
    clock.now += 20
    assert conductor.poll()  # the round's time is up
    assert decisions(session) == [(1, 2, "facilitator"), (2, 1, "lowest")]
    assert session.round == 2 and conductor.round_elapsed() == 0
    clock.now += 5
    conductor.end_round()  # the facilitator's: no votes, no fallback, every table is behind
    assert session.round == 3 and all(view.behind for view in session.tables())
    assert conductor.round_elapsed() == 0
    while not conductor.finished:
        clock.now += 30
        conductor.poll()
    assert len(decisions(session)) == 12
    conductor.close()
    restored = restore_from_log(read_tables_log(path), small())
    assert restored.events == session.events and restored.finished


def test_after_a_poll_the_log_holds_every_event_a_listener_had_not_yet_written(tmp_path: Path) -> None:
    """The window's report reads the log right after a poll that saw the last decision: the listener that
    writes it runs in the thread that acted, a moment after the lock, so the poll writes it first."""
    path = tmp_path / "tables.jsonl"
    session = TablesSession(small(), 1, 2)
    room = Room(session)
    conductor = TablesConductor(room, TablesLogWriter(path, session, "nl", None))
    try:
        with room.read() as acting:  # changed under the lock, the listener not yet called
            seated(acting, 2)
            acting.vote("1a", 1, "c11", 1)
        assert len(read_tables_log(path).log.events) < len(session.events)
        conductor.poll()
        assert len(read_tables_log(path).log.events) == len(session.events)
        with room.act():  # the listener comes after all: nothing is written twice
            pass
        assert len(read_tables_log(path).log.events) == len(session.events)
    finally:
        conductor.close()


def test_a_log_that_cannot_be_written_is_named_with_its_reason_and_no_words_of_one_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The room plays on; the window says the problem in its own language (saves.log_failed)."""
    session = TablesSession(small(), 1, 2)
    seated(session, 2)
    room = Room(session)
    path = tmp_path / "tables.jsonl"
    writer = TablesLogWriter(path, session, "nl", None)
    conductor = TablesConductor(room, writer, clock=Clock())

    def full(_: TablesSession) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer, "write", full)
    with room.act() as acting:
        acting.vote("1a", 1, "c11", 1)
    assert conductor.problem == f"{path}: [Errno 28] No space left on device"
    conductor.close()


def test_in_free_pace_each_tables_card_closes_in_its_own_time() -> None:
    clock = Clock()
    session = TablesSession(small(), 1, 2, "free")
    seated(session, 2)
    room = Room(session)
    conductor = TablesConductor(room, None, round_seconds=10, fallback=0, clock=clock)
    clock.now += 3
    with room.act() as acting:
        acting.vote("1a", 1, "c11", 1)
        acting.vote("1b", 1, "c11", 1)  # table 1 decides at once; its next card opens now
    assert session.table(1).card == "c12"
    clock.now += 7
    assert conductor.poll()
    assert session.table(2).card == "c12" and session.table(1).card == "c12"
    clock.now += 3  # 10 s after table 1's second card opened
    assert conductor.poll()
    assert (session.table(1).card, session.table(2).card) == ("c13", "c12")
    assert decisions(session) == [(1, 2, "majority"), (2, 1, "lowest"), (1, 1, "lowest")]


def test_a_tick_that_finds_a_device_gone_is_a_change() -> None:
    clock = Clock()
    session = TablesSession(small(), 1, 2, presence_seconds=30)
    seated(session, 3)
    room = Room(session)
    with room.act() as acting:
        for device in ("1a", "1b", "1c"):
            acting.touch(device, clock.now)
        acting.vote("1a", 1, "c11", 2, clock.now)
        acting.vote("1b", 1, "c11", 2, clock.now)
    conductor = TablesConductor(room, None, clock=clock)
    clock.now += 20
    with room.read() as reading:
        reading.touch("1a", clock.now)
        reading.touch("1b", clock.now)
    assert not conductor.poll()
    clock.now += 15  # 1c has gone quiet: table 1 decides by the devices still there
    assert conductor.poll()
    assert decisions(session) == [(1, 3, "majority")]


def test_start_tables_serves_every_table_and_resumes_from_its_log(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "tables.jsonl"
    run = start_tables(example(), 7, 3, "rounds", "nl", log_path=path, host="127.0.0.1")
    try:
        urls = run.urls()
        assert sorted(urls) == [1, 2, 3] and all(url.startswith("http://127.0.0.1:") for url in urls.values())
        device = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        with device.open(urls[2], timeout=10) as page:
            assert page.status == 200
        with run.room.read() as session:
            card = session.table(2).card
        request = urllib.request.Request(
            urls[2] + "vote", json.dumps({"card": card, "option": 2}).encode(), method="POST"
        )
        with device.open(request, timeout=10) as answer:
            assert json.load(answer)["your_vote"] == 2
        # The vote counted in the server's thread is in the log before its answer came back.
        votes = [event for event in read_tables_log(path).log.events if event.get("action") == "vote"]
        assert [(event["table"], event["option"]) for event in votes] == [(2, 2)]
        with pytest.raises(GameError, match="already in use"):
            port = int(urls[1].split(":")[2].split("/")[0])
            start_tables(example(), 7, 3, "rounds", "nl", log_path=None, host="127.0.0.1", port=port)
    finally:
        run.stop()
    with pytest.raises(GameError, match="exists already") as refused:
        start_tables(example(), 7, 3, "rounds", "nl", log_path=path, host="127.0.0.1")
    assert refused.value.text("nl") == f"{path}: dit sessielogboek bestaat al; kies een ander bestand"
    with pytest.raises(GameError, match="scenario") as refused:
        start_tables(small(), 7, 3, "rounds", "nl", log_path=path, host="127.0.0.1", resume=True)
    assert refused.value.text("nl") == f"{path}: het logboek is van scenario 'voorbeeld', niet van 'test'"
    again = start_tables(example(), 0, 2, "free", "en", log_path=path, host="127.0.0.1", resume=True)
    try:  # the log's seed, tables, pace and language, and the open vote
        with again.room.read() as session:
            assert (session.seed, len(session.table_ids), session.pace) == (7, 3, "rounds")
            assert session.table(2).votes[1] == 1 and session.table(1).name == "Tafel 1"
        assert again.urls()[3].endswith("/t/3/")
    finally:
        again.stop()
    assert restore_from_log(read_tables_log(path), example()).events == session.events


def test_start_tables_refuses_a_damaged_log_to_resume(tmp_path: Path) -> None:
    path = tmp_path / "tables.jsonl"
    path.write_text('{"type": "session"}\nnot json\n', encoding="utf-8")
    with pytest.raises(GameError, match=str(path.name)):
        start_tables(small(), 1, 2, "rounds", "nl", log_path=path, host="127.0.0.1", resume=True)
    with pytest.raises(GameError, match="no such session log"):
        gone = tmp_path / "gone.jsonl"
        start_tables(small(), 1, 2, "rounds", "nl", log_path=gone, host="127.0.0.1", resume=True)


def write_log(path: Path, session: TablesSession) -> None:
    writer = TablesLogWriter(path, session, "nl", None)
    writer.write(session)
    writer.close()


def test_the_newest_unfinished_tables_log_of_the_scenario_is_found(tmp_path: Path) -> None:
    import os

    from game.core.engine import Game
    from game.core.session_log import SessionHeader, write_events

    logs = tmp_path / "logs"
    assert unfinished_tables_log(tmp_path, small().id) is None  # no logs folder yet
    finished = TablesSession(small(), 1, 2, "free")
    seated(finished, 1)
    for table in finished.table_ids:
        while not finished.table(table).finished:
            finished.confirm(f"{table}a", table, finished.table(table).card or "", 0)
    write_log(logs / "a-finished.jsonl", finished)
    assert unfinished_tables_log(tmp_path, small().id) is None
    write_log(logs / "b-open.jsonl", TablesSession(small(), 2, 2))
    write_log(logs / "c-open.jsonl", TablesSession(small(), 3, 2))
    (logs / "d-damaged.jsonl").write_text("{", encoding="utf-8")
    single = SessionHeader.starting(small(), None, 1, "nl")  # a single game's log of the same scenario
    write_events(logs / "e-single.jsonl", single, Game(small(), 1).log)
    for age, name in enumerate(("e-single", "d-damaged", "c-open", "b-open", "a-finished")):
        os.utime(logs / f"{name}.jsonl", (1_000_000 - age, 1_000_000 - age))
    assert unfinished_tables_log(tmp_path, small().id) == logs / "c-open.jsonl"
    assert unfinished_tables_log(tmp_path, "another scenario") is None
