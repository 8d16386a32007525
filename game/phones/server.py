"""The phones' web server: aiohttp in a thread of its own with its own event loop (README: the HTTP contract).

Everything lives under /TOKEN/ (an unguessable token); any other request gets a bare 404. Each phone gets
an anonymous device id in a cookie; votes go to the VoteHub, which the game reads.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import re
import secrets
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from game.errors import GameError
from game.i18n import t
from game.paths import ASSETS_DIR, FONTS_DIR
from game.phones.hub import VoteHub

PAGE_DIR = ASSETS_DIR / "phone"
MAX_BODY = 1024  # bytes of a vote's body; more is 413
COOKIE = "device"
DEVICE_ID = re.compile(r"^[A-Za-z0-9_-]{22}$")
MAX_STREAMS = 4  # live connections one phone may hold (a page in a few tabs), not a flood
PING_SECONDS = 15.0  # a comment on every live connection this often: dead phones are noticed
HEADERS = {
    # Only the game's own files: no outside script, style, font or frame.
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; connect-src 'self'; "
        "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
FILES = {  # what the page loads, by name under /TOKEN/
    "phone.js": (PAGE_DIR / "phone.js", "text/javascript"),
    "phone.css": (PAGE_DIR / "phone.css", "text/css"),
    "font.ttf": (FONTS_DIR / "AtkinsonHyperlegible-Regular.ttf", "font/ttf"),
    "font-bold.ttf": (FONTS_DIR / "AtkinsonHyperlegible-Bold.ttf", "font/ttf"),
}


@dataclass
class Streams:
    """The live connections' wake-up events, and whether the server is closing (they then end)."""

    events: set[asyncio.Event] = field(default_factory=set)
    closing: bool = False

    def wake(self) -> None:
        for event in list(self.events):
            event.set()


STREAMS = web.AppKey("streams", Streams)
PAGE_WORDS = ("wait", "notyet", "vote", "voted", "change", "closed", "offline", "title")  # phone.* in i18n


class PhoneServerError(GameError):
    """The server could not start (address not on this machine, port taken); the message says so plainly."""


@dataclass
class Bucket:
    """A token bucket: `rate` requests a second, `burst` at once."""

    rate: float
    burst: float
    tokens: float
    at: float

    def take(self, now: float) -> bool:
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


class Limits:
    """Requests per device and per address; old buckets are forgotten."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate, self.burst = rate, burst
        self._buckets: dict[str, Bucket] = {}

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) > 5000:
                self._buckets.clear()
            bucket = self._buckets[key] = Bucket(self.rate, self.burst, self.burst, now)
        return bucket.take(now)


def page_words(lang: str) -> dict[str, str]:
    return {word: t(f"phone.{word}", lang) for word in PAGE_WORDS}


def render_page(state: dict[str, Any]) -> str:
    """The phone page with the card already in it (escaped) and its words as data for the script."""
    lang = str(state["lang"])
    words = json.dumps({code: page_words(code) for code in ("nl", "en")}, ensure_ascii=True)
    values = {
        "lang": html.escape(lang),
        "page_title": html.escape(t("phone.title", lang)),
        "title": html.escape(str(state["title"])),
        "text": html.escape(str(state["text"])),
        "status": html.escape(t("phone.wait", lang) if state["card"] is None else ""),
        "words": html.escape(words.replace("<", "\\u003c"), quote=False),
    }
    page = (PAGE_DIR / "phone.html").read_text(encoding="utf-8")
    return re.sub(r"\{\{(\w+)\}\}", lambda match: values[match.group(1)], page)


@dataclass(frozen=True)
class RateLimits:
    """Requests a second (and at once) per device for votes and per address for everything."""

    votes_per_second: float = 2.0  # per device: a vote, a change of mind, never a stream of them
    vote_burst: float = 8.0
    requests_per_second: float = 200.0  # per address: a room's phones behind one hotspot, not a flood
    request_burst: float = 600.0


def make_app(hub: VoteHub, token: str, limits: RateLimits = RateLimits()) -> web.Application:
    """The aiohttp application for one session's token."""
    votes = Limits(limits.votes_per_second, limits.vote_burst)
    requests = Limits(limits.requests_per_second, limits.request_burst)
    streams = Streams()

    @web.middleware
    async def guard(
        request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        if not secrets.compare_digest(request.match_info.get("token", ""), token):
            return web.Response(status=404)
        if not requests.allow(request.remote or ""):
            return _json({"error": "too many requests"}, 429)
        response = await handler(request)
        response.headers.update(HEADERS)
        return response

    def device_of(request: web.Request) -> str | None:
        device = request.cookies.get(COOKIE, "")
        return device if DEVICE_ID.match(device) and hub.knows(device) else None

    def joined(request: web.Request, response: web.StreamResponse) -> str | None:
        """The request's device, a new one (with its cookie) if it has none; None when the room is full."""
        device = device_of(request)
        if device is None:
            device = secrets.token_urlsafe(16)
            response.set_cookie(
                COOKIE, device, path=f"/{token}/", httponly=True, samesite="Strict", max_age=12 * 3600
            )
        return device if hub.join(device) else None

    async def page(request: web.Request) -> web.StreamResponse:
        response = web.Response(content_type="text/html", charset="utf-8")
        device = joined(request, response)
        response.text = render_page(hub.state_for(device))
        return response

    async def state(request: web.Request) -> web.StreamResponse:
        response = _json({})
        device = joined(request, response)
        response.text = json.dumps(hub.state_for(device), ensure_ascii=False)
        return response

    async def vote(request: web.Request) -> web.StreamResponse:
        if (request.content_length or 0) > MAX_BODY:
            return _json({"error": f"the body is larger than {MAX_BODY} bytes"}, 413)
        try:
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return _json({"error": f"the body is larger than {MAX_BODY} bytes"}, 413)
        device = device_of(request)
        if device is None:
            return _json({"error": "unknown device: open the page first"}, 400)
        if not votes.allow(device):
            return _json({"error": "too many votes; wait a moment"}, 429)
        parsed = parse_vote(body)
        if isinstance(parsed, str):
            return _json({"error": parsed}, 400)
        card, option = parsed
        outcome = hub.vote(device, card, option - 1)
        if outcome == "bad_option":
            return _json({"error": "option: no such option on this card"}, 400)
        status = 200 if outcome == "counted" else 409
        return _json(hub.state_for(device), status)

    async def events(request: web.Request) -> web.StreamResponse:
        """Server-sent events: the state now and after every change (the page reconnects by itself)."""
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", "X-Accel-Buffering": "no"}
        )
        device = joined(request, response)
        if device is None:
            return _json({"error": "the room is full"}, 503)
        if hub.streams_of(device) >= MAX_STREAMS:
            return _json({"error": "too many live connections from this phone"}, 429)
        response.headers.update(HEADERS)
        await response.prepare(request)
        changed = asyncio.Event()
        streams.events.add(changed)
        hub.stream(device, True)
        sent = -1
        try:
            while not streams.closing:
                current = hub.state_for(device)
                if current["version"] != sent:
                    sent = current["version"]
                    await response.write(f"data: {json.dumps(current, ensure_ascii=False)}\n\n".encode())
                else:
                    await response.write(b": ping\n\n")
                changed.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(changed.wait(), PING_SECONDS)
        except ConnectionError:
            pass  # the phone went away
        finally:
            streams.events.discard(changed)
            hub.stream(device, False)
        return response

    async def asset(request: web.Request) -> web.StreamResponse:
        path, kind = FILES[request.match_info["name"]]
        return web.Response(body=path.read_bytes(), content_type=kind)

    app = web.Application(client_max_size=MAX_BODY, middlewares=[guard])
    app[STREAMS] = streams
    app.router.add_get("/{token}/", page)
    app.router.add_get("/{token}/state", state)
    app.router.add_post("/{token}/vote", vote)
    app.router.add_get("/{token}/events", events)
    app.router.add_get("/{token}/{name:" + "|".join(re.escape(name) for name in FILES) + "}", asset)
    return app


