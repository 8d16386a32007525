"""Five meters (issue 22: publieke waarde beside the four) fit every screen at 1280x720 and 1920x1080, with
text at 100% and 150%: the band keeps every name whole and as large as with four meters, every bar as long
as the others, and the meters each option moves still fit under it."""

from __future__ import annotations

import itertools
import re

import pygame
import pytest

from game.core.model import Scenario
from game.scenario import load_scenario_text
from game.settings import PREVIEWS, TEXT_SCALES, PlaySettings
from game.ui.card_layout import CardView, card_layout
from game.ui.draw import Painter
from game.ui.fonts import FontBook
from game.ui.loading import ScenarioEntry
from game.ui.meters import BAR_MIN, band_height, band_layout, draw_band
from game.ui.style import Metrics
from tests.ui.conftest import AppFactory, press, settle
from tests.ui.test_legibility import check_layer

WINDOWS = [(1280, 720), (1920, 1080)]
SCALES = [TEXT_SCALES[0], TEXT_SCALES[-1]]
LANGS = ["nl", "en"]

METERS = """
meters:
  legitimiteit: {name: {nl: Legitimiteit, en: Legitimacy}, start: 35, icon: legitimacy}
  vertrouwen: {name: {nl: Vertrouwen, en: Trust}, start: 35, icon: trust}
  capaciteit: {name: {nl: Capaciteit, en: Capacity}, start: 44, icon: capacity}
  budget: {name: {nl: Budget, en: Budget}, start: 44, icon: budget}
"""
PUBLIC_VALUE = """
  publieke_waarde:
    name: {nl: "Publieke waarde", en: "Public value"}
    start: 50
    icon: value
    corner: strategy
"""
CARDS = """
themes:
  data: {nl: Persoonsgegevens, en: Personal data}
cards:
  - id: scanauto
    speaker: {nl: Wethouder handhaving, en: Alderman for enforcement}
    title: {nl: De scanauto zoekt ook afval, en: The scan car hunts rubbish too}
    text:
      nl: De scanauto rijdt elke dag door de stad om parkeervergunningen te controleren.
      en: The scan car drives through town every day to check parking permits.
    themes: [data]
    options:
      - label:
          nl: Eerst een DPIA met de functionaris gegevensbescherming, dan beslist het college
          en: First a DPIA with the data protection officer, then the college decides
        effects: {legitimiteit: 6, vertrouwen: 4, capaciteit: -5, budget: -3, publieke_waarde: -2}
        feedback: {nl: Zorgvuldig., en: Careful.}
      - label: {nl: Zet de afvalherkenning meteen aan, en: Switch on rubbish detection now}
        effects: {legitimiteit: -8, capaciteit: 8, budget: 5, publieke_waarde: 6}
        feedback: {nl: Snel., en: Fast.}
      - label: {nl: "Nee, de scanauto blijft bij parkeren", en: "No, the scan car sticks to parking"}
        effects: {vertrouwen: 5, capaciteit: -4, budget: -4, publieke_waarde: 4}
        feedback: {nl: Duidelijk., en: Clear.}
  - id: loket
    speaker: {nl: Teamleider publiekszaken, en: Team lead public services}
    title: {nl: Het loket gaat dicht, en: The counter closes}
    text: {nl: Bijna alles kan online., en: Almost everything can be done online.}
    themes: [data]
    options:
      - label: {nl: Sluit het loket, en: Close the counter}
        effects: {budget: 12, vertrouwen: -12, publieke_waarde: -12}
        feedback: {nl: Goedkoper., en: Cheaper.}
      - label:
          nl: Houd het loket open voor wie hulp nodig heeft
          en: Keep the counter open for those who need help
        effects: {budget: -6, publieke_waarde: 8, legitimiteit: 2, vertrouwen: 3}
        feedback: {nl: Inclusief., en: Inclusive.}
profiles:
  - id: klaar
    title: {nl: Klaar, en: Done}
    text: {nl: Het jaar is om., en: The year is over.}
"""


def scenario_yaml(five: bool = True) -> str:
    head = """
format: 1
id: vijf
title: {nl: Vijf meters, en: Five meters}
intro: {nl: Een jaar met vijf meters., en: A year with five meters.}
languages: [nl, en]
years: 2
turns_per_year: 1
start_year: 2027
"""
    if five:
        return head + METERS + PUBLIC_VALUE + CARDS
    return head + METERS + re.sub(r", publieke_waarde: -?\d+|publieke_waarde: -?\d+, ", "", CARDS)


@pytest.fixture(scope="module")
def five() -> Scenario:
    return load_scenario_text(scenario_yaml(), "vijf.yaml")


@pytest.fixture(scope="module")
def four() -> Scenario:
    return load_scenario_text(scenario_yaml(five=False), "vier.yaml")


@pytest.fixture(scope="module")
def fonts() -> FontBook:
    pygame.font.init()
    return FontBook()


