"""What the debrief shows of a game, as data: the choices by theme, and where they pulled in the public
value triangle.

The triangle's rule, shared by the end screen and the HTML report: every decision weighs 1, split
equally over the distinct corners of its card's themes (two corners: half each); themes without a
corner do not count, and a decision whose card has no corner is left out (and counted as such).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from game.core.corners import CORNERS
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


@dataclass(frozen=True)
class CornerPull:
    """The weight of the decisions per corner (CORNERS order), the decisions left out, and whether the
    scenario gives any theme a corner at all (when not, there is no triangle to draw)."""

    weights: dict[str, float]
    left_out: int
    has_corners: bool

    @property
    def total(self) -> float:
        return sum(self.weights.values())

    def shares(self) -> dict[str, float] | None:
        """Each corner's share of the weight (summing to 1), or None when no decision counted."""
        total = self.total
        if total <= 0:
            return None
        return {corner: self.weights[corner] / total for corner in CORNERS}


def card_corners(scenario: Scenario, card_id: str) -> tuple[str, ...]:
    """The distinct corners of the card's themes, in CORNERS order."""
    themes = {theme.id: theme for theme in scenario.themes}
    found = {themes[theme].corner for theme in scenario.card(card_id).themes if theme in themes}
    return tuple(corner for corner in CORNERS if corner in found)


def corner_pull(scenario: Scenario, choices: Sequence[ChoiceRecord]) -> CornerPull:
    """The weights per corner by the rule in the module's docstring."""
    weights = dict.fromkeys(CORNERS, 0.0)
    left_out = 0
    for record in choices:
        corners = card_corners(scenario, record.card)
        if not corners:
            left_out += 1
            continue
        for corner in corners:
            weights[corner] += 1 / len(corners)
    has_corners = any(theme.corner in CORNERS for theme in scenario.themes)
    return CornerPull(weights, left_out, has_corners)
