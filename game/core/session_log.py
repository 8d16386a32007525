"""The session log: every event of one game as JSON Lines, appended and flushed as it happens.

Line 1 is the header (`"type": "session"`): the log format, the scenario (id, file, content hash),
the seed, language, mode and group. Every further line is one event (`"type": "event"`): the game's
own events (card_shown, choice with its votes, turn_passed, follow_up_dropped, year_end, ending,
profile, undo) and the room's (reveal, timer, voting, tie, split, debrief), each with `kind`, `year`,
`turn`, the event's data and `at`, the wall-clock time. `replay` plays the game's own events again on the
scenario and reports the first difference.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeGuard

from game.core import wallclock
from game.core.debrief import corner_pull, lines_crossed
from game.core.engine import Game, RuleError, Snapshot
from game.core.events import Event
from game.core.model import Scenario
from game.core.state import ChoiceRecord
from game.errors import GameError, Phrase

LOG_FORMAT = 1
# Far above any session's log (eight tables of twelve devices voting through a term write at most a few MB)
MAX_LOG_BYTES = 32 * 2**20
# Written by the window, not the Game; "split" is a decision's votes, hands ("keys") and phones apart;
# "debrief" is a step of the guided debrief or a statement scored before the first card (game/debrief).
ROOM_EVENTS = frozenset({"reveal", "timer", "voting", "tie", "split", "debrief"})


class LogError(GameError):
    """A session log that cannot be read or replayed; the message names the file and the line."""


@dataclass(frozen=True)
class SessionHeader:
    """What a log is a log of."""

    scenario_id: str
    scenario_file: str
    content_hash: str
    seed: int
    lang: str
    mode: str = "solo"  # or "group"
    group: str = ""
    started: str = ""
    format: int = LOG_FORMAT

    @staticmethod
    def starting(
        scenario: Scenario, path: Path | None, seed: int, lang: str, mode: str = "solo", group: str = ""
    ) -> SessionHeader:
        """The header of a session that starts now, of `scenario` read from the file at `path`."""
        return SessionHeader(
            scenario_id=scenario.id,
            scenario_file=str(path.resolve()) if path is not None else "",
            content_hash=scenario.content_hash,
            seed=seed,
            lang=lang,
            mode=mode,
            group=group,
            started=now_iso(),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "session",
            "format": self.format,
            "scenario": self.scenario_id,
            "scenario_file": self.scenario_file,
            "content_hash": self.content_hash,
            "seed": self.seed,
            "lang": self.lang,
            "mode": self.mode,
            "group": self.group,
            "started": self.started,
        }


@dataclass(frozen=True)
class SessionLog:
    """A log read back: its header and its events (dicts as written, `type` removed)."""

    path: Path
    header: SessionHeader
    events: list[dict[str, Any]] = field(default_factory=list)

    def game_events(self) -> list[dict[str, Any]]:
        return [event for event in self.events if event["kind"] not in ROOM_EVENTS]

    def phone_splits(self) -> list[tuple[int, ...] | None]:
        """For each decision still standing (undone ones taken out), the phones' votes of its "split"
        event, or None where no phone voted on it."""
        made: list[tuple[int, ...] | None] = []
        pending: dict[str, Any] | None = None
        for event in self.events:
            kind = event["kind"]
            if kind == "split":
                pending = event
            elif kind == "choice":
                phones = (
                    pending.get("phones")
                    if pending is not None and pending.get("card") == event["card"]
                    else None
                )
                made.append(tuple(phones) if phones is not None and _counts(phones) else None)
                pending = None
            elif kind == "undo" and made:
                made.pop()
        return made


def log_path(folder: Path, session_id: str, fresh: bool = False) -> Path:
    """The log of a session: `<session id>.jsonl` in `folder`; a fresh one gets the next free `-2`, `-3`."""
    path = folder / f"{session_id}.jsonl"
    number = 1
    while fresh and path.exists():
        number += 1
        path = folder / f"{session_id}-{number}.jsonl"
    return path


def now_iso() -> str:
    return wallclock.now().isoformat(timespec="seconds")


class LogWriter:
    """Appends events to a session log; every line is flushed (and synced) as soon as it is written."""

    def __init__(self, path: Path, header: SessionHeader) -> None:
        """Start a log, or go on with one: a log that exists already continues after its last game event
        (a session resumed from its save appends what the log missed, and nothing twice)."""
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._written = 0  # how many of the game's events are in the file
        if path.exists() and path.stat().st_size > 0:
            _drop_cut_off_line(path)
            self._written = len(read_log(path).game_events())
        self._file: IO[str] = path.open("a", encoding="utf-8", errors="backslashreplace")
        if path.stat().st_size == 0:
            self._line(header.to_dict())

    @property
    def written(self) -> int:
        return self._written

    def game_events(self, game: Game) -> None:
        """Append the game's events that are not in the file yet (the Game's log only grows)."""
        for event in game.log[self._written :]:
            self.event(event)
        self._written = len(game.log)

    def event(self, event: Event) -> None:
        self._line({"type": "event", **event.to_dict(), "at": now_iso()})

    def room(self, kind: str, year: int, turn: int, **data: Any) -> None:
        """An event of the room (reveal, timer, voting, tie, split, debrief): not part of the game's rules."""
        if kind not in ROOM_EVENTS:
            raise ValueError(f"{kind!r} is not a room event")
        self.event(Event(kind, year, turn, data))

    def _line(self, record: dict[str, Any]) -> None:
        self._file.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())

    def close(self) -> None:
        self._file.close()


