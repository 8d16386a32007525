"""The standalone app, as built by `pyinstaller digitaal-leiderschap.spec`, run as a player would run it.

Run by .ci/run after the build, with DL_BUILT_APP naming the program; skipped otherwise (building takes a
minute). Each command runs in a clean environment: no virtual environment, no PYTHONPATH, a fresh HOME,
the working folder outside the project, so the app can only use what is inside its bundle.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from game.core.session_log import read_log, replay
from game.paths import DEFAULT_SCENARIO, SCENARIOS_DIR
from game.scenario import load_scenario

BUILT = os.environ.get("DL_BUILT_APP")
pytestmark = pytest.mark.skipif(
    not BUILT, reason="set DL_BUILT_APP to a built app (pyinstaller digitaal-leiderschap.spec); .ci/run does"
)


def run(*arguments: str, home: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    assert BUILT is not None
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "SDL_VIDEODRIVER": "dummy",
        "SDL_AUDIODRIVER": "dummy",
    }
    return subprocess.run(
        [str(Path(BUILT).resolve()), *arguments],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def test_the_app_opens_its_window_and_makes_the_scenario_folder(home: Path) -> None:
    done = run("--quit-after-first-frame", home=home)
    assert done.returncode == 0, done.stderr
    assert (home / "Documents" / "Digitaal leiderschap").is_dir()


def test_a_headless_game_is_a_valid_game_of_the_default_scenario(home: Path) -> None:
    done = run("play", "--headless", "--auto", "--seed", "1", "--log", "game.json", home=home)
    assert done.returncode == 0, done.stderr
    game = json.loads((home / "game.json").read_text(encoding="utf-8"))
    assert game["scenario"] == "lindenhout" and game["seed"] == 1 and game["choices"]
    found = re.search(r"^session log: (.+)$", done.stdout, re.MULTILINE)
    assert found is not None, done.stdout
    log = read_log(Path(found.group(1)))
    assert Path(found.group(1)).is_relative_to(home), "user data goes where platformdirs says, in HOME"
    played = replay(log, load_scenario(DEFAULT_SCENARIO))  # the same game again from the source: or it raises
    logged = [(choice["card"], choice["option"]) for choice in game["choices"]]  # options 1-based
    assert [(choice.card, choice.option + 1) for choice in played.state.choices] == logged


def test_validate_accepts_a_shipped_scenario_and_locates_a_broken_one(home: Path) -> None:
    shipped = shutil.copy(SCENARIOS_DIR / "voorbeeld.yaml", home / "voorbeeld.yaml")
    done = run("validate", str(shipped), home=home)
    assert done.returncode == 0, done.stdout + done.stderr
    broken = home / "kapot.yaml"
    broken.write_text("id: kapot\nformat: 1\ncards: [\n", encoding="utf-8")
    done = run("validate", str(broken), home=home)
    assert done.returncode == 1
    assert f"{broken}:4:1: " in done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr


def test_screenshots_are_drawn_with_the_bundled_fonts_and_scenarios(home: Path) -> None:
    done = run("screenshots", "--out", "shots", "--sizes", "1280x720", home=home, timeout=300)
    assert done.returncode == 0, done.stderr
    pictures = sorted((home / "shots" / "1280x720").glob("*.png"))
    assert len(pictures) >= 20 and all(picture.stat().st_size > 10_000 for picture in pictures)
