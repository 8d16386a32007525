"""Meter icons and speaker pictograms: the shipped SVGs and a scenario's own files, rendered and cached."""

from __future__ import annotations

import argparse
import io
import struct
import sys
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import pygame

from game.paths import ASSETS_DIR
from game.scenario.icons import ICON_TYPES, MAX_ICON_BYTES
from game.scenario.pictograms import (
    METER_DEFAULT,
    METER_NAMES,
    SPEAKER_DEFAULT,
    SPEAKER_NAMES,
    is_file_reference,
)
from game.ui import style
from game.ui.fonts import FontBook, surface_bytes
from game.ui.style import Colour

IconKind = Literal["meters", "speakers"]

ICONS_DIR = ASSETS_DIR / "icons"
KINDS: tuple[IconKind, ...] = ("meters", "speakers")
DEFAULTS: dict[IconKind, str] = {"meters": METER_DEFAULT, "speakers": SPEAKER_DEFAULT}
NAMES: dict[IconKind, tuple[str, ...]] = {"meters": METER_NAMES, "speakers": SPEAKER_NAMES}

# A scenario's own icon files come from strangers: the validator's limits (size, type) hold here too, in
# case the file changed since, and a raster image is at most this many pixels a side (read from its header
# before decoding, so a small file cannot unpack to gigabytes).
OWN_FILE_MAX_BYTES = MAX_ICON_BYTES
OWN_IMAGE_MAX_SIDE = 4096
OWN_SUFFIXES = frozenset(ICON_TYPES)

# Rendered icons, least recently used dropped first, up to this many and this many bytes of pixels: a
# card screen draws a handful, at 4K a meter icon is about 100 px (40 KB).
ICON_CACHE_COUNT = 512
ICON_CACHE_BYTES = 16 * 1024 * 1024

IconKey = tuple[str, IconKind, int, Colour | None]
_CACHE: OrderedDict[IconKey, pygame.Surface] = OrderedDict()
_cached_bytes = 0


def builtin_icon_path(kind: IconKind, name: str) -> Path:
    """The shipped SVG of the built-in pictogram `name` (assets/icons/<kind>/<name>.svg)."""
    return ICONS_DIR / kind / f"{name}.svg"


def icon_surface(source: str, kind: IconKind, size: int, colour: Colour | None) -> pygame.Surface:
    """The icon `source` as a size x size surface with transparency.

    `source` is a built-in pictogram name (drawn white, tinted to `colour` when given) or the absolute
    path of a scenario's own SVG, PNG or JPEG (checked by the scenario layer; drawn as it is, its aspect
    kept, centred). An own file that cannot be read gives the kind's default pictogram instead, and so
    does an unknown name: this never raises for a scenario's icon. The surface is cached and shared, so
    callers must not draw on it; a cache hit does not touch the disk (forget_icons() after a reload).
    """
    global _cached_bytes
    size = max(1, int(size))
    key: IconKey = (source, kind, size, colour)
    surface = _CACHE.get(key)
    if surface is not None:
        _CACHE.move_to_end(key)
        return surface
    surface = _render(source, kind, size, colour)
    _CACHE[key] = surface
    _cached_bytes += surface_bytes(surface)
    while _CACHE and (len(_CACHE) > ICON_CACHE_COUNT or _cached_bytes > ICON_CACHE_BYTES):
        _, dropped = _CACHE.popitem(last=False)
        _cached_bytes -= surface_bytes(dropped)
    return surface


def forget_icons() -> None:
    """Drop every rendered icon: the next request reads the files again (after a scenario reload)."""
    global _cached_bytes
    _CACHE.clear()
    _cached_bytes = 0


def _render(source: str, kind: IconKind, size: int, colour: Colour | None) -> pygame.Surface:
    if is_file_reference(source):
        own = _own_file(Path(source), size)
        if own is not None:
            return _display_format(own)
        source = DEFAULTS[kind]
    if source not in NAMES[kind]:
        source = DEFAULTS[kind]
    surface = _centred(pygame.image.load_sized_svg(builtin_icon_path(kind, source), (size, size)), size)
    if colour is not None:
        surface.fill((*colour, 255), special_flags=pygame.BLEND_RGBA_MULT)  # white times colour
    return _display_format(surface)


def _own_file(path: Path, size: int) -> pygame.Surface | None:
    """A scenario's own icon file drawn into size x size keeping its aspect, or None if it cannot be."""
    suffix = path.suffix.lower()
    if suffix not in OWN_SUFFIXES:
        return None
    try:
        if path.stat().st_size > OWN_FILE_MAX_BYTES:
            return None
        data = path.read_bytes()
        if len(data) > OWN_FILE_MAX_BYTES:
            return None
        if suffix == ".svg":
            return _centred(pygame.image.load_sized_svg(io.BytesIO(data), (size, size)), size)
        dimensions = raster_dimensions(data)
        if dimensions is None or max(dimensions) > OWN_IMAGE_MAX_SIDE or min(dimensions) < 1:
            return None
        image = pygame.image.load(io.BytesIO(data), path.name)
        return _centred(_scaled_to_fit(image, size), size)
    except (OSError, ValueError, MemoryError, pygame.error):
        return None