def _drop_cut_off_line(path: Path) -> None:
    """Remove a last line the process did not finish writing (it died mid-line), so the log goes on whole."""
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        with path.open("r+b") as file:
            file.truncate(data.rfind(b"\n") + 1)


def read_log(path: Path) -> SessionLog:
    """Read a log; a line cut off at the end (the process died while writing it) is ignored."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # before opening: a FIFO or a device would block or never end
            raise LogError(key="log.not_a_file", path=path)
        size = info.st_size
        if size > MAX_LOG_BYTES:  # before reading: a stranger's file of gigabytes is never taken in
            raise LogError(key="log.too_large", path=path, megabytes=MAX_LOG_BYTES // 2**20)
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:  # said in the reader's language, not the system's
        raise LogError(key="cli.no_session_log", path=path) from None
    except (OSError, UnicodeDecodeError) as error:
        raise LogError(key="log.unreadable", path=path, reason=error) from None
    _refuse_game_json(path, lines)
    records = list(_records(path, lines))
    if not records or records[0].get("type") != "session":
        raise LogError(key="log.no_header", path=path)
    head = records[0]
    if head.get("format") != LOG_FORMAT:
        found = head.get("format")
        raise LogError(key="log.format", path=path, found=repr(found), expected=LOG_FORMAT)
    try:
        header = SessionHeader(
            scenario_id=str(head["scenario"]),
            scenario_file=str(head.get("scenario_file", "")),
            content_hash=str(head.get("content_hash", "")),
            seed=int(head["seed"]),
            lang=str(head.get("lang", "")),
            mode=str(head.get("mode", "solo")),
            group=str(head.get("group", "")),
            started=str(head.get("started", "")),
        )
    except KeyError as error:
        raise LogError(key="log.header_lacks", path=path, missing=error) from None
    except (TypeError, ValueError, OverflowError):
        raise LogError(key="log.seed", path=path) from None
    events = [{key: value for key, value in record.items() if key != "type"} for record in records[1:]]
    return SessionLog(path, header, events)


def _refuse_game_json(path: Path, lines: list[str]) -> None:
    """The JSON of `play --headless --log` is no session log: say in one line which file to pass."""
    if not lines or not lines[0].lstrip().startswith("{") or lines[0].rstrip().endswith("}"):
        return
    try:
        record = json.loads("\n".join(lines))
    except ValueError:
        return
    if not isinstance(record, dict) or "choices" not in record or "seed" not in record:
        return
    named = record.get("session_log")
    if isinstance(named, str) and named:
        raise LogError(key="log.game_json_named", path=path, log=named)
    raise LogError(key="log.game_json", path=path)


def _records(path: Path, lines: list[str]) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line, parse_constant=_not_json)
        except (ValueError, RecursionError):  # not JSON, NaN, a number of thousands of digits, deep nesting
            if number == len(lines):
                return  # the last line was being written when the process stopped
            raise LogError(key="log.not_json", path=path, line=number) from None
        if not isinstance(record, dict) or (number > 1 and not isinstance(record.get("kind"), str)):
            raise LogError(key="log.not_event", path=path, line=number)
        yield record


def _not_json(constant: str) -> Any:
    """json.loads accepts NaN and Infinity, which JSON does not have (and the game never writes)."""
    raise ValueError(f"{constant} is not JSON")


def _decision(log: SessionLog, event: dict[str, Any]) -> tuple[int, tuple[int, ...] | None]:
    """The 0-based option and the votes of a logged decision; LogError when they are not numbers."""
    option, votes = event.get("option"), event.get("votes")
    if not _whole(option) or not _counts(votes):
        where, option_said, votes_said = _where(event), _short(option), _short(votes)
        raise LogError(key="log.damaged", path=log.path, where=where, option=option_said, votes=votes_said)
    return option - 1, None if votes is None else tuple(votes)


def _counts(votes: Any) -> bool:
    return votes is None or (isinstance(votes, list) and all(map(_whole, votes)))


def _whole(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def replay(log: SessionLog, scenario: Scenario) -> Game:
    """Play the logged decisions and undos again with the logged seed; raises LogError at the first
    game event that comes out differently (the event, its line of the log, what was expected)."""
    if log.header.scenario_id != scenario.id:
        raise LogError(
            key="log.other_scenario", path=log.path, logged=log.header.scenario_id, given=scenario.id
        )
    game = Game(scenario, log.header.seed)
    undo: list[Snapshot] = []
    recorded = log.game_events()
    for event in recorded:
        if event["kind"] == "choice":
            option, votes = _decision(log, event)
            undo.append(game.snapshot())
            try:
                game.choose(option, votes)
            except RuleError as error:
                raise LogError(key="log.stopped", path=log.path, where=_where(event), reason=error) from None
        elif event["kind"] == "undo":
            if not undo:
                raise LogError(key="log.undo", path=log.path, where=_where(event))
            game.undo(undo.pop())
    _compare(log, recorded, [event.to_dict() for event in game.log])
    return game


def _compare(log: SessionLog, recorded: list[dict[str, Any]], replayed: list[dict[str, Any]]) -> None:
    for index, (want, got) in enumerate(zip(recorded, replayed, strict=False)):
        want = {key: value for key, value in want.items() if key != "at"}
        if want != json.loads(json.dumps(got)):
            raise LogError(
                key="log.differs", path=log.path, number=index + 1, logged=_short(want), got=_short(got)
            )
    # A log may end a few events early (the process died between writing a decision and the card that
    # followed it); everything it has must match. A log with events the replay lacks is a difference.
    if len(recorded) > len(replayed):
        raise LogError(key="log.longer", path=log.path, logged=len(recorded), got=len(replayed))


def _where(event: dict[str, Any]) -> Phrase:
    return Phrase(
        "log.where", {"year": event.get("year"), "turn": event.get("turn"), "kind": event.get("kind")}
    )


def _short(event: Any) -> str:
    return json.dumps(event, ensure_ascii=False, sort_keys=True)


def write_events(path: Path, header: SessionHeader, events: Iterable[Event]) -> None:
    """A whole log at once (tests, and headless runs that write their log at the end)."""
    writer = LogWriter(path, header)
    try:
        for event in events:
            writer.event(event)
    finally:
        writer.close()


def debrief_record(scenario: Scenario, choices: Sequence[ChoiceRecord]) -> dict[str, Any]:
    """What a game's JSON (`play --headless --log`) says of its debrief, by game.core.debrief's rule:
    "triangle", each corner's share (strategy, capacity, legitimacy; summing to 1), or None when no
    decision counted; "triangle_basis", "options" (the options chosen) or "themes" (the fallback of a
    scenario whose options name no corner); "lines_crossed", the ids of the cards whose chosen option
    crossed a red line, in play order (a card played twice is there twice)."""
    pull = corner_pull(scenario, choices)
    return {
        "triangle": pull.shares(),
        "triangle_basis": pull.basis,
        "lines_crossed": [crossed.record.card for crossed in lines_crossed(scenario, choices)],
    }


def scenario_file_of(log_path: Path, recorded: str) -> Path:
    """The scenario file a log names: as recorded, else the file of that name beside the log.

    Shared by replay and report; their --scenario option overrides it.
    """
    if not recorded:
        raise LogError(key="log.no_scenario_file", path=log_path)
    candidate = Path(recorded)
    for path in (candidate, log_path.parent / candidate.name):
        if path.is_file():
            return path
    raise LogError(key="log.scenario_missing", path=log_path, file=recorded)
