"""The tables log's writer: every write is in the file at once (a killed process loses nothing), synced
to disk by a thread of its own, and a sync that failed is told by the next write."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from game.tables.log import TablesLogWriter, read_tables_log
from game.tables.session import TablesSession
from tests.tables.logged import EXAMPLE
from tests.tables.rooms import example, seated


def test_every_write_is_in_the_file_before_the_writer_closes(tmp_path: Path) -> None:
    session = TablesSession(example(), 3, 2)
    path = tmp_path / "tables.jsonl"
    writer = TablesLogWriter(path, session, "nl", EXAMPLE)
    seated(session, 2)
    writer.write(session)
    # Read by another handle while the writer is open, as after a SIGKILL: all of it is there.
    assert len(read_tables_log(path).log.events) == len(session.events)
    session.vote("1a", 1, session.table(1).card or "", 0)
    writer.write(session)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[-1])["action"] == "vote" and len(lines) == len(session.events) + 1
    writer.close()
    assert read_tables_log(path).log.events[-1]["action"] == "vote"


def test_a_failed_sync_is_raised_by_the_next_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session = TablesSession(example(), 3, 2)
    writer = TablesLogWriter(tmp_path / "tables.jsonl", session, "nl", EXAMPLE)

    def broken(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken)
    seated(session, 1)
    writer.write(session)
    with pytest.raises(OSError, match="No space left"):
        for _ in range(200):  # the syncing thread meets the error soon after; bounded in count
            time.sleep(0.01)
            writer.write(session)
    monkeypatch.undo()
    writer.close()  # the disk has room again: the last sync succeeds and the log reads whole
    assert len(read_tables_log(tmp_path / "tables.jsonl").log.events) == len(session.events)
