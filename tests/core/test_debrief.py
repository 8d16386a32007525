"""The debrief's grouping of choices by theme."""

from __future__ import annotations

from dataclasses import replace

from game.core.debrief import choices_by_theme
from game.core.model import Theme
from game.core.state import ChoiceRecord
from tests.core.factories import card, scenario, text


def test_choices_are_grouped_by_theme_in_scenario_order_with_untagged_last() -> None:
    cards = (card("both", themes=("b", "a")), card("only_b", themes=("b",)), card("none", themes=()))
    themes = tuple(Theme(theme_id, text(theme_id.upper())) for theme_id in ("a", "b", "c"))
    themed = replace(scenario(cards), themes=themes)
    played = ("only_b", "none", "both")
    records = [ChoiceRecord(1, turn, card_id, 0, {}) for turn, card_id in enumerate(played, start=1)]
    groups = [
        (group.theme.id if group.theme else None, [record.card for record in group.choices])
        for group in choices_by_theme(themed, records)
    ]
    assert groups == [("a", ["both"]), ("b", ["only_b", "both"]), (None, ["none"])]
