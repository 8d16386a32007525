"""Frame cost: milliseconds per fully redrawn card screen under SDL's dummy video driver.

`python -m benchmarks.frames RUNS` (a process of its own, as python -m benchmarks starts it) opens the
window at 1920x1080, starts the default scenario, goes to its first card and redraws it whole: fill,
every panel, text and meter, and the flip, as App.draw does after any change on screen.

- normal: the layout and the rendered text are cached, as on every redraw after the first;
- cold: the worst case, every text laid out and rendered again (layout and text caches dropped, as
  after a resize, a language switch or a new text size).

Then the same at 3840x2160. Prints the milliseconds of each run (the mean of its frames) as JSON.
"""

from __future__ import annotations

import json
import sys
import time

SIZES = ((1920, 1080), (3840, 2160))
FRAMES = {"normal": 40, "cold": 12}


def main(runs: int) -> None:
    import pygame

    from game.paths import DEFAULT_SCENARIO
    from game.ui.app import App
    from game.ui.loading import Catalogue, ScenarioEntry
    from game.ui.screenshots import ManualClock

    app = App(
        Catalogue([ScenarioEntry(DEFAULT_SCENARIO)]), "nl", 1, SIZES[0], clock=ManualClock(), autosave=False
    )
    app.start(app.catalogue.selected)
    app.advance()
    if app.scene.name != "card":
        raise SystemExit(f"expected the card screen, found {app.scene.name}")

    def normal() -> None:
        app.redraw()
        app.draw()

    def cold() -> None:
        app.fonts.forget_text()
        app.scene.invalidate()
        app.draw()

    results: dict[str, dict[str, list[float]]] = {}
    for size in SIZES:
        app.resize(size)
        app.draw()
        assert pygame.display.get_surface().get_size() == size
        figures = results[f"{size[0]}x{size[1]}"] = {}
        for kind, redraw in (("normal", normal), ("cold", cold)):
            redraw()  # warm up
            figures[kind] = []
            for _ in range(runs):
                started = time.perf_counter()
                for _ in range(FRAMES[kind]):
                    redraw()
                figures[kind].append(1000 * (time.perf_counter() - started) / FRAMES[kind])
    app.close()
    print(json.dumps(results))


if __name__ == "__main__":
    main(int(sys.argv[1]))