def raster_dimensions(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG's or a JPEG's header, or None when `data` is neither or is damaged."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24 and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if not data.startswith(b"\xff\xd8"):
        return None
    index = 2
    while index + 4 <= len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker == 0xFF:  # padding before a marker
            index += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
            index += 2
            continue
        (length,) = struct.unpack(">H", data[index + 2 : index + 4])
        is_frame = marker in (*range(0xC0, 0xC4), *range(0xC5, 0xC8), *range(0xC9, 0xCC), *range(0xCD, 0xD0))
        if is_frame:
            if index + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[index + 5 : index + 9])
            return int(width), int(height)
        if length < 2:
            return None
        index += 2 + length
    return None


def _scaled_to_fit(image: pygame.Surface, size: int) -> pygame.Surface:
    """`image` smoothly scaled to fit size x size with its aspect kept, at 32 bits with transparency."""
    if image.get_bitsize() != 32 or not image.get_flags() & pygame.SRCALPHA:
        rgba = pygame.Surface(image.get_size(), pygame.SRCALPHA)
        rgba.blit(image, (0, 0))  # palette, grey and RGB images (a colour key stays transparent)
        image = rgba
    width, height = image.get_size()
    scale = size / max(width, height)
    target = (max(1, min(size, round(width * scale))), max(1, min(size, round(height * scale))))
    return pygame.transform.smoothscale(image, target)


def _centred(surface: pygame.Surface, size: int) -> pygame.Surface:
    """`surface` in the middle of a transparent size x size surface (itself when it is that size)."""
    if surface.get_size() == (size, size) and surface.get_flags() & pygame.SRCALPHA:
        return surface
    square = pygame.Surface((size, size), pygame.SRCALPHA)
    square.blit(surface, surface.get_rect(center=(size // 2, size // 2)))
    return square


def _display_format(surface: pygame.Surface) -> pygame.Surface:
    """`surface` in the window's pixel format when there is a window (faster to blit), else as it is."""
    if pygame.display.get_init() and pygame.display.get_surface() is not None:
        try:
            return surface.convert_alpha()
        except pygame.error:
            return surface
    return surface


# The contact sheet: every pictogram at the sizes the game draws, on the game's dark and light grounds.
SHEET_SIZES = (32, 48, 96)
SHEET_THEMES: tuple[tuple[Colour, Colour], ...] = ((style.TEXT, style.BAND), (style.INK, style.PANEL))


def contact_sheet(columns: int = 5, sizes: Sequence[int] = SHEET_SIZES) -> pygame.Surface:
    """Every built-in icon at `sizes` with its name, TEXT on BAND beside INK on PANEL, for looking at."""
    fonts = FontBook()
    entries = [(kind, name) for kind in KINDS for name in NAMES[kind]]
    pad = 12
    label = 16
    cell_w = sum(sizes) + pad * (len(sizes) + 1)
    cell_h = max(sizes) + label + pad * 3
    rows = -(-len(entries) // columns)
    block_w = cell_w * columns
    sheet = pygame.Surface((block_w * len(SHEET_THEMES), cell_h * rows))
    for block, (ink, ground) in enumerate(SHEET_THEMES):
        left = block * block_w
        sheet.fill(ground, pygame.Rect(left, 0, block_w, sheet.get_height()))
        for index, (kind, name) in enumerate(entries):
            x = left + (index % columns) * cell_w + pad
            y = (index // columns) * cell_h + pad
            for side in sizes:
                sheet.blit(icon_surface(name, kind, side, ink), (x, y + max(sizes) - side))
                x += side + pad
            text = fonts.render(f"{name}" if kind == "speakers" else f"{name} (meter)", label, ink)
            sheet.blit(text, (left + (index % columns) * cell_w + pad, y + max(sizes) + pad))
    return sheet


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m game.ui.icons --sheet OUT.png`: write the contact sheet of every built-in icon."""
    parser = argparse.ArgumentParser(prog="python -m game.ui.icons", description=main.__doc__)
    parser.add_argument("--sheet", type=Path, required=True, help="the PNG file to write")
    parser.add_argument("--columns", type=int, default=5, help="icons per row on each ground (5)")
    args = parser.parse_args(argv)
    pygame.font.init()
    pygame.image.save(contact_sheet(max(1, args.columns)), args.sheet)
    print(f"wrote {args.sheet}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
