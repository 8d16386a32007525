"""The text-overflow lint measures with the real card and feedback layout and the shipped font."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pygame
import pytest

from game.core.model import Scenario, Text
from game.paths import SCENARIOS_DIR
from game.scenario import load_scenario
from game.ui.card_layout import card_layout, feedback_layout
from game.ui.fonts import FontBook
from game.ui.loading import ScenarioEntry
from game.ui.measure import TextOverflow, card_text_overflows
from game.ui.scenes.card import CardScene
from game.ui.style import Metrics
from tests.ui.conftest import AppFactory, press
from tests.ui.stress import stress_scenario

WORDS_400 = " ".join(f"woord{i % 7}" for i in range(400))


def with_card(scenario: Scenario, index: int, **changes: object) -> Scenario:
    cards = list(scenario.cards)
    cards[index] = dataclasses.replace(cards[index], **changes)  # type: ignore[arg-type]
    return dataclasses.replace(scenario, cards=tuple(cards))


def both(value: str) -> Text:
    return Text({"nl": value, "en": value})


@pytest.mark.parametrize("name", ["voorbeeld.yaml", "lindenhout.yaml", "raadssessie.yaml"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_shipped_scenarios_fit(name: str, lang: str) -> None:
    assert card_text_overflows(load_scenario(SCENARIOS_DIR / name), lang) == []


def test_a_question_for_the_group_too_long_for_its_column_is_reported(example: Scenario) -> None:
    card = example.cards[0]
    scenario = with_card(example, 0, notes=both(WORDS_400))
    found = card_text_overflows(scenario, "en")
    assert [(o.card_id, o.field) for o in found] == [(card.id, "notes")]
    assert found[0].message.startswith("the question for the group (en) does not fit its box at 1280x720")


def test_a_400_word_card_text_is_reported(example: Scenario) -> None:
    card = example.cards[0]
    scenario = with_card(example, 0, text=both(WORDS_400))
    for lang in ("nl", "en"):
        found = card_text_overflows(scenario, lang)
        assert [(o.card_id, o.field) for o in found] == [(card.id, "text")]
        assert "1280x720" in found[0].message and f"({lang})" in found[0].message
    assert isinstance(found[0], TextOverflow)


def test_shrinking_to_the_minimum_size_is_not_an_overflow(example: Scenario) -> None:
    """36 words need a smaller body size on the card, but fit; 60 words do not (body text stays at least
    1/27 of the window height: 27 pixels at 1280x720)."""
    fits = with_card(example, 0, text=both(" ".join(["gemeente"] * 36)))
    layout = card_layout(FontBook(), Metrics(1280, 720), fits, fits.cards[0], "nl")
    assert layout.texts["body"].size < Metrics(1280, 720).px(30)
    assert card_text_overflows(fits, "nl") == []
    too_long = with_card(example, 0, text=both(" ".join(["gemeente"] * 60)))
    assert [o.field for o in card_text_overflows(too_long, "nl")] == ["text"]


def test_the_size_is_that_of_the_window_measured(example: Scenario) -> None:
    scenario = with_card(example, 0, text=both(WORDS_400))
    (found,) = card_text_overflows(scenario, "en", (1920, 1080))
    assert "1920x1080" in found.message


def test_labels_speaker_title_and_feedback_are_checked(example: Scenario) -> None:
    card = example.cards[0]
    long = " ".join(["verantwoordelijkheid"] * 40)
    options = list(card.options)
    options[1] = dataclasses.replace(options[1], label=both(long))
    options[0] = dataclasses.replace(options[0], feedback=both(WORDS_400))
    scenario = with_card(example, 0, speaker=both(long), title=both(long), options=tuple(options))
    fields = [o.field for o in card_text_overflows(scenario, "nl")]
    assert fields == [
        "speaker",
        "title",
        "option 2 label",
        "feedback of option 1",
        "option 2 label",  # also too long in the feedback screen's larger type
    ]


def test_the_stress_scenario_reports_what_the_game_cuts_with_an_ellipsis() -> None:
    found = card_text_overflows(stress_scenario(), "nl")
    # The chosen option heads the feedback screen, larger than any body text: long labels are cut there.
    assert [(o.card_id, o.field) for o in found] == [
        ("lang", "text"),
        ("lang", "feedback of option 1"),
        ("lang", "option 2 label"),
        ("lang", "option 3 label"),
        ("lang", "option 4 label"),
    ]


def test_the_card_scene_draws_the_measured_layout(make_app: AppFactory, example: Scenario) -> None:
    scenario = with_card(example, 0, text=both(WORDS_400))
    app = make_app(entries=[ScenarioEntry(None, scenario)], seed=1)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    assert app.scene.name == "card"
    scene = app.scene
    assert isinstance(scene, CardScene)
    scene.ensure_layout()
    card = scene.card
    layout = card_layout(FontBook(), Metrics(*app.size), scenario, card, "nl")
    assert scene.texts == layout.texts
    assert scene.boxes == layout.boxes
    assert [b.rect for b in scene.buttons.buttons] == [b.rect for b in layout.buttons]
    press(app, pygame.K_1)
    assert app.scene.name == "feedback"
    app.scene.ensure_layout()
    shown = feedback_layout(FontBook(), Metrics(*app.size), scenario, card, card.options[0], "nl")
    assert app.scene.boxes == shown.boxes


def test_importing_measure_does_not_import_pygame() -> None:
    code = "import sys, game.ui.measure; assert 'pygame' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
