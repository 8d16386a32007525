"""The page refused for too many requests from one address (a room reloading at once behind one hotspot)
still says why in words, with the page's own headers, instead of a line of JSON in the browser."""

from __future__ import annotations

from game.i18n import STRINGS
from game.phones.hub import VoteHub
from game.phones.server import HEADERS, PhoneServer, RateLimits
from tests.phones.raw import exchange, get, watched_console


def test_the_page_over_the_address_limit_is_the_page_saying_too_fast(hub: VoteHub) -> None:
    tight = RateLimits(requests_per_second=0.001, request_burst=2)
    server = PhoneServer(hub, "127.0.0.1", 0, limits=tight)
    server.start()
    try:
        page = get(f"/{server.token}/".encode())
        with watched_console() as console:
            answers = [exchange(server.port, page) for _ in range(3)]
            state = exchange(server.port, get(f"/{server.token}/state".encode()))
    finally:
        server.stop()
    assert [answer.status for answer in answers] == [200, 200, 429]
    refused = answers[2]
    assert refused.headers["content-type"].startswith("text/html")
    assert STRINGS["phone.fast"]["nl"] in refused.body.decode("utf-8")
    assert "set-cookie" not in refused.headers
    assert refused.headers["content-security-policy"] == HEADERS["Content-Security-Policy"]
    assert state.status == 429 and state.headers["content-type"].startswith("application/json")
    assert hub.snapshot().joined == 2
    assert console.records == []
