"""The servers' door against connection floods: connections per address, slow heads, accept() failures."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import time
from collections.abc import Callable
from typing import Any, cast

# Per address at once. A phone's page holds one live stream, a request or two and a connection its browser
# keeps alive: about 4. 160 keeps 40 phones behind one address (a venue's Wi-Fi that NATs its guests) working,
# and stays under a Mac's default limit of 256 open files, so one address cannot use them all up.
MAX_CONNECTIONS_PER_ADDRESS = 160
HEAD_SECONDS = (
    10.0  # a request's head (its first lines) must arrive this soon after connecting, else it closes
)
WANTED_FILES = 4096  # the soft limit of open files the server asks for at start, where the system allows it
ACCEPT_LOG_SECONDS = 60.0  # an accept() that fails for want of files is said at most this often
OUT_OF_RESOURCES = (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM)
log = logging.getLogger("game.phones")


class Door:
    """Makes the server's connections (wrapping aiohttp's `factory`), counting them per address: one over
    `per_address` is closed at once, one whose request head has not arrived in `head_seconds` too."""

    def __init__(
        self, factory: Callable[[], asyncio.BaseProtocol], per_address: int, head_seconds: float
    ) -> None:
        self.factory = factory
        self.per_address = per_address
        self.head_seconds = head_seconds
        self.open: dict[str, int] = {}

    def __call__(self) -> Guarded:
        return Guarded(self)


class Guarded(asyncio.Protocol):
    """One connection: counted by its address, then handed to aiohttp's protocol (unless refused)."""

    def __init__(self, door: Door) -> None:
        self.door = door
        self.inner: Any = None  # aiohttp's RequestHandler once admitted
        self.address = ""
        self.timer: asyncio.TimerHandle | None = None
        self.tail = b""

    def connection_made(self, base: asyncio.BaseTransport) -> None:
        transport = cast(asyncio.Transport, base)  # a TCP server's: it can be aborted
        peer = transport.get_extra_info("peername")
        self.address = str(peer[0]) if isinstance(peer, tuple) and peer else ""
        door = self.door
        if door.open.get(self.address, 0) >= door.per_address:
            transport.abort()  # at once: not even an answer, which would hold the file longer
            return
        door.open[self.address] = door.open.get(self.address, 0) + 1
        self.timer = asyncio.get_running_loop().call_later(door.head_seconds, transport.abort)
        self.inner = door.factory()
        self.inner.connection_made(transport)

    def data_received(self, data: bytes) -> None:
        if self.inner is None:
            return
        if (
            self.timer is not None
        ):  # the head ends with an empty line; the tail catches one split across reads
            window = self.tail + data
            if b"\r\n\r\n" in window or b"\n\n" in window:
                self.timer.cancel()
                self.timer = None
            self.tail = window[-3:]
        self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received() if self.inner is not None else None

    def pause_writing(self) -> None:
        if self.inner is not None:
            self.inner.pause_writing()

    def resume_writing(self) -> None:
        if self.inner is not None:
            self.inner.resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.inner is None:
            return
        if self.timer is not None:
            self.timer.cancel()
        left = self.door.open.get(self.address, 1) - 1
        if left > 0:
            self.door.open[self.address] = left
        else:
            self.door.open.pop(self.address, None)
        inner, self.inner = self.inner, None
        inner.connection_lost(exc)


class LoopProblems:
    """The server loop's exception handler: a line on the console, never a traceback. An accept() that fails
    for want of files (asyncio then stops accepting for a second and tries again) is said once a minute."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.said_at: float | None = None

    def __call__(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, OSError) and error.errno in OUT_OF_RESOURCES:
            now = time.monotonic()
            if self.said_at is None or now - self.said_at >= ACCEPT_LOG_SECONDS:
                self.said_at = now
                log.warning(
                    "%s cannot take new connections for now (%s); it tries again every second",
                    self.label,
                    error.strerror or error,
                )
            return
        log.warning("%s: %s (%r)", self.label, context.get("message", "a problem"), error)


def raise_file_limit(wanted: int = WANTED_FILES) -> None:
    """Raise the soft limit of open files to `wanted` (or the hard limit if lower), where the system has one
    (not Windows); a system that refuses keeps its limit."""
    try:
        import resource
    except ImportError:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(hard, wanted)
    if soft != resource.RLIM_INFINITY and soft < target:
        with contextlib.suppress(ValueError, OSError):  # a Mac may refuse over its kern.maxfilesperproc
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
