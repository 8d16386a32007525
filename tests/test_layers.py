"""The layers keep to themselves: the core, the scenario layer, the phone server, speech and the scenario
list never import pygame (the same code runs headless, in the simulator and in the tests)."""

from __future__ import annotations

import subprocess
import sys

PURE = [
    "game.core.engine",
    "game.core.simulate",
    "game.scenario",
    "game.phones.server",
    "game.speech.system",
    "game.speech.script",
    "game.speech.voice",
    "game.library",
]


def test_the_pure_layers_never_import_pygame() -> None:
    code = f"import sys\nfor name in {PURE!r}:\n    __import__(name)\nassert 'pygame' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
