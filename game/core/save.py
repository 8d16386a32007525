"""Saved sessions, without pygame: a versioned JSON file per session, written atomically, read strictly.

A save holds everything needed to put a game back exactly: the whole GameState (meters, flags,
calendar, played and scheduled cards, choices with votes, history), the random generator's state,
the event log and the undo stack. `write_save` never leaves a half-written file (temporary file in
the same folder, flush, fsync, rename, fsync of the folder); `read_save` raises SaveError for
anything that is not a save this version can use, and moves such a file aside (never deletes it).
"""

from __future__ import annotations

import json
import math
import os
import random
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.core import wallclock
from game.core.events import Event
from game.core.model import Scenario
from game.core.state import ChoiceRecord, GameState, MeterPoint, ScheduledCard, YearSummary
from game.errors import GameError
from game.paths import user_data_folder

if TYPE_CHECKING:  # the engine is imported when a game is restored: the title screen only lists saves
    from game.core.engine import Game, Snapshot

FORMAT = 1
KIND = "digitaal-leiderschap-save"
SUFFIX = ".json"


class SaveError(GameError):
    """A save file that cannot be used: corrupt, truncated, another format or another scenario."""

    def __init__(self, path: Path, problem: str, moved_to: Path | None = None) -> None:
        self.path = path
        self.problem = problem
        self.moved_to = moved_to
        where = f" (moved aside to {moved_to.name})" if moved_to is not None else ""
        super().__init__(f"{path}: {problem}{where}")


@dataclass
class SaveData:
    """One saved session. `title` is the scenario's title per language, for the list of saves."""

    session_id: str
    scenario_id: str
    content_hash: str
    scenario_path: str | None
    title: dict[str, str]
    seed: int
    lang: str
    group_name: str
    mode: str  # "solo" or "group"
    started_at: str
    saved_at: str
    snapshot: Snapshot
    log: list[Event] = field(default_factory=list)
    undo: list[Snapshot] = field(default_factory=list)
    debriefing: bool = False  # the game is over and its guided debrief was under way

    @property
    def state(self) -> GameState:
        return self.snapshot.state

    @property
    def finished(self) -> bool:
        return self.snapshot.state.finished


# -- where saves go ------------------------------------------------------------------------


def saves_dir(data_dir: Path | None = None) -> Path:
    """The saves folder: DATA_DIR/saves, by default in the user's data folder (platformdirs)."""
    return user_data_folder(data_dir) / "saves"


def new_session_id(scenario_id: str, now: datetime | None = None) -> str:
    """From the start time (to the microsecond) and the scenario id, safe as a file name."""
    moment = now or wallclock.local_now()
    safe = "".join(char if char.isalnum() or char in "-_" else "_" for char in scenario_id)[:60]
    return f"{moment:%Y%m%d-%H%M%S-%f}-{safe or 'scenario'}"


def save_path(folder: Path, session_id: str) -> Path:
    return folder / f"{session_id}{SUFFIX}"


# -- game <-> save ---------------------------------------------------------------------------


def capture(
    game: Game,
    *,
    session_id: str,
    lang: str,
    group_name: str = "",
    mode: str = "solo",
    scenario_path: Path | None = None,
    undo: list[Snapshot] | None = None,
    started_at: str | None = None,
    debriefing: bool = False,
) -> SaveData:
    """The save of `game` as it is now (deep copies: later play does not change it)."""
    scenario = game.scenario
    now = wallclock.local_now().isoformat(timespec="seconds")
    return SaveData(
        session_id=session_id,
        scenario_id=scenario.id,
        content_hash=scenario.content_hash,
        scenario_path=str(scenario_path) if scenario_path is not None else None,
        title=dict(scenario.title.translations),
        seed=game.seed,
        lang=lang,
        group_name=group_name,
        mode=mode,
        started_at=started_at or now,
        saved_at=now,
        snapshot=game.snapshot(),
        log=list(game.log),
        undo=list(undo or []),
        debriefing=debriefing and game.state.finished,
    )


def restore_game(scenario: Scenario, data: SaveData) -> Game:
    """A Game of `scenario` exactly as saved: state, random state and log (the content must match)."""
    from game.core.engine import Game

    game = Game(scenario, data.seed)
    game.restore(data.snapshot)
    game.log[:] = list(data.log)
    return game


# -- JSON --------------------------------------------------------------------------------------


