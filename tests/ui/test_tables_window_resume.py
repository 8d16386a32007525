"""`python main.py play --resume-tables LOG` in a window, as the README and the guides tell a facilitator
after a crash: the room view opens on the log's session (its scenario, its tables), not the title."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def play(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "play", *argv, "--quit-after-first-frame"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def table_lines(output: str) -> list[str]:
    return [line.split(":")[0] for line in output.splitlines() if line.startswith("table ")]


def test_resume_tables_in_a_window_opens_the_logged_session(tmp_path: Path) -> None:
    data = ["--host", "127.0.0.1", "--data-dir", str(tmp_path)]
    first = play("scenarios/raadssessie.yaml", "--tables", "2", *data)
    assert first.returncode == 0, first.stderr
    (log,) = (tmp_path / "logs").glob("tables-*.jsonl")
    # no scenario named: the log's own (raadssessie, not the default) and its two tables
    again = play("--resume-tables", str(log), *data)
    assert again.returncode == 0, again.stderr
    assert table_lines(again.stdout) == ["table Tafel 1", "table Tafel 2"]
    assert list((tmp_path / "logs").glob("tables-*.jsonl")) == [log]


def test_resume_tables_of_a_missing_log_says_so(tmp_path: Path) -> None:
    gone = tmp_path / "gone.jsonl"
    done = play("--resume-tables", str(gone), "--host", "127.0.0.1", "--data-dir", str(tmp_path))
    assert done.returncode == 1
    # in the window's language (the scenario's first, Dutch), as every message on its screen
    assert "dit sessielogboek om verder te spelen bestaat niet" in done.stderr
    assert "Traceback" not in done.stderr
