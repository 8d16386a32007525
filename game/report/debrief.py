"""What the report says of the guided debrief, rebuilt from the session log's "debrief" events.

Only what the facilitator approved gets here (never a pending or rejected text); the room is known by
voter numbers only, and those stay out of the report too. Texts are raw: the page escapes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from game.core.engine import Game
from game.core.session_log import SessionLog
from game.debrief.cloud import Weight, word_weights
from game.debrief.describe import aspect_lines, fact_lines
from game.debrief.flow import Debrief
from game.debrief.log import debrief_events
from game.debrief.model import PHASES, Event, GameRecord, Mode, Phase
from game.debrief.statements import Counts
from game.report.labels import MONTHS, label

NAMES = ("action", "phase", "stage", "statement", "source", "status", "text")  # texts when present


@dataclass(frozen=True)
class AnsweredQuestion:
    """A question of "And here?" with the approved answers to it, in the order written."""

    aspect: str
    aspect_name: str
    question: str
    answers: tuple[str, ...]


@dataclass(frozen=True)
class Proposal:
    """An approved proposal of "Small wins" and the support it got (phones and hands)."""

    text: str
    support: int


@dataclass(frozen=True)
class StatementLine:
    """A statement with how many people gave each score 1-5, before and after."""

    id: str
    text: str
    before: Counts
    after: Counts
    mean_before: float | None
    mean_after: float | None
    delta: float | None


@dataclass(frozen=True)
class DebriefReport:
    """The debrief of one session. `reached` is the furthest phase the facilitator opened (None when the
    debrief never began: then only the statements before may be there)."""

    solo: bool
    reached: Phase | None
    finished: bool
    words: tuple[Weight, ...]
    facts: tuple[str, ...]
    what_if: tuple[str, ...]  # the sentences on the road not taken that was discussed (none: no pick)
    aspects: tuple[tuple[str, str], ...]  # (name, the game's sentence on it)
    questions: tuple[AnsweredQuestion, ...]
    actions: tuple[Proposal, ...]  # the action list: the top three (group), all proposals (solo)
    other_proposals: tuple[Proposal, ...]  # approved, but not on the action list
    statements: tuple[StatementLine, ...]  # empty when no statement was scored
    date: str  # the day of the debrief: "28 november 2026"; "" when the log does not say

    def opened(self, phase: Phase) -> bool:
        """Whether the facilitator got to `phase`."""
        return self.reached is not None and PHASES.index(phase) <= PHASES.index(self.reached)


def build_debrief(log: SessionLog, game: Game, lang: str) -> DebriefReport | None:
    """The debrief in `log` (whose replay is `game`), in `lang`; None when the log has no debrief event."""
    events = [event for event in debrief_events(log) if _sound(event)]
    if not events:
        return None
    scenario = game.scenario
    mode: Mode = "group" if log.header.mode == "group" else "solo"
    record = GameRecord.of(game, log.phone_splits())
    debrief = Debrief.restore(scenario, record, mode, events)
    reached = _reached(events)
    questions = tuple(
        AnsweredQuestion(
            aspect,
            aspect_lines([aspect], lang)[0][0],
            scenario.text(question, lang),
            tuple(entry.text for entry in debrief.approved("here", step)),
        )
        for step, (aspect, question) in enumerate(debrief.questions)
        if step <= _asked(events)
    )
    actions = tuple(debrief.action_list())
    acted = {entry.id for entry in actions}
    statements = tuple(
        StatementLine(
            shift.statement.id,
            scenario.text(shift.statement.text, lang),
            shift.before,
            shift.after,
            shift.mean_before,
            shift.mean_after,
            shift.delta,
        )
        for shift in debrief.board.shifts()
    )
    return DebriefReport(
        solo=mode == "solo",
        reached=reached,  # None: only the statements before the first card were scored
        finished=debrief.finished,
        words=tuple(word_weights(debrief.words())),
        facts=tuple(line.text for line in fact_lines(scenario, debrief.facts, lang, group=mode == "group")),
        what_if=_what_if(debrief, lang),
        aspects=tuple(aspect_lines(debrief.aspects, lang)),
        questions=questions,
        actions=tuple(Proposal(entry.text, debrief.support_count(entry.id)) for entry in actions),
        other_proposals=tuple(
            Proposal(entry.text, debrief.support_count(entry.id))
            for entry in debrief.approved("wins")
            if entry.id not in acted
        ),
        statements=statements if any(sum(s.before) + sum(s.after) for s in statements) else (),
        date=_day(log, lang),
    )


def _sound(event: Event) -> bool:
    """Whether the event's names are texts (a damaged log may hold a list where a phase belongs, which
    Debrief.restore would look up in a dict); the restore checks the rest."""
    return all(isinstance(event.get(key), str | None) for key in NAMES)


def _reached(events: list[Event]) -> Phase | None:
    """The furthest phase opened: a debrief that began opened "reactions"; every step names its phase."""
    furthest = -1
    for event in events:
        action = event.get("action")
        if action == "start":
            furthest = max(furthest, 0)
        elif action in ("next", "skip", "back", "submit", "timer") and event.get("phase") in PHASES:
            furthest = max(furthest, PHASES.index(event["phase"]))
    return PHASES[furthest] if furthest >= 0 else None


def _asked(events: list[Event]) -> int:
    """The last question of "And here?" the facilitator put to the room (-1: none); the rest, skipped,
    stay out of the report."""
    steps = [event.get("step") for event in events if event.get("phase") == "here"]
    return max((step for step in steps if isinstance(step, int) and not isinstance(step, bool)), default=-1)


def _what_if(debrief: Debrief, lang: str) -> tuple[str, ...]:
    """The what-if picked in "What happened", in words: the decision, the road taken and the one shown."""
    pick = debrief.pick
    if pick is None:
        return ()
    scenario = debrief.scenario
    index, option = pick
    choice = debrief.record.choices[index]
    card = scenario.card(choice.card)
    lines = [
        label(
            "debrief.whatif",
            lang,
            title=scenario.text(card.title, lang),
            chosen=scenario.text(card.options[choice.option].label, lang),
            option=scenario.text(card.options[option].label, lang),
        )
    ]
    alternative = debrief.what_if()
    if alternative is not None:
        outcome = alternative.alternative.outcome
        found = [item for item in (*scenario.endings, *scenario.profiles) if item.id == outcome]
        if found:
            title = scenario.text(found[0].title, lang)
            lines.append(label("debrief.whatif_outcome", lang, title=title))
    return tuple(lines)


def _day(log: SessionLog, lang: str) -> str:
    """The day of the debrief (its first event's time, else the session's start), in local time."""
    stamps = [str(event.get("at", "")) for event in log.events if event.get("kind") == "debrief"][:1]
    for stamp in [*stamps, log.header.started]:
        try:
            moment = datetime.fromisoformat(stamp).astimezone()
        except (TypeError, ValueError):
            continue
        return f"{moment.day} {MONTHS[lang][moment.month - 1]} {moment.year}"
    return ""
