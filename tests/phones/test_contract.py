"""The server's contract where issue 23 found it broken: non-ASCII paths, devices made by any request, a
room that only grows, the redirect, the hub's listeners, the stream's lost wake-up, a start that fails,
and the page's JSON. Each test failed on the code before the fix; all talk only to 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
import urllib.request
from http.cookiejar import CookieJar
from typing import Any

import aiohttp
import pytest

import game.phones.server as server_module
from game.i18n import STRINGS
from game.phones.hub import LIVE_SECONDS, MAX_DEVICES, Ballot, VoteHub
from game.phones.server import PhoneServer, PhoneServerError, RateLimits, render_page
from tests.phones.conftest import CARD
from tests.phones.raw import exchange, get, watched_console

TIMEOUT = aiohttp.ClientTimeout(total=10)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def device_cookie(url: str) -> str:
    """The device id a phone gets by opening the page."""
    jar = CookieJar()
    phone = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with phone.open(url, timeout=10) as page:
        assert page.status == 200
    return next(cookie.value for cookie in jar if cookie.name == "device" and cookie.value)


# -- 1. a non-ASCII path ---------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        b"/%C3%A9/state",
        b"/%C3%A9/",
        b"/%FF%FE/state",
        b"/%ED%A0%80/",  # a surrogate, which UTF-8 may not hold
        b"/%00/state",
        b"/TOKEN%C3%A9/state",
    ],
)
def test_a_path_with_non_ascii_is_a_bare_404_and_no_traceback(server: PhoneServer, path: bytes) -> None:
    with watched_console() as console:
        answer = exchange(server.port, get(path.replace(b"TOKEN", server.token.encode())))
    assert answer.status == 404 and answer.body == b""
    assert "set-cookie" not in answer.headers
    assert console.tracebacks() == []


def test_a_path_with_raw_non_ascii_bytes_is_refused_by_http_itself_without_a_traceback(
    server: PhoneServer,
) -> None:
    with watched_console() as console:
        answer = exchange(server.port, get(f"/{server.token}/é".encode()))
    assert answer.status == 400 and "set-cookie" not in answer.headers
    assert console.tracebacks() == []


# -- 2. devices, the room's limit, presence ----------------------------------------------


def test_requests_without_a_cookie_make_no_device(server: PhoneServer, hub: VoteHub) -> None:
    hub.show(CARD, voting=True, lang="nl")

    async def flood() -> None:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar(), timeout=TIMEOUT) as stranger:
            for _ in range(300):
                async with stranger.get(server.url + "state") as response:
                    assert response.status == 200 and "Set-Cookie" not in response.headers
                    assert (await response.json())["your_vote"] is None
            async with stranger.get(server.url + "events") as response:
                assert response.status == 400
            body = json.dumps({"card": "scanauto", "option": 1})
            async with stranger.post(server.url + "vote", data=body) as response:
                assert response.status == 400

    asyncio.run(flood())
    assert hub.snapshot().joined == 0


def test_a_room_of_sixty_behind_one_address_joins_but_a_flood_of_new_phones_stops(hub: VoteHub) -> None:
    async def pages(url: str, count: int) -> list[int]:
        statuses = []
        async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar(), timeout=TIMEOUT) as stranger:
            for _ in range(count):
                async with stranger.get(url) as response:
                    statuses.append(response.status)
                    if response.status == 429:
                        assert STRINGS["phone.fast"]["nl"] in await response.text()
                        assert "Set-Cookie" not in response.headers
        return statuses

    room = PhoneServer(hub, "127.0.0.1", 0)  # the default limits
    room.start()
    try:
        assert asyncio.run(pages(room.url, 60)) == [200] * 60
        assert hub.snapshot().joined == 60
    finally:
        room.stop()
    slow = RateLimits(new_phones_per_second=0.001, new_phone_burst=100)
    flooded = PhoneServer(VoteHub("nl"), "127.0.0.1", 0, limits=slow)
    flooded.start()
    try:
        statuses = asyncio.run(pages(flooded.url, 150))
        assert statuses.count(200) == 100 and statuses.count(429) == 50
        assert flooded.hub.snapshot().joined == 100
    finally:
        flooded.stop()


def test_a_phone_that_has_gone_no_longer_holds_up_everyone_voted() -> None:
    clock = Clock()
    hub = VoteHub("nl", clock=clock)
    hub.show(CARD, voting=True, lang="nl")
    for device in ("a", "b", "c"):
        assert hub.join(device)
    hub.stream("c", True)  # c keeps its live connection open all along
    hub.vote("a", CARD.card_id, 0)
    hub.vote("c", CARD.card_id, 1)
    assert not hub.snapshot().everyone_voted  # b is still in the room
    clock.now += LIVE_SECONDS + 1  # b's battery is flat: nothing heard of it since
    snapshot = hub.snapshot()
    assert snapshot.everyone_voted and snapshot.connected == 1 and snapshot.waiting == 0  # a and b gone
    assert snapshot.joined == 3 and snapshot.cast == 2
    assert hub.seen("b")  # b comes back (a request): present again, and waited for
    assert not hub.snapshot().everyone_voted and hub.snapshot().waiting == 1


def test_waiting_for_everyone_ends_when_the_last_phone_without_a_vote_leaves() -> None:
    clock = Clock()
    hub = VoteHub("nl", clock=clock)
    hub.show(CARD, voting=True, lang="nl")
    hub.join("a")
    hub.join("b")
    hub.vote("a", CARD.card_id, 0)

    def battery_dies() -> None:  # time passes; the hub is not told anything
        clock.now += LIVE_SECONDS + 1

    timer = threading.Timer(0.05, battery_dies)
    timer.start()
    snapshot = hub.wait(lambda s: s.everyone_voted, timeout=LIVE_SECONDS / 2)
    timer.join()
    assert snapshot.everyone_voted and snapshot.counts == (1, 0, 0)


def test_a_full_room_makes_room_for_a_new_phone_only_by_forgetting_one_that_has_gone() -> None:
    clock = Clock()
    hub = VoteHub("nl", clock=clock)
    for number in range(MAX_DEVICES):
        assert hub.join(f"flood{number}")
    assert not hub.join("phone")  # everyone is present: full
    clock.now += LIVE_SECONDS + 1
    assert hub.seen("flood7")  # this one is still here
    assert hub.join("phone")  # the longest silent one is forgotten
    assert hub.knows("phone") and hub.knows("flood7") and not hub.knows("flood0")
    assert hub.snapshot().joined == MAX_DEVICES


# -- 4. the redirect -------------------------------------------------------------------------


def test_the_address_without_its_slash_redirects_and_a_wrong_token_does_not(server: PhoneServer) -> None:
    answer = exchange(server.port, get(f"/{server.token}".encode()))
    assert answer.status == 302 and answer.headers["location"] == f"/{server.token}/"
    wrong = server.token[:-1] + ("A" if server.token[-1] != "A" else "B")
    answer = exchange(server.port, get(f"/{wrong}".encode()))
    assert answer.status == 404 and answer.body == b"" and "location" not in answer.headers
    with urllib.request.urlopen(server.url.removesuffix("/"), timeout=10) as page:  # a browser follows it
        assert page.status == 200 and page.url == server.url


# -- 5. the hub's listeners ----------------------------------------------------------------------


def test_after_the_server_stops_the_hub_goes_on(hub: VoteHub) -> None:
    server = PhoneServer(hub, "127.0.0.1", 0)
    server.start()
    server.stop()
    hub.show(CARD, voting=True, lang="nl")  # the stopped server's loop is closed: not called any more
    hub.join("a")
    assert hub.vote("a", CARD.card_id, 1) == "counted"


def test_a_failing_listener_cannot_break_the_hub_and_listeners_run_outside_its_lock(hub: VoteHub) -> None:
    heard: list[int] = []
    read_meanwhile: list[int] = []

    def broken() -> None:
        raise RuntimeError("Event loop is closed")

    def reads_from_another_thread() -> None:  # as a server thread would, while the game's thread changes
        reader = threading.Thread(target=lambda: read_meanwhile.append(hub.snapshot().version))
        reader.start()
        reader.join(5)
        heard.append(hub.version)

    hub.add_listener(broken)
    hub.add_listener(reads_from_another_thread)
    with watched_console() as console:
        hub.show(CARD, voting=True, lang="nl")
    assert heard == [1] and read_meanwhile == [1]
    assert [record.getMessage() for record in console.records] == [
        "a listener of the phones failed: RuntimeError('Event loop is closed')"
    ]
    assert console.tracebacks() == []
    hub.remove_listener(broken)
    hub.remove_listener(reads_from_another_thread)
    hub.show(None, voting=False, lang="nl")
    assert heard == [1]


# -- 6. the stream's wake-up -------------------------------------------------------------------


class SignallingHub(VoteHub):
    """Says when the server has read a state with a long text (it is about to write it)."""

    def __init__(self) -> None:
        super().__init__("nl")
        self.read_long = threading.Event()

    def state_for(self, device: str | None) -> dict[str, Any]:
        state = super().state_for(device)
        if len(state["text"]) > 1_000_000:
            self.read_long.set()
        return state


def test_a_change_while_a_slow_phone_is_written_to_is_sent_without_waiting_for_the_ping(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(server_module, "PING_SECONDS", 3600.0)  # only a wake-up can send the change
    hub = SignallingHub()
    server = PhoneServer(hub, "127.0.0.1", 0)
    server.start()
    try:
        device = device_cookie(server.url)
        long = Ballot("long", "Een lange kaart", "x" * 12_000_000, ("Ja", "Nee"))  # more than the buffers
        hub.show(long, voting=True, lang="nl")
        with socket.socket() as slow:
            slow.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # a slow phone: it reads nothing yet
            slow.settimeout(10)
            slow.connect(("127.0.0.1", server.port))
            slow.sendall(get(f"/{server.token}/events".encode(), f"Cookie: device={device}".encode()))
            assert hub.read_long.wait(10)  # the server has the long state and is writing it
            hub.show(CARD, voting=True, lang="nl")  # the facilitator moves on meanwhile
            received = b""
            while b'"card": "scanauto"' not in received:
                chunk = slow.recv(1 << 20)  # times out (and fails) if the change waits for the ping
                assert chunk, "the stream ended"
                received = received[-2000:] + chunk
    finally:
        server.stop()


def test_a_live_connection_to_a_phone_that_has_gone_is_given_up_after_live_seconds() -> None:
    option = getattr(socket, "TCP_USER_TIMEOUT", None)
    if option is None:
        pytest.skip("TCP_USER_TIMEOUT is Linux's; elsewhere TCP's own retry limit ends the connection")

    class Transport:
        def __init__(self, connection: socket.socket) -> None:
            self.connection = connection

        def get_extra_info(self, name: str) -> object:
            return self.connection if name == "socket" else None

    with (
        socket.create_server(("127.0.0.1", 0)) as listener,
        socket.create_connection(listener.getsockname()) as connection,
    ):
        server_module.drop_when_gone(Transport(connection))  # type: ignore[arg-type]
        assert connection.getsockopt(socket.IPPROTO_TCP, option) == int(LIVE_SECONDS * 1000)


# -- 7. a start that fails -------------------------------------------------------------------------


async def listen_fails(self: asyncio.BaseEventLoop, *args: object, **kwargs: object) -> asyncio.Server:
    raise RuntimeError("no event loop policy for this")


class Nowhere:
    def __init__(self) -> None:
        self.sockets: list[socket.socket] = []  # a server "running" on port 0

    def close(self) -> None:
        pass


async def listen_nowhere(self: asyncio.BaseEventLoop, *args: object, **kwargs: object) -> Nowhere:
    return Nowhere()


@pytest.mark.parametrize("listen", [listen_fails, listen_nowhere])
def test_a_start_that_fails_in_any_way_is_said_and_never_runs_on_port_0(
    hub: VoteHub, monkeypatch: pytest.MonkeyPatch, listen: Any
) -> None:
    monkeypatch.setattr(asyncio.BaseEventLoop, "create_server", listen)  # the server listens through it
    server = PhoneServer(hub, "127.0.0.1", 0)
    with pytest.raises(PhoneServerError, match="the phone server could not start"):
        server.start()
    server.stop()
    hub.show(CARD, voting=True, lang="nl")  # its listener did not stay behind in the hub


# -- 8. the page's JSON in its script element ------------------------------------------------------


def test_the_page_words_are_json_for_the_script_element_not_html(monkeypatch: pytest.MonkeyPatch) -> None:
    tricky = "Stem </script><script>alert(1)</script> & \"kies\" 'nu' <!-- \u2028 &amp;"
    monkeypatch.setitem(STRINGS, "phone.vote", {"nl": tricky, "en": tricky})
    state = {"card": "x", "title": "</script><b>", "text": 'a & "b"', "lang": "nl"}
    page = render_page(state)
    scripts = re.findall(r'<script type="application/json" id="words">(.*?)</script>', page, re.DOTALL)
    assert len(scripts) == 1
    words = scripts[0]
    assert not set(words) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(words)["nl"]["vote"] == tricky  # what the script reads is the word itself
    # the words' element, shared.js's and phone.js's: nothing closes one early
    assert page.count("</script>") == page.count("<script") == 3
    assert '<h1 id="title">&lt;/script&gt;&lt;b&gt;</h1>' in page
    assert "a &amp; &quot;b&quot;" in page
