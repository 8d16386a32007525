"""Live reload, without pygame: read the scenario file again and replay the choices made so far."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.core.model import Scenario
from game.core.state import ChoiceRecord
from game.i18n import t


@dataclass(frozen=True)
class FileCheck:
    """The scenario read from a file, or the errors (as 'file:line:col: message') that stopped it."""

    scenario: Scenario | None
    errors: tuple[str, ...]


def read_scenario(path: Path, lang: str = "en") -> FileCheck:
    """Read and check `path`, its problems said in `lang`; never raises, whatever the file contains."""
    try:
        from game.scenario import check_scenario
        from game.scenario.order import cause_first

        scenario, problems = check_scenario(path)
    except Exception as exc:  # a loader failure is shown on screen like any other problem
        reason = f"{type(exc).__name__}: {exc}"  # (the system's words, as it gives them)
        return FileCheck(None, (t("reload.crashed", lang, path=path, reason=reason),))
    errors = tuple(problem.text(lang) for problem in cause_first(problems) if problem.is_error)
    if scenario is None and not errors:
        errors = (t("reload.unloadable", lang, path=path),)
    return FileCheck(scenario if not errors else None, errors)


@dataclass(frozen=True)
class Divergence:
    """Where a replay stopped: choice `index` (0-based) of the old game no longer fits the new scenario."""

    index: int
    record: ChoiceRecord

    def card_name(self, scenario: Scenario, lang: str) -> str:
        """The title of the card that no longer fits, as `scenario` has it (else the card's id)."""
        card = scenario.cards_by_id.get(self.record.card)
        return scenario.text(card.title, lang) if card is not None else self.record.card


def replayable(scenario: Scenario, current_card: str | None, finished: bool, record: ChoiceRecord) -> bool:
    """Whether `record` can be replayed: the same card is on the table and its option still exists."""
    if finished or current_card is None or current_card != record.card:
        return False
    card = scenario.cards_by_id.get(record.card)
    return card is not None and 0 <= record.option < len(card.options)
