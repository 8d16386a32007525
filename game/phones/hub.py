"""The state phones and game share: the card on the table, whether voting is open, each device's vote, and
the debrief's question open to phones (an Ask) with what phones sent to it, queued for the window.

Thread-safe: the game's thread shows cards, opens or closes voting and asks; the server's thread records
votes and queues what phones send; both read immutable snapshots. Nothing personal is kept: a device is a
random id from a cookie (the debrief turns it into a session number before anything is shown or logged).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from game.core.model import Card, Scenario
from game.debrief.flow import SUPPORTS_PER_VOTER
from game.debrief.text import LIMITS

LIVE_SECONDS = 30.0  # a device without an open stream counts as present this long after its last request
MAX_DEVICES = 1000  # more devices than any room has: a flood of new cookies stops here
LOOK_AGAIN_SECONDS = 1.0  # `wait` looks again this often: presence ends with time, not with a change
MAX_ANSWERS_PER_ASK = 3  # texts one phone may send to one question: a second thought, not a flood
MAX_KEYS = 1000  # questions whose answers per phone are remembered
MAX_INBOX = 10_000  # queued for the window; the window drains it every frame, so only a stalled one fills it

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
    inbox: int = 0  # what phones sent to the ask, waiting for the window's `take_inbox`

    @property
    def everyone_voted(self) -> bool:
        """Every phone in the room has voted: a phone that has gone (a flat battery) is not waited for."""
        return self.cast > 0 and self.waiting == 0


VoteOutcome = Literal["counted", "closed", "stale", "bad_option"]
AskKind = Literal["word", "answer", "proposal", "support", "statements"]
TEXT_KINDS: tuple[AskKind, ...] = ("word", "answer", "proposal")
TEXT_LIMITS: dict[str, int] = {kind: limit for kind, limit in LIMITS.items()}
# queued; repeated (already so: nothing queued); closed (no such ask open, or another key); no_such (an id
# not in this ask); enough (MAX_ANSWERS_PER_ASK texts, or SUPPORTS_PER_VOTER supports, reached); busy
# (the window's queue is full)
SendOutcome = Literal["queued", "repeated", "closed", "no_such", "enough", "busy"]


@dataclass(frozen=True)
class Ask:
    """What the debrief asks of phones now. `choices` are the approved proposals (id, text) for "support";
    `statements` (id, text) for "statements"; `key` changes when a new question opens (a phone's count
    of answers starts again per key)."""

    kind: AskKind
    prompt: str
    key: str
    choices: tuple[tuple[int, str], ...] = ()
    statements: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Inbound:
    """What one phone sent to the ask `key`: the cleaned text (word, answer, proposal), the proposal's id
    (support), or (statement id, score 1-5) (statements). `device` is the cookie's random id."""

    device: str
    kind: AskKind
    key: str
    value: str | int | tuple[str, int]


