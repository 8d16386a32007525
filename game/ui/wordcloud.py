"""The room's words as a cloud: the most said largest in the middle, none overlapping, all inside the box.

Words are placed one by one, most said first, on an elliptic spiral out from the middle, at the first
spot where they overlap nothing; from the first word that finds none, the rest (said as often or less)
are left out and their count is shown along the bottom. The smallest words are set at the smallest body
size (style.BODY_MIN), readable at the back of a room. A cloud is laid out and drawn once per (words, box
size, language, look): a redraw blits the kept picture.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import pygame

from game.debrief.cloud import RANKS, Weight
from game.i18n import t
from game.ui import style
from game.ui.draw import Painter
from game.ui.fonts import FontBook
from game.ui.style import Colour, Metrics

# Font size per rank, times the smallest readable body size; a crowded cloud grows its ranks less.
RANK_GROWTH = (1.0, 1.3, 1.65, 2.05, 2.5)
SHRINK = (1.0, 0.7, 0.45, 0.2, 0.0)  # how much of RANK_GROWTH's growth is tried, in turn
FILL = 0.55  # the share of the box words may cover before a layout is not even tried
CACHE_SIZE = 4  # clouds kept (a screen shows one; the presenter view may show another)
assert len(RANK_GROWTH) == RANKS


@dataclass(frozen=True)
class Placed:
    """A word where it stands in the cloud (relative to the cloud's box), its font size and rank."""

    word: str
    rank: int
    size: int
    rect: pygame.Rect


@dataclass(frozen=True)
class CloudLayout:
    """The placed words and how many were left out; `note` is where that count is written."""

    placed: tuple[Placed, ...]
    left_out: int
    note: pygame.Rect | None


@dataclass(frozen=True)
class CloudKey:
    weights: tuple[Weight, ...]
    size: tuple[int, int]
    lang: str
    on_panel: bool
    background: Colour
    window: tuple[int, int]
    text_scale: float
    reading: bool


def word_sizes(m: Metrics, shrink: float) -> list[int]:
    """Font sizes (pixels) of ranks 0..4: the smallest is the smallest body size, never less."""
    return [m.text(style.BODY_MIN * (1 + (growth - 1) * shrink)) for growth in RANK_GROWTH]


def bold_rank(rank: int) -> bool:
    return rank >= 3


def colour_of(rank: int, on_panel: bool) -> Colour:
    """The most said in the accent, the rest in the text colour of the surface they are on."""
    if rank >= 3:
        return style.ACCENT_DARK if on_panel else style.ACCENT
    return style.INK if on_panel else style.TEXT


def layout_cloud(
    fonts: FontBook, m: Metrics, size: tuple[int, int], weights: Sequence[Weight], lang: str
) -> CloudLayout:
    """Place `weights` (most said first) in a box of `size`: the largest ranks that leave nothing
    out, else the layout at the smallest sizes with the fewest words left out and a line saying so."""
    best: CloudLayout | None = None
    width, height = size
    for shrink in SHRINK:
        sizes = word_sizes(m, shrink)
        boxes = [_box(fonts, weight, sizes, width) for weight in weights]
        if shrink and sum(w * h for w, h, _ in boxes) > FILL * width * height:
            continue  # far too crowded at these sizes: no use laying it out
        placed, left_out = _place(weights, boxes, (width, height), m.gap)
        if not left_out:
            return CloudLayout(placed, 0, None)
        if best is None or left_out < best.left_out:
            best = CloudLayout(placed, left_out, None)
    # Some words do not fit at any size: the layout again above a line that counts them.
    note_size = m.label
    note_height = fonts.line_height(note_size)
    sizes = word_sizes(m, 0.0)
    boxes = [_box(fonts, weight, sizes, width) for weight in weights]
    placed, left_out = _place(weights, boxes, (width, max(1, height - note_height)), m.gap)
    note = pygame.Rect(0, height - note_height, width, note_height)
    return CloudLayout(placed, left_out, note)


def _box(fonts: FontBook, weight: Weight, sizes: list[int], width: int) -> tuple[int, int, int]:
    """(width, height, font size) of a word at its rank's size, smaller if the box is too narrow."""
    bold = bold_rank(weight.rank)
    for size in reversed(sizes[: weight.rank + 1]):
        word_width, word_height = fonts.font(size, bold).size(weight.word)
        if word_width <= width:
            break
    return word_width, word_height, size


def _place(
    weights: Sequence[Weight], boxes: list[tuple[int, int, int]], size: tuple[int, int], gap: int
) -> tuple[tuple[Placed, ...], int]:
    """The words in order until one finds no room: it and all after it (said as often or less) are
    left out, so the cloud always shows the most said."""
    bounds = pygame.Rect((0, 0), size)
    taken: list[pygame.Rect] = []  # placed words, grown by the gap between words
    placed: list[Placed] = []
    for weight, (box_w, box_h, font_size) in zip(weights, boxes, strict=True):
        spot = _spot(box_w, box_h, bounds, taken, gap)
        if spot is None:
            break
        taken.append(spot.inflate(gap, gap // 2))
        placed.append(Placed(weight.word, weight.rank, font_size, spot))
    return tuple(placed), len(weights) - len(placed)


def _spot(
    box_w: int, box_h: int, bounds: pygame.Rect, taken: list[pygame.Rect], gap: int
) -> pygame.Rect | None:
    """The first place on a spiral out from the middle where a box fits inside and overlaps nothing."""
    if box_w > bounds.width or box_h > bounds.height:
        return None
    rect = pygame.Rect(0, 0, box_w, box_h)
    centre_x, centre_y = bounds.center
    stretch = bounds.width / max(1, bounds.height)  # a wide box: a wide spiral
    turn = max(4.0, gap * 1.5)  # the spiral's distance between two turns (vertical, pixels)
    step = max(3.0, gap * 0.75)  # the distance between two tries along it
    reach = math.hypot(bounds.width / 2 / stretch, bounds.height / 2) + box_h
    angle, radius = 0.0, 0.0
    while radius <= reach:
        rect.center = (
            round(centre_x + radius * stretch * math.cos(angle)),
            round(centre_y + radius * math.sin(angle)),
        )
        if bounds.contains(rect) and rect.collidelist(taken) < 0:
            return rect
        angle += step / max(step, radius * stretch)
        radius = turn * angle / (2 * math.pi)
    return None


class WordCloud:
    """Draws clouds into boxes; the last few are kept as pictures, so the same cloud is only blitted."""

    def __init__(self) -> None:
        self._kept: OrderedDict[CloudKey, tuple[CloudLayout, pygame.Surface]] = OrderedDict()
        self.made = 0  # clouds laid out and drawn (the tests and the benchmark read it)

    def draw(
        self,
        painter: Painter,
        rect: pygame.Rect,
        weights: Sequence[Weight],
        lang: str,
        background: Colour = style.BACKGROUND,
        on_panel: bool = False,
    ) -> CloudLayout:
        """The cloud of `weights` in `rect`, on a surface of `background` (a paper panel: `on_panel`)."""
        key = CloudKey(
            tuple(weights),
            rect.size,
            lang,
            on_panel,
            background,
            painter.surface.get_size(),
            painter.text_scale,
            painter.fonts.reading,
        )
        kept = self._kept.get(key)
        if kept is None:
            kept = self._kept[key] = self._make(painter, key)
            while len(self._kept) > CACHE_SIZE:
                self._kept.popitem(last=False)
        self._kept.move_to_end(key)
        layout, picture = kept
        painter.surface.blit(picture, rect)
        for word in layout.placed:
            painter.records.append((word.rect.move(rect.topleft), rect))
        return layout

    def picture(self, key: CloudKey) -> pygame.Surface | None:
        kept = self._kept.get(key)
        return None if kept is None else kept[1]

    def _make(self, painter: Painter, key: CloudKey) -> tuple[CloudLayout, pygame.Surface]:
        self.made += 1
        fonts = painter.fonts
        m = painter.metrics
        layout = layout_cloud(fonts, m, key.size, key.weights, key.lang)
        picture = pygame.Surface(key.size, 0, painter.surface)
        picture.fill(key.background)
        for word in layout.placed:
            colour = colour_of(word.rank, key.on_panel)
            picture.blit(
                fonts.font(word.size, bold_rank(word.rank)).render(word.word, True, colour), word.rect
            )
        if layout.note is not None:
            note = t("cloud.left_out", key.lang, count=layout.left_out)
            muted = style.INK_MUTED if key.on_panel else style.TEXT_MUTED
            text = fonts.font(m.label).render(note, True, muted)
            picture.blit(text, text.get_rect(bottomright=layout.note.bottomright))
        return layout, picture
