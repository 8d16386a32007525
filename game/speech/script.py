"""What each screen says when it is read aloud, in the screen's order, from the scenario's own texts."""

from __future__ import annotations

from collections.abc import Mapping

from game.core.model import Card, Number, Scenario
from game.core.state import YearSummary
from game.formatting import format_value
from game.i18n import t, year_label


def card_lines(scenario: Scenario, card: Card, lang: str, options: bool = True) -> list[str]:
    """Who speaks, the title, the dilemma, then (with `options`) every option with its number."""
    lines = [
        t("speech.speaker", lang, speaker=scenario.text(card.speaker, lang)),
        scenario.text(card.title, lang),
        scenario.text(card.text, lang),
    ]
    if options:
        lines.extend(option_line(scenario, card, index, lang) for index in range(len(card.options)))
    return lines


def option_line(scenario: Scenario, card: Card, index: int, lang: str) -> str:
    return t("speech.option", lang, number=index + 1, label=scenario.text(card.options[index].label, lang))


def feedback_lines(
    scenario: Scenario, card: Card, option_index: int, deltas: Mapping[str, Number], lang: str
) -> list[str]:
    """The choice, what it led to, and how each meter moved (only those that moved)."""
    option = card.options[option_index]
    lines = [t("speech.chosen", lang, label=scenario.text(option.label, lang))]
    if option.feedback is not None:
        lines.append(scenario.text(option.feedback, lang))
    lines.extend(_changes(scenario, deltas, lang))
    return lines


def year_lines(scenario: Scenario, summary: YearSummary, lang: str) -> list[str]:
    """The year that ended, then each meter from the year's start to its end."""
    lines = [
        t("speech.year_end", lang, year=year_label(scenario.calendar_year(summary.year), summary.year, lang))
    ]
    for meter in scenario.meters:
        start, end = summary.start.get(meter.id), summary.end.get(meter.id)
        if start is None or end is None:
            continue
        lines.append(
            t(
                "speech.meter_year",
                lang,
                meter=scenario.text(meter.name, lang),
                start=format_value(start),
                end=format_value(end),
            )
        )
    return lines


def _changes(scenario: Scenario, deltas: Mapping[str, Number], lang: str) -> list[str]:
    lines = []
    for meter in scenario.meters:
        delta = deltas.get(meter.id, 0)
        if delta:
            key = "speech.up" if delta > 0 else "speech.down"
            lines.append(t(key, lang, meter=scenario.text(meter.name, lang), amount=format_value(abs(delta))))
    return lines


def spoken(lines: list[str]) -> str:
    """Lines as one text to speak: each ends as a sentence, so the voice pauses between them."""
    parts = []
    for line in lines:
        line = line.strip()
        if line:
            parts.append(line if line[-1] in ".!?:;" else f"{line}.")
    return "\n".join(parts)
