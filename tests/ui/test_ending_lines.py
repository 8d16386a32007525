"""Meters that show where the game ends (issue 26): the mark and the hatched zone of an ending line on the
meter's bar at 1280x720, the warning sign near it, and the ending screen naming the meter that ended the
term, in Dutch and English."""

from __future__ import annotations

import math
from pathlib import Path

import pygame
import pytest

from game.core.model import Scenario
from game.core.thresholds import ending_lines
from game.paths import shipped_scenarios
from game.scenario import load_scenario_text
from game.ui import style
from game.ui.app import App
from game.ui.draw import Painter
from game.ui.fonts import FontBook
from game.ui.loading import ScenarioEntry
from game.ui.meters import band_height, draw_band
from game.ui.scenes.outcome import OutcomeScene
from tests.ui.conftest import AppFactory, press
from tests.ui.test_legibility import check_layer, check_sizes

BUDGET = """
format: 1
id: krap
title: {nl: Krap bij kas, en: Short of money}
intro: {nl: Een korte test., en: A short test.}
languages: [nl, en]
years: 1
turns_per_year: 4
meters:
  vertrouwen: {name: {nl: Vertrouwen, en: Trust}, start: 60}
  budget: {name: {nl: Budget, en: Budget}, start: 40}
themes:
  t: {nl: Thema, en: Theme}
cards:
  - id: c
    speaker: {nl: Wethouder, en: Alderman}
    title: {nl: Een nieuw systeem, en: A new system}
    text: {nl: Kopen we het?, en: Do we buy it?}
    themes: [t]
    repeatable: true
    options:
      - label: {nl: Ja, en: "Yes"}
        effects: {budget: -25}
        set: [gezien]
      - label: {nl: Nee, en: "No"}
        effects: {vertrouwen: -1}
ENDINGS
"""
ON_BUDGET = """
endings:
  - id: toezicht
    when: "budget <= 15"
    title: {nl: Onder toezicht, en: Under supervision}
    text: {nl: De provincie kijkt mee., en: The province looks on.}
"""
ON_A_FLAG = """
endings:
  - id: toezicht
    when: "budget <= 15 and gezien"
    title: {nl: Onder toezicht, en: Under supervision}
    text: {nl: De provincie kijkt mee., en: The province looks on.}
"""
SIZE = (1280, 720)


def game(endings: str) -> Scenario:
    return load_scenario_text(BUDGET.replace("ENDINGS", endings), "krap.yaml")


def band(scenario: Scenario, budget: float) -> pygame.Surface:
    pygame.font.init()
    surface = pygame.Surface(SIZE)
    surface.fill(style.BACKGROUND)
    painter = Painter(surface, FontBook())
    draw_band(painter, scenario, {"vertrouwen": 60, "budget": budget}, "nl", ("2026", "Beurt 1 van 4"))
    return surface.subsurface((0, 0, SIZE[0], band_height(painter.metrics))).copy()


def columns(surface: pygame.Surface, colour: style.Colour, left: int) -> dict[int, int]:
    """x -> how many pixels of `colour` that column has, right of `left`."""
    found: dict[int, int] = {}
    for x in range(left, surface.get_width()):
        count = sum(1 for y in range(surface.get_height()) if surface.get_at((x, y))[:3] == colour)
        if count:
            found[x] = count
    return found


