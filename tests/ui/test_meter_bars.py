"""The meters' bars read from the back of a council chamber (issue 26): at 1280x720 every shipped scenario's
bars are long and all one length, a change beside a number never moves a bar, with three to six meters
and long names, and an ending's danger zone differs from the rest of its bar in lightness, not only in
hue, on every series colour."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path

import pygame
import pytest

from game.core.model import Number, Scenario
from game.core.thresholds import ending_lines
from game.paths import shipped_scenarios
from game.scenario import load_scenario, load_scenario_text
from game.settings import TEXT_SCALES
from game.ui import style
from game.ui.draw import Painter
from game.ui.fonts import FontBook
from game.ui.meters import MARK_REACH, band_layout, draw_band, line_x
from game.ui.style import contrast
from tests.ui.stress import stress_scenario

CALENDAR = ("2027", "Beurt 12 van 24")
# At 1280x720 (the smallest window a projector is given) a bar at least this long, in pixels: about a
# fourteenth of the width, long enough to see from the back of the room where a meter stands.
LONG_BAR = 90


@pytest.fixture(scope="module")
def fonts() -> FontBook:
    pygame.font.init()
    return FontBook()


def render(
    fonts: FontBook,
    scenario: Scenario,
    size: tuple[int, int],
    values: Mapping[str, Number],
    lang: str = "nl",
    deltas: Mapping[str, Number] | None = None,
    scale: float = 1.0,
) -> tuple[pygame.Surface, Painter, pygame.Rect]:
    surface = pygame.Surface(size)
    surface.fill(style.BACKGROUND)
    painter = Painter(surface, fonts, text_scale=scale)
    band = draw_band(painter, scenario, values, lang, CALENDAR, deltas)
    return surface, painter, band


def track_runs(surface: pygame.Surface, band: pygame.Rect) -> tuple[int, list[tuple[int, int]]]:
    """The row of the band with the most track-coloured pixels (the bars' middle, past their rounded
    ends), and its runs of track colour as (start, length)."""
    counts = {
        y: sum(1 for x in range(band.width) if surface.get_at((x, y))[:3] == style.TRACK)
        for y in range(band.top, band.bottom)
    }
    row = max(counts, key=lambda y: counts[y])
    runs: list[tuple[int, int]] = []
    for x in range(band.width):
        if surface.get_at((x, row))[:3] != style.TRACK:
            continue
        if runs and runs[-1][0] + runs[-1][1] == x:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((x, 1))
    return row, runs


def empty(scenario: Scenario) -> dict[str, Number]:
    return {meter.id: meter.minimum for meter in scenario.meters}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("path", shipped_scenarios(), ids=[path.stem for path in shipped_scenarios()])
def test_every_shipped_scenario_has_long_bars_of_one_length_at_1280x720(
    fonts: FontBook, path: Path, lang: str
) -> None:
    """Measured in the pixels: every meter's bar, empty (all track), without ending lines to mark it."""
    scenario = dataclasses.replace(load_scenario(path), endings=())
    surface, _, band = render(fonts, scenario, (1280, 720), empty(scenario), lang)
    _, runs = track_runs(surface, band)
    lengths = [length for _, length in runs]
    assert len(lengths) == len(scenario.meters), runs
    assert len(set(lengths)) == 1, f"bars of different lengths: {lengths}"
    assert lengths[0] >= LONG_BAR, f"{path.name} {lang}: bars {lengths[0]} px long at 1280x720"


SIZES = [(1280, 720), (1920, 1080), (640, 360), (800, 600), (2560, 1080)]


def scenarios() -> dict[str, Scenario]:
    """The council session's five meters, its first three and its last four; six with long names."""
    council = load_scenario(shipped_scenarios()[1])
    return {
        "three": dataclasses.replace(council, meters=council.meters[:3]),
        "four": dataclasses.replace(council, meters=council.meters[1:]),
        "five": council,
        "six with long names": stress_scenario(),
    }


