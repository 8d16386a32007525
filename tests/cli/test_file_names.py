"""A scenario whose file name is not valid UTF-8 (a Linux folder from an old system) plays, saves and replays:
the JSON the game writes escapes such a name instead of failing on it."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from game.cli.main import main
from tests.cli.test_headless import EXAMPLE


@pytest.fixture
def odd_scenario(tmp_path: Path) -> Path:
    name = os.fsdecode(b"caf\xe9.yaml")  # a lone surrogate in the str: not encodable as UTF-8
    path = tmp_path / name
    try:
        shutil.copy(EXAMPLE, path)
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    return path


def test_a_headless_game_logs_and_replays(
    odd_scenario: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    play = ["play", str(odd_scenario), "--headless", "--auto", "--seed", "1", "--data-dir", str(data)]
    assert main(play) == 0
    (log,) = (data / "logs").glob("*.jsonl")
    header = json.loads(log.read_text(encoding="utf-8").splitlines()[0])
    assert header["scenario_file"] == str(odd_scenario.resolve())  # the escape reads back as the same name
    assert main(["replay", str(log)]) == 0
    assert "identical" in capsys.readouterr().out
