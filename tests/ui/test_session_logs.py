"""The window keeps a session log as it plays: game events and the room's, replayable to the same game."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pygame

from game.core.session_log import read_log, replay
from game.settings import PlaySettings
from game.ui.loading import ScenarioEntry
from tests.ui.conftest import COUNCIL_SESSION, AppFactory, past_statements, press

ROOT = Path(__file__).resolve().parents[2]


def replay_command(log: Path) -> subprocess.CompletedProcess[str]:
    """`python main.py replay LOG`, as a facilitator runs it."""
    command = [sys.executable, str(ROOT / "main.py"), "replay", str(log)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_a_group_session_is_logged_as_it_happens_and_replays(make_app: AppFactory, data_home: Path) -> None:
    settings = PlaySettings(group=True, group_name="Raad")
    app = make_app([ScenarioEntry(COUNCIL_SESSION)], settings=settings)
    app.start(app.catalogue.selected)
    press(app, pygame.K_RETURN)
    past_statements(app)
    for votes in ((pygame.K_1, pygame.K_1, pygame.K_2), (pygame.K_2, pygame.K_2)):
        press(app, pygame.K_r)
        press(app, pygame.K_t)
        press(app, pygame.K_v)
        for key in votes:
            press(app, key)
        press(app, pygame.K_RETURN)  # majority
        press(app, pygame.K_RETURN)  # past the feedback
    press(app, pygame.K_u)
    press(app, pygame.K_RETURN)  # the second decision taken back
    session = app.session
    assert session is not None and session.log_path is not None
    log = read_log(session.log_path)  # already on disk: nothing was closed
    assert log.header.group == "Raad" and log.header.mode == "group"
    kinds = [event["kind"] for event in log.events]
    assert {"reveal", "timer", "voting", "choice", "undo"} <= set(kinds)
    votes = [event["votes"] for event in log.events if event["kind"] == "choice"]
    assert votes[0] == [2, 1, 0] and votes[1][:2] == [0, 2] and sum(votes[1]) == 2  # both kept
    assert replay(log, session.scenario).state == session.game.state

    result = replay_command(session.log_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "identical" in result.stdout and "1 decision" in result.stdout


def test_replay_exits_1_and_names_the_first_difference(make_app: AppFactory, tmp_path: Path) -> None:
    app = make_app([ScenarioEntry(COUNCIL_SESSION)])
    app.start(app.catalogue.selected)
    press(app, pygame.K_RETURN)
    past_statements(app)
    press(app, pygame.K_1)
    assert app.session is not None and app.session.log_path is not None
    text = app.session.log_path.read_text(encoding="utf-8").replace('"option": 1', '"option": 2', 1)
    changed = tmp_path / "changed.jsonl"
    changed.write_text(text, encoding="utf-8")
    result = replay_command(changed)
    assert result.returncode == 1 and "differs" in result.stdout and "Traceback" not in result.stderr