def to_json(data: SaveData) -> dict[str, Any]:
    return {
        "kind": KIND,
        "format": FORMAT,
        "session_id": data.session_id,
        "scenario": {
            "id": data.scenario_id,
            "content_hash": data.content_hash,
            "path": data.scenario_path,
            "title": data.title,
        },
        "seed": data.seed,
        "lang": data.lang,
        "group_name": data.group_name,
        "mode": data.mode,
        "started_at": data.started_at,
        "saved_at": data.saved_at,
        "game": _snapshot_json(data.snapshot),
        "log": [{"kind": e.kind, "year": e.year, "turn": e.turn, "data": e.data} for e in data.log],
        "undo": [_snapshot_json(snapshot) for snapshot in data.undo],
        "debriefing": data.debriefing,
    }


def from_json(raw: Any) -> SaveData:
    """Parse a save; ValueError (with the problem) for anything that is not format 1."""
    if not isinstance(raw, dict) or raw.get("kind") != KIND:
        raise ValueError("not a save file of this game")
    version = raw.get("format")
    if version != FORMAT:
        raise ValueError(f"save format {version!r} is not supported (this version reads format {FORMAT})")
    try:
        scenario = raw["scenario"]
        return SaveData(
            session_id=_str(raw["session_id"]),
            scenario_id=_str(scenario["id"]),
            content_hash=_str(scenario["content_hash"]),
            scenario_path=None if scenario["path"] is None else _str(scenario["path"]),
            title={_str(k): _str(v) for k, v in scenario["title"].items()},
            seed=_int(raw["seed"]),
            lang=_str(raw["lang"]),
            group_name=_str(raw["group_name"]),
            mode=_str(raw["mode"]),
            started_at=_str(raw["started_at"]),
            saved_at=_str(raw["saved_at"]),
            snapshot=_snapshot(raw["game"]),
            log=[
                Event(_str(e["kind"]), _int(e["year"]), _int(e["turn"]), dict(e["data"])) for e in raw["log"]
            ],
            undo=[_snapshot(item) for item in raw["undo"]],
            debriefing=raw.get("debriefing", False) is True,  # (absent in saves made before the debrief)
        )
    except (KeyError, TypeError, AttributeError, IndexError, OverflowError) as exc:
        raise ValueError(f"the save is incomplete or damaged ({type(exc).__name__}: {exc})") from None


def _snapshot_json(snapshot: Snapshot) -> dict[str, Any]:
    state = snapshot.state
    version, internal, gauss = snapshot.rng_state
    return {
        "rng": {"version": version, "state": list(internal), "gauss_next": gauss},
        "log_length": snapshot.log_length,
        "state": {
            "meters": state.meters,
            "flags": sorted(state.flags),
            "year": state.year,
            "turn": state.turn,
            "current_card": state.current_card,
            "played": state.played,
            "scheduled": [[s.card, s.due, s.order] for s in state.scheduled],
            "schedule_counter": state.schedule_counter,
            "choices": [
                {
                    "year": c.year,
                    "turn": c.turn,
                    "card": c.card,
                    "option": c.option,
                    "deltas": c.deltas,
                    "votes": None if c.votes is None else list(c.votes),
                }
                for c in state.choices
            ],
            "history": [[p.year, p.turn, p.meters, p.year_end] for p in state.history],
            "year_summaries": [[y.year, y.start, y.end, y.year_end_deltas] for y in state.year_summaries],
            "year_start_meters": state.year_start_meters,
            "finished": state.finished,
            "ending": state.ending,
            "profile": state.profile,
        },
    }


def _snapshot(raw: dict[str, Any]) -> Snapshot:
    from game.core.engine import Snapshot

    rng = raw["rng"]
    gauss = rng["gauss_next"]
    internal = tuple(rng["state"])
    if not all(type(number) is int for number in internal):  # JSON numbers: int, float; bool is not one
        internal = tuple(_int(number) for number in internal)  # raises for the first that is not
    rng_state = (_int(rng["version"]), internal, None if gauss is None else float(gauss))
    try:
        random.Random().setstate(rng_state)
    except (ValueError, TypeError, OverflowError) as exc:
        raise TypeError(f"bad random state: {exc}") from None
    s = raw["state"]
    state = GameState(
        meters=_meters(s["meters"]),
        flags={_str(flag) for flag in s["flags"]},
        year=_int(s["year"]),
        turn=_int(s["turn"]),
        current_card=None if s["current_card"] is None else _str(s["current_card"]),
        played={_str(k): _int(v) for k, v in s["played"].items()},
        scheduled=[ScheduledCard(_str(c), _int(d), _int(o)) for c, d, o in s["scheduled"]],
        schedule_counter=_int(s["schedule_counter"]),
        choices=[
            ChoiceRecord(
                _int(c["year"]),
                _int(c["turn"]),
                _str(c["card"]),
                _int(c["option"]),
                _meters(c["deltas"]),
                None if c["votes"] is None else tuple(_int(v) for v in c["votes"]),
            )
            for c in s["choices"]
        ],
        history=[MeterPoint(_int(y), _int(t), _meters(m), bool(e)) for y, t, m, e in s["history"]],
        year_summaries=[
            YearSummary(_int(y), _meters(a), _meters(b), _meters(d)) for y, a, b, d in s["year_summaries"]
        ],
        year_start_meters=_meters(s["year_start_meters"]),
        finished=bool(s["finished"]),
        ending=None if s["ending"] is None else _str(s["ending"]),
        profile=None if s["profile"] is None else _str(s["profile"]),
    )
    return Snapshot(state, rng_state, _int(raw["log_length"]))


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {value!r}")
    return value


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected a whole number, found {value!r}")
    return value


