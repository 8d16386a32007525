"""The pygame-ce presentation layer: `run_window` opens the game; `render_screenshots` renders it.

Neither entry point imports pygame before it is called, so importing this package stays cheap.
"""

from __future__ import annotations

from game.ui.screenshots import render_screenshots
from game.ui.window import run_window

__all__ = ["render_screenshots", "run_window"]
