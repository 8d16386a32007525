"""The report of a test session opens in a real browser: Debian's chromium renders it headless to a PNG,
and the PNG shows the page with its chart in the meters' colours; with a whole debrief it prints to an
A4 PDF."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from game.report import write_report
from game.report.debrief_page import SCORE_COLOURS
from game.report.svg import SERIES_COLOURS
from tests.report.debrief_session import debriefed_session
from tests.report.session import play_session

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
import pygame

WIDTH, HEIGHT = 1280, 2400
PLOT_BACKGROUND = (0xFB, 0xFA, 0xF6)  # the chart's plot area (svg.py), found in the screenshot
BROWSERS = ("chromium", "chromium-browser")
CLOUD_TOP = "#6e4600"  # the colour of the word cloud's most said words (debrief_page.py)


def browser() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no chromium binary on PATH (Debian: apt-get install chromium); .ci/run installs it in CI")


def rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def screenshot(chromium: str, page: Path, out: Path, profile: Path, height: int = HEIGHT) -> pygame.Surface:
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        f"--screenshot={out}",
        f"--window-size={WIDTH},{height}",
        page.resolve().as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0 and out.is_file(), result.stderr[-2000:]
    return pygame.image.load(str(out))


def test_the_report_renders_in_headless_chromium_with_its_chart(tmp_path: Path) -> None:
    chromium = browser()
    log = tmp_path / "session.jsonl"
    _, scenario = play_session(log)
    html_path, _ = write_report(log, tmp_path / "report")
    image = screenshot(chromium, html_path, tmp_path / "report.png", tmp_path / "profile")
    assert image.get_size() == (WIDTH, HEIGHT)
    # Not blank: the page has text, lines and colours, not one flat background.
    corner = tuple(image.get_at((2, 2)))[:3]
    changed = pygame.mask.from_threshold(image, (*corner, 255), (6, 6, 6, 255))
    assert changed.count() < WIDTH * HEIGHT * 0.9
    # The chart: its plot area is there, wide and tall, and every meter's colour is drawn inside it.
    plot_mask = pygame.mask.from_threshold(image, (*PLOT_BACKGROUND, 255), (2, 2, 2, 255))
    # The grid lines cut the plot area into bands: together they are the plot.
    bands = [rect for rect in plot_mask.get_bounding_rects() if rect.width > WIDTH * 0.5]
    assert bands, "no chart plot area in the screenshot"
    plot = bands[0].unionall(bands[1:])
    assert plot.width > WIDTH * 0.5 and plot.height > 250, plot
    chart = image.subsurface(plot)
    for index, meter in enumerate(scenario.meters):
        colour = rgb(SERIES_COLOURS[index])
        drawn = pygame.mask.from_threshold(chart, (*colour, 255), (12, 12, 12, 255)).count()
        assert drawn > 200, f"{meter.id}: {drawn} pixels of its colour {SERIES_COLOURS[index]} in the chart"


def print_to_pdf(chromium: str, page: Path, out: Path, profile: Path) -> bytes:
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-pdf-header-footer",
        f"--user-data-dir={profile}",
        f"--print-to-pdf={out}",
        page.resolve().as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0 and out.is_file(), result.stderr[-2000:]
    return out.read_bytes()


def test_the_report_with_a_whole_debrief_prints_to_an_a4_pdf_and_draws_its_charts(tmp_path: Path) -> None:
    chromium = browser()
    session = debriefed_session(tmp_path / "session.jsonl")
    html_path, _ = write_report(session.path, tmp_path / "report")
    pdf = print_to_pdf(chromium, html_path, tmp_path / "report.pdf", tmp_path / "profile")
    assert pdf.startswith(b"%PDF-")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    pages = re.findall(rb"/Type\s*/Page\b", pdf)
    assert len(pages) >= 4 and len(boxes) >= len(pages)  # the debrief and the statements start new pages
    for width, height in boxes:  # A4 is 595.28 x 841.89 points
        assert abs(float(width) - 595.3) < 2 and abs(float(height) - 841.9) < 2, (width, height)
    # On screen: the statements' bars in the colours of their scores, and the cloud's most said word.
    image = screenshot(chromium, html_path, tmp_path / "report.png", tmp_path / "profile", height=14000)
    for colour in (*SCORE_COLOURS, CLOUD_TOP):
        drawn = pygame.mask.from_threshold(image, (*rgb(colour), 255), (6, 6, 6, 255)).count()
        assert drawn > 150, f"{drawn} pixels of {colour}"
