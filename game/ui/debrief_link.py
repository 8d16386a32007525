"""The window's glue for the guided debrief: opening it from the end screen (new, or as the session log
left it), the phones' answers into it, the hand-over after it, and resuming a session in it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from game.core.session_log import LogError, SessionLog, read_log
from game.debrief.flow import Debrief
from game.debrief.log import debrief_events
from game.debrief.model import GameRecord, Mode
from game.debrief.statements import StatementBoard
from game.ui.session import Session, Step

if TYPE_CHECKING:
    from game.phones.hub import Ask, Inbound
    from game.ui.presenter import PresenterView
    from game.ui.scene import Host, Scene

TEXT_KINDS = ("word", "answer", "proposal")


def session_log(session: Session) -> SessionLog | None:
    """The session's log as written so far; None without one, or when it cannot be read."""
    if session.log_path is None or not session.log_path.is_file():
        return None
    try:
        return read_log(session.log_path)
    except (OSError, LogError):
        return None


def before_board(session: Session) -> StatementBoard:
    """The statements the room scored before the first card (kept on the session, restored from its logs
    after a resume): the debrief's statements "after" go on the same board."""
    from game.ui.statements_link import board_of

    return board_of(session)


def enter_debriefs(session: Session) -> bool:
    """Whether Enter on the end screen opens the guided debrief: in a group session with a log that
    holds no debrief yet (once it has run, Enter goes to the title screen as in solo play)."""
    if session.mode != "group":
        return False
    log = session_log(session)
    return log is not None and not any(event.get("action") == "start" for event in debrief_events(log))


def open_debrief(host: Host, session: Session) -> Scene:
    """The debrief of `session`: as its log left it when it has debrief events (reopened, or resumed
    after a crash), else a new one."""
    from game.ui.scenes.debrief import DebriefScene

    log = session_log(session)
    record = GameRecord.of(session.game, log.phone_splits() if log is not None else ())
    mode: Mode = "group" if session.mode == "group" else "solo"
    events = debrief_events(log) if log is not None else []
    board = before_board(session)
    if any(event.get("action") == "start" for event in events):
        debrief = Debrief.restore(session.scenario, record, mode, events, board=board)
        return DebriefScene(host, session, debrief, restored=True)
    return DebriefScene(host, session, Debrief(session.scenario, record, mode, board=board))


def after_debrief(host: Host, session: Session, debrief: Debrief) -> None:
    """After the last phase: the statements once more when the room scored them before the first card
    (the statements scene, game/ui/scenes/statements.py), else back to the end screen."""
    from game.ui.scenes.end import EndScene
    from game.ui.scenes.statements import StatementsScene

    def to_end() -> None:
        host.show(EndScene(host, session))

    board = debrief.board
    if any(sum(shift.before) for shift in board.shifts()):
        host.show(StatementsScene(host, session, "after", to_end, board=board))
    else:
        to_end()


def feed(debrief: Debrief, inbox: Sequence[Inbound]) -> None:
    """The phones' words, answers, proposals and support into the debrief, under their voter numbers
    (a device id goes no further); what is no longer open is refused there."""
    for inbound in inbox:
        voter = debrief.voter_number(inbound.device)
        if inbound.kind == "support" and isinstance(inbound.value, int):
            debrief.support(voter, inbound.value)
        elif inbound.kind in TEXT_KINDS and isinstance(inbound.value, str):
            debrief.submit(inbound.value, "phone", voter, inbound.key)


def ask_of(debrief: Debrief, lang: str) -> Ask | None:
    from game.phones.asks import debrief_ask

    return debrief_ask(debrief, lang)


def in_debrief(session: Session) -> bool:
    """Whether the session stopped during its debrief: the game is over and the log's last debrief
    event does not say it ended."""
    if not session.game.finished:
        return False
    log = session_log(session)
    if log is None:
        return False
    moves = [e for e in debrief_events(log) if e.get("action") in ("start", "next", "skip", "back")]
    return bool(moves) and not moves[-1].get("finished", False)


def resumed_step(session: Session) -> Step:
    """The screen a resumed session continues on: the debrief when it stopped there, else as before."""
    if in_debrief(session):
        session.resume("end")
        return Step("debrief")
    return session.resume("card", "outcome") or session.next_step()


def scene_for_end(host: Host, session: Session, step: Step) -> Scene:
    """The end screen, or the debrief for a session resumed in it."""
    from game.ui.scenes.end import EndScene

    return open_debrief(host, session) if step.kind == "debrief" else EndScene(host, session)


def with_queue(view: PresenterView, scene: Scene) -> PresenterView:
    """The presenter's view with the debrief's phase and the answers waiting for approval (the
    facilitator's screen: the projector shows only their count)."""
    from dataclasses import replace

    from game.i18n import t
    from game.ui.scenes.debrief import DebriefScene

    if not isinstance(scene, DebriefScene):
        return view
    debrief = scene.debrief
    return replace(
        view,
        debrief_phase=t(f"debrief.phase.{debrief.phase}", view.lang),
        queue=tuple(entry.text for entry in scene.pending()),
        queue_selected=scene.selected,
        queue_shown=scene.queue_shown,
    )
