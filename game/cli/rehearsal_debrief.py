"""`play --headless --group --phones --debrief`: the statements and the guided debrief, over the phones.

Each question phones can answer (the statements before the first card, a word, each question of "And
here?", a proposal, support for the proposals, the statements after) is open for the vote window, and
closes early once every phone present has sent its part. Every text that passes the checks (cleaning,
the limits) is approved at once, as if the facilitator approved all. Only counts are printed, never a text.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

from game.core.engine import Game
from game.core.session_log import LogWriter
from game.debrief.describe import aspect_lines, fact_lines
from game.debrief.flow import SUPPORTS_PER_VOTER, Debrief
from game.debrief.log import write_debrief
from game.debrief.model import Entry, Event, GameRecord
from game.debrief.statements import StatementBoard, statements_for
from game.phones.asks import debrief_ask, statements_ask
from game.phones.hub import Ask, Inbound, PhoneSnapshot, VoteHub

Take = Callable[[Inbound], bool]  # feeds one thing a phone sent to the debrief; False when refused


@dataclass
class Journal:
    """Writes the new events of an event list (a Debrief's or a StatementBoard's log) to the session log."""

    log: LogWriter | None
    year: int
    turn: int
    events: list[Event]
    written: int = 0

    def flush(self) -> None:
        if self.log is not None:
            write_debrief(self.log, self.year, self.turn, self.events[self.written :])
        self.written = len(self.events)


@dataclass
class Round:
    """What came in for one question: per phone (device id, kept here only) the things it sent that
    counted (a text's number, a proposal's id, a statement's id), and how many were refused."""

    sent: dict[str, set[object]] = field(default_factory=dict)
    refused: int = 0
    everyone: bool = False  # closed because every phone present had sent its part (not by the window)

    @property
    def phones(self) -> int:
        return len(self.sent)

    @property
    def count(self) -> int:
        return sum(len(things) for things in self.sent.values())


@dataclass
class Rounds:
    """The phones' hub with the vote window: opens a question, feeds what comes in, closes it."""

    hub: VoteHub
    window: float
    clock: Callable[[], float] = time.monotonic

    def collect(self, ask: Ask, take: Take, need: int, journal: Journal) -> Round:
        """Open `ask` until every phone present has sent `need` things (or the window ends); each batch
        that comes in is fed with `take` and its events written at once."""
        found = Round()
        deadline = self.clock() + self.window
        self.hub.ask(ask)
        try:
            while True:
                version = self.hub.version  # before taking: what comes after it wakes the wait below
                self._feed(ask, take, found, journal)
                present = self.hub.snapshot().connected
                finished = sum(1 for things in found.sent.values() if len(things) >= need)
                left = deadline - self.clock()
                found.everyone = bool(found.sent) and finished >= present
                if found.everyone or left <= 0:
                    break
                self.hub.wait(partial(_changed_since, version), left)
        finally:
            self.hub.ask(None)
        self._feed(ask, take, found, journal)  # what was queued while the question closed
        return found

    def _feed(self, ask: Ask, take: Take, found: Round, journal: Journal) -> None:
        for inbound in self.hub.take_inbox():
            if inbound.key == ask.key and take(inbound):
                things = found.sent.setdefault(inbound.device, set())
                things.add(_mark(inbound, len(things)))
            else:
                found.refused += 1
        journal.flush()


def _changed_since(version: int, snapshot: PhoneSnapshot) -> bool:
    return snapshot.version != version


def _scored(inbound: Inbound) -> tuple[str, int] | None:
    """(statement id, score) of a phone's score; None for anything else."""
    value = inbound.value
    if isinstance(value, tuple) and isinstance(value[0], str) and isinstance(value[1], int):
        return value[0], value[1]
    return None


def _mark(inbound: Inbound, sent: int) -> object:
    """What one thing a phone sent counts as: a statement scored again, or a proposal backed again, is the
    same thing; every text is a new one."""
    value = inbound.value
    if isinstance(value, tuple):
        return value[0]
    return value if inbound.kind == "support" else sent


def statements_before(rounds: Rounds, game: Game, lang: str, log: LogWriter | None) -> StatementBoard:
    """The room scores the statements before the first card; the board keeps the scores."""
    board = StatementBoard(statements_for(game.scenario))
    journal = Journal(log, game.state.year, game.state.turn, board.log)
    ask = statements_ask(game.scenario, board, "before", lang)

    def take(inbound: Inbound) -> bool:
        scored = _scored(inbound)
        voter = board.voters.number(inbound.device)
        return scored is not None and bool(board.score("before", *scored, voter))

    found = rounds.collect(ask, take, len(board.statements), journal)
    print(f"statements before: {len(board.statements)} statements, {found.phones} phones scored", flush=True)
    return board


def run_debrief(
    rounds: Rounds,
    game: Game,
    phones: Sequence[tuple[int, ...] | None],
    board: StatementBoard,
    lang: str,
    log: LogWriter | None,
) -> Debrief:
    """The five phases with the phones, then the statements after; every event into the session log.
    `phones`: the phones' votes on each decision (None where none voted)."""
    record = GameRecord.of(game, phones)
    debrief = Debrief(game.scenario, record, "group", board=board)
    journal = Journal(log, game.state.year, game.state.turn, debrief.log)
    journal.flush()
    while not debrief.finished:
        where = f"debrief: {debrief.phase}" + (f" {debrief.step + 1}" if debrief.phase == "here" else "")
        ask = debrief_ask(debrief, lang)
        if ask is None or (ask.kind == "support" and not ask.choices):
            print(f"{where}: {shown(debrief, lang)}", flush=True)
        else:
            need = min(SUPPORTS_PER_VOTER, len(ask.choices)) if ask.kind == "support" else 1
            found = rounds.collect(ask, partial_take(debrief, ask), need, journal)
            what = "supports" if ask.kind == "support" else f"{ask.kind}s approved"
            counts = f"{found.count} {what} from {found.phones} phones, {found.refused} refused"
            print(f"{where}: {counts}", flush=True)
        debrief.next()
        journal.flush()
    after = statements_ask(game.scenario, board, "after", lang)

    def score(inbound: Inbound) -> bool:
        scored = _scored(inbound)
        voter = debrief.voter_number(inbound.device)
        return scored is not None and bool(debrief.statement_score("after", *scored, voter))

    found = rounds.collect(after, score, len(board.statements), journal)
    shifts = ", ".join(
        f"{shift.statement.id} {shift.delta:+.2f}" if shift.delta is not None else f"{shift.statement.id} -"
        for shift in debrief.shifts()
    )
    print(f"statements after: {found.phones} phones scored; shift: {shifts}", flush=True)
    return debrief


def partial_take(debrief: Debrief, ask: Ask) -> Take:
    """Feeds a phone's text (approved at once when it passes the checks) or its support to `debrief`."""

    def take(inbound: Inbound) -> bool:
        voter = debrief.voter_number(inbound.device)
        if ask.kind == "support":
            return isinstance(inbound.value, int) and bool(debrief.support(voter, inbound.value))
        if not isinstance(inbound.value, str):
            return False
        entry = debrief.submit(inbound.value, "phone", voter, inbound.key)
        if not isinstance(entry, Entry):
            return False
        debrief.approve(entry.id)
        return True

    return take


def shown(debrief: Debrief, lang: str) -> str:
    """What a step without phones shows, in counts (the what-if of "happened" is the most divided vote's)."""
    if debrief.phase == "happened":
        divided = debrief.facts.divided
        if divided is not None:
            debrief.pick_decision(divided.index)
        return f"{len(fact_lines(debrief.scenario, debrief.facts, lang))} facts"
    if debrief.phase == "why":
        return f"{len(aspect_lines(debrief.aspects, lang))} aspects met"
    if debrief.step_name == "top":
        supports = ", ".join(str(debrief.support_count(entry.id)) for entry in debrief.action_list())
        return f"action list of {len(debrief.action_list())} proposals (supports {supports or '-'})"
    return "no approved proposals to support"
