"""Drawing helpers: fitted text blocks, panels, bars, meter shapes and icons, at the window's resolution."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pygame

from game.ui.fonts import FontBook, surface_bytes
from game.ui.style import SHADOW_ALPHA, SHADOW_OFFSET, Colour, Metrics
from game.ui.wrap import Measure, truncate, wrap

if TYPE_CHECKING:
    from game.ui.icons import IconKind


def measurer(font: pygame.font.Font) -> Measure:
    """The width in pixels of a string set in `font`."""

    def measure(text: str) -> int:
        return font.size(text)[0]

    return measure


@dataclass(frozen=True)
class TextBlock:
    """Wrapped lines at one font size, ready to draw."""

    lines: tuple[str, ...]
    size: int
    line_height: int
    bold: bool = False
    italic: bool = False
    cut: bool = False  # True when even the smallest size did not fit and lines were dropped or shortened

    @property
    def height(self) -> int:
        return len(self.lines) * self.line_height


def fit_text(
    fonts: FontBook,
    text: str,
    width: int,
    height: int | None,
    sizes: list[int],
    bold: bool = False,
    italic: bool = False,
    max_lines: int | None = None,
) -> TextBlock:
    """Wrap `text` at the largest size in `sizes` that fits the box; at the smallest, cut with an ellipsis.

    A block that does not fit even at the smallest size has `cut` set (the overflow lint reads it).
    """
    width = max(1, width)
    key = (text, width, height, tuple(sizes), bold, italic, max_lines)
    cached = fonts.fitted.get(key)
    if cached is None:
        cached = fonts.remember_fit(key, _fit(fonts, text, width, height, sizes, bold, italic, max_lines))
    return cached


def _fit(
    fonts: FontBook,
    text: str,
    width: int,
    height: int | None,
    sizes: list[int],
    bold: bool,
    italic: bool,
    max_lines: int | None,
) -> TextBlock:
    block: TextBlock | None = None  # (fonts are opened only for the sizes tried: start-up draws less)
    for size in sizes:
        lines = wrap(text, width, fonts.measurer(size, bold, italic))
        block = TextBlock(tuple(lines), size, fonts.line_height(size, bold), bold, italic)
        too_many = max_lines is not None and len(lines) > max_lines
        if not too_many and (height is None or block.height <= height):
            return block
    if block is None:  # `sizes` is empty: sizes[-1] raises, as it always did
        return TextBlock((), sizes[-1], fonts.line_height(sizes[-1], bold), bold, italic)
    limit = len(block.lines)
    if height is not None:
        limit = min(limit, max(1, height // block.line_height))
    if max_lines is not None:
        limit = min(limit, max_lines)
    if limit < len(block.lines):
        last, following = block.lines[limit - 1], block.lines[limit]
        joined = last[:-1] + following if last.endswith("-") else f"{last} {following}"
        kept = [*block.lines[: limit - 1], truncate(joined, width, fonts.measurer(block.size, bold, italic))]
        block = TextBlock(tuple(kept), block.size, block.line_height, bold, italic, cut=True)
    elif height is not None and block.height > height:
        block = TextBlock(block.lines, block.size, block.line_height, bold, italic, cut=True)
    return block


# Painter.shadow's shapes by size, oldest first, up to this many bytes: a screen's panel is 3 MB at
# 1920x1080, a toast's or a menu's less; at 3840x2160 (13 MB a panel) they are made for every frame, which
# keeps a 4K game's memory low (the allocator does not give the big surfaces back).
SHADE_CACHE_BYTES = 8 * 1024 * 1024
_SHADES: dict[tuple[int, int, int, int], pygame.Surface] = {}


@dataclass
class Painter:
    """Draws onto the window surface and records every text rectangle with the box it belongs in.

    `text_scale` is the player's text size (PlaySettings.text_scale): it enlarges the font sizes of
    `metrics`, never the geometry.
    """

    surface: pygame.Surface
    fonts: FontBook
    records: list[tuple[pygame.Rect, pygame.Rect]] = field(default_factory=list)
    text_scale: float = 1.0

    @property
    def metrics(self) -> Metrics:
        width, height = self.surface.get_size()
        return Metrics(width, height, self.text_scale)

    def text(
        self,
        text: str,
        pos: tuple[int, int],
        size: int,
        colour: Colour,
        bold: bool = False,
        italic: bool = False,
        anchor: str = "topleft",
        box: pygame.Rect | None = None,
    ) -> pygame.Rect:
        rendered = self.fonts.render(text, size, colour, bold, italic)
        rect = rendered.get_rect(**{anchor: pos})
        self.surface.blit(rendered, rect)
        self.records.append((rect, box if box is not None else self.surface.get_rect()))
        return rect

    def block(
        self,
        block: TextBlock,
        rect: pygame.Rect,
        colour: Colour,
        align: str = "left",
        valign: str = "top",
    ) -> int:
        """Draw a text block in `rect`; returns the y just below the last line."""
        y = rect.top
        if valign == "middle":
            y = rect.top + (rect.height - block.height) // 2
        elif valign == "bottom":
            y = rect.bottom - block.height
        for line in block.lines:
            if align == "center":
                pos, anchor = (rect.centerx, y), "midtop"
            elif align == "right":
                pos, anchor = (rect.right, y), "topright"
            else:
                pos, anchor = (rect.left, y), "topleft"
            self.text(line, pos, block.size, colour, block.bold, block.italic, anchor, box=rect)
            y += block.line_height
        return y

    def panel(
        self,
        rect: pygame.Rect,
        colour: Colour,
        radius: int | None = None,
        border: Colour | None = None,
        width: int = 0,
    ) -> None:
        radius = self.metrics.radius if radius is None else radius
        pygame.draw.rect(self.surface, colour, rect, border_radius=radius)
        if border is not None:
            pygame.draw.rect(self.surface, border, rect, max(1, width), border_radius=radius)

    def shadow(self, rect: pygame.Rect, radius: int | None = None) -> None:
        """A soft drop shadow under a panel (the translucent shape is made once per panel size)."""
        offset = max(2, self.metrics.px(SHADOW_OFFSET))
        radius = self.metrics.radius if radius is None else radius
        key = (rect.width, rect.height, radius, offset)
        shade = _SHADES.get(key)
        if shade is None:
            shade = pygame.Surface((rect.width + offset * 2, rect.height + offset * 2), pygame.SRCALPHA)
            pygame.draw.rect(shade, (0, 0, 0, SHADOW_ALPHA), shade.get_rect(), border_radius=radius + offset)
            if surface_bytes(shade) <= SHADE_CACHE_BYTES:
                _SHADES[key] = shade
                while sum(surface_bytes(kept) for kept in _SHADES.values()) > SHADE_CACHE_BYTES:
                    del _SHADES[next(iter(_SHADES))]  # the oldest
        self.surface.blit(shade, (rect.left - offset, rect.top))

    def bar(
        self,
        rect: pygame.Rect,
        fraction: float,
        colour: Colour,
        track: Colour,
        marker: float | None = None,
        marker_colour: Colour | None = None,
    ) -> int:
        """A horizontal bar filled to `fraction` (0..1), with an optional tick at `marker`; returns how far
        the fill reaches (never shorter than the bar is tall, its rounded end, unless empty)."""
        radius = rect.height // 2
        pygame.draw.rect(self.surface, track, rect, border_radius=radius)
        filled = round(rect.width * min(1.0, max(0.0, fraction)))
        if filled > 0:
            filled = min(rect.width, max(filled, rect.height))
            pygame.draw.rect(
                self.surface, colour, (rect.left, rect.top, filled, rect.height), border_radius=radius
            )
        if marker is not None:
            x = rect.left + round(rect.width * min(1.0, max(0.0, marker)))
            thick = max(2, rect.height // 3)
            top = rect.top - rect.height // 2
            tick = pygame.Rect(x - thick // 2, top, thick, rect.height * 2)
            pygame.draw.rect(self.surface, marker_colour or colour, tick)
        return max(0, filled)

    def shape(self, index: int, center: tuple[float, float], radius: float, colour: Colour) -> None:
        """The meter's shape (circle, square, triangle, diamond, hexagon, cross), to tell meters apart."""
        draw_shape(self.surface, index, center, radius, colour)

    def icon(self, source: str, kind: IconKind, rect: pygame.Rect, colour: Colour | None) -> pygame.Rect:
        """A meter icon or speaker pictogram (a built-in name or a scenario's own file, see
        game.ui.icons.icon_surface) centred in `rect` at min(width, height); returns where it went."""
        from game.ui.icons import icon_surface  # here, not on top: it reads the scenario layer, which the
        # title's first frame does without (start-up time)

        side = min(rect.width, rect.height)
        if side <= 0:
            return pygame.Rect(rect.center, (0, 0))
        image = icon_surface(source, kind, side, colour)
        target = image.get_rect(center=rect.center)
        self.surface.blit(image, target)
        return target

    def arrow(self, center: tuple[float, float], size: float, colour: Colour, up: bool) -> None:
        """A small filled triangle pointing up (gain) or down (loss)."""
        x, y = center
        h = size * 0.9
        if up:
            points = [(x, y - h / 2), (x + size / 2, y + h / 2), (x - size / 2, y + h / 2)]
        else:
            points = [(x, y + h / 2), (x + size / 2, y - h / 2), (x - size / 2, y - h / 2)]
        pygame.draw.polygon(self.surface, colour, points)

    def chevron(self, center: tuple[float, float], size: float, colour: Colour, right: bool) -> None:
        """A filled triangle pointing left or right (for selectors)."""
        x, y = center
        w = size * 0.8
        if right:
            points = [(x + w / 2, y), (x - w / 2, y - size / 2), (x - w / 2, y + size / 2)]
        else:
            points = [(x - w / 2, y), (x + w / 2, y - size / 2), (x + w / 2, y + size / 2)]
        pygame.draw.polygon(self.surface, colour, points)


