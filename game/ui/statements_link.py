"""The statements in the window: the session's board, the phones' scores into it, its events into the log.

The board lives on the Session (`board_of`); a session resumed from its save finds it again in its
session logs. Every score and hand is written to the session log as it happens, as a "debrief" room
event (`write_events`), so a crash mid-game keeps the answers given before the first card.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from game.core.session_log import LogError, read_log
from game.debrief.log import PLACE_KEYS, debrief_events
from game.debrief.model import Event, Stage
from game.debrief.statements import StatementBoard, statements_for
from game.i18n import t
from game.phones.hub import Ask, VoteHub
from game.ui.session import Session


def wants_statements(session: Session) -> bool:
    """Whether the room scores statements before the first card: in a group session (a room's shift of
    opinion; solo play goes straight to the cards), with the scenario's statements or the defaults."""
    return session.mode == "group" and bool(statements_for(session.scenario))


def board_of(session: Session) -> StatementBoard:
    """The session's statements (before and after), restored from its session logs the first time it is
    asked for after a resume. The debrief takes it as its `board`."""
    if session.statements is None:
        session.statements = StatementBoard.restore(statements_for(session.scenario), logged_events(session))
    return session.statements


def logged_events(session: Session) -> list[Event]:
    """The debrief events in this session's logs, oldest log first (a session replayed on a changed file
    goes on in a fresh log `-2`, `-3`; the answers before the first card are in the first)."""
    if session.log_path is None:
        return []
    events: list[Event] = []
    for path in session_logs(session.log_path.parent, session.session_id):
        try:
            events += debrief_events(read_log(path))
        except LogError:
            continue  # a damaged log gives what the others hold
    return events


def session_logs(folder: Path, session_id: str) -> list[Path]:
    """`<id>.jsonl`, `<id>-2.jsonl`, ... in `folder`, in that order."""
    pattern = re.compile(rf"{re.escape(session_id)}(?:-(\d+))?\.jsonl")
    found: list[tuple[int, Path]] = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = pattern.fullmatch(path.name)
            if match is not None:
                found.append((int(match.group(1) or 1), path))
    return [path for _, path in sorted(found)]


def write_events(session: Session, events: Iterable[Event]) -> None:
    """Into the session log (through the App's room-event hook), at the game's year and turn."""
    for event in events:
        session.room_event("debrief", **{key: value for key, value in event.items() if key not in PLACE_KEYS})


def statements_ask(session: Session, board: StatementBoard, stage: Stage, lang: str) -> Ask:
    """What the phones show while the statements are open: every statement, to score 1-5."""
    scenario = session.scenario
    return Ask(
        kind="statements",
        prompt=t("statements.phone_prompt", lang),
        key=StatementBoard.key(stage),
        statements=tuple(
            (statement.id, scenario.text(statement.text, lang)) for statement in board.statements
        ),
    )


def take_scores(hub: VoteHub, board: StatementBoard, stage: Stage) -> list[Event]:
    """Feed what phones sent to the statements of `stage` into the board; the events it made. Anything
    sent to another question (a key closed meanwhile) is dropped."""
    events: list[Event] = []
    for inbound in hub.take_inbox():
        value = inbound.value
        if inbound.kind != "statements" or inbound.key != StatementBoard.key(stage):
            continue
        if not isinstance(value, tuple) or len(value) != 2:
            continue
        statement_id, score = value
        events += board.score(stage, statement_id, score, board.voters.number(inbound.device))
    return events
