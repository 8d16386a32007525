"""A scripted game process for the kill test: the real App on the dummy video driver, driven by posted
key presses. It continues the newest saved session if there is one, else starts a new game, then decides
card after card. It reports on stdout, flushed, before and after each decision:

    SESSION <id> <seed> <choices>    the session being played and how many decisions it already has
    DECIDING <n> <option>            about to make decision n (1-based), with option (0-based)
    DONE <n>                         decision n is complete (and saved)

Usage: python tests/ui/kill_driver.py DATA_DIR SCENARIO SEED
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pygame

from game.ui.app import App
from game.ui.loading import Catalogue, ScenarioEntry
from game.ui.screenshots import ManualClock


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def press(app: App, clock: ManualClock, key: int) -> None:
    clock.advance(1000)
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0))
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode="", scancode=0))
    app.pump()


def main() -> int:
    data_dir, scenario, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    clock = ManualClock()
    app = App(Catalogue([ScenarioEntry(scenario)]), "nl", seed, (960, 540), clock=clock, data_dir=data_dir)
    app.draw()
    picks = random.Random(seed)
    if app.resumable_saves():
        app.open_saves()
        app.pump()
        press(app, clock, pygame.K_1)
    for _ in range(2000):
        if app.session is None or app.scene.name == "end":
            if app.session is not None:
                app.to_title()
                app.pump()
            press(app, clock, pygame.K_RETURN)
            assert app.session is not None
            continue
        session = app.session
        if not getattr(session, "_announced", False):
            session._announced = True  # type: ignore[attr-defined]
            say(f"SESSION {session.session_id} {session.seed} {len(session.game.state.choices)}")
        card = session.game.current_card
        if app.scene.name == "card" and card is not None:
            made = len(session.game.state.choices)
            option = picks.randrange(len(card.options))
            say(f"DECIDING {made + 1} {option}")
            press(app, clock, pygame.K_1 + option)
            assert len(session.game.state.choices) == made + 1
            say(f"DONE {made + 1}")
        else:
            press(app, clock, pygame.K_RETURN)
    app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
