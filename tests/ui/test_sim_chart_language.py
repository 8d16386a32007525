"""simulate --chart in the author's language: its title, subtitle and panel headings in Dutch or English,
every panel's heading whole (a long policy name such as greedy:publieke_waarde is not cut)."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.core.simulate import simulate
from game.scenario import load_scenario
from game.ui.draw import Painter
from game.ui.fonts import FontBook
from game.ui.sim_chart import CHART_SIZE, panel_headings, save_simulation_chart

COUNCIL = Path(__file__).resolve().parents[2] / "scenarios" / "raadssessie.yaml"


@pytest.mark.parametrize(("lang", "word"), [("nl", "uitgespeeld"), ("en", "completes")])
def test_every_panel_heading_is_whole_at_one_size_in_either_language(
    lang: str, word: str, tmp_path: Path
) -> None:
    scenario = load_scenario(COUNCIL)
    report = simulate(scenario, runs=20, seed=1)
    pygame.font.init()
    painter = Painter(pygame.Surface(CHART_SIZE), FontBook())
    width = CHART_SIZE[0] // 4 - 3 * painter.metrics.gap  # a panel's inside when four share a row
    blocks, room = panel_headings(painter, report, width, lang)
    assert len(blocks) == len(report.policies) == 8
    assert all(not block.cut for block in blocks)
    assert len({block.size for block in blocks}) == 1 and blocks[0].size >= painter.metrics.px(14)
    assert room >= max(len(block.lines) for block in blocks) * blocks[0].line_height
    longest = next(block for block in blocks if "publieke_waarde" in " ".join(block.lines))
    assert word in " ".join(longest.lines)
    chart = save_simulation_chart(scenario, report, tmp_path / "chart.png", lang=lang)
    assert pygame.image.load(str(chart)).get_size() == CHART_SIZE
