"""The debrief's events in the session log: written as room events, read back for restore and report."""

from __future__ import annotations

from collections.abc import Iterable

from game.core.session_log import LogWriter, SessionLog
from game.debrief.model import Event

KIND = "debrief"
PLACE_KEYS = frozenset({"kind", "year", "turn", "at"})  # what the log adds around an event's own data


def write_debrief(writer: LogWriter, year: int, turn: int, events: Iterable[Event]) -> None:
    """Append debrief events (a Debrief's or a StatementBoard's) to the session log, at the game's
    `year` and `turn` (the last card's after the game; turn 1 of year 1 before the first card)."""
    for event in events:
        writer.room(KIND, year, turn, **{key: value for key, value in event.items() if key not in PLACE_KEYS})


def debrief_events(log: SessionLog) -> list[Event]:
    """The debrief events of a log as the Debrief made them (Debrief.restore takes them)."""
    return [
        {"kind": KIND, **{key: value for key, value in event.items() if key not in PLACE_KEYS}}
        for event in log.events
        if event.get("kind") == KIND
    ]
