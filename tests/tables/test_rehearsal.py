"""`play --headless --tables 3`: the rehearsal as a real process, three tables of two devices each over
HTTP on 127.0.0.1 (the README's contract): every table by its own devices' majority, no device acting for
another table, a reload back at its table's card, and a process killed mid-round resumed with every table
where it stood (the open round's votes kept), then played to the end; with --report the page of all tables."""

from __future__ import annotations

import csv
import json
import os
import queue
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path
from typing import IO, Any

from game.tables.log import read_tables_log

ROOT = Path(__file__).resolve().parents[2]
LINDENHOUT = ROOT / "scenarios" / "lindenhout.yaml"  # the shipped default: a term of 24 cards
WINDOW = 4.0  # seconds a round is open: enough for these devices, short for the one left unvoted
LINE = re.compile(r"table (.+): (http://127\.0\.0\.1:\d+/\S+/t/(\d)/)\n")


class Device:
    """A table's tablet or phone: keeps its cookie as a browser does."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))

    def open(self, url: str | None = None) -> int:
        """Open a table's page (its own by default): the status."""
        try:
            with self.opener.open(url or self.url, timeout=10) as page:
                return int(page.status)
        except urllib.error.HTTPError as refusal:
            return refusal.code

    def state(self) -> dict[str, Any]:
        with self.opener.open(self.url + "state", timeout=10) as answer:
            state: dict[str, Any] = json.load(answer)
            return state

    def vote(self, card: str, option: int, url: str | None = None) -> int:
        """POST a vote; told it is too fast (429, the votes' rate limit), wait a moment as the page does."""
        body = json.dumps({"card": card, "option": option}).encode()
        for _ in range(20):
            request = urllib.request.Request((url or self.url) + "vote", body, method="POST")
            try:
                with self.opener.open(request, timeout=10) as answer:
                    return int(answer.status)
            except urllib.error.HTTPError as refusal:
                if refusal.code != 429:
                    return refusal.code
            time.sleep(0.25)
        return 429


class Rehearsal:
    """The process and its table lines."""

    def __init__(self, *options: str) -> None:
        command = [sys.executable, str(ROOT / "main.py"), "play", "--headless", "--host", "127.0.0.1"]
        command += ["--port", "0", "--vote-window", str(WINDOW), *options]
        env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
        self.process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
        )
        self.lines: queue.Queue[str] = queue.Queue()
        assert self.process.stdout is not None
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()
        self.urls: dict[int, str] = {}
        for _ in range(3):
            line = self.next_line()
            found = LINE.fullmatch(line)
            assert found, line + self.errors()
            assert found.group(1) == f"Tafel {found.group(3)}"
            self.urls[int(found.group(3))] = found.group(2)
        told = self.next_line()  # then the session log, before any round: a killed rehearsal goes on from it
        assert told.startswith("session log: "), told + self.errors()
        self.session_log = Path(told.removeprefix("session log: ").strip())

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self.lines.put(line)

    def next_line(self) -> str:
        try:
            return self.lines.get(timeout=30)
        except queue.Empty:
            return "(no line)" + self.errors()

    def errors(self) -> str:
        if self.process.poll() is None:
            return ""
        assert self.process.stderr is not None
        return self.process.stderr.read()

    def finish(self) -> str:
        """Wait for the end: its exit code is 0 and it said nothing on stderr; what it printed."""
        code = self.process.wait(timeout=60)
        assert self.process.stderr is not None
        errors = self.process.stderr.read()
        assert code == 0 and not errors, errors
        out = []
        while not self.lines.empty():
            out.append(self.lines.get())
        return "".join(out)


def wanted(table: int, decisions: int, options: int) -> int:
    """The option (from 1) table `table`'s devices agree on for its next decision: each its own road."""
    return (table + decisions) % options + 1


def seat(urls: dict[int, str]) -> dict[int, list[Device]]:
    devices = {table: [Device(url), Device(url)] for table, url in urls.items()}
    for pair in devices.values():
        for device in pair:
            assert device.open() == 200
    return devices


def play(
    devices: dict[int, list[Device]],
    chosen: dict[int, list[int]],
    *,
    until: int | None = None,
    skip: tuple[int, int] | None = None,
) -> None:
    """Both devices of every table vote the table's option on its open card (`chosen` keeps them), until
    every game is over, or with `until` every table made that many decisions and has its next card.
    `skip` (table, decision): that table's devices leave that card to the round's end (the lowest)."""
    left_open: dict[int, str] = {}
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            states = {table: pair[0].state() for table, pair in devices.items()}
        except urllib.error.URLError:  # the last round ended every game: the rehearsal has gone
            return  # (the caller checks its exit code and every table's decisions)
        if all(state["finished"] for state in states.values()):
            return
        if until is not None and all(
            len(chosen[table]) == until and state["card"] is not None and state["your_vote"] is None
            for table, state in states.items()
        ):
            return
        for table, state in states.items():
            card, made = state["card"], len(chosen[table])
            if card is None or state["your_vote"] is not None or left_open.get(table) == card:
                continue
            if until is not None and made >= until:
                continue
            if skip == (table, made):
                left_open[table] = card
                chosen[table].append(1)
                continue
            option = wanted(table, made, len(state["options"]))
            for device in devices[table]:
                assert device.vote(card, option) == 200
            chosen[table].append(option)
        time.sleep(0.05)  # well inside the server's requests per address
    raise AssertionError("the rehearsal did not end in time")


