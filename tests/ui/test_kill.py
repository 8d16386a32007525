"""The issue's kill test: a real game process is killed (SIGKILL) at random points of a scripted session,
again and again, and each time the next process continues exactly at the last completed decision."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game.core.engine import Game
from game.core.save import list_saves, saves_dir
from game.scenario import load_scenario
from tests.ui.conftest import EXAMPLE

DRIVER = Path(__file__).with_name("kill_driver.py")
KILLS = 10


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killing_the_game_at_random_points_loses_at_most_the_decision_being_made(tmp_path: Path) -> None:
    scenario = load_scenario(EXAMPLE)
    picks = random.Random(20240606)
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    sessions_seen: set[str] = set()
    resumable: tuple[str, int] | None = None  # what the next process must continue: session, decisions
    for round_ in range(KILLS):
        process = subprocess.Popen(
            [sys.executable, str(DRIVER), str(tmp_path), str(EXAMPLE), str(7 + round_)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert process.stdout is not None
        wanted = picks.randint(1, 4)  # completed decisions before the kill, then a random moment more
        lines: list[str] = []
        done = 0
        while done < wanted:
            line = process.stdout.readline()
            assert line, f"the driver stopped early: {lines}"
            lines.append(line.split())
            done += line.startswith("DONE")
        time.sleep(picks.uniform(0, 0.012))
        process.send_signal(signal.SIGKILL)
        process.wait()
        lines.extend(rest.split() for rest in process.stdout.read().splitlines())  # printed before the kill
        process.stdout.close()
        # What the driver reported: the session it played last, and its decisions.
        session_at = max(i for i, words in enumerate(lines) if words[0] == "SESSION")
        _, session_id, seed, before = lines[session_at]
        first = next(words for words in lines if words[0] == "SESSION")
        if resumable is not None:  # the new process continued exactly the last completed decision
            assert (first[1], int(first[3])) == resumable
        sessions_seen.add(session_id)
        reported = lines[session_at + 1 :]
        completed = int(before) + sum(words[0] == "DONE" for words in reported)
        in_flight = bool(reported) and reported[-1][0] == "DECIDING"
        options = [int(words[2]) for words in reported if words[0] == "DECIDING"]
        # The save of that session holds the completed decisions (and perhaps the one being made).
        saves = {data.session_id: data for _, data in list_saves(saves_dir(tmp_path)).saves}
        data = saves[session_id]
        count = len(data.state.choices)
        assert count in ((completed, completed + 1) if in_flight else (completed,)), (count, completed)
        assert [c.option for c in data.state.choices][int(before) :] == options[: count - int(before)]
        # Exactly the game an unsaved twin reaches with the same seed and choices, random state included.
        twin = Game(scenario, int(seed))
        for choice in data.state.choices:
            twin.choose(choice.option, choice.votes)
        assert data.state == twin.state and data.snapshot.rng_state == twin.rng.get_state()
        assert list(saves_dir(tmp_path).glob("*.broken-*")) == []
        resumable = (session_id, count) if not data.finished else None
    assert len(sessions_seen) >= 2
