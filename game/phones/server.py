"""The phones' web server: aiohttp in a thread of its own with its own event loop (README: the HTTP contract).

Everything lives under /TOKEN/ (an unguessable token); any other request gets a bare 404. A phone that
opens the page gets an anonymous device id in a cookie; votes go to the VoteHub, which the game reads, and
the debrief's answers, supports and scores are queued there for the window (cleaned; shown back only to the
phone that sent them).
Whatever a request holds, the answer is one of STATUSES and nothing reaches the console as a traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import logging
import re
import secrets
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError
from aiohttp.typedefs import Handler, Middleware
from aiohttp.web_protocol import RequestPayloadError

from game.debrief.text import TextKind, TextProblem, clean_text
from game.errors import GameError, Phrase
from game.i18n import t
from game.paths import ASSETS_DIR, FONTS_DIR
from game.phones.doorman import (
    HEAD_SECONDS,
    MAX_CONNECTIONS_PER_ADDRESS,
    Door,
    LoopProblems,
    raise_file_limit,
)
from game.phones.hub import LIVE_SECONDS, TEXT_KINDS, SendOutcome, VoteHub
from game.phones.page import SHARED_CSS, SHARED_JS, fill, page_head

PAGE_DIR = ASSETS_DIR / "phone"
MAX_BODY = 1024  # bytes of a vote's (support's, score's) body; more is 413
MAX_TEXT_BODY = 4096  # bytes of an answer's body: 280 characters, each up to 12 bytes as JSON escapes
COOKIE = "device"
DEVICE_ID = re.compile(r"^[A-Za-z0-9_-]{22}$")
MAX_STREAMS = 4  # live connections one phone may hold (a page in a few tabs), not a flood
PING_SECONDS = 15.0  # a comment on every live connection this often: dead phones are noticed
# Every answer the server gives (README: the HTTP contract). Not 500: that would be a fault of the game's own,
# which the guard answers without a traceback and the server fuzzer looks for.
STATUSES = {
    200: "the page, the state, a counted vote, a queued answer, support or score, a live stream, the files",
    302: "/TOKEN without its slash: to /TOKEN/",
    400: "a malformed vote, answer, support or score, an empty answer, an unknown device, or a request HTTP "
    "cannot parse",
    404: "anything without the token, and any other path or method",
    409: "a vote on a closed vote or another card; an answer, support or score with no such question open",
    413: "a body over MAX_BODY (MAX_TEXT_BODY for an answer), or an answer over its limit of characters",
    417: "an Expect header other than 100-continue",
    429: "too fast: requests per address, new phones per address, votes, answers or live connections per "
    "phone, answers or supports per phone to one question, a queue the window has not taken",
    503: "the room is full",
}
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
    "shared.css": (SHARED_CSS, "text/css"),
    "shared.js": (SHARED_JS, "text/javascript"),
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
PAGE_WORDS = (  # phone.* in i18n
    "wait", "notyet", "vote", "voted", "change", "closed", "offline", "title",
    "full", "fast", "late", "again",
    "send", "sent", "yours", "chars", "kind_word", "kind_answer", "kind_proposal", "support", "supported",
    "statements", "disagree", "agree", "empty", "long", "enough", "moved", "busy", "broken",
)  # fmt: skip
# JSON inside <script>: no character that could end the element or start markup; the script reads it as is
SCRIPT_SAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)
log = logging.getLogger(__name__)


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


def render_page(state: dict[str, Any], refusal: str = "") -> str:
    """The phone page with the card already in it (escaped for HTML), its words as JSON for the script
    (escaped for the script element) and `refusal`, the phone.* word of why it may not vote, if any."""
    lang = str(state["lang"])
    words = json.dumps({code: page_words(code) for code in ("nl", "en")}, ensure_ascii=True)
    title = html.escape(t("phone.title", lang))
    values = {
        "head": page_head(html.escape(lang), title, "phone", words.translate(SCRIPT_SAFE)),
        "page_title": title,
        "title": html.escape(str(state["title"])),
        "text": html.escape(str(state["text"])),
        "status": html.escape(
            t("phone.wait", lang) if state["card"] is None and not state.get("ask") else ""
        ),
        "notice": html.escape(t(f"phone.{refusal}", lang)) if refusal else "",
        "notice_hidden": "" if refusal else " hidden",
    }
    return fill(PAGE_DIR / "phone.html", values)


@dataclass(frozen=True)
class RateLimits:
    """Requests a second (and at once) per device for votes and per address for everything."""

    votes_per_second: float = 2.0  # per device: a vote, a change of mind, never a stream of them
    vote_burst: float = 8.0  # supports and scores count as votes
    answers_per_second: float = 0.5  # per device: a text a person typed, never a stream of them
    answer_burst: float = 3.0
    requests_per_second: float = 200.0  # per address: a room's phones behind one hotspot, not a flood
    request_burst: float = 600.0
    new_phones_per_second: float = 1.0  # per address: a room of 60 behind one hotspot joins in its burst
    new_phone_burst: float = 120.0


def make_app(
    hub: VoteHub, token: str, limits: RateLimits = RateLimits(), ping_seconds: float | None = None
) -> web.Application:
    """The aiohttp application for one session's token; live connections ping every `ping_seconds`
    (PING_SECONDS when None)."""
    votes = Limits(limits.votes_per_second, limits.vote_burst)
    answers = Limits(limits.answers_per_second, limits.answer_burst)
    requests = Limits(limits.requests_per_second, limits.request_burst)
    newcomers = Limits(limits.new_phones_per_second, limits.new_phone_burst)
    streams = Streams()

    def too_fast(request: web.Request) -> str | None:  # a person opening the page reads why, in words
        return render_page(hub.state_for(None), "fast") if request.match_info.handler is page else None

    guard = token_guard(token, requests, too_fast, STATUSES, "a phone")

    def device_of(request: web.Request) -> str | None:
        """The request's device if this room knows it (and it is then present), else None."""
        device = request.cookies.get(COOKIE, "")
        return device if DEVICE_ID.match(device) and hub.seen(device) else None

    async def page(request: web.Request) -> web.StreamResponse:
        """The only request that makes a device: a phone opens the page; at most a burst per address."""
        response = web.Response(content_type="text/html", charset="utf-8")
        device = device_of(request)
        refusal = ""
        if device is None:
            if not newcomers.allow(request.remote or ""):
                response.set_status(429)
                refusal = "fast"
            elif hub.join(candidate := secrets.token_urlsafe(16)):
                device = candidate
                response.set_cookie(
                    COOKIE, device, path=f"/{token}/", httponly=True, samesite="Strict", max_age=12 * 3600
                )
            else:
                response.set_status(503)
                refusal = "full"
        response.text = render_page(hub.state_for(device), refusal)
        return response

    async def to_page(request: web.Request) -> web.StreamResponse:
        return web.Response(status=302, headers={"Location": f"/{token}/"})

    async def state(request: web.Request) -> web.StreamResponse:
        return json_answer(hub.state_for(device_of(request)))

    async def vote(request: web.Request) -> web.StreamResponse:
        body = await read_body(request, MAX_BODY)
        if isinstance(body, web.Response):
            return body
        device = device_of(request)
        if device is None:
            return json_answer({"error": UNKNOWN_DEVICE}, 400)
        if not votes.allow(device):
            return json_answer({"error": "too many votes; wait a moment"}, 429)
        parsed = parse_vote(body)
        if isinstance(parsed, str):
            return json_answer({"error": parsed}, 400)
        card, option = parsed
        outcome = hub.vote(device, card, option - 1)
        if outcome == "bad_option":
            return json_answer({"error": "option: no such option on this card"}, 400)
        status = 200 if outcome == "counted" else 409
        return json_answer(hub.state_for(device), status)

    async def sending(
        request: web.Request, limit: int, fields: dict[str, type]
    ) -> tuple[str, dict[str, Any], str | None] | web.Response:
        """What a known phone sends to the open ask: (device, fields, key); or the refusal to answer."""
        body = await read_body(request, limit)
        if isinstance(body, web.Response):
            return body
        device = device_of(request)
        if device is None:
            return _refuse(400, "unknown_device", UNKNOWN_DEVICE)
        parsed = parse_send(body, fields)
        if isinstance(parsed, str):
            return _refuse(400, "malformed", parsed)
        return device, *parsed

    async def answer(request: web.Request) -> web.StreamResponse:
        """A word, an answer or a proposal for the open ask: cleaned, then queued for the window."""
        sent = await sending(request, MAX_TEXT_BODY, {"text": str})
        if isinstance(sent, web.Response):
            return sent
        device, fields, key = sent
        ask = hub.current_ask
        if ask is None or ask.kind not in TEXT_KINDS or (key is not None and key != ask.key):
            return _refuse(409, "moved", "no question for a text is open")
        kind: TextKind = ask.kind  # type: ignore[assignment]  # one of TEXT_KINDS, checked above
        text = clean_text(fields["text"], kind)
        if text is TextProblem.EMPTY:
            return _refuse(400, "empty", "text: empty once control and invisible characters are removed")
        if text is TextProblem.TOO_LONG:
            return _refuse(413, "long", "text: longer than this question allows")
        if not answers.allow(device):
            return _refuse(429, "fast", "too many answers; wait a moment")
        return _sent(hub.answer(device, ask.key, text), device)

    async def support(request: web.Request) -> web.StreamResponse:
        """A phone supports an approved proposal (once each)."""
        sent = await sending(request, MAX_BODY, {"proposal": int})
        if isinstance(sent, web.Response):
            return sent
        device, fields, key = sent
        if not votes.allow(device):
            return _refuse(429, "fast", "too many requests from this phone; wait a moment")
        return _sent(hub.support(device, key, fields["proposal"]), device)

    async def statement(request: web.Request) -> web.StreamResponse:
        """A phone's score from 1 to 5 on a statement (it may change it)."""
        sent = await sending(request, MAX_BODY, {"statement": str, "score": int})
        if isinstance(sent, web.Response):
            return sent
        device, fields, key = sent
        if not votes.allow(device):
            return _refuse(429, "fast", "too many requests from this phone; wait a moment")
        return _sent(hub.score(device, key, fields["statement"], fields["score"]), device)

    def _sent(outcome: SendOutcome, device: str) -> web.Response:
        """The phone's new state (200), or why what it sent was not taken."""
        if outcome in ("queued", "repeated"):
            return json_answer(hub.state_for(device))
        if outcome == "closed":
            return _refuse(409, "moved", "no such question is open")
        if outcome == "no_such":
            return _refuse(400, "malformed", "no such proposal or statement, or a score outside 1-5")
        if outcome == "enough":
            return _refuse(429, "enough", "this phone has sent all the answers this question takes")
        return _refuse(429, "busy", "the game has not taken the answers yet; wait a moment")

    async def events(request: web.Request) -> web.StreamResponse:
        """Server-sent events: the state now and after every change (the page reconnects by itself). Only
        for a known device: a stream is held open, so it is counted per phone (the page falls back to
        polling `state` when refused)."""
        device = device_of(request)
        if device is None:
            return json_answer({"error": UNKNOWN_DEVICE}, 400)
        if hub.streams_of(device) >= MAX_STREAMS:
            return json_answer({"error": "too many live connections from this phone"}, 429)
        hub.stream(device, True)
        try:
            return await stream_states(request, streams, lambda: hub.state_for(device), ping_seconds)
        finally:
            hub.stream(device, False)

    app = web.Application(client_max_size=MAX_TEXT_BODY, middlewares=[guard])
    app[STREAMS] = streams
    # No HEAD (aiohttp's default for a GET): it would make a device or hold a live connection nobody reads
    app.router.add_get("/{token}", to_page, allow_head=False)
    app.router.add_get("/{token}/", page, allow_head=False)
    app.router.add_get("/{token}/state", state, allow_head=False)
    app.router.add_post("/{token}/vote", vote)
    app.router.add_post("/{token}/answer", answer)
    app.router.add_post("/{token}/support", support)
    app.router.add_post("/{token}/statement", statement)
    app.router.add_get("/{token}/events", events, allow_head=False)
    add_files(app, FILES)
    return app


