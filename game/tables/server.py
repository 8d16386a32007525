"""The tables' web server: each table's tablet or phones play its own game (README: Tables side by side).

Everything lives under /TOKEN/ as on the phones' server (game/phones/server.py, whose limits, headers,
body reading and logging this reuses); any other request gets a bare 404. A device gets an anonymous id in
a cookie on opening a page and is bound to the first table it joins: the server refuses it anything for
another table (403 "bound"). A table's state holds its own card, meters and votes, never another table's.
Whatever a request holds, the answer is one of STATUSES and nothing reaches the console as a traceback.
"""

from __future__ import annotations

import contextlib
import html
import json
import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from aiohttp import web

from game.core.model import Outcome, Scenario
from game.i18n import t
from game.paths import ASSETS_DIR
from game.phones.page import fill, page_head
from game.phones.server import (
    COOKIE,
    DEVICE_ID,
    MAX_BODY,
    SCRIPT_SAFE,
    STREAMS,
    Limits,
    RateLimits,
    Streams,
    ThreadedServer,
    add_files,
    json_answer,
    parse_vote,
    read_body,
    stream_states,
    token_guard,
)
from game.phones.server import (
    FILES as PHONE_FILES,
)
from game.tables.session import TablesSession

PAGE_DIR = ASSETS_DIR / "table"
MAX_STREAMS = 4  # live connections one device may hold (a page in a few tabs), not a flood
# Every answer the server gives (README: Tables side by side: the HTTP contract).
STATUSES = {
    200: "a page, a table's state, a counted vote or confirmation, a live stream, the files",
    302: "/TOKEN to /TOKEN/, /TOKEN/t/N to /TOKEN/t/N/, and /TOKEN/ to the table a device is bound to",
    400: "a malformed vote or confirmation, an unknown device, or a request HTTP cannot parse",
    403: "a device bound to another table (it may act only for its own)",
    404: "anything without the token, a table that does not exist, and any other path or method",
    409: "a vote or confirmation on another card than the table's, or after its decision this round",
    413: "a body over MAX_BODY",
    417: "an Expect header other than 100-continue",
    429: "too fast: requests per address, new devices per address, votes or live connections per device, "
    "or more than MAX_VOTES_PER_CARD votes of one device on one card",
    503: "the table is full",
}
FILES = {
    "table.js": (PAGE_DIR / "table.js", "text/javascript"),
    "table.css": (PAGE_DIR / "table.css", "text/css"),
    "shared.css": PHONE_FILES["shared.css"],
    "shared.js": PHONE_FILES["shared.js"],
    "font.ttf": PHONE_FILES["font.ttf"],
    "font-bold.ttf": PHONE_FILES["font-bold.ttf"],
}
PAGE_WORDS = (  # table.* in i18n
    "title", "choose", "wait", "vote", "voted", "waiting", "tie", "confirm", "confirm_yes", "confirm_no",
    "decided", "behind", "feedback", "year_end", "ending", "profile", "year", "turn", "full",
    "fast", "bound", "stale", "offline", "again", "malformed", "and",
)  # fmt: skip
LIMITS = RateLimits()  # the phones' limits: a table's devices are a room's phones by other names
log = logging.getLogger(__name__)


class Room:
    """A TablesSession shared by the server's thread and the window's (or headless loop's): every use goes
    through `act`, under one lock; each change bumps `version` and wakes the live connections. The server
    marks its devices present (`touch`, on every state asked and stream held); the owner calls the session's
    `tick` and `end_round` through `act`."""

    def __init__(self, session: TablesSession, lang: str = "nl") -> None:
        self.session = session
        self.lang = lang
        self.version = 0
        self._lock = threading.RLock()
        self._listeners: list[Callable[[], None]] = []

    @contextlib.contextmanager
    def act(self) -> Iterator[TablesSession]:
        """The session, for reading or changing; leaving the block tells the pages (they show it again)."""
        with self._lock:
            yield self.session
            self.version += 1
        for listener in list(self._listeners):
            listener()

    @contextlib.contextmanager
    def read(self) -> Iterator[TablesSession]:
        """The session for reading (and `touch`, which changes nothing a page shows)."""
        with self._lock:
            yield self.session

    def add_listener(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[], None]) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)


def page_words(lang: str) -> dict[str, str]:
    return {word: t(f"table.{word}", lang) for word in PAGE_WORDS}


def table_state(room: Room, table_id: int, device: str | None) -> dict[str, Any]:
    """One table's state as its page shows it: its card, options, all meters, the feedback on its last
    decision, the year that just ended, its ending; its own device's vote, never another table's."""
    with room.read() as session:  # the whole read under the lock: the window's thread may act meanwhile
        return _table_state(session, room.lang, room.version, table_id, device)


