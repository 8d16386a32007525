"""One game in the window: the Game, the language, the pending result and the screens still to show."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from game.core.engine import ChoiceResult, Game, Snapshot
from game.core.model import Number, Outcome, Scenario, Text
from game.core.save import SaveData, new_session_id, restore_game
from game.core.state import ChoiceRecord, YearSummary
from game.debrief.statements import StatementBoard
from game.i18n import LANGUAGES, playable_languages
from game.ui.reload import Divergence, replayable
from game.ui.room import Room

StepKind = Literal["card", "feedback", "year", "outcome", "end", "debrief"]


@dataclass(frozen=True)
class Step:
    """A screen to show next; `summary` for a year summary, `outcome` for an ending or profile."""

    kind: StepKind
    summary: YearSummary | None = None
    outcome: Outcome | None = None


class Session:
    """Holds the Game and what the window still has to show of the last decision; no rules here."""

    def __init__(
        self,
        scenario: Scenario,
        seed: int,
        lang: str,
        path: Path | None = None,
        group_name: str = "",
        mode: str = "solo",
    ) -> None:
        self.scenario = scenario
        self.seed = seed
        self.lang = lang
        self.path = path  # the file the scenario came from, for live reload (F5)
        self.game = Game(scenario, seed)
        self.group_name = group_name  # the group playing, in a group session (for logs and reports)
        self.pending: ChoiceResult | None = None
        self._undo: list[Snapshot] = []  # the game just before each decision, newest last
        self.room: Room | None = None  # the room's reveal, vote and timer for the card on the table
        self.session_id = new_session_id(scenario.id)  # names the session's save file
        self.started_at: str | None = None  # when the session began (kept across resumes)
        self.mode = mode  # "solo" or "group"
        self.debriefing = False  # the guided debrief is under way (the save stays resumable)
        self.autosave: Callable[[Session], None] | None = None  # called after every decision and undo
        self.log_path: Path | None = None  # the session log the App keeps (game/core/session_log.py)
        # The App's hook for the room's events (reveal, timer, voting, tie), for the session log.
        self.on_room_event: Callable[[Session, str, dict[str, object]], None] | None = None
        # The statements scored before the first card and after the debrief (game/ui/statements_link.py).
        self.statements: StatementBoard | None = None
        self.before_choice: dict[str, Number] = dict(self.game.state.meters)
        self._steps: deque[Step] = deque()
        self._queue_after(tuple(self.game.state.year_summaries))

    @classmethod
    def replayed(
        cls, scenario: Scenario, seed: int, lang: str, choices: Sequence[ChoiceRecord], path: Path | None
    ) -> tuple[Session, Divergence | None]:
        """A new game of `scenario` with the same seed and `choices` replayed while they still fit.

        Replay stops at the first choice whose card is not the one now on the table (removed, or
        the draw changed) or whose option is gone; that choice is returned as the divergence.
        """
        if lang not in scenario.languages and lang not in LANGUAGES:
            lang = scenario.default_language
        session = cls(scenario, seed, lang, path)
        for index, record in enumerate(choices):
            game = session.game
            card = game.current_card
            if not replayable(scenario, card.id if card is not None else None, game.finished, record):
                return session, Divergence(index, record)
            session.decide(record.option, record.votes)
        return session, None

    @classmethod
    def from_save(cls, scenario: Scenario, data: SaveData, path: Path | None) -> Session:
        """The saved session exactly as it was: game, random state, log and undo stack; its card next."""
        session = cls(scenario, data.seed, data.lang, path)
        session.game = restore_game(scenario, data)
        session.adopt(data)
        session._undo = list(data.undo)
        session.before_choice = dict(session.game.state.meters)
        session._steps.clear()
        session._queue_after(())
        return session

    def adopt(self, earlier: SaveData | Session) -> None:
        """Continue the `earlier` session (saved, or replayed on a changed file) in this one: the same id,
        start, group name and mode."""
        self.session_id = earlier.session_id
        self.started_at = earlier.started_at
        self.group_name = earlier.group_name
        self.mode = earlier.mode
        if isinstance(earlier, Session):
            self.statements = earlier.statements

    def resumed_step(self) -> Step:
        """The screen a resumed session continues on: its card or outcome, or the debrief it stopped in."""
        from game.ui.debrief_link import resumed_step

        return resumed_step(self)

    @property
    def undo_stack(self) -> list[Snapshot]:
        return self._undo

    def room_event(self, kind: str, **data: object) -> None:
        """Something the room did with the card on the table (not a rule of the game): for the log."""
        if self.on_room_event is not None:
            self.on_room_event(self, kind, data)

    def _changed(self) -> None:
        if self.autosave is not None:
            self.autosave(self)

    def resume(self, *kinds: StepKind, year: int | None = None) -> Step | None:
        """Drop queued screens up to the first of one of `kinds` (a year summary: of `year`) and return it."""
        for index, step in enumerate(self._steps):
            if step.kind in kinds and (
                step.kind != "year"
                or year is None
                or (step.summary is not None and step.summary.year == year)
            ):
                for _ in range(index + 1):
                    self._steps.popleft()
                return step
        return None

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages L cycles through: the scenario's own, if the window speaks at least two."""
        return playable_languages(self.scenario.languages)

    def text(self, value: Text | None) -> str:
        """A scenario text in the current language (falling back to the scenario's default)."""
        return self.scenario.text(value, self.lang)

    def after_choice(self) -> dict[str, Number]:
        """The meters right after the last decision (before any year-end effects)."""
        deltas = self.pending.deltas if self.pending is not None else {}
        return {key: value + deltas.get(key, 0) for key, value in self.before_choice.items()}

    def decide(self, option_index: int, votes: tuple[int, ...] | None = None) -> ChoiceResult:
        """Pass the decision to the core and queue feedback, year summaries and the end, in order."""
        self.before_choice = dict(self.game.state.meters)
        self._undo.append(self.game.snapshot())
        result = self.game.choose(option_index, votes)
        self.pending = result
        self._steps.clear()
        self._steps.append(Step("feedback"))
        self._queue_after(result.year_summaries)
        self._changed()
        return result

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> ChoiceRecord | None:
        """Take back the last decision: the game is exactly as before it, and its card is next again."""
        if not self._undo:
            return None
        undone = self.game.undo(self._undo.pop())
        self.pending = None
        self.room = None
        self.before_choice = dict(self.game.state.meters)
        self._steps.clear()
        self._steps.append(Step("card"))
        self._changed()
        return undone

    def _queue_after(self, summaries: tuple[YearSummary, ...]) -> None:
        for summary in summaries:
            self._steps.append(Step("year", summary=summary))
        if not self.game.finished:
            self._steps.append(Step("card"))
            return
        self._steps.append(Step("outcome", outcome=self.game.ending or self.game.profile))
        self._steps.append(Step("end"))

    def next_step(self) -> Step:
        """The next screen to show; the card (or the end) when nothing else is queued."""
        if self._steps:
            return self._steps.popleft()
        return Step("end") if self.game.finished else Step("card")
