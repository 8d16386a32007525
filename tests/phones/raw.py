"""Raw HTTP over a socket to 127.0.0.1, for requests no HTTP client would send (broken bytes, odd methods),
and a watch on the console: every log record at warning or above, so a test can say none was a traceback;
and the limits the servers' fuzzers run under."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields

from game.phones.server import RateLimits

# A fuzzer is one address sending fast: every limit is out of its way (tested elsewhere)
FUZZ_LIMITS = RateLimits(**{limit.name: 10_000.0 for limit in fields(RateLimits)})


@dataclass(frozen=True)
class Answer:
    """A server's answer: status, headers (lower-case names) and body."""

    status: int
    headers: dict[str, str]
    body: bytes


def exchange(port: int, request: bytes, timeout: float = 10.0) -> Answer:
    """Send `request` as it is and read the answer to its end (the request should say Connection: close)."""
    with socket.create_connection(("127.0.0.1", port), timeout) as connection:
        connection.sendall(request)  # no half-close: asyncio closes a connection at its end of file
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    return parse(b"".join(chunks))


def parse(raw: bytes) -> Answer:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1]) if lines[0].startswith("HTTP/") else 0
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return Answer(status, headers, body)


def get(path: bytes, *headers: bytes) -> bytes:
    """A GET of `path` (bytes as they are) with `headers`, closing the connection after the answer."""
    lines = [b"GET " + path + b" HTTP/1.1", b"Host: 127.0.0.1", *headers, b"Connection: close"]
    return b"\r\n".join(lines) + b"\r\n\r\n"


class Console(logging.Handler):
    """Every record at warning or above that reaches the root logger while it is attached."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def tracebacks(self) -> list[str]:
        """What would show as an error or a traceback on the facilitator's console."""
        return [
            f"{record.name}: {record.getMessage()}"
            for record in self.records
            if record.levelno >= logging.ERROR or record.exc_info
        ]


@contextmanager
def watched_console() -> Iterator[Console]:
    console = Console()
    root = logging.getLogger()
    root.addHandler(console)
    try:
        yield console
    finally:
        root.removeHandler(console)