def add_files(app: web.Application, files: Mapping[str, tuple[Path, str]]) -> None:
    """GET /TOKEN/`name` (no HEAD) for each of `files`: the file read as it is now, with its content type
    (the tables' server serves its page's files with it too)."""

    async def asset(request: web.Request) -> web.StreamResponse:
        path, kind = files[request.match_info["name"]]
        return web.Response(body=path.read_bytes(), content_type=kind)

    names = "/{token}/{name:" + "|".join(re.escape(name) for name in files) + "}"
    app.router.add_get(names, asset, allow_head=False)


UNKNOWN_DEVICE = "unknown device: open the page again"


async def read_body(request: web.Request, limit: int) -> bytes | web.Response:
    """The request's body, or the answer that refuses it: 413 over `limit` bytes, 400 when it cannot be
    read (a Content-Encoding that does not decode, such as a gzip body that is not gzip)."""
    too_large = json_answer({"error": f"the body is larger than {limit} bytes"}, 413)
    if (request.content_length or 0) > limit:
        return too_large
    try:
        body = await request.read()
    except web.HTTPRequestEntityTooLarge:
        return too_large
    except RequestPayloadError:
        return json_answer({"error": "the body could not be read"}, 400)
    return too_large if len(body) > limit else body


def drop_when_gone(transport: asyncio.BaseTransport | None) -> None:
    """A live connection to a phone that has gone (a flat battery, out of range) ends once a ping has gone
    unanswered for LIVE_SECONDS, where the system offers it (TCP_USER_TIMEOUT: Linux); elsewhere TCP's
    own, longer, retry limit ends it. The phone then stops counting as present LIVE_SECONDS later."""
    option = getattr(socket, "TCP_USER_TIMEOUT", None)
    connection = transport.get_extra_info("socket") if transport is not None else None
    if option is None or connection is None:
        return
    with contextlib.suppress(OSError):
        connection.setsockopt(socket.IPPROTO_TCP, option, int(LIVE_SECONDS * 1000))


