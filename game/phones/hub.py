"""The state phones and game share: the card on the table, whether voting is open, each device's vote.

Thread-safe: the game's thread shows cards and opens or closes voting, the server's thread records
votes; both read immutable snapshots. Nothing personal is kept: a device is a random id from a cookie.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from game.core.model import Card, Scenario

LIVE_SECONDS = 30.0  # a device without an open stream counts as present this long after its last request
MAX_DEVICES = 1000  # more devices than any room has: a flood of new cookies stops here
LOOK_AGAIN_SECONDS = 1.0  # `wait` looks again this often: presence ends with time, not with a change

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Ballot:
    """What a phone shows of a card: never its effects."""

    card_id: str
    title: str
    text: str
    options: tuple[str, ...]

    @staticmethod
    def of(scenario: Scenario, card: Card, lang: str) -> Ballot:
        labels = tuple(scenario.text(option.label, lang) for option in card.options)
        return Ballot(card.id, scenario.text(card.title, lang), scenario.text(card.text, lang), labels)


@dataclass(frozen=True)
class PhoneSnapshot:
    """The room's phones as the game reads them. `counts` is the phones' split per option (the projector
    keeps it hidden until the facilitator reveals it)."""

    version: int
    card_id: str | None
    voting: bool
    joined: int  # devices that have opened the page in this session
    connected: int  # devices present: a live connection, or a request within LIVE_SECONDS
    cast: int  # devices that voted on this card
    counts: tuple[int, ...]
    waiting: int  # present devices that have not voted on this card

    @property
    def everyone_voted(self) -> bool:
        """Every phone in the room has voted: a phone that has gone (a flat battery) is not waited for."""
        return self.cast > 0 and self.waiting == 0


VoteOutcome = Literal["counted", "closed", "stale", "bad_option"]


class VoteHub:
    """One session's phones. Every change bumps `version` and then calls the listeners in the changing
    thread, outside the lock; a listener that fails is logged in a line and the others still run."""

    def __init__(self, lang: str, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Condition()
        self._clock = clock
        self._lang = lang
        self._ballot: Ballot | None = None
        self._voting = False
        self._votes: dict[str, int] = {}  # device -> option (0-based) on the current card
        self._devices: dict[str, float] = {}  # device -> when it was last heard of
        self._streams: dict[str, int] = {}  # device -> open live connections
        self._version = 0
        self._listeners: list[Callable[[], None]] = []

    # -- the game's side ---------------------------------------------------------------

    def show(self, ballot: Ballot | None, voting: bool, lang: str) -> None:
        """The card on the table (None: no card) and whether voting is open; a new card clears the votes."""
        with self._lock:
            same_card = (ballot and ballot.card_id) == (self._ballot and self._ballot.card_id)
            if ballot == self._ballot and voting == self._voting and lang == self._lang:
                return
            if not same_card:
                self._votes.clear()
            self._ballot, self._voting, self._lang = ballot, voting and ballot is not None, lang
            self._changed()
        self._tell()

    def snapshot(self) -> PhoneSnapshot:
        with self._lock:
            return self._snapshot()

    @property
    def version(self) -> int:
        return self._version  # an int read is atomic: the window polls this between naps

    def wait(self, until: Callable[[PhoneSnapshot], bool], timeout: float) -> PhoneSnapshot:
        """Block until `until(snapshot)` holds or `timeout` seconds have passed; the snapshot then."""
        deadline = self._clock() + timeout
        with self._lock:
            while not until(self._snapshot()):
                left = deadline - self._clock()
                if left <= 0:
                    break
                self._lock.wait(min(left, LOOK_AGAIN_SECONDS))
            return self._snapshot()

    def add_listener(self, listener: Callable[[], None]) -> None:
        with self._lock:
            self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[], None]) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    # -- the phones' side --------------------------------------------------------------

    def knows(self, device: str) -> bool:
        with self._lock:
            return device in self._devices

    def join(self, device: str) -> bool:
        """A phone opens the page as `device`; False when the room is full. A full room first forgets the
        device heard from longest ago that is no longer present (a flood's cookies are never seen again)."""
        with self._lock:
            known = device in self._devices
            if not known and len(self._devices) >= MAX_DEVICES and not self._forget_one_gone():
                return False
            self._devices[device] = self._clock()
            if not known:
                self._changed()
        if not known:
            self._tell()
        return True

    def seen(self, device: str) -> bool:
        """A known device made a request (it is present); False for a device this room does not know."""
        with self._lock:
            if device not in self._devices:
                return False
            self._devices[device] = self._clock()
            return True

    def stream(self, device: str, open_: bool) -> None:
        """A live connection (server-sent events) of `device` opened or closed."""
        with self._lock:
            count = self._streams.get(device, 0) + (1 if open_ else -1)
            if count > 0:
                self._streams[device] = count
            else:
                self._streams.pop(device, None)
            self._devices[device] = self._clock()
            self._changed()
        self._tell()

    def streams_of(self, device: str) -> int:
        with self._lock:
            return self._streams.get(device, 0)

    def vote(self, device: str, card_id: str, option: int) -> VoteOutcome:
        """`option` counts from 0. A device has one vote per card and may change it while voting is open."""
        with self._lock:
            ballot = self._ballot
            if ballot is None or ballot.card_id != card_id:
                return "stale"
            if not self._voting:
                return "closed"
            if not 0 <= option < len(ballot.options):
                return "bad_option"
            self._devices[device] = self._clock()
            changed = self._votes.get(device) != option
            if changed:
                self._votes[device] = option
                self._changed()
        if changed:
            self._tell()
        return "counted"

    def state_for(self, device: str | None) -> dict[str, Any]:
        """The JSON a phone gets (README: the phones' HTTP contract)."""
        with self._lock:
            ballot = self._ballot
            mine = self._votes.get(device) if device is not None else None
            return {
                "card": ballot.card_id if ballot else None,
                "title": ballot.title if ballot else "",
                "text": ballot.text if ballot else "",
                "options": list(ballot.options) if ballot else [],
                "voting": self._voting,
                "your_vote": mine + 1 if mine is not None else None,
                "lang": self._lang,
                "version": self._version,
            }

    # -- inside the lock ---------------------------------------------------------------

    def _snapshot(self) -> PhoneSnapshot:
        ballot = self._ballot
        counts = [0] * (len(ballot.options) if ballot else 0)
        for option in self._votes.values():
            counts[option] += 1
        now = self._clock()
        present = [device for device, seen in self._devices.items() if self._present(device, seen, now)]
        return PhoneSnapshot(
            version=self._version,
            card_id=ballot.card_id if ballot else None,
            voting=self._voting,
            joined=len(self._devices),
            connected=len(present),
            cast=len(self._votes),
            counts=tuple(counts),
            waiting=sum(1 for device in present if device not in self._votes),
        )

    def _present(self, device: str, seen: float, now: float) -> bool:
        return device in self._streams or now - seen < LIVE_SECONDS

    def _forget_one_gone(self) -> bool:
        now = self._clock()
        gone = [
            (seen, device) for device, seen in self._devices.items() if not self._present(device, seen, now)
        ]
        if not gone:
            return False
        del self._devices[min(gone)[1]]
        return True

    def _changed(self) -> None:
        self._version += 1
        self._lock.notify_all()

    # -- outside the lock --------------------------------------------------------------

    def _tell(self) -> None:
        """Call the listeners after a change: outside the lock, so a slow or failing one blocks nobody."""
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener()
            except Exception as error:  # one listener's fault must not reach the thread that changed
                log.warning("a listener of the phones failed: %r", error)