def test_three_tables_rehearse_a_term_and_a_killed_session_resumes_every_table(tmp_path: Path) -> None:
    first = Rehearsal(str(LINDENHOUT), "--tables", "3", "--seed", "5", "--data-dir", str(tmp_path))
    session_log = first.session_log
    assert session_log.parent == tmp_path / "logs" and session_log.is_file()  # the data folder's, as a game's
    try:
        devices = seat(first.urls)
        # A device acts only for its own table: another table's page and votes are refused (403).
        card = devices[2][0].state()["card"]
        assert devices[1][0].open(first.urls[2]) == 403
        assert devices[1][0].vote(card, 1, first.urls[2]) == 403
        chosen: dict[int, list[int]] = {table: [] for table in devices}
        play(devices, chosen, until=4)
        # Mid-round: table 1 decided, table 2 has one vote, table 3 none.
        states = {table: pair[0].state() for table, pair in devices.items()}
        options = {table: len(state["options"]) for table, state in states.items()}
        for device in devices[1]:
            assert device.vote(states[1]["card"], wanted(1, 4, options[1])) == 200
        chosen[1].append(wanted(1, 4, options[1]))
        assert devices[2][0].vote(states[2]["card"], wanted(2, 4, options[2])) == 200
        # A reloaded device returns to its table's card, its vote kept.
        assert devices[2][0].open() == 200
        again = devices[2][0].state()
        assert (again["card"], again["your_vote"]) == (states[2]["card"], wanted(2, 4, options[2]))
        assert again["votes"][wanted(2, 4, options[2]) - 1] == 1
    finally:
        first.process.kill()  # SIGKILL: no goodbye, no last write
        first.process.wait(10)
    resumed = Rehearsal("--resume-tables", str(session_log), "--log", str(tmp_path / "game.json"))
    assert resumed.session_log == session_log
    devices = seat(resumed.urls)
    states = {table: pair[0].state() for table, pair in devices.items()}
    assert states[1]["card"] is None and states[1]["decided"]
    assert states[2]["card"] == again["card"] and states[2]["votes"] == again["votes"]
    assert states[3]["card"] == again["card"] and sum(states[3]["votes"]) == 0
    chosen[2].append(wanted(2, 4, options[2]))  # the new devices agree with the vote kept
    for device in devices[2]:
        assert device.vote(states[2]["card"], wanted(2, 4, options[2])) == 200
    play(devices, chosen, skip=(3, 4))  # table 3 leaves its card to the round's end
    out = resumed.finish()
    assert out.count(" besluiten") == 3  # (the summary in the game's language, Dutch)
    record = json.loads((tmp_path / "game.json").read_text(encoding="utf-8"))
    assert record["session_log"] == str(session_log.resolve())
    tables = record["tables"]
    assert [table["name"] for table in tables] == ["Tafel 1", "Tafel 2", "Tafel 3"]
    for table in tables:  # each table's road is its own devices' majority, from before and after the kill
        assert [choice["option"] for choice in table["choices"]] == chosen[table["table"]]
        assert table["seed"] == 5 and (table["ending"] or table["profile"])
    assert len({tuple(choice["card"] for choice in table["choices"][:1]) for table in tables}) == 1
    events = read_tables_log(session_log).log.events
    decisions = [event for event in events if event.get("kind") == "tables" and event["action"] == "decide"]
    assert [(event["table"], event["by"]) for event in decisions if event["by"] == "lowest"] == [
        (3, "lowest")
    ]


def test_the_rehearsal_with_report_writes_one_page_of_every_table_and_its_csv(tmp_path: Path) -> None:
    report = tmp_path / "verslag" / "tafels.html"
    council = ROOT / "scenarios" / "raadssessie.yaml"  # (a shorter term than the default's)
    rehearsal = Rehearsal(str(council), "--tables", "3", "--data-dir", str(tmp_path), "--report", str(report))
    try:
        devices = seat(rehearsal.urls)
        chosen: dict[int, list[int]] = {table: [] for table in devices}
        play(devices, chosen)
        out = rehearsal.finish()
    finally:
        rehearsal.process.kill()
        rehearsal.process.wait(10)
    assert f"verslag van 3 tafels geschreven naar {report}" in out
    page = report.read_text(encoding="utf-8")
    for table in devices:
        assert f'id="table-{table}"' in page and f"Tafel {table}" in page
    with report.with_suffix(".csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    option = rows[0].index("optie")
    for table, options in chosen.items():  # every table's road, as its own devices chose it
        assert [int(row[option]) for row in rows[1:] if row[0] == f"Tafel {table}"] == options
