"""What the debrief shows of a game, as data: the choices grouped by the themes of their cards."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from game.core.model import Scenario, Theme
from game.core.state import ChoiceRecord


@dataclass(frozen=True)
class ThemeChoices:
    """The choices on cards tagged with `theme`; theme None holds the choices on untagged cards."""

    theme: Theme | None
    choices: tuple[ChoiceRecord, ...]


def choices_by_theme(scenario: Scenario, choices: Sequence[ChoiceRecord]) -> list[ThemeChoices]:
    """Themes in the scenario's order, each with its choices in play order; a card with several themes
    counts under each. Themes without choices are left out; untagged choices come last."""
    groups: dict[str, list[ChoiceRecord]] = {theme.id: [] for theme in scenario.themes}
    untagged: list[ChoiceRecord] = []
    for record in choices:
        themes = [theme for theme in scenario.card(record.card).themes if theme in groups]
        for theme in themes:
            groups[theme].append(record)
        if not themes:
            untagged.append(record)
    result = [ThemeChoices(theme, tuple(groups[theme.id])) for theme in scenario.themes if groups[theme.id]]
    if untagged:
        result.append(ThemeChoices(None, tuple(untagged)))
    return result