@pytest.mark.parametrize("scale", [TEXT_SCALES[0], TEXT_SCALES[-1]])
@pytest.mark.parametrize("size", SIZES)
def test_a_change_never_moves_a_bar_and_nothing_overlaps(
    fonts: FontBook, size: tuple[int, int], scale: float
) -> None:
    """Three, four, five and six meters (six with long Dutch names): the bars, their marks and the band
    below the numbers are the same pixels with and without the widest changes beside the numbers; every
    text inside its box and the band, above the bars and apart from the others; the bars all one length,
    inside their columns and above the band's accent line."""
    for name, scenario in scenarios().items():
        ids = [meter.id for meter in scenario.meters]  # the value and change of each, three to six
        values = dict(zip(ids, (100, 14, 47.5, 0, 16, 99), strict=False))
        changes = dict(zip(ids, (-12, 100, 2.5, -88, 8, -1), strict=False))
        for lang in scenario.languages:
            where = f"{name} {lang} {size} {scale}"
            plain, _, band = render(fonts, scenario, size, values, lang, scale=scale)
            changed, painter, _ = render(fonts, scenario, size, values, lang, changes, scale)
            m = painter.metrics
            look = band_layout(fonts, m, scenario, lang, m.margin + m.px(200 + 14 + 2 + 24))
            bars = [look.bar_of(column) for column in look.columns]
            assert len({bar.width for bar in bars}) == 1, where
            for bar, column in zip(bars, look.columns, strict=True):
                assert column.contains(bar), f"{where}: bar {bar} leaves its column {column}"
                assert bar.bottom + m.px(MARK_REACH) < band.bottom - m.px(3), f"{where}: {bar} on the accent"
            top = min(bar.top for bar in bars) - m.px(MARK_REACH)
            below = pygame.Rect(0, top, size[0], band.bottom - top)
            assert pygame.image.tobytes(plain.subsurface(below), "RGB") == pygame.image.tobytes(
                changed.subsurface(below), "RGB"
            ), f"{where}: a change moved a bar"
            texts = [rect for rect, _ in painter.records]
            assert len(texts) >= 3 * len(scenario.meters), where  # name, number and change each
            for rect, box in painter.records:
                assert band.contains(rect) and box.inflate(2, 2).contains(rect), f"{where}: {rect} leaves"
                assert not any(rect.colliderect(bar) for bar in bars), f"{where}: {rect} on a bar"
            for index, rect in enumerate(texts):
                assert rect.collidelist(texts[index + 1 :]) == -1, f"{where}: {rect} overlaps a text"


DANGER = """
format: 1
id: zes
title: {nl: Zes meters, en: Six meters}
languages: [nl, en]
years: 1
turns_per_year: 1
meters:
  a: {name: {nl: Een, en: One}, start: 50}
  b: {name: {nl: Twee, en: Two}, start: 50}
  c: {name: {nl: Drie, en: Three}, start: 50}
  d: {name: {nl: Vier, en: Four}, start: 50}
  e: {name: {nl: Vijf, en: Five}, start: 50}
  f: {name: {nl: Zes, en: Six}, start: 50}
themes:
  t: {nl: Thema, en: Theme}
cards:
  - id: k
    speaker: {nl: Wethouder, en: Alderman}
    title: {nl: Kaart, en: Card}
    text: {nl: Tekst., en: Text.}
    themes: [t]
    options:
      - label: {nl: Ja, en: "Yes"}
        effects: {a: -5}
      - label: {nl: Nee, en: "No"}
        effects: {a: 5}
endings:
  - id: val
    when: "a < 40 or b < 40 or c < 40 or d < 40 or e < 40 or f < 40"
    title: {nl: Gevallen, en: Fallen}
    text: {nl: Het college valt., en: The college falls.}
"""


def contrasting(surface: pygame.Surface, area: pygame.Rect, plain: style.Colour) -> float:
    """The share of the pixels in `area` at least 3:1 (WCAG's contrast for graphics) from `plain`."""
    xs, ys = range(area.left, area.right), range(area.top, area.bottom)
    pixels = [surface.get_at((x, y)) for x in xs for y in ys]
    far = sum(1 for pixel in pixels if contrast((pixel.r, pixel.g, pixel.b), plain) >= 3.0)
    return far / max(1, len(pixels))


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_danger_zone_differs_in_lightness_on_every_series_colour(
    fonts: FontBook, size: tuple[int, int]
) -> None:
    """Six meters (every series colour), each with an ending below 40: with the meter at 70 the zone lies
    on the fill, at 0 on the track. Either way a good share of the zone is at least 3:1 from the plain
    bar beside it (so it shows in grey, or to a colour-blind eye), and the rest of the bar is plain."""
    scenario = load_scenario_text(DANGER, "zes.yaml")
    lines = ending_lines(scenario)
    for value in (70, 0):
        surface, painter, _ = render(fonts, scenario, size, {meter.id: value for meter in scenario.meters})
        m = painter.metrics
        look = band_layout(fonts, m, scenario, "nl", m.margin + m.px(200 + 14 + 2 + 24))
        for index, meter in enumerate(scenario.meters):
            where = f"{size} meter {meter.id} at {value}"
            bar = look.bar_of(look.columns[index])
            plain = style.series_colour(index) if value else style.TRACK
            x = line_x(bar, meter, lines[meter.id][0])
            inset = m.px(4)  # clear of the rounded end, the bar's edge and the mark's dark outline
            zone = pygame.Rect(bar.left + bar.height // 2, bar.top + inset, 0, bar.height - 2 * inset)
            zone.width = x - m.px(6) - zone.left
            end = bar.left + round(bar.width * value / 100) if value else bar.right  # the fill's or the bar's
            rest = pygame.Rect(x + m.px(6), zone.top, 0, zone.height)
            rest.width = end - bar.height // 2 - rest.left
            assert zone.width > 10 and rest.width > 10, where
            assert contrasting(surface, zone, plain) >= 0.25, f"{where}: the zone does not stand out"
            assert contrasting(surface, rest, plain) == 0, f"{where}: the rest of the bar is not plain"
