"""What each screen says when read aloud (game/speech/script.py), from the scenario's own texts."""

from __future__ import annotations

from game.core.model import Scenario
from game.core.state import YearSummary
from game.scenario import load_scenario
from game.speech.script import card_lines, feedback_lines, option_line, spoken, year_lines
from tests.ui.conftest import EXAMPLE

SCENARIO: Scenario = load_scenario(EXAMPLE)


def test_a_card_is_read_speaker_title_text_then_every_option_numbered() -> None:
    card = SCENARIO.cards[0]
    lines = card_lines(SCENARIO, card, "nl")
    assert lines[0] == f"{SCENARIO.text(card.speaker, 'nl')} zegt"
    assert lines[1:3] == [SCENARIO.text(card.title, "nl"), SCENARIO.text(card.text, "nl")]
    assert lines[3:] == [
        f"Optie {index + 1}: {SCENARIO.text(option.label, 'nl')}" for index, option in enumerate(card.options)
    ]
    assert option_line(SCENARIO, card, 1, "en") == f"Option 2: {SCENARIO.text(card.options[1].label, 'en')}"


def test_feedback_says_the_choice_its_consequence_and_only_the_meters_that_moved() -> None:
    card = SCENARIO.cards[0]
    option = card.options[0]
    lines = feedback_lines(SCENARIO, card, 0, {"trust": 5, "budget": -3, "capacity": 0}, "nl")
    expected = [f"Gekozen: {SCENARIO.text(option.label, 'nl')}"]
    if option.feedback is not None:
        expected.append(SCENARIO.text(option.feedback, "nl"))
    assert lines == [*expected, "Vertrouwen omhoog met 5", "Budget omlaag met 3"]


def test_the_year_summary_names_the_year_and_each_meter_from_start_to_end() -> None:
    start = {meter.id: 50 for meter in SCENARIO.meters}
    end = {**start, "trust": 58}
    lines = year_lines(SCENARIO, YearSummary(1, start, end, {}), "en")
    assert lines[0] == f"{SCENARIO.calendar_year(1)} is over"
    assert "Trust: from 50 to 58" in lines and "Legitimacy: from 50 to 50" in lines


def test_lines_are_spoken_as_sentences_so_the_voice_pauses_between_them() -> None:
    assert spoken(["Wethouder zegt", "De scanauto", "Wat doet u?", " ", "Optie 1: ja"]) == (
        "Wethouder zegt.\nDe scanauto.\nWat doet u?\nOptie 1: ja."
    )
