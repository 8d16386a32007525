"""Word cloud: milliseconds to lay out and draw 60 words in a card-size box at 1920x1080, and to redraw it.

`python -m benchmarks.wordcloud RUNS` (a process of its own, as python -m benchmarks starts it) opens a
1920x1080 window under SDL's dummy driver and draws the cloud of `sample_weights()` (60 words said 1 to 12
times) into CARD, about a card's panel:

- first: a new cloud, laid out and drawn (the fonts already open, as in a game that has shown a card);
- cached: the same cloud again, blitted from its kept picture (the mean of 200 draws).

Prints the milliseconds of each run as JSON.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

from benchmarks.report import Figure, child_env, python
from game.debrief.cloud import Weight, word_weights

CACHED_TARGET_MS = 4.0
SIZE = (1920, 1080)
CARD = (240, 140, 1440, 760)
CACHED_DRAWS = 200
WORDS = (  # one string: split where it is used
    "vertrouwen samenwerken transparantie data privacy burgers snelheid lef eerlijk open leren kaders "
    "ethiek kwetsbaar innovatie verantwoording regie luisteren moed twijfel dialoog algoritme toezicht "
    "risico kansen experiment inclusie zorgvuldig tempo ruimte fouten feedback eigenaarschap democratie "
    "raad wethouder ambtenaar wijk digitaal bewustzijn veiligheid continuïteit duurzaam kennis netwerk "
    "nieuwsgierig onzeker spanning keuzes waarden grenzen toegankelijk menselijk verbinding eenvoud rust "
    "daadkracht vakmanschap respect geduld"
)


def sample_weights() -> list[Weight]:
    """60 different words, the first three said 12 times, then fewer, the last 33 once."""
    said: list[str] = []
    for index, word in enumerate(WORDS.split()[:60]):
        said += [word] * max(1, 12 // (1 + index // 3))
    return word_weights(said)


def main(runs: int) -> None:
    import pygame

    from game.ui.draw import Painter
    from game.ui.fonts import FontBook
    from game.ui.style import BACKGROUND
    from game.ui.wordcloud import WordCloud

    pygame.display.init()
    pygame.font.init()
    screen = pygame.display.set_mode(SIZE)
    painter = Painter(screen, FontBook())
    weights = sample_weights()
    box = pygame.Rect(CARD)
    WordCloud().draw(painter, box, weights, "nl")  # warm up: the fonts are opened
    results: dict[str, list[float]] = {"first": [], "cached": []}
    for _ in range(runs):
        cloud = WordCloud()
        screen.fill(BACKGROUND)
        started = time.perf_counter()
        cloud.draw(painter, box, weights, "nl")
        results["first"].append(1000 * (time.perf_counter() - started))
        started = time.perf_counter()
        for _ in range(CACHED_DRAWS):
            painter.records.clear()
            cloud.draw(painter, box, weights, "nl")
        results["cached"].append(1000 * (time.perf_counter() - started) / CACHED_DRAWS)
        assert cloud.made == 1
    pygame.quit()
    print(json.dumps(results))


def figures(runs: int) -> list[Figure]:
    done = subprocess.run(
        [python(), "-m", "benchmarks.wordcloud", str(runs)], capture_output=True, env=child_env(), check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"the word cloud benchmark failed:\n{done.stderr.decode()[-2000:]}")
    results = json.loads(done.stdout.decode().strip().splitlines()[-1])
    return [
        Figure(
            "word cloud: 60 words, card size 1920x1080, cached",
            results["cached"],
            "ms",
            2,
            f"< {CACHED_TARGET_MS:g} ms",
            lambda ms: ms < CACHED_TARGET_MS,
        ),
        Figure("word cloud: the same, first draw (layout)", results["first"], "ms", 1),
    ]


if __name__ == "__main__":
    main(int(sys.argv[1]))