@dataclass
class Sent:
    """One phone's part in the current ask: its own texts, the proposals it supported, its scores."""

    texts: list[str] = field(default_factory=list)
    supported: list[int] = field(default_factory=list)
    scores: dict[str, int] = field(default_factory=dict)


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
        self._ask: Ask | None = None
        self._sent: dict[str, dict[str, Sent]] = {}  # ask key -> device -> its part in that ask
        self._inbox: deque[Inbound] = deque()
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

    def ask(self, ask: Ask | None) -> None:
        """The question open to phones (None: none). Each key has its own count per phone; a key asked
        again (going back a phase, or in another language) keeps what phones sent to it."""
        with self._lock:
            if ask == self._ask:
                return
            self._ask = ask
            self._changed()
        self._tell()

    @property
    def current_ask(self) -> Ask | None:
        return self._ask  # a reference read is atomic; an Ask is immutable

    def take_inbox(self) -> list[Inbound]:
        """What phones sent since the last call, oldest first (the window feeds it to the debrief)."""
        with self._lock:
            taken = list(self._inbox)
            self._inbox.clear()
            return taken

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

    def answer(self, device: str, key: str | None, text: str) -> SendOutcome:
        """A phone's cleaned text for the open word, answer or proposal ask (`key` None: the open one)."""
        return self._send(device, key, TEXT_KINDS, lambda ask, sent: self._text(sent, text))

    def support(self, device: str, key: str | None, proposal: int) -> SendOutcome:
        """A phone supports an approved proposal of the open "support" ask, once; at most as many as the
        debrief counts (a phone told it supports a fourth that the game drops would be misled)."""

        def record(ask: Ask, sent: Sent) -> SendOutcome:
            if all(proposal != choice for choice, _ in ask.choices):
                return "no_such"
            if proposal in sent.supported:
                return "repeated"
            if len(sent.supported) >= SUPPORTS_PER_VOTER:
                return "enough"
            sent.supported.append(proposal)
            return "queued"

        return self._send(device, key, ("support",), record, proposal)

    def score(self, device: str, key: str | None, statement: str, score: int) -> SendOutcome:
        """A phone's score (1-5) on a statement of the open "statements" ask; it may change its mind."""

        def record(ask: Ask, sent: Sent) -> SendOutcome:
            if all(statement != id_ for id_, _ in ask.statements) or not 1 <= score <= 5:
                return "no_such"
            if sent.scores.get(statement) == score:
                return "repeated"
            sent.scores[statement] = score
            return "queued"

        return self._send(device, key, ("statements",), record, (statement, score))

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
                "ask": self._ask_for(device),
            }

    def _send(
        self,
        device: str,
        key: str | None,
        kinds: tuple[AskKind, ...],
        record: Callable[[Ask, Sent], SendOutcome],
        value: int | tuple[str, int] | None = None,
    ) -> SendOutcome:
        """Record what `device` sent to the open ask (if it is of `kinds` and, given a key, that key) and
        queue it for the window."""
        with self._lock:
            ask = self._ask
            if ask is None or ask.kind not in kinds or (key is not None and key != ask.key):
                return "closed"
            if len(self._inbox) >= MAX_INBOX:
                return "busy"
            if ask.key not in self._sent and len(self._sent) >= MAX_KEYS:
                del self._sent[next(iter(self._sent))]  # the oldest question: no session asks this many
            sent = self._sent.setdefault(ask.key, {}).setdefault(device, Sent())
            outcome = record(ask, sent)
            if outcome == "queued":
                queued = sent.texts[-1] if value is None else value
                self._inbox.append(Inbound(device, ask.kind, ask.key, queued))
                self._devices[device] = self._clock()
                # The window sees the new version; the phones' streams are not woken: another phone's
                # answer changes nothing on theirs (60 answers would be 3,600 writes)
                self._changed()
            return outcome

    # -- inside the lock ---------------------------------------------------------------

    @staticmethod
    def _text(sent: Sent, text: str) -> SendOutcome:
        if len(sent.texts) >= MAX_ANSWERS_PER_ASK:
            return "enough"
        sent.texts.append(text)
        return "queued"

    def _ask_for(self, device: str | None) -> dict[str, Any] | None:
        """The open ask as a phone sees it, with its own part in it (never another phone's)."""
        ask = self._ask
        if ask is None:
            return None
        sent = self._sent.get(ask.key, {}).get(device or "", Sent())
        return {
            "kind": ask.kind,
            "prompt": ask.prompt,
            "key": ask.key,
            "limit": TEXT_LIMITS.get(ask.kind),  # characters, for a text ask
            "max": MAX_ANSWERS_PER_ASK,
            "sent": len(sent.texts),
            "yours": list(sent.texts),
            "choices": [{"id": id_, "text": text} for id_, text in ask.choices],
            "supported": list(sent.supported),
            "statements": [{"id": id_, "text": text} for id_, text in ask.statements],
            "scores": dict(sent.scores),
        }

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
            inbox=len(self._inbox),
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
