"""The "And here?" questions: the scenario's own per aspect, else the game's defaults."""

from __future__ import annotations

from collections.abc import Sequence

from game.core.corners import ASPECTS
from game.core.model import Scenario, Text
from game.debrief.defaults import DEFAULT_QUESTIONS

# A game whose cards name no aspect still gets one question per corner of the triangle, in the essay's
# order of the corners: willen (5a), kunnen (6b), mogen (4a).
FALLBACK_ASPECTS = ("5a", "6b", "4a")


def questions_for(
    scenario: Scenario, aspects: Sequence[str], defaults_per_aspect: int | None = None
) -> list[tuple[str, Text]]:
    """(aspect, question) for each aspect in `aspects`, in the essay's order: all the scenario's own
    questions for that aspect when it has any (its author chose them), else the game's defaults, at
    most `defaults_per_aspect` of them (None: all). Aspects that are no aspect of the essay are left out."""
    found: list[tuple[str, Text]] = []
    for aspect in ASPECTS:
        if aspect not in aspects:
            continue
        own = scenario.debrief.questions.get(aspect, ())
        questions = own or DEFAULT_QUESTIONS.get(aspect, ())[:defaults_per_aspect]
        found += [(aspect, question) for question in questions]
    return found
