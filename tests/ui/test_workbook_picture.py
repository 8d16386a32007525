"""A picture of the exported workbook as a spreadsheet shows it (column letters, row numbers, the frozen
header row), drawn from the cells the workbook holds: the authoring guides show it. With
WORKBOOK_PICTURES=DIR set, the pictures are written there (docs/screenshots/workbook)."""

from __future__ import annotations

import os
from pathlib import Path

import pygame
import pytest

from game.paths import SCENARIOS_DIR
from game.scenario import load_scenario
from game.scenario.workbook.cells import Sheet, column_letter, read_workbook
from game.scenario.workbook.export import export_workbook
from game.ui.fonts import FontBook

CELL_H, ROWS, FONT = 26, 10, 14
GRID, HEADER, INK, PAPER = (200, 200, 200), (244, 182, 60), (20, 28, 43), (255, 255, 255)


def draw_sheet(sheet: Sheet, widths: list[int], fonts: FontBook) -> pygame.Surface:
    """The first ROWS rows of `sheet`, each cell's text cut to its width, as a spreadsheet draws them."""
    gutter = 40
    surface = pygame.Surface((gutter + sum(widths), CELL_H * (ROWS + 1)))
    surface.fill(PAPER)
    font = fonts.font(FONT)
    bold = fonts.font(FONT, bold=True)
    x = gutter
    for column, width in enumerate(widths):
        pygame.draw.rect(surface, (235, 235, 235), (x, 0, width, CELL_H))
        label = font.render(column_letter(column), True, INK)
        surface.blit(label, label.get_rect(center=(x + width // 2, CELL_H // 2)))
        x += width
    for row in range(ROWS):
        top = CELL_H * (row + 1)
        pygame.draw.rect(surface, (235, 235, 235), (0, top, gutter, CELL_H))
        number = font.render(str(row + 1), True, INK)
        surface.blit(number, number.get_rect(center=(gutter // 2, top + CELL_H // 2)))
        x = gutter
        for column, width in enumerate(widths):
            if row == 0:
                pygame.draw.rect(surface, HEADER, (x, top, width, CELL_H))
            value = sheet.cell(row, column).value
            text = "" if value is None else str(value).replace("\n", " ")
            shown = (bold if row == 0 else font).render(text, True, INK)
            surface.blit(
                shown, (x + 4, top + (CELL_H - shown.get_height()) // 2), pygame.Rect(0, 0, width - 8, CELL_H)
            )
            pygame.draw.rect(surface, GRID, (x, top, width + 1, CELL_H + 1), 1)
            x += width
    pygame.draw.line(
        surface, (120, 120, 120), (0, 2 * CELL_H), (surface.get_width(), 2 * CELL_H), 2
    )  # frozen
    return surface


@pytest.mark.parametrize(
    ("name", "widths"),
    [("Kaarten", [150, 170, 120, 120, 210, 210]), ("Opties", [150, 60, 230, 230, 100, 80, 90, 80, 80])],
)
def test_a_picture_of_the_workbook(tmp_path: Path, name: str, widths: list[int]) -> None:
    pygame.font.init()
    path = tmp_path / "raadssessie.xlsx"
    export_workbook(load_scenario(SCENARIOS_DIR / "raadssessie.yaml"), path)
    sheet = next(sheet for sheet in read_workbook(path) if sheet.name == name)
    picture = draw_sheet(sheet, widths, FontBook())
    assert picture.get_width() == 40 + sum(widths)
    header_colours = {tuple(picture.get_at((40 + 3, CELL_H + 3)))[:3]}
    assert header_colours == {HEADER}
    folder = os.environ.get("WORKBOOK_PICTURES")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        pygame.image.save(picture, str(Path(folder) / f"{name.lower()}.png"))
