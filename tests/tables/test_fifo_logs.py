"""A 'log' that is no regular file (a FIFO, a device) is refused in one plain line before it is opened:
opening a FIFO nobody writes to would hang `replay`, `report`, `stats` or `play --resume-tables` for ever."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from game.cli.main import main
from game.core.session_log import LogError, read_log
from game.tables.run import unfinished_tables_log

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def test_a_fifo_is_refused_before_it_is_opened(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "log.jsonl"
    os.mkfifo(path)
    with pytest.raises(LogError, match="not a regular file"):
        read_log(path)
    resume = ("play", "--headless", "--resume-tables", str(path), "--host", "127.0.0.1", "--port", "0")
    for args in (("replay", str(path)), ("report", str(path)), ("stats", str(path)), resume):
        code = main(list(args))
        out, err = capsys.readouterr()
        assert code == 1 and "not a regular file" in err and "Traceback" not in out + err, args


def test_a_device_is_refused_too() -> None:
    with pytest.raises(LogError, match="not a regular file"):
        read_log(Path(os.devnull))


def test_looking_for_an_unfinished_session_passes_a_fifo_over(tmp_path: Path) -> None:
    (tmp_path / "logs").mkdir()
    os.mkfifo(tmp_path / "logs" / "waiting.jsonl")
    assert unfinished_tables_log(tmp_path, "x") is None
