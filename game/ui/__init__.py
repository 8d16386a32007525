"""The pygame-ce presentation layer: `run_window` opens the game; `render_screenshots` renders it.

Neither entry point imports pygame before it is called, and each is imported on first use (`__getattr__`),
so importing this package stays cheap and opening the window never loads the screenshot code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from game.ui.screenshots import render_screenshots
    from game.ui.window import run_window

__all__ = ["render_screenshots", "run_window"]


def __getattr__(name: str) -> Any:
    if name == "render_screenshots":
        from game.ui.screenshots import render_screenshots

        return render_screenshots
    if name == "run_window":
        from game.ui.window import run_window

        return run_window
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