def _table_state(
    session: TablesSession, lang: str, version: int, table_id: int, device: str | None
) -> dict[str, Any]:
    view = session.table(table_id)
    game = session.game(table_id)
    scenario = session.scenario
    your_vote = session.vote_of(device) if device is not None else None
    fallback = scenario.languages[0] if scenario.languages else None
    card = scenario.card(view.card) if view.card is not None else None
    state = game.state
    feedback: dict[str, Any] | None = None
    year_end: dict[str, Any] | None = None
    if state.choices:
        last = state.choices[-1]
        option = scenario.card(last.card).options[last.option]
        feedback = {
            "card": scenario.card(last.card).title.get(lang, fallback),
            "option": last.option + 1,
            "label": option.label.get(lang, fallback),
            "text": option.feedback.get(lang, fallback) if option.feedback is not None else "",
            "deltas": _named(scenario, last.deltas, lang, fallback),
        }
        summaries = state.year_summaries
        if summaries and (last.year, last.turn) == (summaries[-1].year, scenario.turns_per_year):
            year_end = {
                "year": summaries[-1].year,
                "deltas": _named(scenario, summaries[-1].year_end_deltas, lang, fallback),
            }
    ending, profile = game.ending, game.profile
    return {
        "table": view.id,
        "name": view.name,
        "lang": lang,
        "version": version,
        "card": view.card,
        "title": card.title.get(lang, fallback) if card else "",
        "speaker": card.speaker.get(lang, fallback) if card else "",
        "text": card.text.get(lang, fallback) if card else "",
        "options": [option.label.get(lang, fallback) for option in card.options] if card else [],
        "meters": [
            {
                "id": meter.id,
                "name": meter.name.get(lang, fallback),
                "value": state.meters[meter.id],
                "min": meter.minimum,
                "max": meter.maximum,
            }
            for meter in scenario.meters
        ],
        "year": state.year,
        "turn": state.turn,
        "years": scenario.years,
        "turns": scenario.turns_per_year,
        "feedback": feedback,
        "year_end": year_end,
        "ending": _outcome(ending, lang, fallback),
        "profile": _outcome(profile, lang, fallback),
        "finished": view.finished,
        "decided": view.decided_this_round,
        "behind": view.behind,
        "devices": view.present,  # the votes the table waits for: a device that left holds up nothing
        "votes": list(view.votes),
        "tie": [index + 1 for index in view.tie],
        "confirm": view.present <= 1,  # one device present: a tap, then a confirmation (as the session)
        "your_vote": None if your_vote is None else your_vote + 1,
    }


def _named(scenario: Scenario, deltas: dict[str, float], lang: str, fallback: str | None) -> list[Any]:
    """[meter name, change] for each meter that changed, in the scenario's order."""
    return [
        [meter.name.get(lang, fallback), deltas[meter.id]]
        for meter in scenario.meters
        if deltas.get(meter.id)
    ]


def _outcome(outcome: Outcome | None, lang: str, fallback: str | None) -> dict[str, str] | None:
    if outcome is None:
        return None
    return {"title": outcome.title.get(lang, fallback), "text": outcome.text.get(lang, fallback)}


def render_page(room: Room, table_id: int | None, device: str | None, refusal: str = "") -> str:
    """The table page (or, without `table_id`, the choice of table) with its texts already in it, escaped
    for HTML; its words and state as JSON for the script, escaped for the script element."""
    lang = room.lang
    words = json.dumps({code: page_words(code) for code in ("nl", "en")}, ensure_ascii=True)
    state = table_state(room, table_id, device) if table_id is not None and not refusal else None
    with room.read() as session:
        choices = [(number, session.table(number).name) for number in session.table_ids]
        bound = session.table_of(device) if device is not None else None
    if table_id is not None:  # a refused table's page links on: to the device's own table, or the others
        others = {number for number, _ in choices} - {table_id}
        wanted = {bound} if refusal == "bound" else others if refusal == "full" else set()
        choices = [(number, name) for number, name in choices if number in wanted]
    base = "../../" if table_id is not None else ""
    links = "".join(
        f'<li><a class="choice" href="{base}t/{number}/">{html.escape(name)}</a></li>'
        for number, name in choices
    )
    title = html.escape(t("table.title", lang))
    script_state = json.dumps(state, ensure_ascii=True).translate(SCRIPT_SAFE)
    values = {
        "head": page_head(
            html.escape(lang), title, "table", words.translate(SCRIPT_SAFE), base=base, state=script_state
        ),
        "page_title": title,
        "name": html.escape(state["name"] if state else ""),
        "title": html.escape(state["title"] if state else ""),
        "text": html.escape(state["text"] if state else ""),
        "choices": links,
        "choose": html.escape(t("table.choose", lang)) if table_id is None else "",
        "choose_hidden": "" if links else " hidden",
        "table_hidden": " hidden" if table_id is None or refusal else "",
        "notice": html.escape(t(f"table.{refusal}", lang).replace("{n}", _bound_name(room, device)))
        if refusal
        else "",
        "notice_hidden": "" if refusal else " hidden",
    }
    return fill(PAGE_DIR / "table.html", values)