def test_the_budget_bar_shows_its_ending_line_as_a_mark_and_a_hatched_zone() -> None:
    plain, marked = band(game(""), 0), band(game(ON_BUDGET), 0)
    # The budget's bar, empty at 0, is the rightmost run of track colour in the band.
    track = columns(plain, style.TRACK, SIZE[0] // 2)
    right = max(track)
    left = right
    while left - 1 in track:
        left -= 1
    assert right - left >= 40
    expected = left + round((right - left + 1) * 0.15)

    # The mark: a light column taller than the bar, 15% along it, where the plain bar has none.
    def tall(surface: pygame.Surface) -> list[int]:
        light = columns(surface, style.TEXT, left)
        return [x for x, count in light.items() if count > max(track.values()) and x <= right]

    assert tall(marked) and all(abs(x - expected) <= 3 for x in tall(marked)), (tall(marked), expected)
    assert not tall(plain)
    # The zone: stripes of the loss colour between the bar's start and the mark, none beyond it.
    stripes = columns(marked, style.LOSS, left)
    assert stripes and max(stripes) < expected + 3 and min(stripes) < expected - 3


def test_a_meter_warns_near_its_ending_line_with_a_sign_in_place_of_its_icon() -> None:
    scenario = game(ON_BUDGET)
    far, close, plain = band(scenario, 40), band(scenario, 22), band(game(""), 22)
    # The sign is a filled triangle in the accent colour (also the band's bottom line and the first bar).
    far_n, close_n, plain_n = (
        sum(columns(surface, style.ACCENT, 0).values()) for surface in (far, close, plain)
    )
    assert far_n == plain_n
    assert close_n - far_n > 100


def to_outcome(app: App) -> None:
    """From the title screen to the outcome, always choosing the first option."""
    for _ in range(40):
        if app.scene.name == "outcome":
            return
        press(app, pygame.K_1 if app.scene.name == "card" else pygame.K_RETURN)
    raise AssertionError(f"never reached the outcome: {app.scene.name}")


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("nl", "De meter Budget zakte tot 15: daarmee eindigde de termijn."),
        ("en", "The Budget meter fell to 15: that ended the term."),
    ],
)
def test_the_ending_screen_names_the_meter_that_ended_the_term(
    make_app: AppFactory, lang: str, sentence: str
) -> None:
    app = make_app(entries=[ScenarioEntry(None, game(ON_BUDGET))], lang=lang, size=SIZE)
    to_outcome(app)  # budget 40, then 15: the second card ends the term
    assert app.session is not None and app.session.game.state.ending == "toezicht"
    scene = app.scene
    assert isinstance(scene, OutcomeScene)
    assert " ".join(scene.texts["cause"].lines) == sentence
    assert sentence in scene.spoken(lang)
    check_layer(app, scene, f"outcome {lang}")
    check_sizes(app, f"outcome {lang}")


def test_an_ending_whose_condition_reads_a_flag_names_no_meter(make_app: AppFactory) -> None:
    app = make_app(entries=[ScenarioEntry(None, game(ON_A_FLAG))], size=SIZE)
    to_outcome(app)
    assert app.session is not None and app.session.game.state.ending == "toezicht"
    assert "cause" not in app.scene.texts  # type: ignore[attr-defined]
    check_layer(app, app.scene, "outcome without a meter")


@pytest.mark.parametrize("path", shipped_scenarios(), ids=[path.stem for path in shipped_scenarios()])
def test_every_shipped_ending_on_a_meter_names_it_with_its_text_whole(
    make_app: AppFactory, path: Path
) -> None:
    """Each ending of a shipped scenario that a meter reaches, as if the game had ended there: its text
    whole at body size beside the sentence on the meter, in every language, at 1280x720 and 1920x1080."""
    for size in ((1280, 720), (1920, 1080)):
        app = make_app(entries=[ScenarioEntry(path)], size=size)
        press(app, pygame.K_RETURN)
        session = app.session
        assert session is not None
        floor = math.ceil(size[1] / 27 - 1e-9)
        lines = ending_lines(session.scenario)
        endings = {line.ending: line for found in lines.values() for line in found if line.alone}
        assert endings
        for ending_id, line in endings.items():
            meter = session.scenario.meter(line.meter)
            session.game.state.ending = ending_id
            session.game.state.meters[line.meter] = meter.minimum if line.falling else meter.maximum
            for lang in session.languages:
                session.lang = lang
                scene = OutcomeScene(app, session, session.game.ending)
                scene.ensure_layout()
                name = session.scenario.text(meter.name, lang)
                assert name in " ".join(scene.texts["cause"].lines), (ending_id, lang)
                for part in ("body", "cause"):
                    block = scene.texts[part]
                    assert not block.cut and block.size >= floor, (path.name, size, ending_id, lang, part)
                check_layer(app, scene, f"{path.name} {ending_id} {lang} {size}")
            session.game.state.meters[line.meter] = meter.start
        app.close()
