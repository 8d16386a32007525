"""What the debrief shows of a game, as data: the choices by theme, and where they pulled in the public
value triangle.

The triangle's rule, shared by the end screen, the HTML report, the session log and the simulator: every
chosen option adds one point to each corner it `serves`, and for each corner it `harms` half a point to
each of the two other corners (pulling away from a corner is pulling toward the opposite side, so a
harm never has to be earned back); a corner's weight is its points. A decision whose option says
neither is left out (and counted as such). A scenario whose options never say falls back to the themes:
every decision weighs 1, split equally over the distinct corners of its card's themes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from game.core.corners import BALANCE, CORNERS, LINES_CROSSED
from game.core.model import Card, Option, Scenario, Text, Theme
from game.core.state import ChoiceRecord
from game.errors import Phrase


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
    """The weight of the decisions per corner (CORNERS order), the decisions left out, whether the
    scenario gives any option or theme a corner at all (when not, there is no triangle to draw), and the
    basis: "options" (the corners the chosen options serve and harm) or "themes" (the fallback for a
    scenario whose options say nothing: the corners of the themes of the cards played)."""

    weights: dict[str, float]
    left_out: int
    has_corners: bool
    basis: str = "options"

    @property
    def total(self) -> float:
        return sum(self.weights.values())

    def shares(self) -> dict[str, float] | None:
        """Each corner's share of the weight (summing to 1), or None when no decision counted."""
        return shares_of(self.weights)

    def balance(self) -> int:
        """0-100: how evenly the decisions pulled the three corners (100: equally; 0: a corner got
        nothing, or no decision counted)."""
        return balance_of(self.shares())


def shares_of(points: Mapping[str, float]) -> dict[str, float] | None:
    """Each corner's share of the points (summing to 1), or None when no corner has any."""
    total = sum(points[corner] for corner in CORNERS)
    if total <= 0:
        return None
    return {corner: points[corner] / total for corner in CORNERS}


def balance_of(shares: Mapping[str, float] | None) -> int:
    """300 times the smallest share, rounded down, at most 100; 0 without shares."""
    if not shares:
        return 0
    return min(100, math.floor(300 * min(shares[corner] for corner in CORNERS) + 1e-9))


def unweighed_corners(scenario: Scenario, cards: Iterable[Card]) -> tuple[str, ...]:
    """The corners that no decision on these cards ever gives weight (by the rule of `corner_pull`):
    while there is one, the balance stays 0."""
    weighed: set[str] = set()
    corners = {theme.id: theme.corner for theme in scenario.themes}
    for card in cards:
        if not scenario.options_pull:
            weighed.update(corners.get(theme) or "" for theme in card.themes)
            continue
        for option in card.options:
            weighed.update(option.serves)
            weighed.update(corner for harmed in option.harms for corner in CORNERS if corner != harmed)
    return tuple(corner for corner in CORNERS if corner not in weighed)


def unweighed_said(corners: Sequence[str]) -> tuple[Phrase, Phrase]:
    """The unweighed corners named as the guides do ("de hoeken kunnen en mogen", "the corner
    legitimacy") and what to do about them: put them in some option's 'serves'."""
    names = tuple(Phrase(f"balance.corner.{corner}") for corner in corners)
    if len(names) == 1:
        return Phrase("balance.corners.one", {"corner": names[0]}), Phrase(
            "balance.corners.fix.one", {"corner": names[0]}
        )
    return Phrase("balance.corners.many", {"first": names[:-1], "last": names[-1]}), Phrase(
        "balance.corners.fix.many"
    )


def card_corners(scenario: Scenario, card_id: str) -> tuple[str, ...]:
    """The distinct corners of the card's themes, in CORNERS order."""
    themes = {theme.id: theme for theme in scenario.themes}
    found = {themes[theme].corner for theme in scenario.card(card_id).themes if theme in themes}
    return tuple(corner for corner in CORNERS if corner in found)


def chosen_option(scenario: Scenario, record: ChoiceRecord) -> Option:
    return scenario.card(record.card).options[record.option]


def corner_pull(scenario: Scenario, choices: Sequence[ChoiceRecord]) -> CornerPull:
    """The weights per corner by the rule in the module's docstring: by the options chosen when the
    scenario's options say which corners they serve and harm, else by the themes of the cards."""
    if scenario.options_pull:
        return _pull_of_options(scenario, choices)
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
    return CornerPull(weights, left_out, has_corners, "themes")


def option_pull(serves: Sequence[str], harms: Sequence[str]) -> tuple[float, float, float]:
    """The points one option adds per corner (CORNERS order) by the rule in the module's docstring."""
    points = [1.0 if corner in serves else 0.0 for corner in CORNERS]
    for harmed in harms:
        for index, corner in enumerate(CORNERS):
            if corner != harmed:
                points[index] += 0.5
    return (points[0], points[1], points[2])


def _pull_of_options(scenario: Scenario, choices: Sequence[ChoiceRecord]) -> CornerPull:
    weights = dict.fromkeys(CORNERS, 0.0)
    left_out = 0
    for record in choices:
        option = chosen_option(scenario, record)
        if not option.pulls:
            left_out += 1
        for corner, points in zip(CORNERS, option_pull(option.serves, option.harms), strict=True):
            weights[corner] += points
    return CornerPull(weights, left_out, True, "options")


@dataclass(frozen=True)
class CrossedLine:
    """A decision whose option crossed a red line: the record, and the line's name."""

    record: ChoiceRecord
    line: Text


def lines_crossed(scenario: Scenario, choices: Sequence[ChoiceRecord]) -> list[CrossedLine]:
    """The decisions that crossed a red line, in play order."""
    crossed = []
    for record in choices:
        line = chosen_option(scenario, record).red_line
        if line is not None:
            crossed.append(CrossedLine(record, line))
    return crossed


def game_figures(scenario: Scenario, choices: Sequence[ChoiceRecord]) -> dict[str, int]:
    """The values of the condition names GAME_FIGURES for a game with these decisions."""
    return {
        LINES_CROSSED: len(lines_crossed(scenario, choices)),
        BALANCE: corner_pull(scenario, choices).balance(),
    }