def _bound_name(room: Room, device: str | None) -> str:
    with room.read() as session:
        bound = session.table_of(device) if device is not None else None
        return session.table(bound).name if bound is not None else ""


def make_app(
    room: Room,
    token: str,
    limits: RateLimits = LIMITS,
    ping_seconds: float | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> web.Application:
    """The aiohttp application for one tables session's token; `clock` dates the devices' visits."""
    votes = Limits(limits.votes_per_second, limits.vote_burst)
    requests = Limits(limits.requests_per_second, limits.request_burst)
    newcomers = Limits(limits.new_phones_per_second, limits.new_phone_burst)
    streams = Streams()
    known: set[str] = set()  # the device ids this server gave out (a cookie it never made is unknown)
    live: dict[str, int] = {}  # live connections per device

    def too_fast(request: web.Request) -> str | None:  # a person opening a page reads why
        return render_page(room, None, None, "fast") if request.match_info.handler in (choice, page) else None

    guard = token_guard(token, requests, too_fast, STATUSES, "a table's device")

    def device_of(request: web.Request) -> str | None:
        device = request.cookies.get(COOKIE, "")
        return device if DEVICE_ID.match(device) and device in known else None

    def table_of_request(request: web.Request) -> int | None:
        """The table the path names, if it exists."""
        number = int(request.match_info["table"])  # the route's pattern: 1 to 99, no other digits
        with room.read() as session:
            return number if number in session.table_ids else None

    def new_device(request: web.Request, response: web.Response) -> str | None:
        """A new device id in the response's cookie; None when this address asks for too many."""
        if not newcomers.allow(request.remote or ""):
            return None
        device = secrets.token_urlsafe(16)
        if len(known) >= 10_000:  # a flood of cookie-less requests, not a room: forget the unbound
            with room.read() as session:
                known.intersection_update({item for item in known if session.table_of(item) is not None})
        known.add(device)
        response.set_cookie(
            COOKIE, device, path=f"/{token}/", httponly=True, samesite="Strict", max_age=12 * 3600
        )
        return device

    async def choice(request: web.Request) -> web.StreamResponse:
        """The choice of table; a device already bound goes straight to its table."""
        device = device_of(request)
        if device is not None:
            with room.read() as session:
                bound = session.table_of(device)
            if bound is not None:
                return web.Response(status=302, headers={"Location": f"/{token}/t/{bound}/"})
        return web.Response(text=render_page(room, None, device), content_type="text/html", charset="utf-8")

    async def page(request: web.Request) -> web.StreamResponse:
        """A table's page: opening it joins the device to the table (a QR code per table leads here)."""
        table = table_of_request(request)
        if table is None:
            return web.Response(status=404)
        response = web.Response(content_type="text/html", charset="utf-8")
        device = device_of(request) or new_device(request, response)
        if device is None:
            response.set_status(429)
            response.text = render_page(room, table, None, "fast")
            return response
        with room.act() as session:
            outcome = session.join(device, table, clock())
        refusal = {"joined": "", "bound": "bound", "full": "full"}.get(outcome, "")
        response.set_status({"bound": 403, "full": 503}.get(outcome, 200))
        response.text = render_page(room, table, device, refusal)
        return response

    async def to_slash(request: web.Request) -> web.StreamResponse:
        return web.Response(status=302, headers={"Location": f"{request.rel_url.path}/"})

    def member(request: web.Request) -> tuple[str, int] | web.Response:
        """(device, table) for a known device bound to the path's table; or the refusal."""
        table = table_of_request(request)
        if table is None:
            return web.Response(status=404)
        device = device_of(request)
        with room.read() as session:
            bound = session.table_of(device) if device is not None else None
            bound_name = session.table(bound).name if bound is not None else ""
        if device is None or bound is None:
            return _refuse(400, "again", "unknown device: open the table's page again")
        if bound != table:
            return _refuse(403, "bound", f"bound to table {bound} ({bound_name}); it may act only for it")
        return device, table

    async def state(request: web.Request) -> web.StreamResponse:
        found = member(request)
        if isinstance(found, web.Response):
            return found
        with room.read() as session:
            session.touch(found[0], clock())
        return json_answer(table_state(room, found[1], found[0]))

    async def deciding(request: web.Request, confirming: bool) -> web.StreamResponse:
        body = await read_body(request, MAX_BODY)
        if isinstance(body, web.Response):
            return body
        found = member(request)
        if isinstance(found, web.Response):
            return found
        device, table = found
        if not votes.allow(device):
            return _refuse(429, "fast", "too many votes; wait a moment")
        parsed = parse_vote(body)
        if isinstance(parsed, str):
            return _refuse(400, "malformed", parsed)
        card, option = parsed
        with room.act() as session:
            act = session.confirm if confirming else session.vote
            outcome = act(device, table, card, option - 1, clock())
        if outcome == "bad_option":
            return _refuse(400, "malformed", "option: no such option on this card")
        if outcome == "too_many":
            return _refuse(429, "fast", "too many votes on this card from this device")
        if outcome in ("other_table", "unknown_device"):  # bound elsewhere since member() looked
            return _refuse(403, "bound", "this device may act only for its own table")
        return json_answer(table_state(room, table, device), 200 if outcome == "counted" else 409)

    async def vote(request: web.Request) -> web.StreamResponse:
        return await deciding(request, confirming=False)

    async def confirm(request: web.Request) -> web.StreamResponse:
        return await deciding(request, confirming=True)

    async def events(request: web.Request) -> web.StreamResponse:
        """Server-sent events: the table's state now and after every change (the page reconnects by
        itself, and falls back to polling `state` when refused)."""
        found = member(request)
        if isinstance(found, web.Response):
            return found
        device, table = found
        if live.get(device, 0) >= MAX_STREAMS:
            return _refuse(429, "fast", "too many live connections from this device")

        sent: dict[str, Any] = {}

        def state_now() -> dict[str, Any]:
            nonlocal sent
            # A device holding its stream open is present, as long as its end of it is: a browser that
            # closed is not seen again (its last push dates it), so it stops counting presence_seconds
            # later, not presence_seconds after the next ping finds it gone. A device that vanished without
            # closing is dropped by the ping that goes unanswered (drop_when_gone), as a phone is.
            transport = request.transport
            if transport is not None and not transport.is_closing():
                with room.read() as session:
                    session.touch(device, clock())
            current = table_state(room, table, device)
            # Every change in the room wakes every stream; a change at another table moves the room's
            # version, not this table's state: the stream keeps the version it sent, so it only pings.
            if {**current, "version": sent.get("version")} != sent:
                sent = current
            return sent

        live[device] = live.get(device, 0) + 1
        try:
            return await stream_states(request, streams, state_now, ping_seconds)
        finally:
            live[device] -= 1
            if not live[device]:
                del live[device]

    app = web.Application(client_max_size=MAX_BODY, middlewares=[guard])
    app[STREAMS] = streams
    # No HEAD (aiohttp's default for a GET): it would make a device or hold a live connection nobody reads
    app.router.add_get("/{token}", to_slash, allow_head=False)
    app.router.add_get("/{token}/", choice, allow_head=False)
    app.router.add_get("/{token}/t/{table:[1-9][0-9]?}", to_slash, allow_head=False)
    app.router.add_get("/{token}/t/{table:[1-9][0-9]?}/", page, allow_head=False)
    app.router.add_get("/{token}/t/{table:[1-9][0-9]?}/state", state, allow_head=False)
    app.router.add_post("/{token}/t/{table:[1-9][0-9]?}/vote", vote)
    app.router.add_post("/{token}/t/{table:[1-9][0-9]?}/confirm", confirm)
    app.router.add_get("/{token}/t/{table:[1-9][0-9]?}/events", events, allow_head=False)
    add_files(app, FILES)
    return app


def _refuse(status: int, reason: str, error: str) -> web.Response:
    """One JSON line: what was wrong (`error`, in English) and `reason`, the page's table.* word for it."""
    return json_answer({"error": error, "reason": reason}, status)


class TablesServer(ThreadedServer):
    """The tables' server for one session's Room; `table_url(n)` is what a table's QR code holds."""

    label = "the tables' server"
    name_key = "cli.server.name.tables"
    thread_name = "tables"

    def __init__(
        self,
        room: Room,
        host: str,
        port: int = 0,
        token: str = "",
        limits: RateLimits = LIMITS,
        ping_seconds: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(room, host, port, token or None)
        self.room = room
        self.limits = limits
        self.ping_seconds = ping_seconds
        self.clock = clock

    def make_app(self) -> web.Application:
        return make_app(self.room, self.token, self.limits, self.ping_seconds, self.clock)

    def table_url(self, table_id: int) -> str:
        """The address a table's QR code holds: opening it joins that table."""
        return f"{self.url}t/{table_id}/"
