"""`play --tables N`, `--pace`, `--resume-tables`: what the command line takes, what it refuses in plain
words, and the settings the window gets."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from game.cli.main import main
from game.settings import PlaySettings


@pytest.mark.parametrize("given", ["1", "9", "three", "-2"])
def test_a_number_of_tables_outside_two_to_eight_is_refused(
    given: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["play", "--tables", given])
    assert stopped.value.code == 2
    assert f"'{given}' is not a number of tables from 2 to 8" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["play", "--pace", "free"], "--pace sets the pace of tables side by side: it needs --tables N"),
        (["play", "--tables", "3", "--group"], "leave out --group and --phones"),
        (["play", "--tables", "3", "--group", "--phones"], "leave out --group and --phones"),
        (["play", "--resume-tables", "x.jsonl", "--phones"], "leave out --group and --phones"),
        (["play", "--tables", "3", "--headless", "--auto"], "each table's devices choose"),
    ],
)
def test_options_that_do_not_mix_with_tables_are_refused_in_plain_words(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err


def test_a_missing_log_to_resume_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gone = tmp_path / "gone.jsonl"
    assert main(["play", "--headless", "--resume-tables", str(gone), "--host", "127.0.0.1"]) == 1
    assert f"{gone}: no such session log to resume" in capsys.readouterr().err


def test_the_window_gets_the_tables_the_pace_and_the_log_to_resume(monkeypatch: pytest.MonkeyPatch) -> None:
    given: list[PlaySettings] = []

    def run_window(**options: object) -> int:
        settings = options["settings"]
        assert isinstance(settings, PlaySettings)
        given.append(settings)
        return 0

    monkeypatch.setitem(sys.modules, "game.ui", types.SimpleNamespace(run_window=run_window))
    assert main(["play", "--tables", "4", "--pace", "free", "--host", "127.0.0.1", "--port", "8123"]) == 0
    assert main(["play", "--resume-tables", "crash.jsonl"]) == 0
    assert main(["play"]) == 0
    tables, resumed, plain = given
    assert (tables.tables, tables.pace, tables.resume_tables) == (4, "free", None)
    assert (tables.phones_host, tables.phones_port) == ("127.0.0.1", 8123)
    assert (resumed.tables, resumed.pace, resumed.resume_tables) == (0, "rounds", Path("crash.jsonl"))
    assert (plain.tables, plain.pace, plain.resume_tables) == (0, "rounds", None)
