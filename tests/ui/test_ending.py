"""An ending right after a choice: feedback, the ending, then the debrief with the final meters charted."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.scenario import load_scenario_text
from game.ui import render_screenshots
from game.ui.loading import ScenarioEntry
from tests.ui.conftest import AppFactory, play_with_keys

SUDDEN = """
format: 1
id: plots
title: {nl: Plotseling einde, en: Sudden end}
intro: {nl: Een korte test., en: A short test.}
languages: [nl, en]
years: 2
turns_per_year: 2
start_year: 2031
meters:
  trust: {name: {nl: Vertrouwen, en: Trust}, start: 20}
themes:
  t: {nl: Thema, en: Theme}
cards:
  - id: c
    speaker: {nl: Raad, en: Council}
    title: {nl: Vertrouwensvraag, en: Confidence vote}
    text: {nl: Stem je?, en: Do you vote?}
    themes: [t]
    repeatable: true
    options:
      - label: {nl: Ja, en: "Yes"}
        effects: {trust: -30}
      - label: {nl: Nee, en: "No"}
        effects: {trust: 5}
endings:
  - id: weg
    when: "trust <= 0"
    title: {nl: Weggestuurd, en: Sent away}
    text: {nl: Het vertrouwen is op., en: Trust has run out.}
"""


def test_an_ending_after_a_choice_is_shown_and_charted(make_app: AppFactory, tmp_path: Path) -> None:
    scenario = load_scenario_text(SUDDEN, "plots.yaml")
    app = make_app(entries=[ScenarioEntry(None, scenario)])
    seen = play_with_keys(app)
    assert seen == ["title", "intro", "card", "feedback", "outcome", "end"]
    assert app.session is not None
    assert app.session.game.ending is not None
    history = app.session.game.state.history
    assert history[-1].meters == {"trust": 0}
    assert app.scene.texts["title"].lines == ("Weggestuurd",)  # type: ignore[attr-defined]
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_l, mod=0))
    app.clock.advance(1000)  # type: ignore[attr-defined]
    app.pump()
    assert app.scene.texts["title"].lines == ("Sent away",)  # type: ignore[attr-defined]
    paths = render_screenshots(scenario, 1, lambda game: 0, "en", tmp_path, (1280, 720))
    assert [p.name for p in paths] == [
        "001_title.png",
        "002_intro.png",
        "003_card.png",
        "004_feedback.png",
        "005_outcome.png",
        "006_end.png",
    ]
