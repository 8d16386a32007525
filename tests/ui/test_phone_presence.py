"""The window's phone count follows presence: a phone that has gone stops counting once LIVE_SECONDS have
passed, though nothing else in the room changed (presence ends with time, which bumps no version)."""

from __future__ import annotations

import urllib.request

from game.phones.hub import LIVE_SECONDS
from game.ui.phones import PhoneLink


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class NoCard:
    """A scene that is not a card: `sync` shows the phones no card."""


def test_the_window_counts_a_phone_that_has_gone_as_gone() -> None:
    clock = Clock()
    link = PhoneLink("127.0.0.1", 0, "nl", clock)
    assert link.start("nl")
    try:
        with urllib.request.urlopen(link.url or "", timeout=10) as page:  # a phone opens the page
            assert page.status == 200
        assert link.changed()
        link.sync(NoCard(), "nl")  # type: ignore[arg-type]
        assert link.snapshot.connected == 1
        assert not link.changed()

        clock.now += LIVE_SECONDS + 1  # the phone has gone: no request, no live connection
        assert link.changed()  # the event loop wakes
        assert link.sync(NoCard(), "nl")  # type: ignore[arg-type]
        assert (link.snapshot.joined, link.snapshot.connected) == (1, 0)
        assert not link.changed()
    finally:
        link.stop()