def draw_fitted(
    painter: Painter,
    text: str,
    box: pygame.Rect,
    sizes: list[int],
    colour: Colour,
    bold: bool = False,
    max_lines: int | None = None,
    align: str = "left",
    valign: str = "top",
) -> int:
    """Fit `text` into `box` at the largest of `sizes` that fits, and draw it; the y below its last line."""
    block = fit_text(painter.fonts, text, box.width, box.height, sizes, bold=bold, max_lines=max_lines)
    return painter.block(block, box, colour, align=align, valign=valign)


def draw_shape(
    surface: pygame.Surface, index: int, center: tuple[float, float], radius: float, colour: Colour
) -> None:
    """Draw shape number `index` (cycling through six) filled, centred at `center`."""
    x, y = center
    r = max(2.0, radius)
    kind = index % 6
    if kind == 0:
        pygame.draw.circle(surface, colour, (round(x), round(y)), round(r))
        return
    if kind == 1:
        side = r * 1.7
        pygame.draw.rect(
            surface, colour, pygame.Rect(round(x - side / 2), round(y - side / 2), round(side), round(side))
        )
        return
    if kind == 5:
        arm = r * 0.42
        pygame.draw.rect(
            surface, colour, pygame.Rect(round(x - r), round(y - arm), round(2 * r), round(2 * arm))
        )
        pygame.draw.rect(
            surface, colour, pygame.Rect(round(x - arm), round(y - r), round(2 * arm), round(2 * r))
        )
        return
    corners, turn = {2: (3, -90.0), 3: (4, -90.0), 4: (6, 0.0)}[kind]
    scale = 1.2 if kind == 2 else 1.05
    points = [
        (
            x + r * scale * math.cos(math.radians(turn + i * 360 / corners)),
            y + r * scale * math.sin(math.radians(turn + i * 360 / corners)) + (r * 0.2 if kind == 2 else 0),
        )
        for i in range(corners)
    ]
    pygame.draw.polygon(surface, colour, points)