def parse_vote(body: bytes) -> tuple[str, int] | str:
    """(card id, option from 1) from a vote's JSON body, or what is wrong with it."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return "the body is not JSON"
    if not isinstance(data, dict) or set(data) != {"card", "option"}:
        return 'expected {"card": id, "option": n}'
    card, option = data["card"], data["option"]
    if not isinstance(card, str) or not 0 < len(card) <= 200:
        return "card: expected the card's id"
    if not isinstance(option, int) or isinstance(option, bool) or not 1 <= option <= 9:
        return "option: expected a number from 1"
    return card, option


def _json(data: dict[str, Any], status: int = 200) -> web.Response:
    return web.Response(
        text=json.dumps(data, ensure_ascii=False), status=status, content_type="application/json"
    )


class PhoneServer:
    """Runs the app in a daemon thread; `start` returns once it listens (or raises PhoneServerError)."""

    def __init__(
        self,
        hub: VoteHub,
        host: str,
        port: int = 0,
        token: str | None = None,
        limits: RateLimits = RateLimits(),
    ) -> None:
        self.hub = hub
        self.limits = limits
        self.host = host
        self.token = token or secrets.token_urlsafe(16)  # 128 bits, short enough to type
        self.port = port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._problem: str | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/{self.token}/"

    def start(self, timeout: float = 10.0) -> str:
        self._thread = threading.Thread(target=self._serve, name="phones", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise PhoneServerError("the phone server did not start in time")
        if self._problem is not None:
            raise PhoneServerError(self._problem)
        return self.url

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is not None and thread is not None and thread.is_alive():
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
            thread.join(5)
        self._thread = None

    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._open())
        except OSError as error:
            self._problem = _start_problem(self.host, self.port, error)
        finally:
            self._ready.set()
        if self._problem is None:
            loop.run_forever()
        loop.close()

    async def _open(self) -> None:
        app = make_app(self.hub, self.token, self.limits)
        loop = asyncio.get_running_loop()
        streams = app[STREAMS]

        def wake_streams() -> None:  # the hub changes in any thread; the streams live in this loop
            loop.call_soon_threadsafe(streams.wake)

        self.hub.add_listener(wake_streams)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except OSError:
            await runner.cleanup()
            raise
        self._runner = runner
        self.port = int(runner.addresses[0][1])

    async def _shutdown(self) -> None:
        runner = self._runner
        if runner is not None:
            streams = runner.app[STREAMS]
            streams.closing = True
            streams.wake()
            await runner.cleanup()
        asyncio.get_running_loop().stop()


def _start_problem(host: str, port: int, error: OSError) -> str:
    import errno

    if error.errno == errno.EADDRINUSE:
        return f"port {port} on {host} is already in use; start with another --port"
    if error.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
        return f"{host} is not an address of this computer"
    return f"could not listen on {host}:{port} ({error.strerror or error})"
