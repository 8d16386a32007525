"""What a facilitator naturally writes: hyphens in ids no condition names, no intro, no start_year."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.core.engine import Game
from game.core.playthrough import play_to_end, random_policy
from game.i18n import year_label
from game.scenario import check_scenario_text

ROOT = Path(__file__).resolve().parents[2]
FACILITATOR = """\
format: 1
id: slimme-binnenstad
title: De slimme binnenstad
languages: [nl]
years: 2
turns_per_year: 2
meters:
  vertrouwen: {name: Vertrouwen, start: 50}
  budget: {name: Budget, start: 50}
themes:
  data-en-privacy: Data en privacy
  digitale-inclusie: {name: Digitale inclusie, corner: mogen}
speakers:
  wethouder-economie: {name: Wethouder economie, icon: alderman}
cards:
  - id: sensoren-op-de-markt
    speaker: wethouder-economie
    title: Sensoren op de markt
    text: Ondernemers willen tellen hoeveel mensen over de markt lopen.
    themes: [data-en-privacy]
    options:
      - label: Tellen met wifi-signalen
        effects: {budget: 5, vertrouwen: -10}
        set: [wifi_tellen]
        then: [{card: uitleg-aan-de-raad, after: 1}]
      - label: Eerst een privacytoets
        effects: {budget: -5, vertrouwen: 5}
  - id: uitleg-aan-de-raad
    speaker: Griffier
    title: Uitleg aan de raad
    text: De raad wil weten wat er met de telgegevens gebeurt.
    themes: [data-en-privacy]
    scheduled_only: true
    requires: wifi_tellen
    options:
      - label: Een openbaar register
        effects: {vertrouwen: 10, budget: -5}
      - label: Geen uitleg
        effects: {vertrouwen: -10}
  - id: loket-of-app
    speaker: Burger
    title: Loket of app?
    text: Het loket gaat dicht op vrijdag. Niet iedereen heeft een smartphone.
    themes: [digitale-inclusie]
    options:
      - label: Loket open houden
        effects: {budget: -10, vertrouwen: 10}
      - label: Alleen de app
        effects: {budget: 10, vertrouwen: -10}
  - id: open-data
    speaker: Journalist
    title: Open data
    text: Een journalist vraagt om de ruwe telgegevens.
    themes: [data-en-privacy]
    options:
      - label: Geanonimiseerd delen
        effects: {vertrouwen: 5}
      - label: Weigeren
        effects: {vertrouwen: -5}
endings:
  - id: geen-vertrouwen
    when: vertrouwen <= 0
    title: Geen vertrouwen meer
    text: De raad zegt het vertrouwen op.
profiles:
  - id: de-bouwer
    title: De bouwer
    text: Je bouwde aan een slimme stad.
"""


def write(tmp_path: Path, text: str = FACILITATOR) -> Path:
    path = tmp_path / "slimme-binnenstad.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_facilitators_file_validates_without_intro_or_start_year_and_with_hyphens() -> None:
    scenario, problems = check_scenario_text(FACILITATOR, "slimme-binnenstad.yaml")
    assert [problem for problem in problems if problem.is_error] == []
    assert scenario is not None and scenario.id == "slimme-binnenstad"
    assert scenario.intro is None and scenario.start_year is None and scenario.calendar_year(2) is None
    assert {card.id for card in scenario.cards} >= {"sensoren-op-de-markt", "uitleg-aan-de-raad"}
    assert [theme.id for theme in scenario.themes] == ["data-en-privacy", "digitale-inclusie"]
    for seed in range(20):
        game = play_to_end(Game(scenario, seed), random_policy(seed))
        assert game.finished


def test_years_without_a_start_year_are_called_year_1_and_year_2() -> None:
    assert year_label(None, 1, "nl") == "Jaar 1" and year_label(None, 2, "en") == "Year 2"
    assert year_label(None, 2, "nl", capital=False) == "jaar 2"
    assert year_label(2027, 1, "nl") == "2027"


@pytest.mark.parametrize(
    ("before", "after", "message"),
    [
        ("  vertrouwen: {name", "  ver-trouwen: {name",
         "meter id 'ver-trouwen' may only contain letters, digits and '_', and may not start with a digit; "
         "conditions name it, where 'ver-trouwen' would read as a subtraction: write 'ver_trouwen'"),
        ("set: [wifi_tellen]", "set: [wifi-tellen]",
         "flag name 'wifi-tellen' may only contain letters, digits and '_', and may not start with a digit; "
         "conditions name it, where 'wifi-tellen' would read as a subtraction: write 'wifi_tellen'"),
    ],
)  # fmt: skip
def test_meter_ids_and_flags_stay_names_and_the_message_says_why(
    before: str, after: str, message: str
) -> None:
    text = FACILITATOR.replace(before, after)
    _, problems = check_scenario_text(text, "s.yaml")
    line = text[: text.index(after)].count("\n") + 1
    assert any(problem.line == line and problem.message == message for problem in problems), problems


def test_validate_and_headless_play_take_the_file(tmp_path: Path) -> None:
    path = write(tmp_path)
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    main = str(ROOT / "main.py")
    checked = subprocess.run(
        [sys.executable, main, "validate", str(path)], capture_output=True, text=True, env=env
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    played = subprocess.run(
        [sys.executable, main, "play", str(path), "--headless", "--auto", "--seed", "3"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert played.returncode == 0 and "De slimme binnenstad (toevalsgetal 3)" in played.stdout, played.stderr


def test_an_option_without_effects_and_a_card_without_themes_are_clear_enough() -> None:
    text = FACILITATOR.replace("        effects: {vertrouwen: 5}\n", "", 1).replace(
        "    themes: [digitale-inclusie]\n", ""
    )
    scenario, problems = check_scenario_text(text, "s.yaml")
    assert scenario is not None and [problem for problem in problems if problem.is_error] == []
    card = scenario.card("loket-of-app")
    assert card.themes == () and dict(scenario.card("open-data").options[0].effects) == {}
    line = text[: text.index("  - id: loket-of-app")].count("\n") + 1
    said = "card 'loket-of-app' has no 'themes'; the debrief lists it under 'Overig' (other)"
    assert f"s.yaml:{line}:5: warning: {said}" in [str(problem) for problem in problems]
