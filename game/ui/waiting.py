"""The event loop's wait: sleep between looks at the queue until input comes, time is up, or `woken()`."""

from __future__ import annotations

import time
from collections.abc import Callable

import pygame

IDLE_NAP_MS = 32  # the longest nap between two looks at the event queue


class EventWait:
    """Not pygame.event.wait: it does not sleep but looks at the queue every millisecond (a loop of
    SDL_PumpEvents and SDL_Delay(1) in pygame's C code), 2-3% of a core while a card waits for the
    room. This naps between looks instead, the longer the quieter it has been: right after input as
    short as pygame's own loop, after a quarter of a second of quiet IDLE_NAP_MS (so the first key
    after a pause is seen within that, and the waiting screen costs a few tenths of a percent).
    """

    def __init__(self) -> None:
        self.input_at = time.monotonic()  # when the last events came (how long the loop naps)

    def events(self, timeout: int, woken: Callable[[], bool] = lambda: False) -> list[pygame.event.Event]:
        """The queued events as soon as there are any, or none after `timeout` ms (0: no limit) or as
        soon as `woken()` says something outside the window changed (the phones voted)."""
        started = time.monotonic()
        deadline = started + timeout / 1000 if timeout > 0 else None
        while True:
            events = pygame.event.get()
            now = time.monotonic()
            if events:
                self.input_at = now
                return events
            if (deadline is not None and now >= deadline) or woken():
                return events
            nap = min(IDLE_NAP_MS / 1000, max(0.001, (now - self.input_at) / 8))
            time.sleep(nap if deadline is None else min(nap, deadline - now))
