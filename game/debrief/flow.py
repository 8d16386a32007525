"""The guided debrief as a state object: five phases stepped through, the room's entries, approval,
support for proposals, the what-if picked, the statements after; every change an event for the log.

API in short (the window, the rehearsal and the report drive this; all pure, times passed in):

    debrief = Debrief(scenario, GameRecord.of(game, log.phone_splits()), "group", board=before_board)
    debrief.phase / .step / .step_name / .finished / .question   where the facilitator is
    debrief.next() / .skip() / .back()          Enter, ->, <-: return the events they caused
    debrief.timer(now_ms), .countdown            T: the phase's timer (suggested minutes per phase)
    debrief.ask_kind, .ask_key                   what phones may send now ("word", ..., "support")
    debrief.voter_number(device_id)              a phone's number; device ids stay in memory
    debrief.submit(text, source, voter, key)     -> Entry (phones: pending; facilitator: approved)
                                                    or "empty" | "too_long" | "closed"
    debrief.approve(id) / .reject(id)            the facilitator's say; .pending(), .approved(phase)
    debrief.support(voter, id), .proposal_hands(id, count), .top_proposals(3), .action_list()
    debrief.pick_decision(index, option), .what_if()
    debrief.statement_score / .statement_hands / .statement_hand / .shifts()   (the board's, "after")
    debrief.facts, .aspects, .questions          what phases 2-4 show (describe.py: fact_lines, aspect_lines)
    debrief.log                                  every event, in order ({"kind": "debrief", ...})
    Debrief.restore(scenario, record, mode, events)   the same state again from the logged events
    StatementBoard(statements_for(scenario))     the statements before the first card (its own events;
                                                 StatementBoard.restore after a crash mid-game)
    log.write_debrief(writer, year, turn, events), log.debrief_events(session_log)   the session log

Events carry only numbers, ids and the cleaned texts: never a device id.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal

from game.core.countdown import Countdown
from game.core.model import Scenario, Text
from game.core.whatif import WhatIf, WhatIfError, what_if
from game.debrief.facts import Facts, aspect_counts, session_facts
from game.debrief.model import (
    ENTRY_KIND,
    PHASES,
    Entry,
    Event,
    GameRecord,
    Mode,
    Phase,
    Source,
    Stage,
    SubmitProblem,
    Voters,
)
from game.debrief.questions import FALLBACK_ASPECTS, questions_for
from game.debrief.statements import Counts, Shift, StatementBoard, statements_for
from game.debrief.text import TextKind, TextProblem, clean_text

AskKind = TextKind | Literal["support"]
MODES: tuple[Mode, ...] = ("group", "solo")
SOURCES: tuple[Source, ...] = ("phone", "facilitator")
# Minutes the timer suggests per phase; solo play is the same conversation, shorter.
SUGGESTED_MINUTES: dict[Mode, dict[Phase, int]] = {
    "group": {"reactions": 3, "happened": 8, "why": 8, "here": 12, "wins": 12},
    "solo": {"reactions": 1, "happened": 4, "why": 4, "here": 6, "wins": 4},
}
# Small wins: propose, vote, the top three (group); solo: propose, then the player's own list.
WIN_STEPS: dict[Mode, tuple[str, ...]] = {"group": ("propose", "vote", "top"), "solo": ("propose", "list")}
SUPPORTS_PER_VOTER = 3  # dot voting: each voter backs up to three proposals, each once
ACTION_LIST = 3  # the group's action list: the top three proposals
SOLO_QUESTIONS = 3  # solo: the questions of the three aspects met most
DEFAULT_QUESTIONS_PER_ASPECT = 1  # the game's own questions: the first per aspect met (the scenario's: all)


class Debrief:
    """One session's debrief; see the module's docstring."""

    def __init__(
        self,
        scenario: Scenario,
        record: GameRecord,
        mode: Mode,
        *,
        board: StatementBoard | None = None,
        started: bool = True,
    ) -> None:
        """`board`: the statements scored before the first card (their voter numbers go on); `started`
        False makes no "start" event (restore brings its own)."""
        if mode not in MODES:
            raise ValueError(f"mode {mode!r} is not one of {MODES}")
        self.scenario = scenario
        self.record = record
        self.mode: Mode = mode
        self.board = board if board is not None else StatementBoard(statements_for(scenario))
        self.voters: Voters = self.board.voters
        self.facts: Facts = session_facts(scenario, record)
        counts = aspect_counts(scenario, record)
        self.aspects: list[str] = list(counts)
        asked = self.aspects or list(FALLBACK_ASPECTS)
        if mode == "solo" and len(asked) > SOLO_QUESTIONS:
            most = sorted(asked, key=lambda aspect: -counts.get(aspect, 0))[:SOLO_QUESTIONS]
            asked = [aspect for aspect in asked if aspect in most]
        self.questions: list[tuple[str, Text]] = questions_for(
            scenario, asked, defaults_per_aspect=DEFAULT_QUESTIONS_PER_ASPECT
        )
        self.log: list[Event] = []
        self.finished = False
        self._phase = 0
        self._step = 0
        self._entries: list[Entry] = []
        self._supports: dict[int, set[int]] = {}  # proposal id -> voters backing it
        self._hands: dict[int, int] = {}  # proposal id -> hands the facilitator counted
        self._timers: dict[Phase, Countdown] = {
            phase: Countdown.of_seconds(60 * minutes) for phase, minutes in SUGGESTED_MINUTES[mode].items()
        }
        self._pick: tuple[int, int] | None = None
        self._what_if: WhatIf | None = None
        if started:
            self._event("start", mode=mode)

    # -- where the facilitator is ---------------------------------------------------------

    @property
    def phase(self) -> Phase:
        return PHASES[self._phase]

    @property
    def step(self) -> int:
        """The step within the phase, from 0 (the question of "here"; propose, vote, top in "wins")."""
        return self._step

    def steps(self, phase: Phase | None = None) -> tuple[str, ...]:
        """The steps of a phase (of the current one by default), by name."""
        phase = self.phase if phase is None else phase
        if phase == "here":
            return ("question",) * max(1, len(self.questions))
        if phase == "wins":
            return WIN_STEPS[self.mode]
        return {"reactions": ("words",), "happened": ("facts",), "why": ("aspects",)}[phase]

    @property
    def step_name(self) -> str:
        return self.steps()[self._step]

    @property
    def question(self) -> tuple[str, Text] | None:
        """(aspect, question) on the table in phase "here"; None elsewhere (or with no questions)."""
        if self.phase != "here" or self._step >= len(self.questions):
            return None
        return self.questions[self._step]

    @property
    def ask_kind(self) -> AskKind | None:
        """What the room may send now: a word, an answer, a proposal, support; None when nothing."""
        if self.finished:
            return None
        if self.phase == "wins":
            return {"propose": "proposal", "vote": "support"}.get(self.step_name)  # type: ignore[return-value]
        return ENTRY_KIND.get(self.phase)

    @property
    def ask_key(self) -> str | None:
        """Names the question open now (it changes when another opens): the phones' Ask.key."""
        return None if self.ask_kind is None else f"{self.phase}.{self._step}"

    def next(self) -> list[Event]:
        """Enter: the next step, at a phase's last step the next phase, after the last the end."""
        if self.finished:
            return []
        if self._step + 1 < len(self.steps()):
            self._step += 1
        else:
            self._to_phase(self._phase + 1)
        return self._moved("next")

    def skip(self) -> list[Event]:
        """->: the next phase at once (the rest of this one skipped); after the last, the end."""
        if self.finished:
            return []
        self._to_phase(self._phase + 1)
        return self._moved("skip")

    def back(self) -> list[Event]:
        """<-: the previous phase from its start (the last step of the last phase from the end)."""
        if self.finished:
            self.finished = False
            self._step = len(self.steps()) - 1
        elif self._phase == 0 and self._step == 0:
            return []
        else:
            self._phase = max(0, self._phase - 1)
            self._step = 0
        return self._moved("back")

    def _to_phase(self, index: int) -> None:
        if index >= len(PHASES):
            self.finished = True
        else:
            self._phase, self._step = index, 0

    def _moved(self, action: str) -> list[Event]:
        return self._event(action, phase=self.phase, step=self._step, finished=self.finished)

    # -- the timer ---------------------------------------------------------------------

    @property
    def countdown(self) -> Countdown:
        """The current phase's timer (its duration the suggested minutes)."""
        return self._timers[self.phase]

    def countdown_of(self, phase: Phase) -> Countdown:
        return self._timers[phase]

    def suggested_minutes(self, phase: Phase | None = None) -> int:
        return SUGGESTED_MINUTES[self.mode][self.phase if phase is None else phase]

    def timer(self, now_ms: int) -> list[Event]:
        """T: start, pause or resume the phase's timer; `now_ms` from the window's clock."""
        timer = self._timers[self.phase] = self.countdown.toggle(now_ms)
        return self._event("timer", phase=self.phase, running=timer.running, used_ms=timer.elapsed(now_ms))

    # -- the room's entries -------------------------------------------------------------

    def voter_number(self, device_id: str) -> int:
        """The number of a phone in this session (1, 2, 3 ...); the device id goes no further."""
        return self.voters.number(device_id)

    def submit(
        self, text: str, source: Source, voter: int | None = None, key: str | None = None
    ) -> Entry | SubmitProblem:
        """A word, answer or proposal for the question open now. A phone's (`voter` its number; `key`
        the ask it answered, which must still be open) waits for approval; the facilitator's (and the
        solo player's) is approved at once."""
        kind = self.ask_kind
        if kind is None or kind == "support" or (key is not None and key != self.ask_key):
            return "closed"
        if source == "phone" and (self.mode == "solo" or voter is None or voter < 1):
            return "closed"
        cleaned = clean_text(text, kind)
        if isinstance(cleaned, TextProblem):
            return cleaned.value
        entry = Entry(
            id=len(self._entries) + 1,
            phase=self.phase,
            kind=kind,
            text=cleaned,
            source=source,
            status="pending" if source == "phone" else "approved",
            voter=voter if source == "phone" else None,
            step=self._step if self.phase == "here" else 0,
        )
        self._add(entry)
        self._event(
            "submit",
            id=entry.id,
            phase=entry.phase,
            step=entry.step,
            text=entry.text,
            source=entry.source,
            status=entry.status,
            voter=entry.voter,
        )
        return entry

    def _add(self, entry: Entry) -> None:
        self._entries.append(entry)
        if entry.voter is not None:
            self.voters.seen(entry.voter)

    def approve(self, entry_id: int) -> list[Event]:
        return self._set_status(entry_id, "approved")

    def reject(self, entry_id: int) -> list[Event]:
        """Takes an entry off (also one approved before: it leaves the screen, the report and the vote)."""
        return self._set_status(entry_id, "rejected")

    def _set_status(self, entry_id: int, status: Literal["approved", "rejected"]) -> list[Event]:
        entry = self.entry(entry_id)
        if entry is None or entry.status in (status, "rejected"):  # a rejected text never comes back
            return []
        self._entries[entry_id - 1] = Entry(
            entry.id, entry.phase, entry.kind, entry.text, entry.source, status, entry.voter, entry.step
        )
        return self._event("approve" if status == "approved" else "reject", id=entry_id)

    def entry(self, entry_id: int) -> Entry | None:
        if not _whole(entry_id) or not 1 <= entry_id <= len(self._entries):
            return None
        return self._entries[entry_id - 1]

    def entries(self) -> list[Entry]:
        """Every entry, in the order written (pending and rejected ones too: never for the projector)."""
        return list(self._entries)

    def pending(self, phase: Phase | None = None) -> list[Entry]:
        """The entries waiting for the facilitator, oldest first."""
        return [e for e in self._entries if e.status == "pending" and phase in (None, e.phase)]

    def approved(self, phase: Phase, step: int | None = None) -> list[Entry]:
        """The approved entries of a phase (of one question of "here" when `step` is given), in order."""
        return [
            e for e in self._entries if e.approved and e.phase == phase and (step is None or e.step == step)
        ]

    def words(self) -> list[str]:
        """The approved first reactions, for the word cloud."""
        return [entry.text for entry in self.approved("reactions")]

    # -- small wins ----------------------------------------------------------------------

    def support(self, voter: int, entry_id: int) -> list[Event]:
        """A phone backs an approved proposal while the room votes (group play): once per proposal, at
        most SUPPORTS_PER_VOTER proposals per voter. Refused (no event) otherwise."""
        entry = self.entry(entry_id)
        if self.ask_kind != "support" or entry is None or entry.kind != "proposal" or not entry.approved:
            return []
        if not isinstance(voter, int) or voter < 1:
            return []
        backed = self._supports.setdefault(entry_id, set())
        if voter in backed or self.supports_of(voter) >= SUPPORTS_PER_VOTER:
            return []
        backed.add(voter)
        self.voters.seen(voter)
        return self._event("support", voter=voter, proposal=entry_id)

    def supports_of(self, voter: int) -> int:
        """How many proposals a voter backs (of those still approved: a rejected one frees the vote)."""
        return sum(
            1
            for entry_id, backed in self._supports.items()
            if voter in backed and self._entries[entry_id - 1].approved
        )

    def proposal_hands(self, entry_id: int, count: int) -> list[Event]:
        """The hands the facilitator counted for an approved proposal (the whole count), while voting."""
        entry = self.entry(entry_id)
        if self.phase != "wins" or self.mode != "group" or entry is None or entry.kind != "proposal":
            return []
        if (
            not entry.approved
            or not isinstance(count, int)
            or count < 0
            or self._hands.get(entry_id, 0) == count
        ):
            return []
        self._hands[entry_id] = count
        return self._event("proposal_hands", proposal=entry_id, count=count)

    def support_count(self, entry_id: int) -> int:
        """Phones and hands backing a proposal."""
        return len(self._supports.get(entry_id, ())) + self._hands.get(entry_id, 0)

    def top_proposals(self, n: int = ACTION_LIST) -> list[Entry]:
        """The approved proposals with the most support, ties in the order proposed; pending and rejected
        ones never count."""
        proposals = self.approved("wins")
        return sorted(proposals, key=lambda entry: (-self.support_count(entry.id), entry.id))[:n]

    def action_list(self) -> list[Entry]:
        """What the group takes home: the top three (group), or all the player's own proposals (solo)."""
        return self.top_proposals() if self.mode == "group" else self.approved("wins")

    # -- the what-if of "What happened" ---------------------------------------------------

    @property
    def pick(self) -> tuple[int, int] | None:
        """(decision, option), both 0-based: the decision picked and the option shown instead."""
        return self._pick

    def pick_decision(self, index: int, option: int | None = None) -> list[Event]:
        """Pick decision `index` for the what-if; `option` the road not taken (default: the next option
        after the one chosen)."""
        choices = self.record.choices
        if not isinstance(index, int) or not 0 <= index < len(choices):
            return []
        options = len(self.scenario.card(choices[index].card).options)
        if option is None:
            option = (choices[index].option + 1) % options
        if not isinstance(option, int) or not 0 <= option < options or self._pick == (index, option):
            return []
        self._pick = (index, option)
        self._what_if = None
        return self._event("pick", index=index, option=option)

    def what_if(self) -> WhatIf | None:
        """The road not taken of the decision picked (computed once); None before a pick, or when the
        record does not replay on this scenario."""
        if self._pick is None:
            return None
        if self._what_if is None:
            try:
                self._what_if = what_if(self.scenario, self.record.seed, self.record.choices, *self._pick)
            except (WhatIfError, ValueError):
                return None
        return self._what_if

    # -- before and after ----------------------------------------------------------------

    def statement_score(self, stage: Stage, statement_id: str, score: int, voter: int) -> list[Event]:
        return self._through(self.board.score(stage, statement_id, score, voter))

    def statement_hands(self, stage: Stage, statement_id: str, counts: Sequence[int]) -> list[Event]:
        return self._through(self.board.hands(stage, statement_id, counts))

    def statement_hand(self, stage: Stage, statement_id: str, score: int, step: int = 1) -> list[Event]:
        return self._through(self.board.hand(stage, statement_id, score, step))

    def statement_counts(self, stage: Stage, statement_id: str) -> Counts:
        return self.board.counts(stage, statement_id)

    def shifts(self) -> list[Shift]:
        return self.board.shifts()

    def _through(self, events: list[Event]) -> list[Event]:
        self.log += events
        return events

    # -- the log -------------------------------------------------------------------------

    def _event(self, action: str, **data: Any) -> list[Event]:
        event: Event = {"kind": "debrief", "action": action, **data}
        self.log.append(event)
        return [event]

    @staticmethod
    def restore(
        scenario: Scenario,
        record: GameRecord,
        mode: Mode,
        events: Iterable[Event],
        *,
        board: StatementBoard | None = None,
    ) -> Debrief:
        """The debrief as the logged events left it (a session resumed after a crash): the phase and step,
        entries and their status, support, the pick, the timers (paused), the statements before and after.
        Events of another kind, and damaged ones, are passed over."""
        debrief = Debrief(scenario, record, mode, board=board, started=False)
        for event in events:
            if isinstance(event, dict) and event.get("kind") == "debrief":
                debrief._apply(event)
        return debrief

    def _apply(self, event: Event) -> None:
        action = event.get("action")
        if action in ("statement", "hands"):
            if self.board.apply(event):
                self.log.append(self.board.log[-1])
            return
        if action == "start":
            self.log.append(dict(event))
        elif action in ("next", "skip", "back"):
            self._place(event)
        elif action == "timer":
            self._restore_timer(event)
        elif action == "submit":
            self._restore_entry(event)
        elif action in ("approve", "reject"):
            self._set_status(event.get("id"), "approved" if action == "approve" else "rejected")  # type: ignore[arg-type]
        elif action == "support":
            self._restore_support(event)
        elif action == "proposal_hands":
            self.proposal_hands(event.get("proposal"), event.get("count"))  # type: ignore[arg-type]
        elif action == "pick":
            self.pick_decision(event.get("index"), event.get("option"))  # type: ignore[arg-type]

    def _place(self, event: Event) -> None:
        phase, step, finished = event.get("phase"), event.get("step"), event.get("finished")
        if phase not in PHASES or not isinstance(step, int) or not isinstance(finished, bool):
            return
        self._phase = PHASES.index(phase)
        self._step = max(0, min(step, len(self.steps()) - 1))
        self.finished = finished
        self.log.append(dict(event))

    def _restore_timer(self, event: Event) -> None:
        phase, used = event.get("phase"), event.get("used_ms")
        if phase not in PHASES or not isinstance(used, int) or isinstance(used, bool):
            return
        timer = self._timers[phase]
        self._timers[phase] = Countdown(timer.duration_ms, max(0, min(used, timer.duration_ms)))
        self.log.append(dict(event))

    def _restore_entry(self, event: Event) -> None:
        phase, source, status, voter = (
            event.get("phase"),
            event.get("source"),
            event.get("status"),
            event.get("voter"),
        )
        text, step = event.get("text"), event.get("step", 0)
        if not (isinstance(phase, str) and isinstance(source, str)):
            return  # (a list or a dict cannot be looked up: a hand-edited log)
        if phase not in ENTRY_KIND or source not in SOURCES or status not in ("pending", "approved"):
            return
        if (
            event.get("id") != len(self._entries) + 1
            or not isinstance(text, str)
            or not isinstance(step, int)
        ):
            return
        if not (voter is None or (isinstance(voter, int) and not isinstance(voter, bool) and voter >= 1)):
            return
        kind = ENTRY_KIND[phase]
        if clean_text(text, kind) != text:
            return
        self._add(Entry(len(self._entries) + 1, phase, kind, text, source, status, voter, step))
        self.log.append(dict(event))

    def _restore_support(self, event: Event) -> None:
        voter, proposal = event.get("voter"), event.get("proposal")
        entry = self.entry(proposal)  # type: ignore[arg-type]
        if entry is None or entry.kind != "proposal" or not isinstance(voter, int) or isinstance(voter, bool):
            return
        if voter < 1 or voter in self._supports.get(entry.id, set()):
            return
        self._supports.setdefault(entry.id, set()).add(voter)
        self.voters.seen(voter)
        self.log.append(dict(event))


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
