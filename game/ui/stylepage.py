"""The tables of docs/style.md, made from game.ui.style: `python -m game.ui.stylepage [--write|--check]`."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence

from game.paths import PROJECT_DIR
from game.ui import style
from game.ui.style import Colour, Metrics, contrast

STYLE_PAGE = PROJECT_DIR / "docs" / "style.md"
WINDOWS: tuple[tuple[str, tuple[int, int]], ...] = (
    ("1280x720", (1280, 720)),
    ("1920x1080", (1920, 1080)),
    ("3840x2160", (3840, 2160)),
)


def hex_colour(colour: Colour) -> str:
    return "#{:02X}{:02X}{:02X}".format(*colour)


def ratio(first: Colour, second: Colour) -> str:
    """A contrast figure as the page prints it: '15.70:1'."""
    return f"{contrast(first, second):.2f}:1"


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return "\n".join(lines)


def palette_table() -> str:
    rows = [(f"`{swatch.name}`", f"`{hex_colour(swatch.colour)}`", swatch.role) for swatch in style.PALETTE]
    return _table(("colour", "hex", "role"), rows)


def pairs_table() -> str:
    rows = []
    for description, ink, paper in style.TEXT_PAIRS:
        ink_name, paper_name, where = style.pair_names(description)
        rows.append((f"`{ink_name}`", f"`{paper_name}`", ratio(ink, paper), where))
    return _table(("text", "on", "contrast", "where"), rows)


def series_table() -> str:
    header = ("series", "hex", *(f"on `{name}`" for name, _ in style.SERIES_BACKGROUNDS))
    rows = [
        (
            str(index + 1),
            f"`{hex_colour(colour)}`",
            *(ratio(colour, paper) for _, paper in style.SERIES_BACKGROUNDS),
        )
        for index, colour in enumerate(style.SERIES)
    ]
    return _table(header, rows)


def _sizes(largest: int, smallest: int) -> Callable[[Metrics], str]:
    def sizes(m: Metrics) -> str:
        if largest == smallest:
            return str(m.text(largest))
        return f"{m.text(largest)}\u2013{m.text(smallest)}"

    return sizes


def type_table() -> str:
    rows = []
    for size in style.TYPE_SCALE:
        shown = _sizes(size.largest, size.smallest)
        design = shown(Metrics(1280, 720))
        rows.append((size.name, design, *(shown(Metrics(*window)) for _, window in WINDOWS), size.use))
    floors = tuple(f"{Metrics(*window).body_floor:.1f}" for _, window in WINDOWS)
    rows.append(("1/27 of the height", "", *floors, "the legibility rule: body text at least this"))
    return _table(("step", "design px", *(f"{name} px" for name, _ in WINDOWS), "used for"), rows)


def spacing_table() -> str:
    rows = [
        (
            space.name,
            str(space.design),
            *(str(Metrics(*window).px(space.design)) for _, window in WINDOWS),
            space.use,
        )
        for space in style.SPACING
    ]
    return _table(("unit", "design px", *(f"{name} px" for name, _ in WINDOWS), "used for"), rows)


TABLES: dict[str, Callable[[], str]] = {
    "palette": palette_table,
    "pairs": pairs_table,
    "series": series_table,
    "type": type_table,
    "spacing": spacing_table,
}
_BLOCK = re.compile(r"(<!-- style:(\w+) -->)(.*?)(<!-- /style:\2 -->)", re.DOTALL)


def page_tables(text: str) -> dict[str, str]:
    """The generated blocks as the page has them, by name."""
    return {match.group(2): match.group(3).strip() for match in _BLOCK.finditer(text)}


def refreshed(text: str) -> str:
    """The page with every generated block replaced by the table as the code gives it now."""

    def replace(match: re.Match[str]) -> str:
        make = TABLES.get(match.group(2))
        if make is None:
            return match.group(0)
        return f"{match.group(1)}\n{make()}\n{match.group(4)}"

    return _BLOCK.sub(replace, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.ui.stylepage", description=__doc__)
    parser.add_argument("--write", action="store_true", help=f"update the tables in {STYLE_PAGE.name}")
    parser.add_argument("--check", action="store_true", help="exit 1 when the page's tables are out of date")
    args = parser.parse_args(argv)
    if not (args.write or args.check):
        for name, make in TABLES.items():
            print(f"<!-- style:{name} -->\n{make()}\n<!-- /style:{name} -->\n")
        return 0
    text = STYLE_PAGE.read_text(encoding="utf-8")
    new = refreshed(text)
    if args.check:
        if new != text:
            print(
                f"{STYLE_PAGE}: tables out of date; run python -m game.ui.stylepage --write", file=sys.stderr
            )
            return 1
        return 0
    if new != text:
        STYLE_PAGE.write_text(new, encoding="utf-8")
        print(f"updated {STYLE_PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