class RequestLog(logging.Logger):
    """aiohttp's server log: a request HTTP cannot parse (or whose body does not decode, or whose sender
    went) is the sender's doing, a debug line; anything else a warning line. Never a traceback on the
    facilitator's console."""

    def __init__(self) -> None:
        super().__init__("game.phones.requests")
        self.parent = logging.getLogger("game.phones")

    def exception(self, msg: object, *args: object, exc_info: Any = True, **kwargs: Any) -> None:
        error = exc_info if isinstance(exc_info, BaseException) else None
        senders = (HttpProcessingError, RequestPayloadError, ConnectionError)
        level = logging.DEBUG if isinstance(error, senders) else logging.WARNING
        self.log(level, f"{msg}: %r", *args, error)

    def error(self, msg: object, *args: object, exc_info: Any = None, **kwargs: Any) -> None:
        self.exception(msg, *args, exc_info=exc_info)


async def answered(
    handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
    request: web.Request,
    statuses: Mapping[int, str],
    who: str,
) -> web.StreamResponse:
    """What `handler` answers, with the common headers (the phones' and the tables' servers). aiohttp's own
    refusals (a body too large, an odd Expect) are bare, a status not in `statuses` a 400; a client that
    went while it was answered is a debug line and a 400 (nobody to tell); a fault of the game's own is one
    console line naming `who` ("a phone") and a 500, never a traceback."""
    try:
        response = await handler(request)
    except web.HTTPException as refusal:
        return web.Response(status=refusal.status if refusal.status in statuses else 400)
    except ConnectionError as error:
        log.debug("%s went during %s %r: %r", who, request.method, request.rel_url.path, error)
        return web.Response(status=400)
    except Exception as error:
        log.warning("%s's request %s %r failed: %r", who, request.method, request.rel_url.path, error)
        return json_answer({"error": "the game could not answer this"}, 500)
    response.headers.update(HEADERS)
    return response


