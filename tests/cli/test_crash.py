"""A bug's crash report goes to a new file in the user's data folder (never through a name planted in the
shared temp folder) and writing it cannot fail the handler; a reader that closes the output early
(`... | head -3`) ends the command quietly, without a crash report."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from game.cli import headless, schema
from game.cli.main import main
from game.paths import APP_NAME
from tests.cli.test_headless import EXAMPLE, ROOT
from tests.core.test_stats import three_logs

OLD_NAME = "digitaal-leiderschap-crash.txt"  # the fixed name the report once had in the temp folder


def boom(*_: object) -> int:
    raise RuntimeError("boom in a test")


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temp folder (tempfile.gettempdir) in a folder of this test's own."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def crash(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str]:
    monkeypatch.setattr(schema, "run_schema", boom)
    monkeypatch.setattr(headless, "run_headless", boom)
    code = main(argv)
    return code, capsys.readouterr().err


def test_the_report_is_a_new_file_in_the_data_folder(
    private_data_home: Path,
    temp_folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = private_data_home / APP_NAME / "crashes"
    reports: list[Path] = []
    for _ in range(2):
        code, err = crash(["schema"], capsys, monkeypatch)
        [new] = set(folder.glob("crash-*.txt")) - set(reports)
        reports.append(new)
        assert code == 3 and str(new) in err and "Traceback" not in err
    assert len(list(folder.iterdir())) == 2  # the second crash did not overwrite the first one's report
    assert "RuntimeError: boom in a test" in reports[0].read_text(encoding="utf-8")
    assert not list(temp_folder.iterdir())


def test_a_traceback_naming_a_file_whose_name_is_not_utf8_is_still_written(
    private_data_home: Path,
    temp_folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = "caf\udce9.yaml"  # a file name of Latin-1 bytes (b"caf\xe9.yaml") as Linux hands it to Python

    def fails_on_the_file(*_: object) -> int:
        raise RuntimeError(f"boom on {name}")

    monkeypatch.setattr(schema, "run_schema", fails_on_the_file)
    code = main(["schema"])
    [report] = (private_data_home / APP_NAME / "crashes").glob("crash-*.txt")
    assert code == 3 and str(report) in capsys.readouterr().err
    assert "RuntimeError: boom on caf\\udce9.yaml" in report.read_text(encoding="utf-8")


def test_with_data_dir_the_report_goes_there(
    tmp_path: Path, temp_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, err = crash(["play", "--headless", "--data-dir", str(tmp_path / "data")], capsys, monkeypatch)
    [report] = (tmp_path / "data" / "crashes").glob("crash-*.txt")
    assert code == 3 and str(report) in err


def test_a_link_planted_under_the_old_name_is_never_written_through(
    tmp_path: Path, temp_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))  # the data folder cannot be made: the temp folder
    victim = tmp_path / "victim.txt"
    (temp_folder / OLD_NAME).symlink_to(victim)
    code, err = crash(["schema"], capsys, monkeypatch)
    assert code == 3
    assert not victim.exists()
    [report] = [path for path in temp_folder.iterdir() if not path.is_symlink()]
    assert report.name.startswith(f"{APP_NAME}-crash-") and str(report) in err
    assert "RuntimeError: boom in a test" in report.read_text(encoding="utf-8")


def test_when_no_report_can_be_written_the_handler_still_says_what_and_exits_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    monkeypatch.setattr(tempfile, "tempdir", str(blocked))
    code, err = crash(["schema"], capsys, monkeypatch)
    assert code == 3
    assert err.strip() == "error: something went wrong inside the game (RuntimeError: boom in a test)"


COMMANDS = {
    "play": ["play", str(EXAMPLE), "--headless", "--auto", "--seed", "1"],
    "validate": ["validate", str(EXAMPLE)],
    "simulate": ["simulate", str(EXAMPLE), "--runs", "50", "--workers", "2"],
    "stats": ["stats"],  # + the logs
    "schema": ["schema"],
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_reader_that_closed_the_pipe_ends_the_command_quietly(
    command: str, tmp_path: Path, private_data_home: Path
) -> None:
    """The reader closes its end before the command writes anything (the extreme of `| head -3`, and the
    one that does not depend on how much fits in the pipe): every write to stdout fails."""
    argv = COMMANDS[command] + ([str(path) for path in three_logs(tmp_path)] if command == "stats" else [])
    reader, writer = os.pipe()
    os.close(reader)
    try:
        result = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *argv],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
    finally:
        os.close(writer)
    assert result.stderr == ""  # no crash report, no traceback, no "Exception ignored" at exit
    assert result.returncode == 1  # as the Python documentation advises for a closed pipe
    assert not (private_data_home / APP_NAME / "crashes").exists()


def test_a_reader_that_stops_after_the_first_line_ends_the_command_quietly(private_data_home: Path) -> None:
    """`| head -1` itself: the output (the JSON Schema, written 40 times) is larger than a pipe holds, so
    the command is still writing when the reader goes."""
    code = "import sys\nfrom game.cli.main import main\nsys.exit(max(main(['schema']) for _ in range(40)))"
    with subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, text=True
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline() == "{\n"
        process.stdout.close()
        error = process.stderr.read()
        assert process.wait(timeout=120) == 1
    assert error == ""
    assert not (private_data_home / APP_NAME / "crashes").exists()
