"""docs/style.md: its tables are the ones the code gives; the palette meets the legibility rules."""

from __future__ import annotations

import pytest

from game.ui import style, stylepage
from game.ui.scenes.common import button_padding, panel_padding
from game.ui.style import Metrics, contrast


@pytest.fixture(scope="module")
def page() -> str:
    return stylepage.STYLE_PAGE.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", list(stylepage.TABLES))
def test_the_style_page_shows_the_generated_table(page: str, name: str) -> None:
    shown = stylepage.page_tables(page)
    expected = stylepage.TABLES[name]()
    assert name in shown, f"docs/style.md has no <!-- style:{name} --> block"
    assert shown[name] == expected, (
        f"docs/style.md's {name} table is out of date (python -m game.ui.stylepage --write); it should be:\n"
        f"{expected}"
    )


def test_the_page_is_up_to_date_as_a_whole(page: str) -> None:
    assert stylepage.refreshed(page) == page


@pytest.mark.parametrize(
    ("name", "ink", "paper"), style.TEXT_PAIRS, ids=[pair[0] for pair in style.TEXT_PAIRS]
)
def test_every_text_pair_reaches_7_to_1_and_its_names_are_its_colours(
    name: str, ink: style.Colour, paper: style.Colour
) -> None:
    assert contrast(ink, paper) >= style.MIN_CONTRAST, f"{name}: {contrast(ink, paper):.2f}:1"
    ink_name, paper_name, where = style.pair_names(name)
    assert getattr(style, ink_name) == ink and getattr(style, paper_name) == paper, name
    assert where


def test_every_colour_of_a_text_pair_is_in_the_palette_table(page: str) -> None:
    table = stylepage.page_tables(page)["palette"]
    for description, ink, paper in style.TEXT_PAIRS:
        ink_name, paper_name, _ = style.pair_names(description)
        for colour_name, colour in ((ink_name, ink), (paper_name, paper)):
            row = f"| `{colour_name}` | `{stylepage.hex_colour(colour)}` |"
            assert row in table, f"{colour_name} {colour} is not in the palette table"


def test_the_palette_lists_every_colour_of_the_style_module() -> None:
    colours = {
        name
        for name, value in vars(style).items()
        if name.isupper()
        and isinstance(value, tuple)
        and len(value) == 3
        and all(isinstance(v, int) for v in value)
    }
    listed = [swatch.name for swatch in style.PALETTE]
    assert len(listed) == len(set(listed))
    assert colours == set(listed)
    for swatch in style.PALETTE:
        assert getattr(style, swatch.name) == swatch.colour and swatch.role


def test_chart_lines_reach_3_to_1_on_the_plot_and_its_panel() -> None:
    for colour in style.SERIES:
        for name, paper in style.SERIES_BACKGROUNDS:
            assert contrast(colour, paper) >= style.MIN_GRAPHIC_CONTRAST, (colour, name)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (3840, 2160)])
def test_the_body_step_meets_the_body_rule_and_the_scale_descends(size: tuple[int, int]) -> None:
    m = Metrics(*size)
    body = next(step for step in style.TYPE_SCALE if step.name == "body")
    assert body.smallest == style.BODY_MIN and m.scale_of("body")[-1] >= m.body_floor
    display, title = m.scale_of("display"), m.scale_of("title")
    assert display[-1] > title[0] >= m.scale_of("body")[0]
    for step in style.TYPE_SCALE:
        assert step.largest >= step.smallest and step.use


def test_the_spacing_units_are_the_ones_the_screens_use() -> None:
    for size in [(1280, 720), (1920, 1080), (3840, 2160)]:
        m = Metrics(*size)
        assert m.margin == m.px(style.MARGIN) and m.gap == m.px(style.GAP) and m.radius == m.px(style.RADIUS)
        assert panel_padding(m) == m.px(style.PANEL_PADDING)
        assert button_padding(m) == m.px(style.BUTTON_PADDING)


def test_the_style_page_command_prints_and_checks(capsys: pytest.CaptureFixture[str]) -> None:
    assert stylepage.main([]) == 0
    printed = capsys.readouterr().out
    for name, make in stylepage.TABLES.items():
        assert f"<!-- style:{name} -->\n{make()}\n<!-- /style:{name} -->" in printed
    assert stylepage.main(["--check"]) == 0