async def stream_states(
    request: web.Request, streams: Streams, state: Callable[[], dict[str, Any]], ping_seconds: float | None
) -> web.StreamResponse:
    """Server-sent events: `state()` now and after every change (its "version" says which), a ping comment
    between; it ends when the client goes or the server closes (the phones' and the tables' streams)."""
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "X-Accel-Buffering": "no", **HEADERS}
    )
    await response.prepare(request)
    drop_when_gone(request.transport)
    changed = asyncio.Event()
    streams.events.add(changed)
    sent = -1
    try:
        while not streams.closing:
            changed.clear()  # before the state is read: a change while it is written wakes us again
            current = state()
            if current["version"] != sent:
                sent = current["version"]
                await response.write(f"data: {json.dumps(current, ensure_ascii=False)}\n\n".encode())
            else:
                await response.write(b": ping\n\n")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), PING_SECONDS if ping_seconds is None else ping_seconds)
    except ConnectionError:
        pass  # the client went away
    finally:
        streams.events.discard(changed)
    return response


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


def parse_send(body: bytes, fields: dict[str, type]) -> tuple[dict[str, Any], str | None] | str:
    """What a phone sends to an ask (JSON of `fields`, each of its type, and optionally the ask's "key"):
    the fields and the key; or what is wrong with it."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return "the body is not JSON"
    expected = ", ".join(f'"{name}": {kind.__name__}' for name, kind in fields.items())
    if not isinstance(data, dict) or not set(fields) <= set(data) <= set(fields) | {"key"}:
        return f'expected {{{expected}}} and optionally "key": str'
    key = data.get("key")
    if key is not None and (not isinstance(key, str) or len(key) > 200):
        return "key: expected the question's key"
    for name, kind in fields.items():
        value = data[name]
        if not isinstance(value, kind) or isinstance(value, bool):
            return f"{name}: expected {kind.__name__}"
    return {name: data[name] for name in fields}, key


def _refuse(status: int, reason: str, error: str) -> web.Response:
    """One JSON line: what was wrong (`error`, in English) and `reason`, the page's phone.* word for it."""
    return json_answer({"error": error, "reason": reason}, status)


