"""The shipped fonts (Atkinson Hyperlegible; OpenDyslexic, the reading font) and a cache of rendered text."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.paths import FONTS_DIR
from game.ui.style import Colour

if TYPE_CHECKING:
    from game.ui.draw import TextBlock

FONT_FILES = {
    (False, False): "AtkinsonHyperlegible-Regular.ttf",
    (True, False): "AtkinsonHyperlegible-Bold.ttf",
    (False, True): "AtkinsonHyperlegible-Italic.ttf",
    (True, True): "AtkinsonHyperlegible-Bold.ttf",
}

# The reading font for dyslexic readers (the pause menu, --reading-font); it has no bold italic either.
# Its letters are larger and wider than Atkinson's at the same size, and its own line height is 1.77 em
# against Atkinson's 1.27. Drawn at READING_SIZE of each size, a text takes about the room it takes in
# Atkinson (so every layout still fits), and the lines stand wider apart for the size of the letters
# (1.77 of their em against 1.37 with LINE_SPACING).
READING_FONT_FILES = {
    (False, False): "OpenDyslexic-Regular.otf",
    (True, False): "OpenDyslexic-Bold.otf",
    (False, True): "OpenDyslexic-Italic.otf",
    (True, True): "OpenDyslexic-Bold.otf",
}
READING_SIZE = 0.8
LINE_SPACING = 1.08  # of Atkinson's own line height
READING_LINE_SPACING = 1.0  # OpenDyslexic's own line height is already wide

TextKey = tuple[str, int, Colour, bool, bool]
FIT_CACHE_SIZE = 8192
WIDTH_CACHE_SIZE = 65536
# Rendered text is kept up to this many bytes of pixels as well as `capacity` surfaces: one screen's text
# takes at most about 9 MB at 3840x2160 (2 MB at 1920x1080), and a count alone let a 4K game keep 300 MB.
TEXT_CACHE_BYTES = 32 * 1024 * 1024


class FontBook:
    """Fonts by (size, bold, italic), loaded once; rendered text cached by (text, size, colour, style)."""

    def __init__(
        self, capacity: int = 1024, max_bytes: int = TEXT_CACHE_BYTES, reading: bool = False
    ) -> None:
        self.reading = reading  # the reading font and its wider spacing instead of Atkinson Hyperlegible
        self._fonts: dict[tuple[int, bool, bool], pygame.font.Font] = {}
        self._line_heights: dict[tuple[int, bool], int] = {}
        # Widths of words and labels: wrapping and the overflow lint measure the same ones again and again.
        self._widths: dict[tuple[str, int, bool, bool], int] = {}
        # Fitted text blocks by (text, width, height, sizes, bold, italic, max_lines): layouts are
        # recomputed on every resize and the overflow lint repeats the same headings per card.
        self.fitted: dict[tuple[object, ...], TextBlock] = {}
        self._cache: OrderedDict[TextKey, pygame.Surface] = OrderedDict()
        self.capacity = capacity
        self.max_bytes = max_bytes
        self.cached_bytes = 0  # pixels held by the rendered-text cache
        self.hits = 0
        self.misses = 0

    def font(self, size: int, bold: bool = False, italic: bool = False) -> pygame.font.Font:
        key = (max(6, size), bold, italic)
        font = self._fonts.get(key)
        if font is None:
            if self.reading:
                font = pygame.font.Font(
                    FONTS_DIR / READING_FONT_FILES[(bold, italic)], round(key[0] * READING_SIZE)
                )
            else:
                font = pygame.font.Font(FONTS_DIR / FONT_FILES[(bold, italic)], key[0])
            self._fonts[key] = font
        return font

    def width(self, text: str, size: int, bold: bool = False, italic: bool = False) -> int:
        key = (text, size, bold, italic)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) >= WIDTH_CACHE_SIZE:
                self._widths.clear()
            width = self._widths[key] = self.font(size, bold, italic).size(text)[0]
        return width

    def measurer(self, size: int, bold: bool = False, italic: bool = False) -> Callable[[str], int]:
        """`width` for one font: what wrapping measures is kept, so the widths of the lines it made are
        known afterwards (the overflow lint asks for them)."""
        font = self.font(size, bold, italic)
        widths = self._widths

        def measure(text: str) -> int:
            key = (text, size, bold, italic)
            width = widths.get(key)
            if width is None:
                if len(widths) >= WIDTH_CACHE_SIZE:
                    widths.clear()
                width = widths[key] = font.size(text)[0]
            return width

        return measure

    def remember_fit(self, key: tuple[object, ...], block: TextBlock) -> TextBlock:
        if len(self.fitted) >= FIT_CACHE_SIZE:
            self.fitted.clear()
        self.fitted[key] = block
        return block

    def line_height(self, size: int, bold: bool = False) -> int:
        key = (size, bold)
        height = self._line_heights.get(key)
        if height is None:
            spacing = READING_LINE_SPACING if self.reading else LINE_SPACING
            height = self._line_heights[key] = round(self.font(size, bold).get_linesize() * spacing)
        return height

    def render(
        self, text: str, size: int, colour: Colour, bold: bool = False, italic: bool = False
    ) -> pygame.Surface:
        key = (text, size, colour, bold, italic)
        surface = self._cache.get(key)
        if surface is not None:
            self.hits += 1
            self._cache.move_to_end(key)
            return surface
        self.misses += 1
        surface = self.font(size, bold, italic).render(text, True, colour)
        self._cache[key] = surface
        self.cached_bytes += surface_bytes(surface)
        while self._cache and (len(self._cache) > self.capacity or self.cached_bytes > self.max_bytes):
            _, dropped = self._cache.popitem(last=False)  # the least recently drawn
            self.cached_bytes -= surface_bytes(dropped)
        return surface

    def use_reading_font(self, on: bool) -> None:
        """Switch between the game's font and the reading font; everything is measured and drawn anew."""
        if on != self.reading:
            self.reading = on
            self._fonts.clear()
            self._line_heights.clear()
            self.forget_text()

    def forget_text(self) -> None:
        """Drop rendered text, measured widths and fitted blocks (the fonts stay): the next frame lays out
        and renders every text again (python -m benchmarks times that worst case)."""
        self._cache.clear()
        self.cached_bytes = 0
        self._widths.clear()
        self.fitted.clear()


def surface_bytes(surface: pygame.Surface) -> int:
    """The memory a surface's pixels take (what the caches of text, shadows and icons count)."""
    return surface.get_pitch() * surface.get_height()
