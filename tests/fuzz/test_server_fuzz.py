"""The phone server fuzzed: hypothesis sends requests of every shape over raw sockets to a real PhoneServer on
127.0.0.1 (methods, paths with and without the token, percent-encoded and raw bytes, NUL, overlong lines,
headers and cookies, bodies of broken UTF-8 and JSON of the wrong types).

The debrief's endpoints (answer, support, statement) are sent texts of every kind (markup, control and
invisible marks, overlong, broken escapes) and ids and scores of the wrong types, while the open question
changes between examples. Each answer must be one of the documented STATUSES (never a 500, never a dropped
connection), nothing may be logged as an error or with a traceback, whatever reaches the window's queue is
already clean, and afterwards a real phone still joins, votes and answers. Bounded: the
fuzz budget's examples (tests/fuzz/budget.py), each a few requests with a timeout, under the hang guard.
The inputs tried are counted by what was sent and what came back, printed at the end (`-s` shows it) and
written one a line to server-fuzz-inputs.txt in the test's temporary folder (its path is printed).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import socket
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp
from hypothesis import given, note
from hypothesis import strategies as st

from game.debrief.text import LIMITS, clean_text
from game.phones.hub import Ask, Ballot, VoteHub
from game.phones.server import FILES, MAX_BODY, MAX_TEXT_BODY, STATUSES, PhoneServer
from tests.fuzz.budget import fuzz, hang_guard
from tests.phones.raw import FUZZ_LIMITS, parse, watched_console

CARD = Ballot("fuzz", "Na het fuzzen", "Stemt een echte telefoon nog?", ("Ja", "Nee"))
TOKEN, DEVICE, KEY = b"{TOKEN}", b"{DEVICE}", b"{KEY}"  # filled in: the token, a device, the open key
ANSWER_SECONDS = 5.0

# -- what is sent ---------------------------------------------------------------------------------

NAMES = ("", "state", "vote", "answer", "support", "statement", "events", *FILES)
ASKS = (  # the question open during an example (each example opens it under a new key)
    Ask("word", "Eén woord?", "word"),
    Ask("answer", "Staan onze algoritmen in het register?", "answer"),
    Ask("proposal", "Welke kleine stap?", "proposal"),
    Ask("support", "Welke steun je?", "support", choices=((1, "Register bijwerken"), (2, "<b>FG</b>"))),
    Ask(
        "statements", "Eens?", "statements", statements=(("s1", "Data is bestuur."), ("s2", "Klein begint."))
    ),
)
ODD = ("%C3%A9", "é", "%FF", "%00", "..", "%2e%2e", "%2F", "//", "\x00", "\u2028", "\ufeff", "?x=1", "#f")
wild_bytes = st.binary(min_size=0, max_size=40)
wild_text = st.text(min_size=0, max_size=40)
line_safe = st.binary(min_size=0, max_size=60).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b""))


@st.composite
def paths(draw: st.DrawFn, wild: bool) -> bytes:
    """A path; when not `wild`, whatever it holds is percent-encoded as a browser would send it."""
    path = draw(raw_paths())
    return path if wild else quote(path, safe="/{}?=%").encode()


@st.composite
def raw_paths(draw: st.DrawFn) -> bytes:
    # one_of picks its branches alike: about half the paths hold the token and one of the server's names
    token = draw(st.just(TOKEN) | st.sampled_from([TOKEN + b"x", TOKEN[:-2], b"", b"nottoken"]))
    shape = draw(st.just("name") | st.sampled_from(["bare", "odd", "text", "bytes", "long", "deep"]))
    if shape == "name":
        tail = draw(st.sampled_from(NAMES)).encode()
        return b"/" + token + b"/" + tail + draw(st.just(b"") | st.sampled_from([b"?a=b", b"/", b"%20"]))
    if shape == "bare":
        return b"/" + token
    if shape == "odd":
        pieces = draw(st.lists(st.sampled_from(ODD), min_size=1, max_size=4))
        return b"/" + token + b"/" + "".join(pieces).encode("utf-8", "surrogatepass")
    if shape == "text":
        return b"/" + draw(wild_text).encode("utf-8", "surrogatepass") + b"/state"
    if shape == "bytes":
        return b"/" + token + b"/" + draw(line_safe).replace(b" ", b"")
    if shape == "long":
        return b"/" + token + b"/" + b"a" * draw(st.sampled_from([300, 8_000, 9_000, 70_000]))
    return b"/" + b"/".join([token] * draw(st.integers(1, 50)))


@st.composite
def bodies(draw: st.DrawFn) -> bytes:
    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
        max_leaves=10,
    )
    vote = st.fixed_dictionaries(
        {
            "card": st.just("fuzz") | st.sampled_from(["other", "", "x" * 300]) | st.integers() | st.none(),
            "option": st.integers(1, 3) | json_values,
        }
    )
    shape = draw(st.just("vote") | st.sampled_from(["none", "json", "bytes", "utf8", "long", "nul"]))
    if shape == "none":
        return b""
    if shape == "vote":
        return json.dumps(draw(vote)).encode()
    if shape == "json":
        return json.dumps(
            draw(json_values)
        ).encode()  # NaN and Infinity too: not JSON, yet Python writes them
    if shape == "bytes":
        return draw(st.binary(max_size=200))
    if shape == "utf8":  # broken UTF-8 inside what looks like a vote
        return (
            b'{"card": "'
            + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"]))
            + (b'", "option": 1}')
        )
    if shape == "long":
        return (
            b" " * draw(st.sampled_from([MAX_BODY - 10, MAX_BODY + 1, 5_000])) + b'{"card":"fuzz","option":1}'
        )
    return b'{"card": "fu\x00zz", "option": 1}'


@st.composite
def headers(draw: st.DrawFn, body: bytes, wild: bool) -> list[bytes]:
    """A request's headers; `wild` adds the ones HTTP itself may refuse (bytes, NUL, overlong, no colon)."""
    hosts = [b"127.0.0.1", b"", b"\xff", b"x" * 300] if wild else [b"127.0.0.1"]
    lines = [b"Host: " + draw(st.sampled_from(hosts))]
    printable = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=40).map(str.encode)
    values = line_safe if wild else printable
    cookie = draw(
        st.just(b"device=" + DEVICE)
        | st.sampled_from([b"", b"device=" + b"A" * 22, b"device=", b"device=\xff\xfe"])
        | values.map(lambda value: b"device=" + value.replace(b";", b""))
        | values
    )
    if cookie:
        lines.append(b"Cookie: " + cookie)
    lengths = ["exact", "none", "words", "negative", "less", "huge"] if wild else ["exact", "none", "huge"]
    length = draw(st.sampled_from(lengths))
    if length == "exact" or (length == "none" and body):
        lines.append(b"Content-Length: %d" % len(body))
    elif length == "words":
        lines.append(b"Content-Length: abc")
    elif length == "negative":
        lines.append(b"Content-Length: -1")
    elif length == "less" and body:
        lines.append(b"Content-Length: %d" % (len(body) // 2))
    elif length == "huge":  # promised more than any body may be: refused before it is read
        lines.append(b"Content-Length: 99999999999")
    kinds = [b"application/json", b"text/plain", b"multipart/form-data; boundary=x"] + (
        [b"\xff"] if wild else []
    )
    lines.append(b"Content-Type: " + draw(st.sampled_from(kinds)))
    if not wild:
        return lines
    extra = draw(
        st.lists(
            st.sampled_from(
                [
                    b"Expect: 100-continue",
                    b"Expect: something",
                    b"Accept: text/html",
                    b"Accept-Encoding: gzip, br",
                    b"Content-Encoding: gzip",  # a body that is not gzip: aiohttp cannot decode it
                    b"Content-Encoding: deflate",
                    b"Content-Encoding: br",
                    b"Transfer-Encoding: zz",
                    b"Upgrade: websocket",
                    b"X-Nul: a\x00b",
                    b"X-Bytes: \xff\xfe\xfd",
                    b"X-Long: " + b"x" * 9_000,
                    b"Bad Header: 1",
                    b": novalue",
                    b"Range: bytes=0-",
                    b"If-None-Match: *",
                ]
            )
            | st.tuples(line_safe, line_safe).map(lambda pair: pair[0].replace(b":", b"") + b": " + pair[1]),
            max_size=4,
        )
    )
    return lines + extra


@dataclass(frozen=True)
class Sent:
    """One request as sent, with a short label of its shape for the report."""

    raw: bytes
    label: str


@st.composite
def votes(draw: st.DrawFn) -> Sent:
    """A phone's vote, well-formed HTTP, with a body of any shape (and the device's cookie, mostly)."""
    body = draw(bodies())
    cookie = draw(st.sampled_from([b"Cookie: device=" + DEVICE] * 3 + [b"Cookie: device=" + b"A" * 22]))
    lines = [b"POST /" + TOKEN + b"/vote HTTP/1.1", b"Host: 127.0.0.1", cookie]
    if draw(st.integers(0, 9)) == 0:  # a gzip body that may not be gzip
        lines.append(b"Content-Encoding: gzip")
    lines += [b"Content-Type: application/json", b"Content-Length: %d" % len(body), b"Connection: close"]
    return Sent(b"\r\n".join(lines) + b"\r\n\r\n" + body, "vote POST /TOKEN/vote")


TRICKY = ("<script>alert(1)</script>", "\u200b", "\u202e", "\x00", "\x07", "\ufeff", "\u00ad", "e\u0301",
          "\ud800", "&amp;", "\r\n", "\t", " ", "é", "\U0001f600", "\u2028")  # fmt: skip
words = st.sampled_from(["Nee", "ja", "meer data", "FG", "Één", "empty", "too_long"])
texts = st.lists(words | st.sampled_from(TRICKY) | st.text(max_size=12), max_size=8).map(
    "".join
) | st.sampled_from(
    ["x" * (LIMITS["word"] + 1), "x" * LIMITS["answer"], "x" * (LIMITS["answer"] + 1), "é" * 1200, ""]
)


@st.composite
def sends(draw: st.DrawFn) -> Sent:
    """What a phone sends to the debrief's question: well-formed HTTP, a body of any shape."""
    json_any = (
        st.none() | st.booleans() | st.integers() | st.floats() | texts | st.lists(st.integers(), max_size=3)
    )
    key = st.sampled_from(["{KEY}", "{KEY}", "{KEY}", "old", ""])
    name = draw(st.sampled_from(["answer", "support", "statement"]))
    by_name: dict[str, dict[str, st.SearchStrategy[Any]]] = {
        "answer": {"text": texts},
        "support": {"proposal": st.integers(-1, 4)},
        "statement": {"statement": st.sampled_from(["s1", "s2", "s9"]), "score": st.integers(0, 6)},
    }
    fields = by_name[name]
    shape = draw(st.sampled_from(["other", "keyed", "keyed", "keyed"])) if draw(st.booleans()) else "fields"
    if shape == "other":
        body = draw(bodies())
    else:
        # one value in five of any JSON type: hypothesis favours the simplest branch, a null, otherwise
        data = {
            name_: draw(json_any if draw(st.integers(0, 4)) == 0 else values)
            for name_, values in fields.items()
        }
        if shape == "keyed":
            data["key"] = draw(json_any if draw(st.integers(0, 4)) == 0 else key)
        if draw(st.integers(0, 9)) == 0:  # a field too many, or one missing
            if draw(st.booleans()):
                data["extra"] = 1
            else:
                del data[next(iter(fields))]
        # ensure_ascii or not: escapes, and raw UTF-8 (with a lone surrogate as its escape)
        body = json.dumps(data, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
        body = body.replace(b'"{KEY}"', b'"' + KEY + b'"')
    if draw(st.integers(0, 19)) == 0:
        body = b" " * MAX_TEXT_BODY + body  # over the limit
    cookie = draw(st.sampled_from([b"Cookie: device=" + DEVICE] * 3 + [b"Cookie: device=" + b"A" * 22]))
    lines = [b"POST /" + TOKEN + b"/" + name.encode() + b" HTTP/1.1", b"Host: 127.0.0.1", cookie]
    lines += [b"Content-Type: application/json", b"Content-Length: %d" % len(body), b"Connection: close"]
    return Sent(b"\r\n".join(lines) + b"\r\n\r\n" + body, f"{name} POST /TOKEN/{name}")


@st.composite
def any_requests(draw: st.DrawFn) -> Sent:
    wild = draw(st.booleans())  # half the requests are well-formed HTTP, so that they reach the game's code
    methods = [b"GET", b"POST", b"HEAD", b"PUT", b"DELETE", b"OPTIONS", b"PATCH", b"TRACE"]
    if wild:
        methods += [b"G\x00T", b"get", b"\xff", b"PRI", b"CONNECT"]
    method = draw(st.sampled_from([b"GET", b"POST"]) | st.sampled_from(methods))
    path = draw(paths(wild))
    versions = [b"HTTP/1.1", b"HTTP/1.0", b"HTTP/2.0", b"HTTP/1.1 extra", b""] if wild else [b"HTTP/1.1"]
    version = draw(st.sampled_from(versions))
    body = draw(bodies()) if method != b"GET" or draw(st.booleans()) else b""
    lines = [method + b" " + path + (b" " + version if version else b""), *draw(headers(body, wild))]
    lines.append(b"Connection: close")
    raw = b"\r\n".join(lines) + b"\r\n\r\n" + body
    label = f"{'wild' if wild else 'well-formed'} {method.decode('latin-1')} {path_kind(path)}"
    return Sent(raw, label)


def path_kind(path: bytes) -> str:
    for name in sorted(NAMES, key=len, reverse=True):
        if path.startswith(b"/" + TOKEN + b"/" + name.encode()) and name:
            return "/TOKEN/" + name
    if path == b"/" + TOKEN + b"/":
        return "/TOKEN/"
    if path.startswith(b"/" + TOKEN):
        return "/TOKEN..."
    return "other"


# -- how it is sent -------------------------------------------------------------------------------


def send(port: int, raw: bytes) -> int:
    """The status of the answer to `raw` (after any 100 Continue); 0 if the connection closed without one."""
    with socket.create_connection(("127.0.0.1", port), ANSWER_SECONDS) as connection:
        with contextlib.suppress(ConnectionError):  # the server answered and closed before all was sent
            connection.sendall(raw)
        received = b""
        with contextlib.suppress(ConnectionResetError):
            while True:
                head, found, rest = received.partition(b"\r\n\r\n")
                if found and parse(head).status // 100 != 1:
                    break
                if found:  # an interim answer: the final one follows
                    received = rest
                    continue
                chunk = connection.recv(65536)
                if not chunk:
                    break
                received += chunk
    return parse(received).status if received else 0


def real_phone_votes(url: str) -> tuple[int, int]:
    """A real phone opens the page and votes on CARD: the page's status and the vote's."""

    async def phone() -> tuple[int, int]:
        timeout = aiohttp.ClientTimeout(total=10)
        async with aiohttp.ClientSession(
            cookie_jar=aiohttp.CookieJar(unsafe=True), timeout=timeout
        ) as session:
            async with session.get(url) as page:
                opened = page.status
            body = json.dumps({"card": CARD.card_id, "option": 2})
            async with session.post(url + "vote", data=body) as vote:
                return opened, vote.status

    return asyncio.run(phone())


def real_phone_answers(url: str, text: str) -> int:
    """A real phone opens the page and answers the open question: the answer's status."""

    async def phone() -> int:
        timeout = aiohttp.ClientTimeout(total=10)
        async with aiohttp.ClientSession(
            cookie_jar=aiohttp.CookieJar(unsafe=True), timeout=timeout
        ) as session:
            async with session.get(url) as page:
                assert page.status == 200
            async with session.post(url + "answer", json={"text": text}) as answer:
                return answer.status

    return asyncio.run(phone())


def device_of(url: str) -> bytes:
    """A device id the room knows (a phone opened the page), for the requests that carry it."""

    async def opened() -> bytes:
        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(cookie_jar=jar) as session, session.get(url) as page:
            return page.cookies["device"].value.encode()

    return asyncio.run(opened())


@dataclass
class Tried:
    """The inputs tried: counted by shape and status, and every one written to `report`."""

    report: Path
    shapes: Counter[tuple[str, int]] = field(default_factory=Counter)
    statuses: Counter[int] = field(default_factory=Counter)

    def add(self, label: str, raw: bytes, status: int) -> None:
        self.shapes[label, status] += 1
        self.statuses[status] += 1
        with self.report.open("a", encoding="utf-8") as log:
            log.write(f"{status} {raw[:300]!r}\n")

    def print(self) -> None:
        total = sum(self.statuses.values())
        print(f"\nserver fuzz: {total} requests; by status {dict(sorted(self.statuses.items()))}")
        for (label, status), count in sorted(self.shapes.items()):
            print(f"  {count:5d}  {status}  {label}")
        print(f"  every request and its status: {self.report}")


def test_the_server_answers_every_request_by_its_contract(tmp_path: Path) -> None:
    hub = VoteHub("nl")
    server = PhoneServer(hub, "127.0.0.1", 0, limits=FUZZ_LIMITS)
    server.start()
    tried = Tried(tmp_path / "server-fuzz-inputs.txt")
    with watched_console() as whole_run:
        try:
            fuzz_then_vote(server, hub, tried)
        finally:
            server.stop()  # with what the fuzzer left open: nothing may be said about that either
            tried.print()
    assert whole_run.tracebacks() == []


def fuzz_then_vote(server: PhoneServer, hub: VoteHub, tried: Tried) -> None:
    """The fuzzing proper, then a real phone that joins and votes."""
    device = device_of(server.url)
    hub.show(CARD, voting=True, lang="nl")
    keys = itertools.count()

    @fuzz(2.0)
    @given(
        st.lists(votes() | any_requests() | sends(), min_size=1, max_size=3),
        st.sampled_from(ASKS[:3]) | st.sampled_from(ASKS) | st.none(),
    )
    def one(sent: list[Sent], ask: Ask | None) -> None:
        # as long as the placeholder it replaces in a body whose Content-Length is already written
        opened = None if ask is None else replace(ask, key=f"{next(keys) % 100_000:05d}")
        hub.ask(opened)  # a new key: the phone's three answers to a question start again
        with watched_console() as console, hang_guard():
            for request in sent:
                raw = request.raw.replace(TOKEN, server.token.encode()).replace(DEVICE, device)
                raw = raw.replace(KEY, (opened.key if opened else "nokey").encode())
                status = send(server.port, raw)
                tried.add(request.label, raw, status)
                note(f"{status} <- {raw[:300]!r}")
                assert status in STATUSES, (status, raw[:300])
        assert console.tracebacks() == []
        assert [record.getMessage() for record in console.records] == []  # nor a warning line
        for inbound in hub.take_inbox():  # what the window gets is what was open, and clean
            assert opened is not None and (inbound.kind, inbound.key) == (opened.kind, opened.key)
            if inbound.kind in ("word", "answer", "proposal"):
                assert isinstance(inbound.value, str)
                assert clean_text(inbound.value, inbound.kind) == inbound.value
            elif inbound.kind == "support":
                assert inbound.value in (1, 2)
            else:
                assert inbound.value in [(s, n) for s in ("s1", "s2") for n in range(1, 6)]

    one()
    hub.show(CARD, voting=False, lang="nl")
    hub.show(CARD, voting=True, lang="nl")  # the same card again: the fuzzer's votes so far stay
    before = hub.snapshot().counts[1]
    assert real_phone_votes(server.url) == (200, 200)
    assert hub.snapshot().counts[1] == before + 1
    hub.ask(Ask("answer", "Nog iets?", "after-fuzzing"))
    assert real_phone_answers(server.url, "Ja: <b>dit</b>") == 200
    assert [inbound.value for inbound in hub.take_inbox()] == ["Ja: <b>dit</b>"]
