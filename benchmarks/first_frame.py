"""`python first_frame.py FD SCRIPT [ARG...]`: run the pygame-ce program SCRIPT with its arguments and
write one byte to file descriptor FD as soon as its first pygame.display.flip() (or update()) returns.

python -m benchmarks starts the game and the floor (floor.py) through this same wrapper, so both are timed
alike, from process start to the first frame on screen (their exit is not part of it).
"""

import os
import runpy
import sys

fd, script = int(sys.argv[1]), sys.argv[2]
import pygame  # noqa: E402  (both programs import it first thing anyway)

_flip, _update = pygame.display.flip, pygame.display.update


def _first(real):  # type: ignore[no-untyped-def]
    def shown(*args):  # type: ignore[no-untyped-def]
        result = real(*args)
        pygame.display.flip, pygame.display.update = _flip, _update
        os.write(fd, b"F")
        os.close(fd)
        return result

    return shown


pygame.display.flip, pygame.display.update = _first(_flip), _first(_update)
sys.argv = sys.argv[2:]
sys.path[0] = os.path.dirname(os.path.abspath(script))
runpy.run_path(script, run_name="__main__")
