"""The debrief's facts and aspects in words, for the screen and the report alike (game/i18n.py texts)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from game.core.model import Scenario
from game.debrief.facts import Facts
from game.formatting import format_delta
from game.i18n import t


@dataclass(frozen=True)
class FactLine:
    """One fact of "What happened": `kind` is divided, swing, crossed, no_lines, ending or profile."""

    kind: str
    text: str


def fact_lines(scenario: Scenario, facts: Facts, lang: str, group: bool = True) -> list[FactLine]:
    """The facts as sentences, in the order the phase shows them; a fact the game has not (no vote, no
    move, no outcome) gives no line, and a game without red lines crossed says so."""

    def card(card_id: str, option: int) -> dict[str, str]:
        shown = scenario.card(card_id)
        return {
            "title": scenario.text(shown.title, lang),
            "label": scenario.text(shown.options[option].label, lang),
        }

    lines: list[FactLine] = []
    if facts.divided is not None:
        divided = facts.divided
        text = t("debrief.fact.divided", lang, split=divided.split, **card(divided.card, divided.option))
        lines.append(FactLine("divided", text))
    if facts.swing is not None:
        swing = facts.swing
        meter = scenario.text(scenario.meter(swing.meter).name, lang)
        delta = format_delta(swing.delta)
        text = t("debrief.fact.swing", lang, meter=meter, delta=delta, **card(swing.card, swing.option))
        lines.append(FactLine("swing", text))
    for crossed in facts.crossed:
        line = scenario.text(crossed.line, lang)
        text = t("debrief.fact.crossed", lang, line=line, **card(crossed.card, crossed.option))
        lines.append(FactLine("crossed", text))
    if not facts.crossed and scenario.has_red_lines:
        lines.append(FactLine("no_lines", t("debrief.fact.no_lines" + ("_group" if group else ""), lang)))
    ending = next((item for item in scenario.endings if item.id == facts.ending), None)
    profile = next((item for item in scenario.profiles if item.id == facts.profile), None)
    if ending is not None:
        lines.append(
            FactLine("ending", t("debrief.fact.ending", lang, title=scenario.text(ending.title, lang)))
        )
    elif profile is not None:
        key = "debrief.fact.profile" + ("_group" if group else "")
        lines.append(FactLine("profile", t(key, lang, title=scenario.text(profile.title, lang))))
    return lines


def aspect_lines(aspects: Sequence[str], lang: str) -> list[tuple[str, str]]:
    """(name, sentence) for each aspect met: the game's own words on it."""
    return [
        (t(f"debrief.aspect_name.{aspect}", lang), t(f"debrief.aspect.{aspect}", lang)) for aspect in aspects
    ]
