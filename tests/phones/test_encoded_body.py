"""A vote whose Content-Encoding does not decode (a gzip body that is not gzip) is a 400, not a 500 with
two warnings on the facilitator's console; a real gzip body still counts and a gzip bomb is a 413."""

from __future__ import annotations

import gzip
import json

import pytest

from game.phones.hub import VoteHub
from game.phones.server import STATUSES, PhoneServer
from tests.phones.conftest import CARD
from tests.phones.raw import exchange, watched_console
from tests.phones.test_contract import device_cookie


def vote(server: PhoneServer, encoding: str, body: bytes, device: str = "") -> bytes:
    head = [
        f"POST /{server.token}/vote HTTP/1.1",
        "Host: 127.0.0.1",
        "Content-Type: application/json",
        f"Content-Encoding: {encoding}",
        f"Content-Length: {len(body)}",
        *([f"Cookie: device={device}"] if device else []),
        "Connection: close",
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


# mtime=0: a gzip header dated now would name the test differently on each xdist worker (their collections
# must match)
CUT_GZIP = gzip.compress(b'{"card": "x"}', mtime=0)[:-6]


@pytest.mark.parametrize("body", [b"abcd", CUT_GZIP, b"\x1f\x8b" + b"\0" * 30])
def test_a_body_that_does_not_decode_is_a_400_and_no_warning(
    server: PhoneServer, hub: VoteHub, body: bytes
) -> None:
    hub.show(CARD, voting=True, lang="nl")
    device = device_cookie(server.url)
    with watched_console() as console:
        answer = exchange(server.port, vote(server, "gzip", body, device))
        follow = exchange(server.port, vote(server, "gzip", body))  # and without a cookie
    assert (answer.status, follow.status) == (400, 400)
    assert console.records == []
    assert hub.snapshot().cast == 0


def test_a_gzip_vote_counts_and_a_gzip_bomb_is_413(server: PhoneServer, hub: VoteHub) -> None:
    hub.show(CARD, voting=True, lang="nl")
    device = device_cookie(server.url)
    good = gzip.compress(json.dumps({"card": CARD.card_id, "option": 2}).encode())
    bomb = gzip.compress(b"0" * 10_000_000, 9)[:1000]  # under 1 KiB packed, megabytes unpacked
    with watched_console() as console:
        counted = exchange(server.port, vote(server, "gzip", good, device))
        refused = exchange(server.port, vote(server, "gzip", bomb, device))
    assert counted.status == 200 and json.loads(counted.body)["your_vote"] == 2
    assert refused.status == 413 and refused.status in STATUSES
    assert console.records == []