def assert_apart(rects: list[pygame.Rect], where: str) -> None:
    for first, second in itertools.combinations(rects, 2):
        assert not first.colliderect(second), f"{where}: {first} overlaps {second}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("size", WINDOWS)
def test_the_band_fits_five_meters_with_whole_names(
    five: Scenario, four: Scenario, fonts: FontBook, size: tuple[int, int], scale: float, lang: str
) -> None:
    """Five columns inside the window, apart; every name whole at the size four meters have; every bar
    as long as the others and never shorter than BAR_MIN; every text inside its box and the band, even
    with the widest change beside every number."""
    where = f"{size} {scale} {lang}"
    surface = pygame.Surface(size)
    painter = Painter(surface, fonts, text_scale=scale)
    m = painter.metrics
    deltas = {meter.id: -12 for meter in five.meters}
    band = draw_band(painter, five, {}, lang, ("2027", "Beurt 12 van 24"), deltas)
    assert band.height == band_height(m)
    for rect, box in painter.records:
        assert band.contains(rect), f"{where}: text {rect} leaves the band {band}"
        assert box.inflate(2, 2).contains(rect), f"{where}: text {rect} leaves its box {box}"
    assert_apart([rect for rect, _ in painter.records], where)
    left = m.margin + m.px(200 + 14 + 2 + 24)  # after the calendar and its divider
    look = band_layout(fonts, m, five, lang, left)
    assert len(look.columns) == 5
    assert all(band.contains(column) for column in look.columns), where
    assert look.columns[0].left >= left and look.columns[-1].right <= m.width - m.margin
    assert_apart(list(look.columns), where)
    for meter, column in zip(five.meters, look.columns, strict=True):
        name = five.text(meter.name, lang)
        whole = look.icon + m.px(8) + fonts.width(name, look.name_size, bold=True)
        assert whole <= column.width, f"{where}: {name!r} cut in a column {column.width} px wide"
    assert look.name_size == band_layout(fonts, m, four, lang, left).name_size  # no smaller than four
    assert look.bar >= m.px(BAR_MIN)
    assert look.icon >= m.px(20)  # icons never smaller than 20 px (docs/style.md)


@pytest.mark.parametrize("preview", [p for p in PREVIEWS if p != "none"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("size", WINDOWS)
def test_the_meters_each_option_moves_fit_under_it(
    five: Scenario, fonts: FontBook, size: tuple[int, int], scale: float, lang: str, preview: str
) -> None:
    """Under every option a mark for each meter it moves (five on the first option), each inside its row,
    the rows and buttons inside the options column and apart, the labels whole."""
    m = Metrics(*size, scale)
    window = pygame.Rect(0, 0, *size)
    for card in five.cards:
        where = f"{size} {scale} {lang} {preview} {card.id}"
        layout = card_layout(fonts, m, five, card, lang, CardView(preview=preview))  # type: ignore[arg-type]
        column = layout.boxes["options"]
        assert window.contains(column)
        rows = [layout.boxes[f"preview{i}"] for i in range(len(card.options))]
        buttons = [button.rect for button in layout.buttons]
        assert all(column.contains(rect) for rect in rows + buttons), where
        assert_apart(rows + buttons, where)
        for button in layout.buttons:
            assert button.block is not None and not button.block.cut, f"{where}: {button.label!r} cut"
        for i, option in enumerate(card.options):
            marks = [mark for mark in layout.marks if mark.option == i]
            assert len(marks) == len(option.effects), f"{where}: option {i + 1} misses a meter"
            shapes: list[pygame.Rect] = []
            for mark in marks:
                text = pygame.Rect(0, 0, fonts.width(mark.text, mark.size), fonts.line_height(mark.size))
                text.midleft = mark.pos
                icon = pygame.Rect(0, 0, 2 * mark.radius, 2 * mark.radius)
                icon.center = mark.icon
                assert rows[i].contains(text) and rows[i].contains(icon), f"{where}: {mark.text!r} leaves"
                assert mark.size >= m.px(16)  # the preview's smallest size
                shapes += [text, icon]
            assert_apart(shapes, where)


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("size", WINDOWS)
def test_every_screen_fits_with_five_meters(
    make_app: AppFactory, five: Scenario, size: tuple[int, int], scale: float
) -> None:
    """The real screens, title to end (card, feedback, year end, outcome, debrief with its chart): every
    text inside the window, its box and its panel, no two texts overlapping, every box inside."""
    app = make_app(entries=[ScenarioEntry(None, five)], size=size, settings=PlaySettings(text_scale=scale))
    seen: list[str] = []
    for _ in range(40):
        settle(app)
        app.draw()
        check_layer(app, app.scene, f"{size} {scale} {app.scene.name}")
        seen.append(app.scene.name)
        if app.scene.name == "end":
            break
        press(app, pygame.K_1 if app.scene.name == "card" else pygame.K_RETURN)
    assert {"card", "feedback", "year", "end"} <= set(seen)