def _meters(value: Any) -> dict[str, float]:
    if not isinstance(value, dict):
        raise TypeError(f"expected meter values, found {value!r}")
    result: dict[str, float] = {}
    for key, number in value.items():
        if not isinstance(number, int | float) or isinstance(number, bool) or not math.isfinite(number):
            raise TypeError(f"meter {key!r}: expected a number, found {number!r}")
        result[_str(key)] = number
    return result


# -- files ------------------------------------------------------------------------------------


def write_save(path: Path, data: SaveData) -> None:
    """Write atomically: a temporary file in the same folder, flushed and fsynced, renamed over `path`,
    then the folder fsynced (where the system allows it), so `path` is always the old or the new save."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(to_json(data), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # e.g. Windows cannot open a folder; the rename is still atomic there
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def read_save(path: Path, scenario_id: str | None = None, *, move_bad: bool = True) -> SaveData:
    """The save in `path`; SaveError naming the file and the problem when it cannot be used, after
    moving the file aside to `NAME.broken-<time>` (`move_bad`). `scenario_id`: the save must be of it."""
    try:
        raw_bytes = path.read_bytes()
    except OSError as exc:
        raise SaveError(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        problem: str | None = None
        if not raw_bytes.strip():
            problem = "the file is empty"
        else:
            raw = json.loads(raw_bytes.decode("utf-8"), parse_constant=_not_json)
            data = from_json(raw)
            if scenario_id is not None and data.scenario_id != scenario_id:
                problem = f"the save is of scenario {data.scenario_id!r}, not {scenario_id!r}"
    except UnicodeDecodeError:
        problem = "the file is not text (garbage or a damaged file)"
    except json.JSONDecodeError as exc:
        problem = f"the file is truncated or not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
    except (ValueError, RecursionError) as exc:
        problem = str(exc)
    if problem is not None:
        raise SaveError(path, problem, move_aside(path) if move_bad else None)
    return data


def _not_json(constant: str) -> Any:
    """json.loads accepts NaN and Infinity, which JSON does not have (write_save never writes them)."""
    raise ValueError(f"the file is not a save: {constant} is not JSON")


def move_aside(path: Path, now: datetime | None = None) -> Path | None:
    """Rename a bad save to `NAME.broken-<time>` (never over another file); None if it cannot be moved."""
    stamp = f"{now or wallclock.local_now():%Y%m%d-%H%M%S}"
    target = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
    try:
        os.rename(path, target)
    except OSError:
        return None
    return target


@dataclass(frozen=True)
class SaveListing:
    """The saves in a folder, newest first, and the files that could not be read (already moved aside)."""

    saves: tuple[tuple[Path, SaveData], ...]
    problems: tuple[SaveError, ...]

    def resumable(self) -> tuple[tuple[Path, SaveData], ...]:
        return tuple((path, data) for path, data in self.saves if not data.finished or data.debriefing)


def list_saves(folder: Path) -> SaveListing:
    """Every `*.json` save in `folder` (temporary files and moved-aside files are skipped)."""
    if not folder.is_dir():
        return SaveListing((), ())
    saves: list[tuple[Path, SaveData]] = []
    problems: list[SaveError] = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        if path.name.startswith(".") or not path.is_file():
            continue
        try:
            saves.append((path, read_save(path)))
        except SaveError as error:
            problems.append(error)
    saves.sort(key=lambda item: (item[1].saved_at, item[1].session_id), reverse=True)
    return SaveListing(tuple(saves), tuple(problems))