def token_guard(
    token: str,
    requests: Limits,
    too_fast: Callable[[web.Request], str | None],
    statuses: Mapping[int, str],
    who: str,
) -> Middleware:
    """The middleware before every handler of the phones' and the tables' servers: a bare 404 without
    `token`; a 429 over the address's `requests`, as the page `too_fast` gives (with the headers a handler's
    answer gets) where a person opened one, else as JSON; otherwise what the handler answers (`answered`)."""
    secret = token.encode()

    @web.middleware
    async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
        given = request.match_info.get("token", "").encode("utf-8", "surrogatepass")
        if not secrets.compare_digest(given, secret):  # bytes: a str with non-ASCII would raise
            return web.Response(status=404)
        if not requests.allow(request.remote or ""):
            page = too_fast(request)
            if page is None:
                return json_answer({"error": "too many requests"}, 429)
            refused = web.Response(text=page, status=429, content_type="text/html")
            refused.headers.update(HEADERS)
            return refused
        return await answered(handler, request, statuses, who)

    return guard


def json_answer(data: dict[str, Any], status: int = 200) -> web.Response:
    """One JSON answer (the tables' server answers with it too)."""
    return web.Response(
        text=json.dumps(data, ensure_ascii=False), status=status, content_type="application/json"
    )


class Listened(Protocol):
    """What a server serves (the VoteHub, the tables' Room): it tells listeners about each change."""

    def add_listener(self, listener: Callable[[], None]) -> None: ...

    def remove_listener(self, listener: Callable[[], None]) -> None: ...


class ThreadedServer:
    """Runs `make_app()` in a daemon thread; `start` returns the URL once it listens (or raises
    PhoneServerError). The live streams are woken on every change of `source`, from any thread."""

    label = "the server"  # in the loop's console warnings (doorman.py LoopProblems), English
    name_key = "cli.server.name.any"  # in the messages, by language: "the phone server did not start in time"
    thread_name = "server"
    per_address = MAX_CONNECTIONS_PER_ADDRESS  # open connections at once; more are closed at once
    head_seconds = HEAD_SECONDS  # for a request's head to arrive, and for an idle kept-alive connection

    def __init__(self, source: Listened, host: str, port: int = 0, token: str | None = None) -> None:
        self.source = source
        self.host = host
        self.port = port
        self.token = token or secrets.token_urlsafe(16)  # 128 bits, short enough to type
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._problem: PhoneServerError | None = None  # why it could not start
        self._listener: Callable[[], None] | None = None
        self._listening: asyncio.Server | None = None

    def make_app(self) -> web.Application:
        raise NotImplementedError

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/{self.token}/"

    def start(self, timeout: float = 10.0) -> str:
        raise_file_limit()
        self._thread = threading.Thread(target=self._serve, name=self.thread_name, daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise PhoneServerError(key="cli.server.late", server=Phrase(self.name_key))
        if self._problem is None and self.port == 0:  # never a server "running" on no port
            self._problem = PhoneServerError(key="cli.server.no_port", server=Phrase(self.name_key))
        if self._problem is not None:
            self._forget_listener()
            self._thread.join(5)  # it closes its loop and ends
            raise self._problem
        return self.url

    def stop(self) -> None:
        self._forget_listener()
        loop, thread = self._loop, self._thread
        if loop is not None and thread is not None and thread.is_alive() and self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
            thread.join(5)
        self._thread = None

    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        loop.set_exception_handler(LoopProblems(self.label))
        self._loop = loop
        try:
            loop.run_until_complete(self._open())
        except OSError as error:
            self._problem = start_problem(self.host, self.port, error)
        except Exception as error:  # any failure to start is said, never a server "running" on no port
            reason = f"{type(error).__name__}: {error}"  # (the system's words, as it gives them)
            self._problem = PhoneServerError(
                key="cli.server.failed", server=Phrase(self.name_key), reason=reason
            )
        finally:
            self._ready.set()
        if self._problem is None:
            loop.run_forever()
        loop.close()

    async def _open(self) -> None:
        app = self.make_app()
        loop = asyncio.get_running_loop()
        streams = app[STREAMS]

        def wake_streams() -> None:  # the source changes in any thread; the streams live in this loop
            if not loop.is_closed():
                loop.call_soon_threadsafe(streams.wake)

        self._listener = wake_streams
        self.source.add_listener(wake_streams)
        runner = web.AppRunner(
            app,
            access_log=None,
            shutdown_timeout=1.0,
            logger=RequestLog(),
            keepalive_timeout=self.head_seconds,
        )
        await runner.setup()
        try:
            assert runner.server is not None  # set up above
            door = Door(runner.server, self.per_address, self.head_seconds)
            self._listening = await loop.create_server(door, self.host, self.port)
            self.port = int(self._listening.sockets[0].getsockname()[1])
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner

    def _forget_listener(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            self.source.remove_listener(listener)

    async def _shutdown(self) -> None:
        runner = self._runner
        if runner is not None:
            streams = runner.app[STREAMS]
            streams.closing = True
            streams.wake()
            if self._listening is not None:
                self._listening.close()
            await runner.cleanup()
        # What cleanup left (a request lingering for a body that never came) ends here, not as "Task was
        # destroyed but it is pending" on the console when the loop closes.
        left = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        for task in left:
            task.cancel()
        await asyncio.gather(*left, return_exceptions=True)
        asyncio.get_running_loop().stop()


class PhoneServer(ThreadedServer):
    """The phones' server for one session's VoteHub."""

    label = "the phone server"
    name_key = "cli.server.name.phones"
    thread_name = "phones"

    def __init__(
        self,
        hub: VoteHub,
        host: str,
        port: int = 0,
        token: str | None = None,
        limits: RateLimits = RateLimits(),
        ping_seconds: float | None = None,
    ) -> None:
        super().__init__(hub, host, port, token)
        self.hub = hub
        self.limits = limits
        self.ping_seconds = ping_seconds

    def make_app(self) -> web.Application:
        return make_app(self.hub, self.token, self.limits, self.ping_seconds)


def start_problem(host: str, port: int, error: OSError) -> PhoneServerError:
    """Why a server could not listen, in words for the facilitator (the tables' server says it too)."""
    import errno

    if error.errno == errno.EADDRINUSE:
        return PhoneServerError(key="cli.listen.in_use", port=port, host=host)
    if error.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
        return PhoneServerError(key="cli.listen.not_here", host=host)
    return PhoneServerError(
        key="cli.listen.failed", host=host, port=port, reason=error.strerror or str(error)
    )
